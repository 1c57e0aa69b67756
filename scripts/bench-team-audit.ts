/**
 * The team audit's figures, in a process of its own so its peak memory is its own: a generated
 * 100 000-ticket export, its bare parse (bytes → rows) and the whole audit, alternated, medians.
 * Prints one JSON line for `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_PLAYBOOKS } from '../lib/procedures/defaults';
import { auditTable } from '../lib/team-audit/run';
import { parseCsv, readCsv } from '../lib/team-audit/table';
import { generateExport } from '../tests/fixtures/exports/generate';

const ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 100_000);
const ROUNDS = 3;
const bytes = new TextEncoder().encode(generateExport({ rows: ROWS }).csv);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const bare: number[] = [];
const audit: number[] = [];
let tickets = 0;
for (let round = 0; round < ROUNDS; round++) {
  let t = performance.now();
  parseCsv(new TextDecoder().decode(bytes));
  bare.push(performance.now() - t);
  t = performance.now();
  const table = readCsv(bytes);
  if (!table.ok) throw new Error(table.problem);
  const result = auditTable(table.table, { playbooks: DEFAULT_PLAYBOOKS });
  if (!result.ok) throw new Error(result.problem);
  audit.push(performance.now() - t);
  tickets = result.report.totals.tickets;
}
console.log(
  JSON.stringify({
    rows: tickets,
    megabytes: bytes.length / 1024 / 1024,
    bareMs: median(bare),
    auditMs: median(audit),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
