/** What an audit reports: the CLI's JSON contract (README) and what the team page draws. */
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
  /** The first LIST_MAX non-compliant tickets (totals.nonCompliant says how many; the CSV export has them all). */
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

/** Bounded so a year's export audits in constant memory (the page shows these; the download has all). */
export const LIST_MAX = 200;
