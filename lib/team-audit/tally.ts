import { maskCpfsInText } from '../br/mask';
import { say } from '../i18n';
import { weekdayOf } from './dates';
import type { TicketVerdict } from './judge';

/** What the CLI prints with --json: the contract of the IT team's nightly job (README). */
export interface AuditTotals {
  tickets: number;
  inScope: number;
  compliant: number;
  nonCompliant: number;
  outOfScope: number;
  stamped: number;
  /** `other`: this agent's "Outro atendimento" tickets (contacts no procedure covers). */
  byAgent: Record<string, { tickets: number; compliant: number; nonCompliant: number; other: number }>;
  byCheck: Record<string, number>;
}

export interface TeamReport {
  totals: AuditTotals;
  /** Per check: in how many judged tickets it applied and how many failed it. */
  checks: Array<{ id: string; label: string; applied: number; failed: number }>;
  /** Day × agent: judged tickets and compliant ones. */
  heatmap: {
    days: string[];
    agents: string[];
    cells: Record<string, Record<string, { judged: number; compliant: number }>>;
  };
  stamping: {
    stamped: { judged: number; compliant: number };
    unstamped: { judged: number; compliant: number };
  };
  /** The first LIST_MAX non-compliant tickets (totals.nonCompliant says how many there are). */
  nonCompliantList: NonCompliantEntry[];
  /** Stamped "resultado=conforme" by the extension, yet the data fails now ("carimbo contradiz os dados"). */
  stampContradicted: number;
  contradictionList: NonCompliantEntry[];
  /** When tickets and misses happen: index 0 = Sunday; hours 0–23 as the export writes them. */
  byWeekday: TimeSlot[];
  byHour: TimeSlot[];
}

export interface NonCompliantEntry {
  id: string;
  agent: string;
  day?: string;
  failed: string;
}
export interface TimeSlot {
  tickets: number;
  compliant: number;
  nonCompliant: number;
}

/** Bounded so a year's export audits in constant memory; the counts stay exact. */
export const LIST_MAX = 10_000;
const NO_AGENT = '(sem usuário)';
const slots = (n: number): TimeSlot[] =>
  Array.from({ length: n }, () => ({ tickets: 0, compliant: 0, nonCompliant: 0 }));

/** Adds verdicts one by one (the page shows progress), then reports. */
export class Tally {
  private readonly totals: AuditTotals = {
    tickets: 0,
    inScope: 0,
    compliant: 0,
    nonCompliant: 0,
    outOfScope: 0,
    stamped: 0,
    byAgent: {},
    byCheck: {},
  };
  private readonly checks = new Map<string, { label: string; applied: number; failed: number }>();
  private readonly cells: TeamReport['heatmap']['cells'] = {};
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

  get tickets(): number {
    return this.totals.tickets;
  }

  add(v: TicketVerdict): void {
    const t = this.totals;
    const agent = v.agent.trim() || NO_AGENT;
    t.tickets++;
    if (v.stamp) t.stamped++;
    t.byAgent[agent] ??= { tickets: 0, compliant: 0, nonCompliant: 0, other: 0 };
    const mine = t.byAgent[agent];
    mine.tickets++;
    if (v.channel === 'other') mine.other++;
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
    mine[key]++;
    if (slotDay) slotDay[key]++;
    if (slotHour) slotHour[key]++;
    for (const check of v.checks) {
      if (check.severity !== 'block') continue;
      let entry = this.checks.get(check.id);
      if (!entry) {
        entry = { label: say(check.label), applied: 0, failed: 0 };
        this.checks.set(check.id, entry);
      }
      entry.applied++;
      if (!check.ok) entry.failed++;
    }
    for (const f of v.failed) {
      t.byCheck[f.id] = (t.byCheck[f.id] ?? 0) + 1;
    }
    if (v.day) {
      this.days.add(v.day);
      const row = this.cells[agent] ?? {};
      this.cells[agent] = row;
      const cell = row[v.day] ?? { judged: 0, compliant: 0 };
      row[v.day] = cell;
      cell.judged++;
      if (ok) cell.compliant++;
    }
    const side = v.stamp ? this.stamping.stamped : this.stamping.unstamped;
    side.judged++;
    if (ok) side.compliant++;
    if (ok) return;
    const contradicted = v.stamp?.result === 'conforme';
    if (contradicted) this.stampContradicted++;
    if (this.list.length >= LIST_MAX && (!contradicted || this.contradictions.length >= LIST_MAX)) return;
    const entry = {
      id: v.id,
      agent,
      day: v.day,
      // Messages may quote a field's value: a CPF never leaves masked.
      failed: maskCpfsInText(v.failed.map((f) => `${say(f.label)}: ${say(f.message)}`).join(' | ')),
    };
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
    return {
      totals: this.totals,
      checks: [...this.checks].map(([id, c]) => ({ id, ...c })).sort((a, b) => b.failed - a.failed),
      heatmap: {
        days: [...this.days].sort(),
        agents: Object.keys(this.totals.byAgent).sort((a, b) => a.localeCompare(b, 'pt-BR')),
        cells: this.cells,
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
