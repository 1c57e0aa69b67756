import '../i18n/portuguese';
import '../i18n/english';
import { z } from 'zod';
import { setLanguage, t } from '../i18n';
import { importPlaybooks, resolvePlaybooks } from '../procedures/io';
import { COLUMN_KEYS, type ColumnMap } from './columns';
import { ListFile, type OutputFile } from './list-csv';
import type { AuditTotals, TeamReport } from './report';
import { type AuditResult, auditChunks } from './run';

/** What the CLI may touch: injected so the exit codes and outputs are unit-tested. */
interface CliIo {
  /** Small files: the column map, the playbooks. */
  readFile: (path: string) => Promise<Uint8Array>;
  /** The export, chunk by chunk (rejects when it cannot be opened): a 2 GB file is never held whole. */
  readChunks: (path: string) => Promise<AsyncIterable<Uint8Array>>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** `--csv`: a file written piece by piece (rejects when it cannot be created). */
  createFile: (path: string) => Promise<OutputFile>;
}

/** The usage line, in the language chosen. */
export const usage = (): string => t('cli.usage');

const mapSchema = z.record(z.string(), z.enum([...COLUMN_KEYS, 'ignore']));

/** `npm run audit`: 0 when the file could be read and audited, 2 (with a message) when it could not. */
export async function runAuditCli(args: string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.err(t('cli.error', [message]));
    return 2;
  };
  // pt-BR unless `--lang en` (IT's logs are read by the team, in Portuguese).
  setLanguage(args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'en' ? 'en' : 'pt-BR');
  let file: string | undefined;
  let mapArg: string | undefined;
  let playbooksArg: string | undefined;
  let json = false;
  let csvPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--csv') {
      csvPath = args[++i];
      if (!csvPath) return fail(`${t('cli.csvMissing')}\n${usage()}`);
    } else if (arg === '--map') mapArg = args[++i];
    else if (arg === '--lang') i++;
    else if (arg === '--playbooks') playbooksArg = args[++i];
    else if (arg.startsWith('--')) return fail(`${t('cli.unknownOption', [arg])}\n${usage()}`);
    else if (!file) file = arg;
    else return fail(`${t('cli.twoFiles')}\n${usage()}`);
  }
  if (!file) return fail(`${t('cli.noFile')}\n${usage()}`);

  let map: ColumnMap = {};
  if (mapArg !== undefined) {
    const text = mapArg.trim().startsWith('{') ? mapArg : await readText(io, mapArg);
    if (text === undefined) return fail(t('cli.mapUnreadable', [mapArg]));
    const parsed = safeJson(text);
    const checked = mapSchema.safeParse(parsed);
    if (!checked.success) return fail(t('cli.mapInvalid', [[...COLUMN_KEYS, 'ignore'].join(', ')]));
    map = checked.data as ColumnMap;
  }
  let playbooks = resolvePlaybooks();
  if (playbooksArg !== undefined) {
    const text = await readText(io, playbooksArg);
    if (text === undefined) return fail(t('cli.playbooksUnreadable', [playbooksArg]));
    const imported = importPlaybooks(text);
    if (!imported.ok)
      return fail(
        t('cli.playbooksInvalid', [imported.problems.map((p) => `${p.path}: ${p.message}`).join('; ')]),
      );
    playbooks = resolvePlaybooks(imported.playbooks);
  }

  let chunks: AsyncIterable<Uint8Array>;
  try {
    chunks = await io.readChunks(file);
  } catch {
    return fail(t('cli.cannotOpen', [file]));
  }
  let list: ListFile | undefined;
  if (csvPath !== undefined) {
    try {
      list = new ListFile(await io.createFile(csvPath));
    } catch {
      return fail(t('cli.cannotCreate', [csvPath]));
    }
  }
  let result: AuditResult;
  try {
    result = await auditChunks(chunks, {
      map,
      playbooks,
      onNonCompliant: list?.add,
      afterChunk: list?.flush,
    });
    if (result.ok) await list?.finish();
  } catch {
    await list?.discard();
    return fail(list?.failed ? t('cli.cannotWrite', [csvPath ?? '']) : t('cli.cannotRead', [file]));
  }
  if (!result.ok) {
    await list?.discard();
    const hint = result.unknown?.length ? `\n${t('cli.unknownColumns', [result.unknown.join(', ')])}` : '';
    return fail(result.problem + hint);
  }
  for (const warning of result.warnings) io.err(t('cli.warning', [warning]));
  if (list) io.err(t('cli.listWritten', [String(list.rows), csvPath ?? '']));
  io.out(json ? JSON.stringify(contract(result.report)) : summaryText(result.report, result.format));
  return 0;
}

/** The documented keys, in the documented order; later keys were added after them, never in between. */
function contract(report: TeamReport) {
  const t: AuditTotals = report.totals;
  return {
    tickets: t.tickets,
    inScope: t.inScope,
    compliant: t.compliant,
    nonCompliant: t.nonCompliant,
    outOfScope: t.outOfScope,
    stamped: t.stamped,
    byAgent: t.byAgent,
    byCheck: t.byCheck,
    stampContradicted: report.stampContradicted,
    byWeekday: report.byWeekday,
    byHour: report.byHour,
  };
}

const percent = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '—');

export function summaryText(report: TeamReport, format: string): string {
  const n = report.totals;
  const lines = [
    t('cli.title', [format]),
    t('cli.tickets', [n.tickets, n.inScope, n.outOfScope].map(String)),
    t('cli.compliant', [String(n.compliant), percent(n.compliant, n.inScope), String(n.nonCompliant)]),
    t('cli.stamped', [String(n.stamped), String(report.stampContradicted)]),
    '',
    t('cli.byAgent'),
    ...Object.entries(n.byAgent)
      .sort(([a], [b]) => a.localeCompare(b, 'pt-BR'))
      .map(([agent, a]) => {
        const judged = a.compliant + a.nonCompliant;
        const figures = [a.compliant, judged].map(String);
        return `  ${t('cli.agentLine', [agent, ...figures, percent(a.compliant, judged), String(a.tickets)])}`;
      }),
    '',
    t('cli.byCheck'),
    ...(report.checks.some((c) => c.failed)
      ? report.checks
          .filter((c) => c.failed)
          .map(
            (c) =>
              `  ${t('cli.checkLine', [c.label, c.id, String(c.failed), String(c.applied), percent(c.failed, c.applied)])}`,
          )
      : [`  ${t('cli.noFailures')}`]),
  ];
  return lines.join('\n');
}

async function readText(io: CliIo, path: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await io.readFile(path));
  } catch {
    return undefined;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
