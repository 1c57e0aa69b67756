import type { Playbook } from '../procedures/schema';
import type { Channel, Outcome } from '../procedures/vocabulary';
import { type ManagedLabels, managedLabels } from '../rules/description';
import { inferChannel, inferOutcome, type PlaybooksInForce } from '../rules/infer';
import type { FormSnapshot } from '../rules/snapshot';
import { parseStamp, type Stamp, stampOfLine } from '../rules/stamp';
import type { ColumnLayout } from './columns';
import type { DayOrder } from './dates';
import { LabelledLines, type ScannedDescription, scanDescription, splitStampOnce } from './description-scan';
import type { TicketVerdict } from './judge';
import { OutcomePlan, type RowContext } from './plan';
import { RowFields } from './row-fields';

/** One file's judge: the columns, the date order and the playbooks resolved once, then row after row. */
export interface Judge {
  order: DayOrder;
  rawDate: (row: readonly string[]) => string;
  /** The verdict (and its lists) is the judge's own, refilled for the next row: read it, don't keep it. */
  row: (row: readonly string[], day: string | undefined, hour: number | undefined) => TicketVerdict;
}

type Verdict = { -readonly [K in keyof TicketVerdict]: TicketVerdict[K] };
const NO_CHECKS: TicketVerdict['checks'] = Object.freeze([]);
const NO_FAILURES: TicketVerdict['failed'] = Object.freeze([]);

/** Each playbook's outcomes compiled once; `none`: the outcome the ticket shows is not one of them. */
interface PlaybookPlans {
  byOutcome: Map<Outcome, OutcomePlan>;
  none: OutcomePlan;
}

function plansOf(playbook: Playbook, inForce: PlaybooksInForce): PlaybookPlans {
  const byOutcome = new Map<Outcome, OutcomePlan>();
  // evaluate() takes the first outcome with the id.
  for (const rules of playbook.outcomes)
    if (!byOutcome.has(rules.id)) byOutcome.set(rules.id, new OutcomePlan(playbook, rules, inForce));
  return { byOutcome, none: new OutcomePlan(playbook, undefined, inForce) };
}

/** Stamp lines repeat (a handful of playbooks × outcomes × results): each distinct line is read once. */
const STAMP_MEMO_MAX = 1024;

/**
 * The audit's judge, compiled: the decision `judgeTicket` makes (lib/core/team-audit/judge.ts, the
 * reference), with each playbook's checks resolved ahead and each description read once (its stamp
 * lines, the block at the top, whether a conversation follows). Same verdicts; the property test in
 * tests/unit/team-audit/compiled-judge.test.ts compares the two on generated rows.
 */
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
  const fields = new RowFields(index);
  // One verdict for the whole file, refilled row after row (the tally reads it at once).
  const verdict: Verdict = {
    id: '',
    agent: '',
    verdict: 'outOfScope',
    checks: NO_CHECKS,
    failed: NO_FAILURES,
  };
  const context = new Row();
  const plans = new Map<Channel, PlaybookPlans>();
  for (const [channel, playbook] of Object.entries(playbooks) as Array<[Channel, Playbook]>)
    if (playbook) plans.set(channel, plansOf(playbook, playbooks));
  const stamps = new Map<string, Stamp | undefined>();
  const stampOf = (line: string) => {
    if (stamps.has(line)) return stamps.get(line);
    const stamp = stampOfLine(line);
    if (stamps.size >= STAMP_MEMO_MAX) stamps.clear();
    stamps.set(line, stamp);
    return stamp;
  };
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

  const judge = (
    row: readonly string[],
    day: string | undefined,
    hour: number | undefined,
  ): TicketVerdict => {
    const id = (row[idAt] ?? '').trim();
    const agent = (row[agentAt] ?? '').trim();
    const snapshot = fields.load(row);
    const description = snapshot.fields.description?.value ?? '';
    const parts = splitStampOnce(description);
    // A stamp column the lead mapped wins when it holds something (judgeTicket's `stampText ||`).
    const stampText = stampAt === undefined ? undefined : row[stampAt];
    const stamp = stampText
      ? parseStamp(stampText)
      : parts.stampLine === undefined
        ? undefined
        : stampOf(parts.stampLine);
    const inferred = inferChannel(snapshot, playbooks);
    // A survey is a callback on the form; only the stamp tells them apart.
    const channel =
      inferred === 'callback' && stamp?.channel === 'survey' ? 'survey' : (inferred ?? stamp?.channel);
    const compiled = channel ? plans.get(channel) : undefined;
    const v = verdict;
    v.id = id;
    v.agent = agent;
    v.day = day;
    v.hour = hour;
    v.stamp = stamp;
    if (!channel || !compiled) {
      v.channel = v.outcome = undefined;
      v.verdict = 'outOfScope';
      v.checks = NO_CHECKS;
      v.failed = NO_FAILURES;
      return v;
    }
    const outcome = inferOutcome(channel, snapshot, playbooks) ?? stamp?.outcome;
    const plan = (outcome && compiled.byOutcome.get(outcome)) || compiled.none;
    const judged = plan.judge(context.start(snapshot, parts.text, plan.managed, day ? noon(day) : now));
    v.channel = channel;
    v.outcome = outcome;
    v.verdict = judged.failed.length ? 'nonCompliant' : 'compliant';
    v.checks = judged.checks;
    v.failed = judged.failed;
    return v;
  };
  return { order, rawDate: (row) => row[dateAt] ?? '', row: judge };
}

/** The row being judged, one object for the whole file (its description is read once, on first use). */
class Row implements RowContext {
  snapshot: FormSnapshot = { fields: {} };
  text = '';
  now = new Date(0);
  private managed: ManagedLabels = managedLabels([], []);
  private scanned: ScannedDescription | undefined;
  private readonly reusedScan: ScannedDescription = { labelled: new LabelledLines(), hasBody: false };

  start(snapshot: FormSnapshot, text: string, managed: ManagedLabels, now: Date): this {
    this.snapshot = snapshot;
    this.text = text;
    this.managed = managed;
    this.now = now;
    this.scanned = undefined;
    return this;
  }

  scan(): ScannedDescription {
    this.scanned ??= scanDescription(this.text, this.managed, this.reusedScan);
    return this.scanned;
  }
}
