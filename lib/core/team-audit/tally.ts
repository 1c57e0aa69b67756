import { maskCpfsInText } from '../br/mask';
import { say, t as translate } from '../i18n';
import { weekdayOf } from './dates';
import type { TicketVerdict } from './judge';
import { type AuditTotals, LIST_MAX, type NonCompliantEntry, type TeamReport, type TimeSlot } from './report';

const slots = (n: number): TimeSlot[] =>
  Array.from({ length: n }, () => ({ tickets: 0, compliant: 0, nonCompliant: 0 }));

type Counts = AuditTotals['byAgent'][string];
type Cell = { judged: number; compliant: number };
/** One agent's figures: found once per ticket (one lookup), whatever the report then shows. */
interface AgentTally {
  counts: Counts;
  cells: Map<string, Cell>;
}
type CheckEntry = TicketVerdict['checks'][number];

/** Every non-compliant ticket, in file order, as the CSV export lists it (the report keeps only the first). */
export type NonCompliantSink = (entry: NonCompliantEntry) => void;

/** Adds verdicts one by one (the page shows progress), then reports. */
export class Tally {
  private readonly totals = {
    tickets: 0,
    inScope: 0,
    compliant: 0,
    nonCompliant: 0,
    outOfScope: 0,
    stamped: 0,
  };
  private readonly agents = new Map<string, AgentTally>();
  private readonly byCheck = new Map<string, number>();
  private readonly checks = new Map<string, { label: string; applied: number; failed: number }>();
  /** The compiled judge's shared lists of passing checks (frozen), counted here and added up at the end. */
  private readonly cleanLists = new Map<readonly CheckEntry[], number>();
  private readonly days = new Set<string>();
  private readonly stamping = {
    stamped: { judged: 0, compliant: 0 },
    unstamped: { judged: 0, compliant: 0 },
  };
  private readonly list: NonCompliantEntry[] = [];
  private readonly contradictions: NonCompliantEntry[] = [];
  private stampContradicted = 0;
  private readonly byWeekday = slots(7);
  private readonly byHour = slots(24);
  private readonly weekdays = new Map<string, number>();

  constructor(private readonly sink?: NonCompliantSink) {}

  get tickets(): number {
    return this.totals.tickets;
  }

  add(v: TicketVerdict): void {
    const t = this.totals;
    const agent = v.agent.trim() || translate('teamFile.noAgent');
    t.tickets++;
    if (v.stamp) t.stamped++;
    const mine = this.agentTally(agent);
    mine.counts.tickets++;
    if (v.channel === 'other') mine.counts.other++;
    const weekday = v.day ? this.weekdayOf(v.day) : undefined;
    const slotDay = weekday === undefined ? undefined : this.byWeekday[weekday];
    const slotHour = v.hour === undefined ? undefined : this.byHour[v.hour];
    if (slotDay) slotDay.tickets++;
    if (slotHour) slotHour.tickets++;
    if (v.verdict === 'outOfScope') {
      t.outOfScope++;
      return;
    }
    t.inScope++;
    const ok = v.verdict === 'compliant';
    const key = ok ? 'compliant' : 'nonCompliant';
    t[key]++;
    mine.counts[key]++;
    if (slotDay) slotDay[key]++;
    if (slotHour) slotHour[key]++;
    this.countChecks(v);
    if (v.day) {
      this.days.add(v.day);
      let cell = mine.cells.get(v.day);
      if (!cell) {
        cell = { judged: 0, compliant: 0 };
        mine.cells.set(v.day, cell);
      }
      cell.judged++;
      if (ok) cell.compliant++;
    }
    const side = v.stamp ? this.stamping.stamped : this.stamping.unstamped;
    side.judged++;
    if (ok) side.compliant++;
    else this.addNonCompliant(v, agent);
  }

  private agentTally(agent: string): AgentTally {
    let mine = this.agents.get(agent);
    if (!mine) {
      mine = { counts: { tickets: 0, compliant: 0, nonCompliant: 0, other: 0 }, cells: new Map() };
      this.agents.set(agent, mine);
    }
    return mine;
  }

  private countChecks(v: TicketVerdict): void {
    const shared = Object.isFrozen(v.checks);
    const seen = shared ? this.cleanLists.get(v.checks) : undefined;
    if (seen !== undefined) {
      this.cleanLists.set(v.checks, seen + 1);
      return;
    }
    // Index loops: an iterator per ticket adds up over a million of them.
    for (let i = 0; i < v.checks.length; i++) {
      const check = v.checks[i] as CheckEntry;
      if (check.severity !== 'block') continue;
      let entry = this.checks.get(check.id);
      if (!entry) {
        entry = { label: say(check.label), applied: 0, failed: 0 };
        this.checks.set(check.id, entry);
      }
      // A shared list is counted at the end (its checks all passed); its ids take their place now.
      if (shared) continue;
      entry.applied++;
      if (!check.ok) entry.failed++;
    }
    if (shared) this.cleanLists.set(v.checks, 1);
    for (let i = 0; i < v.failed.length; i++) {
      const id = (v.failed[i] as TicketVerdict['failed'][number]).id;
      this.byCheck.set(id, (this.byCheck.get(id) ?? 0) + 1);
    }
  }

  private addNonCompliant(v: TicketVerdict, agent: string): void {
    const contradicted = v.stamp?.result === 'conforme';
    if (contradicted) this.stampContradicted++;
    const wanted =
      this.sink || this.list.length < LIST_MAX || (contradicted && this.contradictions.length < LIST_MAX);
    if (!wanted) return;
    const entry: NonCompliantEntry = {
      id: v.id,
      agent,
      day: v.day,
      // Messages may quote a field's value: a CPF never leaves masked.
      failed: maskCpfsInText(v.failed.map((f) => `${say(f.label)}: ${say(f.message)}`).join(' | ')),
    };
    this.sink?.(entry);
    if (this.list.length < LIST_MAX) this.list.push(entry);
    if (contradicted && this.contradictions.length < LIST_MAX) this.contradictions.push(entry);
  }

  private weekdayOf(day: string): number {
    let weekday = this.weekdays.get(day);
    if (weekday === undefined) {
      weekday = weekdayOf(day);
      this.weekdays.set(day, weekday);
    }
    return weekday;
  }

  report(): TeamReport {
    for (const [list, times] of this.cleanLists)
      for (const check of list) {
        const entry = check.severity === 'block' ? this.checks.get(check.id) : undefined;
        if (entry) entry.applied += times;
      }
    this.cleanLists.clear();
    const agents = [...this.agents];
    const totals: AuditTotals = {
      ...this.totals,
      byAgent: Object.fromEntries(agents.map(([agent, a]) => [agent, a.counts])),
      byCheck: Object.fromEntries(this.byCheck),
    };
    return {
      totals,
      checks: [...this.checks].map(([id, c]) => ({ id, ...c })).sort((a, b) => b.failed - a.failed),
      heatmap: {
        days: [...this.days].sort(),
        agents: Object.keys(totals.byAgent).sort((a, b) => a.localeCompare(b, 'pt-BR')),
        cells: Object.fromEntries(
          agents.filter(([, a]) => a.cells.size).map(([agent, a]) => [agent, Object.fromEntries(a.cells)]),
        ),
      },
      stamping: this.stamping,
      nonCompliantList: this.list,
      stampContradicted: this.stampContradicted,
      contradictionList: this.contradictions,
      byWeekday: this.byWeekday,
      byHour: this.byHour,
    };
  }
}
