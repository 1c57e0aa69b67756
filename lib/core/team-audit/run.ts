import { t } from '../i18n';
import type { ColumnKey } from './columns';
import { csvBatches } from './csv-stream';
import { concat } from './decode';
import { ExportProblem } from './problem';
import type { TeamReport } from './report';
import { type AuditOptions, RowAudit } from './row-audit';
import { isXlsx, readXlsxRows } from './table';

export type { AuditOptions } from './row-audit';

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

export interface StreamOptions extends AuditOptions {
  /** After each chunk: bytes read so far and tickets judged. */
  onProgress?: (bytes: number, tickets: number) => void;
  /** Awaited after each chunk: where the non-compliant list is written out (and slows the reading down). */
  afterChunk?: () => Promise<void>;
}

/**
 * Judges every ticket of a SysAid export with the rules the guard enforces, as the file arrives:
 * memory holds one chunk, the tallies and a bounded list, whatever the file's size.
 */
export async function auditChunks(
  chunks: AsyncIterable<Uint8Array>,
  options: StreamOptions,
): Promise<AuditResult> {
  let audit: RowAudit | undefined;
  try {
    const counted = countBytes(chunks, (bytes) => options.onProgress?.(bytes, audit?.tickets ?? 0));
    const { head, rest } = await peek(counted, 4);
    if (head.length === 0) throw new ExportProblem(t('teamFile.empty'));
    if (isXlsx(head)) {
      const rows = await readXlsxRows(await collect(head, rest));
      const sheet = new RowAudit(options, false);
      audit = sheet;
      rows.forEach((row, i) => {
        sheet.push(row, i + 1);
      });
      const done = sheet.finish();
      await options.afterChunk?.();
      return { ok: true, ...done, format: 'XLSX' };
    }
    audit = new RowAudit(options, true);
    const format: { text?: string } = {};
    for await (const { rows, firstLine } of csvBatches(prepend(head, rest), options.map ?? {}, format)) {
      for (let i = 0; i < rows.length; i++) audit.push(rows[i] as string[], firstLine + i);
      await options.afterChunk?.();
    }
    const done = audit.finish();
    await options.afterChunk?.();
    return { ok: true, ...done, format: format.text ?? 'CSV' };
  } catch (error) {
    if (!(error instanceof ExportProblem)) throw error;
    return { ok: false, problem: error.message, missing: error.missing, unknown: error.unknown };
  }
}

/** A whole file already in memory (tests, the demo). */
export function auditBytes(bytes: Uint8Array, options: StreamOptions): Promise<AuditResult> {
  return auditChunks(once(bytes), options);
}

/** The bare parse the bench compares the audit with: the same decoding and records, no judging. */
export async function parseChunks(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let records = 0;
  for await (const { rows } of csvBatches(chunks, {}, {})) records += rows.length;
  return records;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function* countBytes(
  chunks: AsyncIterable<Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    yield chunk;
    onBytes(total);
  }
}

/** The first `n` bytes (a chunk may be shorter), and an iterator over what follows them. */
async function peek(chunks: AsyncIterable<Uint8Array>, n: number) {
  const rest = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < n) {
    const next = await rest.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return { head: concat(parts, length), rest };
}

async function* prepend(head: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (head.length) yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function collect(head: Uint8Array, rest: AsyncIterator<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of prepend(head, rest)) parts.push(chunk);
  return concat(
    parts,
    parts.reduce((n, p) => n + p.length, 0),
  );
}
