import { t } from '../i18n';
import { ExportProblem } from './problem';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function isXlsx(bytes: Uint8Array): boolean {
  return ZIP.every((b, i) => bytes[i] === b);
}

/**
 * XLSX through a maintained reader, loaded only where an audit runs (never in the content script).
 * read-excel-file unzips and reads the whole sheet at once: an XLSX is held whole in memory (only
 * CSV streams). A zipped sheet is ~5× smaller than its CSV, so a month's XLSX stays manageable;
 * for a year's export, CSV is the format to use.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  let sheet: unknown[][];
  try {
    const { readSheet } = await import('read-excel-file/universal');
    sheet = await readSheet(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ExportProblem(t('teamFile.xlsxUnreadable', [detail]));
  }
  if (!sheet.length) throw new ExportProblem(t('teamFile.sheetEmpty'));
  return sheet.map((row) => row.map(cellText));
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().replace('T', ' ').slice(0, 19);
  return String(cell);
}
