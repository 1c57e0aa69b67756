import type { Text } from '../i18n/text';
import type { Playbook } from '../procedures/schema';
import { type Channel, FIELD_KEYS, type FieldKey, type Outcome } from '../procedures/vocabulary';
import { evaluate } from '../rules/evaluate';
import { inferChannel, inferOutcome } from '../rules/infer';
import type { FormSnapshot } from '../rules/snapshot';
import { parseStamp, type Stamp } from '../rules/stamp';
import { COLUMN_KEYS, type ColumnKey, type ColumnLayout } from './columns';
import type { DayOrder } from './dates';

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

// Columns that are ticket fields; the rest (id, agent, date) describe the ticket.
const FIELD_COLUMNS = COLUMN_KEYS.filter((key): key is ColumnKey & FieldKey =>
  (FIELD_KEYS as readonly string[]).includes(key),
);

/** Where each ticket field is in a row, worked out once per file (not once per row). */
export function fieldReader(
  index: Partial<Record<ColumnKey, number>>,
): (row: readonly string[]) => FormSnapshot {
  const at: Array<[FieldKey, number]> = [];
  for (const key of FIELD_COLUMNS) {
    const i = index[key];
    if (i !== undefined) at.push([key, i]);
  }
  return (row) => {
    const fields: FormSnapshot['fields'] = {};
    for (const [key, i] of at) {
      const value = row[i] ?? '';
      fields[key] = { value: value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value };
    }
    return { fields };
  };
}

export function snapshotOf(row: readonly string[], index: Partial<Record<ColumnKey, number>>): FormSnapshot {
  return fieldReader(index)(row);
}

/**
 * The same decision the guard makes at save time, from what the export holds: the channel the
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

/** One file's judge: the columns, the date order and the playbooks resolved once, then row after row. */
export interface Judge {
  order: DayOrder;
  rawDate: (row: readonly string[]) => string;
  row: (row: readonly string[], day: string | undefined, hour: number | undefined) => TicketVerdict;
}

export function compileJudge(
  layout: ColumnLayout,
  playbooks: Record<Channel, Playbook>,
  order: DayOrder,
  now: Date = new Date(),
): Judge {
  const { index } = layout;
  const idAt = index.id as number;
  const agentAt = index.submitUser as number;
  const dateAt = index.requestTime as number;
  const stampAt = index.complianceStamp;
  const read = fieldReader(index);
  // The checks that read dates (an age, a birth date) judge as of the ticket's day, noon in Brasília.
  const noonOf = new Map<string, Date>();
  const noon = (day: string) => {
    let date = noonOf.get(day);
    if (!date) {
      date = new Date(`${day}T12:00:00-03:00`);
      noonOf.set(day, date);
    }
    return date;
  };
  return {
    order,
    rawDate: (row) => row[dateAt] ?? '',
    row: (row, day, hour) =>
      judgeTicket({
        id: (row[idAt] ?? '').trim(),
        agent: (row[agentAt] ?? '').trim(),
        day,
        hour,
        snapshot: read(row),
        stampText: stampAt === undefined ? undefined : row[stampAt],
        playbooks,
        now: day ? noon(day) : now,
      }),
  };
}
