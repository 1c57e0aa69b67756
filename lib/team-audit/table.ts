import Papa from 'papaparse';
import { decodeExport } from './decode';

/** A spreadsheet as plain rows of text: the header and the records. */
export interface Table {
  header: string[];
  rows: string[][];
  /** "CSV (UTF-8, ;)" — shown to the lead so a surprise is visible. */
  format: string;
  /** 1-based line numbers of records whose cell count does not match the header. */
  malformed: number[];
}

export type TableResult = { ok: true; table: Table } | { ok: false; problem: string };

/** Beyond this the page would hold several copies in memory; a month of a call center is far below. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function isXlsx(bytes: Uint8Array): boolean {
  return ZIP.every((b, i) => bytes[i] === b);
}

export function tooLarge(size: number): string | undefined {
  if (size <= MAX_EXPORT_BYTES) return undefined;
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return `O arquivo tem ${mb(size)} MB; o limite é ${mb(MAX_EXPORT_BYTES)} MB. Exporte um período menor (por exemplo, uma semana) e audite cada parte.`;
}

/** The bare parse the bench compares the audit with. */
export function parseCsv(text: string) {
  return Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
}

export function readCsv(bytes: Uint8Array): TableResult {
  const big = tooLarge(bytes.length);
  if (big) return { ok: false, problem: big };
  const decoded = decodeExport(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text);
  const [header, ...rows] = parsed.data;
  if (!header || header.length < 2)
    return {
      ok: false,
      problem:
        'Este arquivo não parece uma exportação de chamados do SysAid: não há colunas separadas por ";" ou ",".',
    };
  const malformed: number[] = [];
  const width = header.length;
  const kept = rows.filter((row, i) => {
    if (row.length === width) return true;
    malformed.push(i + 2);
    return false;
  });
  const delimiter = parsed.meta.delimiter === '\t' ? 'tab' : parsed.meta.delimiter;
  return {
    ok: true,
    table: { header, rows: kept, format: `CSV (${decoded.encoding}, ${delimiter})`, malformed },
  };
}

/** XLSX through a maintained reader, loaded only where an audit runs (never in the content script). */
export async function readXlsx(bytes: Uint8Array): Promise<TableResult> {
  const big = tooLarge(bytes.length);
  if (big) return { ok: false, problem: big };
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const sheet = await readSheet(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const rows = sheet.map((row) => row.map(cellText));
    const [header, ...rest] = rows;
    if (!header?.length) return { ok: false, problem: 'A planilha está vazia.' };
    return {
      ok: true,
      table: { header, rows: rest.filter((r) => r.some((c) => c !== '')), format: 'XLSX', malformed: [] },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: `Não foi possível ler a planilha XLSX (${detail}). Exporte de novo do SysAid em CSV.`,
    };
  }
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().replace('T', ' ').slice(0, 19);
  return String(cell);
}

export async function readTable(bytes: Uint8Array): Promise<TableResult> {
  return isXlsx(bytes) ? readXlsx(bytes) : readCsv(bytes);
}
