import { excelCsv } from '../csv/excel';
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
  early: 'Protocolo aberto (Aplicar antecipado)',
  outOfScope: 'Salvo fora do escopo',
  override: 'Exceção justificada',
  error: 'Conferência indisponível (bloqueado)',
  mapping: 'Mapeamento de campo alterado',
};

export type DayRow = { day: string } & Record<AuditEntry['kind'], number>;

const emptyDay = (day: string): DayRow => ({
  day,
  blocked: 0,
  compliant: 0,
  early: 0,
  outOfScope: 0,
  override: 0,
  error: 0,
  mapping: 0,
});

/** What a lead looks at for a month of tickets: which checks fail most, and how each day went. */
export function summarize(entries: AuditEntry[]) {
  const byCheck = new Map<string, number>();
  const byDay = new Map<string, DayRow>();
  for (const e of entries) {
    if (e.kind === 'blocked' || e.kind === 'override')
      for (const c of e.checks) byCheck.set(c, (byCheck.get(c) ?? 0) + 1);
    const day = DAY.format(e.at);
    const row = byDay.get(day) ?? emptyDay(day);
    row[e.kind]++;
    byDay.set(day, row);
  }
  return {
    byCheck: [...byCheck.entries()].sort((a, b) => b[1] - a[1]),
    byDay: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
  };
}

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
    'Detalhe',
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
    e.detail,
  ]);
  return excelCsv(header, rows);
}
