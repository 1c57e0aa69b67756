import { DEFAULT_PLAYBOOKS } from './defaults';
import type { ScriptRole, SysaidDefault } from './schema';
import type { Channel } from './vocabulary';

interface Parsed {
  id: Channel;
  finalStatuses?: string[];
  sysaidDefaults?: SysaidDefault[];
  scripts: Array<{ id: string; role?: ScriptRole }>;
}

export type Upgraded<P extends Parsed> = Omit<P, 'finalStatuses' | 'sysaidDefaults'> & {
  finalStatuses: string[];
  sysaidDefaults: SysaidDefault[];
};

/**
 * A playbook stored or exported before a key existed reads as the shipped playbook of its channel would:
 * its final statuses, SysAid's defaults and, when none of its scripts has a role yet, the role of the
 * shipped script of the same id. A lead's own values always win.
 */
export function withShippedDefaults<P extends Parsed>(playbook: P): Upgraded<P> {
  const shipped = DEFAULT_PLAYBOOKS[playbook.id];
  const roles = new Map(shipped.scripts.map((s) => [s.id, s.role]));
  const hasRoles = playbook.scripts.some((s) => s.role);
  return {
    ...playbook,
    finalStatuses: playbook.finalStatuses ?? shipped.finalStatuses,
    sysaidDefaults: playbook.sysaidDefaults ?? shipped.sysaidDefaults,
    scripts: hasRoles
      ? playbook.scripts
      : playbook.scripts.map((s) => {
          const role = roles.get(s.id);
          return role ? { ...s, role } : s;
        }),
  };
}
