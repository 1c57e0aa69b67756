import type { Text } from '../i18n/text';
import type { Playbook } from '../procedures/schema';
import type { Channel, Outcome } from '../procedures/vocabulary';
import { evaluate } from '../rules/evaluate';
import { inferChannel, inferOutcome } from '../rules/infer';
import type { FormSnapshot } from '../rules/snapshot';
import { parseStamp, type Stamp } from '../rules/stamp';

/** One exported ticket as the audit judged it. No personal data: ids, the agent and check ids only. */
export interface TicketVerdict {
  id: string;
  agent: string;
  /** "YYYY-MM-DD", or undefined when the export's date could not be read. */
  day?: string;
  /** The hour (0–23) it was opened, as the export writes it. */
  hour?: number;
  channel?: Channel;
  outcome?: Outcome;
  verdict: 'compliant' | 'nonCompliant' | 'outOfScope';
  stamp?: Stamp;
  /** Every check that applied, with whether it passed (pass rate per check; warnings are not counted). */
  checks: ReadonlyArray<{ id: string; label: Text; ok: boolean; severity: 'block' | 'warn' }>;
  /** The failing blocking checks, as the panel names them. */
  failed: ReadonlyArray<{ id: string; label: Text; message: Text }>;
}

/**
 * The reference judge (the audit runs its compiled form, lib/core/team-audit/compiled-judge.ts, held to
 * this one by a property test). The same decision the guard makes at save time, from what the export holds: the channel the
 * ticket shows (PROCEDURES.md, "Every ticket"), the outcome from the category path, the callback
 * field and the status, then `evaluate()` with nothing typed (the ticket must speak for itself).
 */
export function judgeTicket(input: {
  id: string;
  agent: string;
  day?: string;
  hour?: number;
  snapshot: FormSnapshot;
  /** The stamp column a lead mapped, if any (else the stamp is read from the description). */
  stampText?: string;
  playbooks: Record<Channel, Playbook>;
  now: Date;
}): TicketVerdict {
  const { snapshot } = input;
  const stamp = parseStamp(input.stampText || snapshot.fields.description?.value || '');
  const inferred = inferChannel(snapshot, input.playbooks);
  // A survey is a callback on the form; only the stamp tells them apart.
  const channel =
    inferred === 'callback' && stamp?.channel === 'survey' ? 'survey' : (inferred ?? stamp?.channel);
  const playbook = channel ? input.playbooks[channel] : undefined;
  // Literals, not spreads: an audit builds one of these per exported ticket.
  if (!channel || !playbook)
    return {
      id: input.id,
      agent: input.agent,
      day: input.day,
      hour: input.hour,
      stamp,
      verdict: 'outOfScope',
      checks: [],
      failed: [],
    };
  // The stamp names the outcome the ticket claims when the form does not show it; the data is judged
  // against that outcome's rules all the same, never trusted.
  const outcome = inferOutcome(channel, snapshot, input.playbooks) ?? stamp?.outcome;
  const evaluation = evaluate({
    playbook,
    outcome,
    snapshot,
    typed: { data: {} },
    now: input.now,
    judgeOnly: true,
    playbooks: input.playbooks,
  });
  // The engine's own objects, not copies: an audit judges a hundred thousand of these.
  const checks = evaluation.checks;
  const failed = evaluation.blocking;
  return {
    id: input.id,
    agent: input.agent,
    day: input.day,
    hour: input.hour,
    stamp,
    channel,
    outcome,
    verdict: failed.length ? 'nonCompliant' : 'compliant',
    checks,
    failed,
  };
}
