import { excelCsv } from '../../core/csv/excel';
import { type MessageKey, t } from '../../core/i18n';
import { inPortuguese } from '../../core/i18n/in-portuguese';
import { FIELD_LABELS, type FieldKey } from '../../core/procedures/vocabulary';
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
  formFault: 'Exceção: formulário do SysAid diferente',
  observed: 'Salvo no modo piloto (seria bloqueado)',
  notSaved: 'Salvamento que o SysAid não confirmou (sessão expirada, erro ou recusa)',
  error: 'Conferência indisponível (bloqueado)',
  mapping: 'Mapeamento de campo alterado',
  tamper: 'Tentativa de desligar a conferência (ignorada)',
  setting: 'Configuração alterada',
};

type DayRow = { day: string } & Record<AuditEntry['kind'], number>;

const emptyDay = (day: string): DayRow => ({
  day,
  blocked: 0,
  compliant: 0,
  early: 0,
  outOfScope: 0,
  override: 0,
  formFault: 0,
  observed: 0,
  notSaved: 0,
  error: 0,
  mapping: 0,
  tamper: 0,
  setting: 0,
});

/** One thing the SysAid form lacked on one day, and how many saves met it. */
interface FormFaultRow {
  day: string;
  fault: string;
  count: number;
}

const JUDGED: ReadonlySet<AuditEntry['kind']> = new Set(['blocked', 'override', 'formFault', 'observed']);

/**
 * What a lead looks at for a month of tickets: which checks fail most, how each day went, and what the
 * SysAid form lacked (per field or option and per day), so a renamed option shows the day it appears.
 */
export function summarize(entries: AuditEntry[]) {
  const byCheck = new Map<string, number>();
  const byDay = new Map<string, DayRow>();
  const faults = new Map<string, FormFaultRow>();
  for (const e of entries) {
    const day = DAY.format(e.at);
    if (JUDGED.has(e.kind)) for (const c of e.checks) byCheck.set(c, (byCheck.get(c) ?? 0) + 1);
    for (const fault of e.formFaults ?? []) {
      const key = `${day}\u0000${fault}`;
      const row = faults.get(key) ?? { day, fault, count: 0 };
      row.count++;
      faults.set(key, row);
    }
    const row = byDay.get(day) ?? emptyDay(day);
    row[e.kind]++;
    byDay.set(day, row);
  }
  return {
    byCheck: [...byCheck.entries()].sort((a, b) => b[1] - a[1]),
    byDay: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
    formFaults: [...faults.values()].sort((a, b) => b.day.localeCompare(a.day) || b.count - a.count),
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
    'Formulário diferente',
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
    e.formFaults?.map((f) => describeFormFault(f, inPortuguese)).join('; '),
  ]);
  return excelCsv(header, rows);
}

/** `missingOption:status=Resolvido` as a lead reads it: in the language chosen, or Portuguese in the export. */
export function describeFormFault(
  fault: string,
  say: (key: MessageKey, args: string[]) => string = t,
): string {
  const match = /^(\w+):(\w+)(?:=(.*))?$/s.exec(fault);
  if (!match) return fault;
  const [, kind, field, option = ''] = match;
  const caption = FIELD_LABELS[field as FieldKey] ?? field;
  switch (kind) {
    case 'missingField':
      return say('options.faultMissingField', [caption]);
    case 'missingOption':
      return say('options.faultMissingOption', [caption, option]);
    case 'notTaken':
      return say('options.faultNotTaken', [caption, option]);
    case 'disagrees':
      return say('options.faultDisagrees', [caption, option]);
    default:
      return fault;
  }
}
