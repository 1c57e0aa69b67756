import { DEFAULT_PLAYBOOKS } from './defaults';
import type { ScriptRole, SysaidDefault } from './schema';
import type { Channel } from './vocabulary';

interface Parsed {
  id: Channel;
  finalStatuses?: string[];
  sysaidDefaults?: SysaidDefault[];
  scripts: Array<{ id: string; role?: ScriptRole }>;
  outcomes: Array<{
    id: string;
    fixed: Array<{ field: string; value: string }>;
    chatDescription?: boolean;
    chatDescriptionSource?: string;
    chatHeaderWords?: string;
  }>;
}

export type Upgraded<P extends Parsed> = Omit<P, 'finalStatuses' | 'sysaidDefaults'> & {
  finalStatuses: string[];
  sysaidDefaults: SysaidDefault[];
};

/**
 * A playbook stored or exported before a key existed reads as the shipped playbook of its channel would:
 * its final statuses, SysAid's defaults and, when none of its scripts has a role yet, the role of the
 * shipped script of the same id, and the SOP line its chat checks cite and the words of its chat header. A lead's own values always win. Every status an outcome sets is a final
 * status too: a lead who renames "Resolvido" in an outcome need not find the list (an early Aplicar never
 * goes into it; the content script reads the list as it is).
 */
export function withShippedDefaults<P extends Parsed>(playbook: P): Upgraded<P> {
  const shipped = DEFAULT_PLAYBOOKS[playbook.id];
  const roles = new Map(shipped.scripts.map((s) => [s.id, s.role]));
  const hasRoles = playbook.scripts.some((s) => s.role);
  return {
    ...playbook,
    finalStatuses: [
      ...new Set([
        ...(playbook.finalStatuses ?? shipped.finalStatuses),
        ...playbook.outcomes.flatMap((o) => o.fixed.filter((f) => f.field === 'status').map((f) => f.value)),
      ]),
    ],
    sysaidDefaults: playbook.sysaidDefaults ?? shipped.sysaidDefaults,
    outcomes: playbook.outcomes.map((o) => {
      if (!o.chatDescription || (o.chatDescriptionSource && o.chatHeaderWords)) return o;
      const same = shipped.outcomes.find((s) => s.id === o.id);
      const source = o.chatDescriptionSource ?? same?.chatDescriptionSource;
      // A chat description always has its header's words: the shipped chat's when none is named.
      const words =
        o.chatHeaderWords ??
        same?.chatHeaderWords ??
        DEFAULT_PLAYBOOKS.chat.outcomes.find((s) => s.chatHeaderWords)?.chatHeaderWords;
      return {
        ...o,
        ...(source ? { chatDescriptionSource: source } : {}),
        ...(words ? { chatHeaderWords: words } : {}),
      };
    }),
    scripts: hasRoles
      ? playbook.scripts
      : playbook.scripts.map((s) => {
          const role = roles.get(s.id);
          return role ? { ...s, role } : s;
        }),
  };
}
