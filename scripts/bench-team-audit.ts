/**
 * The team audit's figures, in a process of its own so its peak memory is its own. Prints one JSON
 * line for `npm run bench`.
 *   short (default): a generated 100 000-ticket export in memory, its bare parse (bytes → records)
 *     and the whole audit, alternated, medians of 3.
 *   large: a generated 1 000 000-ticket export with chat-sized descriptions (0.5–3 KB), written to a
 *     temporary file, then read back as the CLI reads it (a Node stream): the bare parse once and the
 *     audit once. BENCH_AUDIT_LARGE_ROWS changes the size (a small run checks the script works).
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PLAYBOOKS } from '../lib/core/procedures/defaults';
import { auditChunks, parseChunks } from '../lib/core/team-audit/run';
import { generateExport } from '../tests/fixtures/exports/generate';
import { writeExport } from '../tests/fixtures/exports/write';

const CHUNK = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function* inChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

async function audit(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  const result = await auditChunks(chunks, { playbooks: DEFAULT_PLAYBOOKS });
  if (!result.ok) throw new Error(result.problem);
  return result.report.totals.tickets;
}

async function short() {
  const rows = Number(process.env.BENCH_AUDIT_ROWS ?? 100_000);
  const bytes = new TextEncoder().encode(generateExport({ rows }).csv);
  const bare: number[] = [];
  const judged: number[] = [];
  let tickets = 0;
  for (let round = 0; round < 3; round++) {
    let t = performance.now();
    await parseChunks(inChunks(bytes));
    bare.push(performance.now() - t);
    t = performance.now();
    tickets = await audit(inChunks(bytes));
    judged.push(performance.now() - t);
  }
  return {
    rows: tickets,
    megabytes: bytes.length / 1024 / 1024,
    bareMs: median(bare),
    auditMs: median(judged),
  };
}

async function large() {
  const rows = Number(process.env.BENCH_AUDIT_LARGE_ROWS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-audit-'));
  const path = join(dir, 'chamados.csv');
  try {
    const size = await writeExport(path, { rows, realistic: true, days: 365 });
    const read = () => createReadStream(path, { highWaterMark: CHUNK });
    let t = performance.now();
    await parseChunks(read());
    const bareMs = performance.now() - t;
    t = performance.now();
    const tickets = await audit(read());
    const auditMs = performance.now() - t;
    return { rows: tickets, megabytes: size / 1024 / 1024, bareMs, auditMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const figures = process.argv[2] === 'large' ? await large() : await short();
console.log(JSON.stringify({ ...figures, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
