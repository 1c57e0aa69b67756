import type { AuditEntry } from './log';

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Sao_Paulo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const DATE_TIME = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  dateStyle: 'short',
  timeStyle: 'medium',
});

export const KIND_LABELS: Record<AuditEntry['kind'], string> = {
  blocked: 'Salvamento bloqueado',
  compliant: 'Salvo conforme',
  override: 'Exceção justificada',
};

export interface DayRow {
  day: string;
  blocked: number;
  compliant: number;
  override: number;
}

/** What a lead looks at for a month of tickets: which checks fail most, and how each day went. */
export function summarize(entries: AuditEntry[]) {
  const byCheck = new Map<string, number>();
  const byDay = new Map<string, DayRow>();
  for (const e of entries) {
    if (e.kind !== 'compliant') for (const c of e.checks) byCheck.set(c, (byCheck.get(c) ?? 0) + 1);
    const day = DAY.format(e.at);
    const row = byDay.get(day) ?? { day, blocked: 0, compliant: 0, override: 0 };
    row[e.kind]++;
    byDay.set(day, row);
  }
  return {
    byCheck: [...byCheck.entries()].sort((a, b) => b[1] - a[1]),
    byDay: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
  };
}

const cell = (value: string | number | undefined) => {
  const text = String(value ?? '');
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * CSV that Excel in pt-BR opens as is: UTF-8 with a BOM (accents intact), semicolons (Excel's list
 * separator in Brazil), CRLF line ends.
 */
export function toCsv(entries: AuditEntry[]): string {
  const header = [
    'Data e hora',
    'Atendente',
    'Evento',
    'Canal',
    'Desfecho',
    'Chamado',
    'CPF',
    'Verificações',
    'Justificativa',
  ];
  const rows = entries.map((e) => [
    DATE_TIME.format(e.at),
    e.agent,
    KIND_LABELS[e.kind],
    e.channel,
    e.outcome,
    e.ticketNumber,
    e.maskedCpf,
    e.checks.join(', '),
    e.justification,
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
