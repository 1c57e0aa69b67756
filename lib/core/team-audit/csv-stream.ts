import type { ColumnMap } from './columns';
import { CsvRows } from './csv-rows';
import { ExportDecoder } from './decode';
import { describeDelimiter, sniffCsv } from './header';

/** Enough text for the header search's 15 rows, title rows and the first long descriptions included. */
const SNIFF_CHARS = 256 * 1024;

interface CsvBatch {
  rows: string[][];
  /** The spreadsheet row number of rows[0]. */
  firstLine: number;
}

/**
 * A CSV export's records, chunk by chunk: bytes → text (encoding decided on the first chunks) →
 * records (separator decided on the first text). Holds one chunk and one partial record at a time.
 */
export async function* csvBatches(
  chunks: AsyncIterable<Uint8Array>,
  map: ColumnMap,
  format: { text?: string },
): AsyncGenerator<CsvBatch> {
  const decoder = new ExportDecoder();
  let rows: CsvRows | undefined;
  let sample = '';
  const batch = (records: CsvRows, out: string[][]): CsvBatch => ({
    rows: out,
    firstLine: records.records - out.length + 1,
  });
  const start = (complete: boolean): CsvRows => {
    const { delimiter, newline } = sniffCsv(sample, complete, map);
    format.text = `CSV (${decoder.encoding}, ${describeDelimiter(delimiter)})`;
    return new CsvRows(delimiter, newline);
  };
  for await (const chunk of chunks) {
    const text = decoder.push(chunk);
    if (!rows) {
      sample += text;
      if (sample.length < SNIFF_CHARS) continue;
      rows = start(false);
      yield batch(rows, rows.push(sample));
      sample = '';
    } else if (text) yield batch(rows, rows.push(text));
  }
  const last = decoder.end();
  if (!rows) {
    sample += last;
    rows = start(true);
    yield batch(rows, rows.push(sample));
  } else if (last) yield batch(rows, rows.push(last));
  yield batch(rows, rows.end());
}
