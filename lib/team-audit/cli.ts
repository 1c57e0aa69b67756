import '../i18n/portuguese';
import { z } from 'zod';
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

export const USAGE =
  'Uso: npm run audit -- <exportação.csv|xlsx> [--map <colunas.json>] [--playbooks <procedimentos.json>] [--json] [--csv <não-conformes.csv>]';

const mapSchema = z.record(z.string(), z.enum([...COLUMN_KEYS, 'ignore']));

/** `npm run audit`: 0 when the file could be read and audited, 2 (with a message) when it could not. */
export async function runAuditCli(args: string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.err(`Erro: ${message}`);
    return 2;
  };
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
      if (!csvPath) return fail(`informe o arquivo da lista após --csv.\n${USAGE}`);
    } else if (arg === '--map') mapArg = args[++i];
    else if (arg === '--playbooks') playbooksArg = args[++i];
    else if (arg.startsWith('--')) return fail(`opção desconhecida: ${arg}\n${USAGE}`);
    else if (!file) file = arg;
    else return fail(`mais de um arquivo informado.\n${USAGE}`);
  }
  if (!file) return fail(`informe o arquivo exportado do SysAid.\n${USAGE}`);

  let map: ColumnMap = {};
  if (mapArg !== undefined) {
    const text = mapArg.trim().startsWith('{') ? mapArg : await readText(io, mapArg);
    if (text === undefined) return fail(`não foi possível ler o mapa de colunas "${mapArg}".`);
    const parsed = safeJson(text);
    const checked = mapSchema.safeParse(parsed);
    if (!checked.success)
      return fail(
        `o mapa de colunas deve ser um objeto JSON {"<coluna do arquivo>": "<campo>"}, com campos entre: ${[...COLUMN_KEYS, 'ignore'].join(', ')}.`,
      );
    map = checked.data as ColumnMap;
  }
  let playbooks = resolvePlaybooks();
  if (playbooksArg !== undefined) {
    const text = await readText(io, playbooksArg);
    if (text === undefined) return fail(`não foi possível ler os procedimentos "${playbooksArg}".`);
    const imported = importPlaybooks(text);
    if (!imported.ok)
      return fail(
        `procedimentos inválidos: ${imported.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      );
    playbooks = resolvePlaybooks(imported.playbooks);
  }

  let chunks: AsyncIterable<Uint8Array>;
  try {
    chunks = await io.readChunks(file);
  } catch {
    return fail(`não foi possível abrir "${file}".`);
  }
  let list: ListFile | undefined;
  if (csvPath !== undefined) {
    try {
      list = new ListFile(await io.createFile(csvPath));
    } catch {
      return fail(`não foi possível criar "${csvPath}".`);
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
    return fail(
      list?.failed ? `não foi possível gravar "${csvPath}".` : `não foi possível ler "${file}" até o fim.`,
    );
  }
  if (!result.ok) {
    await list?.discard();
    const hint = result.unknown?.length
      ? `\nColunas do arquivo não reconhecidas: ${result.unknown.join(', ')}. Indique-as com --map '{"<coluna>": "<campo>"}'.`
      : '';
    return fail(result.problem + hint);
  }
  for (const warning of result.warnings) io.err(`Atenção: ${warning}`);
  if (list) io.err(`Lista dos não conformes (${list.rows} chamados): ${csvPath}`);
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

function summaryText(report: TeamReport, format: string): string {
  const t = report.totals;
  const lines = [
    `Auditoria de conformidade — ${format}`,
    `Chamados: ${t.tickets} (no escopo: ${t.inScope}; fora do escopo, canal não identificado: ${t.outOfScope})`,
    `Conformes: ${t.compliant} (${percent(t.compliant, t.inScope)}) · Não conformes: ${t.nonCompliant}`,
    `Com carimbo da extensão: ${t.stamped} (carimbo contradiz os dados: ${report.stampContradicted})`,
    '',
    'Por atendente (conformes / no escopo):',
    ...Object.entries(t.byAgent)
      .sort(([a], [b]) => a.localeCompare(b, 'pt-BR'))
      .map(([agent, a]) => {
        const judged = a.compliant + a.nonCompliant;
        return `  ${agent}: ${a.compliant}/${judged} (${percent(a.compliant, judged)}), ${a.tickets} chamados`;
      }),
    '',
    'Falhas por conferência:',
    ...(report.checks.some((c) => c.failed)
      ? report.checks
          .filter((c) => c.failed)
          .map((c) => `  ${c.label} (${c.id}): ${c.failed} de ${c.applied} (${percent(c.failed, c.applied)})`)
      : ['  nenhuma']),
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
