import Papa from 'papaparse';
import { t } from '../i18n';
import { type ColumnLayout, type ColumnMap, detectColumns, looksLikeExport } from './columns';
import { guessNewline, type Newline } from './csv-rows';
import { ExportProblem } from './problem';

/** Exports may carry title rows above the header ("Relatório de chamados", the filter…). */
export const HEADER_SEARCH_ROWS = 15;

const DELIMITERS = [';', ',', '\t'] as const;

/** The header among the first rows: the first one with several of SysAid's captions. */
export function findHeader(
  rows: readonly string[][],
  map: ColumnMap = {},
): { at: number; layout: ColumnLayout } | undefined {
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let at = 0; at < last; at++) {
    const row = rows[at] as string[];
    if (row.length < 2) continue;
    const layout = detectColumns(row, map);
    if (looksLikeExport(layout)) return { at, layout };
  }
  return undefined;
}

/** Said when no header turns up (read in the language chosen when thrown, not at import). */
export const notAnExport = (): ExportProblem => new ExportProblem(t('teamFile.notAnExport'));

/** The separator and line break of a CSV, from its first text: the ones that show a header. */
export function sniffCsv(sample: string, complete: boolean, map: ColumnMap = {}) {
  const newline: Newline = guessNewline(sample);
  let widest = 0;
  let best: { delimiter: string; recognised: number } | undefined;
  for (const delimiter of DELIMITERS) {
    // A few more rows than the header search: a header past it still shows the file has columns.
    const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', preview: 50 });
    const rows = (parser.parse(sample, 0, !complete) as { data: string[][] }).data;
    widest = Math.max(widest, ...rows.map((r) => r.length));
    const found = findHeader(rows, map);
    const recognised = found ? Object.keys(found.layout.index).length : 0;
    if (found && recognised > (best?.recognised ?? 0)) best = { delimiter, recognised };
  }
  if (best) return { delimiter: best.delimiter, newline };
  if (widest < 2) throw new ExportProblem(t('teamFile.noColumns'));
  throw notAnExport();
}

export const describeDelimiter = (delimiter: string) => (delimiter === '\t' ? 'tab' : delimiter);
