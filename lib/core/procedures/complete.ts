import type { Playbook, PlaybookInput } from './schema';

/**
 * The shipped playbooks with every default spelled out, without running zod in the content script
 * (it would triple the script's size). A unit test proves this equals `playbookSchema.parse`. The
 * shipped playbooks spell out their final statuses and SysAid's defaults (lib/core/procedures/tenant.ts).
 */
export function completePlaybook(input: PlaybookInput): Playbook {
  return {
    ...input,
    fixed: input.fixed ?? [],
    asksInterlocutor: input.asksInterlocutor ?? false,
    allowEarlyApply: input.allowEarlyApply ?? false,
    finalStatuses: input.finalStatuses ?? [],
    sysaidDefaults: (input.sysaidDefaults ?? []).map((d) => ({
      ...d,
      resetsOnCategoryChange: d.resetsOnCategoryChange ?? false,
    })),
    scripts: (input.scripts ?? []).map((s) => ({ ...s, step: s.step ?? false })),
    outcomes: input.outcomes.map((o) => ({
      ...o,
      fixed: o.fixed ?? [],
      required: (o.required ?? []).map((r) => ({ ...r, severity: r.severity ?? 'block' })),
      chatDescription: o.chatDescription ?? false,
      tellSysaidNumber: o.tellSysaidNumber ?? false,
      scripts: o.scripts ?? [],
    })),
  };
}
