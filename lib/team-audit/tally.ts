import { maskCpfsInText } from '../br/mask';
import { say } from '../i18n';
import type { TicketVerdict } from './judge';

/** What the CLI prints with --json: the contract of the IT team's nightly job (README). */
export interface AuditTotals {
  tickets: number;
  inScope: number;
  compliant: number;
  nonCompliant: number;
  outOfScope: number;
  stamped: number;
  byAgent: Record<string, { tickets: number; compliant: number; nonCompliant: number }>;
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
  nonCompliantList: Array<{ id: string; agent: string; day?: string; failed: string }>;
}

const NO_AGENT = '(sem usuário)';

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
  private readonly list: TeamReport['nonCompliantList'] = [];

  add(v: TicketVerdict): void {
    const t = this.totals;
    const agent = v.agent.trim() || NO_AGENT;
    t.tickets++;
    if (v.stamp) t.stamped++;
    t.byAgent[agent] ??= { tickets: 0, compliant: 0, nonCompliant: 0 };
    const mine = t.byAgent[agent];
    mine.tickets++;
    if (v.verdict === 'outOfScope') {
      t.outOfScope++;
      return;
    }
    t.inScope++;
    const ok = v.verdict === 'compliant';
    if (ok) {
      t.compliant++;
      mine.compliant++;
    } else {
      t.nonCompliant++;
      mine.nonCompliant++;
    }
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
    if (!ok)
      this.list.push({
        id: v.id,
        agent,
        day: v.day,
        // Messages may quote a field's value: a CPF never leaves masked.
        failed: maskCpfsInText(v.failed.map((f) => `${say(f.label)}: ${say(f.message)}`).join(' | ')),
      });
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
    };
  }
}
