import type { Playbook } from '../procedures/schema';
import type { Channel } from '../procedures/vocabulary';
import { type ColumnKey, type ColumnMap, columnName, detectColumns, looksLikeExport } from './columns';
import { type DayOrder, dayOf, detectDayOrder } from './dates';
import { judgeTicket, snapshotOf } from './judge';
import type { Table } from './table';
import { Tally, type TeamReport } from './tally';

export type AuditResult =
  | {
      ok: true;
      report: TeamReport;
      /** Said above the numbers: what the report leaves out, so a partial report never looks whole. */
      warnings: string[];
      format: string;
    }
  | {
      ok: false;
      problem: string;
      /** When columns are missing: what the file has that we did not recognise (the lead maps them). */
      missing?: ColumnKey[];
      unknown?: string[];
    };

export interface AuditOptions {
  map?: ColumnMap;
  playbooks: Record<Channel, Playbook>;
  /** Called every few thousand rows. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

const PROGRESS_EVERY = 2000;

/** Judges every ticket of a SysAid export with the rules the guard enforces. Pure but for progress. */
export function auditTable(table: Table, options: AuditOptions): AuditResult {
  const layout = detectColumns(table.header, options.map);
  if (!looksLikeExport(layout))
    return {
      ok: false,
      problem:
        'Este arquivo não parece uma exportação de chamados do SysAid: nenhuma das colunas esperadas (ID, Categoria, Status, Descrição…) foi encontrada na primeira linha.',
    };
  if (layout.missing.length)
    return {
      ok: false,
      problem: `Faltam colunas na exportação: ${layout.missing.map(columnName).join(', ')}. Inclua-as na lista do SysAid antes de exportar, ou indique qual coluna do arquivo corresponde a cada uma.`,
      missing: layout.missing,
      unknown: layout.unknown,
    };
  if (table.rows.length === 0)
    return { ok: false, problem: 'A exportação tem só o cabeçalho: nenhum chamado para auditar.' };

  const at = (key: ColumnKey) => layout.index[key] as number;
  const dateColumn = at('requestTime');
  const englishCaption = /request|time/i.test(table.header[dateColumn] ?? '');
  const order: DayOrder = detectDayOrder(
    table.rows.slice(0, 500).map((r) => r[dateColumn] ?? ''),
    englishCaption ? 'mdy' : 'dmy',
  );
  const stampColumn = layout.index.complianceStamp;
  const now = options.now ?? new Date();
  const noonOf = new Map<string, Date>();
  const noon = (day: string) => {
    const known = noonOf.get(day);
    if (known) return known;
    const date = new Date(`${day}T12:00:00-03:00`);
    noonOf.set(day, date);
    return date;
  };
  const tally = new Tally();
  const unreadableDates: string[] = [];
  const days = new Map<string, string | undefined>();
  let unreadableCount = 0;
  const total = table.rows.length;
  table.rows.forEach((row, i) => {
    const rawDate = row[dateColumn] ?? '';
    // Thousands of tickets share a day: the date part (≤ 10 characters) is read once.
    const dateKey = rawDate.slice(0, 10);
    let day = days.get(dateKey);
    if (day === undefined && !days.has(dateKey)) {
      day = dayOf(rawDate, order);
      days.set(dateKey, day);
    }
    if (!day) {
      unreadableCount++;
      if (unreadableDates.length < 3) unreadableDates.push(`linha ${i + 2}: "${rawDate.slice(0, 40)}"`);
    }
    tally.add(
      judgeTicket({
        id: (row[at('id')] ?? '').trim(),
        agent: (row[at('submitUser')] ?? '').trim(),
        day,
        snapshot: snapshotOf(row, layout.index),
        stampText: stampColumn === undefined ? undefined : row[stampColumn],
        playbooks: options.playbooks,
        now: day ? noon(day) : now,
      }),
    );
    if ((i + 1) % PROGRESS_EVERY === 0) options.onProgress?.(i + 1, total);
  });
  options.onProgress?.(total, total);

  const warnings: string[] = [];
  if (table.malformed.length)
    warnings.push(
      `${table.malformed.length} linha(s) com número de colunas diferente do cabeçalho ficaram de fora (ex.: linha ${table.malformed.slice(0, 3).join(', ')}). Os números abaixo não as incluem.`,
    );
  if (unreadableCount)
    warnings.push(
      `${unreadableCount} chamado(s) com data de abertura ilegível (${unreadableDates.join('; ')}): foram auditados, mas ficam fora do mapa por dia.`,
    );
  return { ok: true, report: tally.report(), warnings, format: table.format };
}
