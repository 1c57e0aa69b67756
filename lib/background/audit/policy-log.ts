import { storage } from '@wxt-dev/storage';
import { inPortuguese } from '../../core/i18n/in-portuguese';
import { fromPolicy, type SettingsProblem } from '../../core/settings/problem';
import { recordAudit } from './log';

/** The policy problems last logged, so a problem is logged when it appears, not at every settings read. */
const loggedPolicyProblemsItem = storage.defineItem<string[]>('local:policyProblemsLogged', {
  fallback: [],
});

/**
 * Puts each new problem of the organization's policy (an empty or partial `playbooks`, a malformed key)
 * in the compliance log, in Portuguese like the rest of the log: the lead reads there that a push did
 * not take, not only on the agent's options page.
 */
export async function logPolicyProblems(problems: SettingsProblem[], agent: string): Promise<void> {
  const lines = problems
    .filter(fromPolicy)
    .map((p) => `política: ${inPortuguese(p.key, p.args)}`.slice(0, 400));
  const logged = await loggedPolicyProblemsItem.getValue();
  if (JSON.stringify(lines) === JSON.stringify(logged)) return;
  await loggedPolicyProblemsItem.setValue(lines);
  for (const detail of lines.filter((line) => !logged.includes(line)))
    await recordAudit({ kind: 'setting', checks: [], detail }, agent);
}
