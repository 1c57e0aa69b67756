import { describe, expect, it } from 'vitest';
import { runAuditCli } from '../../../lib/core/team-audit/cli';
import { generateExport } from '../../fixtures/exports/generate';
import { ENCERRADO_CAPTIONS, encerradoPlaybookFile } from '../../fixtures/playbooks/encerrado';

function io(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  /** Files the CLI wrote: each write kept apart, to see the list arrive in pieces. */
  const written: Record<string, { pieces: string[]; closed: boolean }> = {};
  return {
    out,
    err,
    written,
    io: {
      createFile: async (path: string) => {
        if (path.startsWith('/readonly/')) throw new Error('EACCES');
        const file = { pieces: [] as string[], closed: false };
        written[path] = file;
        return {
          write: async (text: string) => {
            file.pieces.push(text);
          },
          close: async () => {
            file.closed = true;
          },
          discard: async () => {
            delete written[path];
          },
        };
      },
      readFile: async (path: string) => {
        const file = files[path];
        if (file === undefined) throw new Error('ENOENT');
        return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      },
      readChunks: async (path: string) => {
        const file = files[path];
        if (file === undefined) throw new Error('ENOENT');
        const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
        return (async function* () {
          // Small chunks: the CLI's answers must not depend on how the file is cut.
          for (let at = 0; at < bytes.length; at += 97) yield bytes.slice(at, at + 97);
        })();
      },
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
    },
  };
}

describe('npm run audit', () => {
  it('--json prints one object: the documented keys first, unchanged, then the added ones', async () => {
    const { csv, expected } = generateExport({ rows: 30 });
    const run = io({ 'x.csv': csv });
    expect(await runAuditCli(['x.csv', '--json'], run.io)).toBe(0);
    expect(run.out).toHaveLength(1);
    const json = JSON.parse(run.out[0] ?? '');
    expect(Object.keys(json)).toEqual([
      'tickets',
      'inScope',
      'compliant',
      'nonCompliant',
      'outOfScope',
      'stamped',
      'byAgent',
      'byCheck',
      'stampContradicted',
      'byWeekday',
      'byHour',
    ]);
    expect(json).toMatchObject(expected);
    expect(json.tickets).toBe(json.compliant + json.nonCompliant + json.outOfScope);
    for (const agent of Object.values(json.byAgent as Record<string, Record<string, number>>))
      expect(Object.keys(agent)).toEqual(['tickets', 'compliant', 'nonCompliant', 'other']);
  });

  it('without --json a readable summary in Portuguese', async () => {
    const run = io({ 'x.csv': generateExport({ rows: 10 }).csv });
    expect(await runAuditCli(['x.csv'], run.io)).toBe(0);
    expect(run.out.join('\n')).toMatch(/Chamados: 10 .*\nConformes: 4 \(50\.0%\)/);
  });

  it('--lang en: the summary and the problems in English; Portuguese again without it', async () => {
    const run = io({ 'x.csv': generateExport({ rows: 10 }).csv, 'vazio.csv': '' });
    expect(await runAuditCli(['x.csv', '--lang', 'en'], run.io)).toBe(0);
    expect(run.out.join('\n')).toMatch(/Tickets: 10 .*\nCompliant: 4 \(50\.0%\)/);
    expect(await runAuditCli(['vazio.csv', '--lang', 'en'], run.io)).toBe(2);
    expect(run.err.join('\n')).toBe('Error: The file is empty.');
    // The next run without --lang is in Portuguese again.
    expect(await runAuditCli([], run.io)).toBe(2);
    expect(run.err.at(-1)).toMatch(/^Erro: informe o arquivo/);
  });

  it('exit 2 with a clear message when the file cannot be read or is not an export', async () => {
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [[], {}, /informe o arquivo/],
      [['nada.csv'], {}, /não foi possível abrir "nada.csv"/],
      [['vazio.csv'], { 'vazio.csv': '' }, /vazio/],
      [['x.csv'], { 'x.csv': 'ID;Categoria;Status\n1;a;b' }, /Faltam colunas na exportação: Subcategoria/],
      [['x.csv', '--map', '{"a": "naoExiste"}'], { 'x.csv': 'ID;x\n1;2' }, /mapa de colunas/],
    ];
    for (const [args, files, message] of cases) {
      const run = io(files);
      expect(await runAuditCli(args, run.io), args.join(' ')).toBe(2);
      expect(run.err.join('\n')).toMatch(message);
      expect(run.out).toEqual([]);
    }
  });

  it('--csv writes every non-compliant ticket, piece by piece, as Excel opens it', async () => {
    const { csv } = generateExport({ rows: 30_000 });
    const run = io({ 'x.csv': csv });
    expect(await runAuditCli(['x.csv', '--json', '--csv', 'lista.csv'], run.io)).toBe(0);
    const printed = JSON.parse(run.out[0] ?? '');
    const list = run.written['lista.csv'];
    expect(list?.closed).toBe(true);
    // Far above what the page shows: written while the export was read, not held whole.
    expect(list?.pieces.length).toBeGreaterThan(1);
    const lines = (list?.pieces.join('') ?? '').split('\r\n');
    expect(lines[0]).toBe('\uFEFFChamado;Atendente;Dia;O que falhou');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(printed.nonCompliant);
    expect(lines[1]).toMatch(/^10004;[a-z.]+;2026-10-05;Nome da mãe: /);
    expect(lines.join('\n')).not.toMatch(/\d{3}\.\d{3}\.\d{3}-\d{2}/);
    expect(run.err.join('\n')).toContain(
      `Lista dos não conformes (${printed.nonCompliant} chamados): lista.csv`,
    );
  });

  it('--csv: a list that cannot be created, or an export that cannot be audited, leaves no file', async () => {
    const { csv } = generateExport({ rows: 10 });
    const denied = io({ 'x.csv': csv });
    expect(await runAuditCli(['x.csv', '--csv', '/readonly/lista.csv'], denied.io)).toBe(2);
    expect(denied.err.join('\n')).toMatch(/não foi possível criar "\/readonly\/lista.csv"/);
    const broken = io({ 'x.csv': 'ID;x\n1;2' });
    expect(await runAuditCli(['x.csv', '--csv', 'lista.csv'], broken.io)).toBe(2);
    expect(broken.written).toEqual({});
    expect(await runAuditCli(['x.csv', '--csv'], broken.io)).toBe(2);
    expect(broken.err.join('\n')).toMatch(/informe o arquivo da lista após --csv/);
  });

  it('--map names a renamed column; rows it cannot read are said, never silently dropped', async () => {
    const { csv } = generateExport({ rows: 10 });
    const renamed = csv.replace('Usuário que enviou', 'Atendente').replace(/\r\n$/, '\r\n999;curta\r\n');
    const run = io({ 'x.csv': renamed });
    expect(await runAuditCli(['x.csv', '--json', '--map', '{"Atendente": "submitUser"}'], run.io)).toBe(0);
    expect(JSON.parse(run.out[0] ?? '').tickets).toBe(10);
    expect(run.err.join('\n')).toMatch(/1 linha\(s\) com número de colunas diferente/);
  });

  it("--playbooks judges an export in the lead's tenant words exactly as the default one in ours", async () => {
    const { csv, expected } = generateExport({ rows: 40 });
    // The tenant's SysAid: every cell that was one of the renamed captions holds the tenant's word.
    const tenantCsv = csv.replace(
      /(?<=^|;)[^;\r\n"]*(?=;|\r\n)/gm,
      (cell) => ENCERRADO_CAPTIONS[cell] ?? cell,
    );
    expect(tenantCsv).toContain(';Contato efetuado;Encerrado;');
    const run = io({ 'x.csv': tenantCsv, 'p.json': JSON.stringify(encerradoPlaybookFile()) });
    expect(await runAuditCli(['x.csv', '--playbooks', 'p.json', '--json'], run.io)).toBe(0);
    const judged = JSON.parse(run.out[0] ?? '');
    expect(judged).toMatchObject(expected);
    // Ticket by ticket the same verdicts, for the same checks, as the same export in the shipped words.
    const ours = io({ 'x.csv': csv });
    expect(await runAuditCli(['x.csv', '--json'], ours.io)).toBe(0);
    expect(judged).toEqual(JSON.parse(ours.out[0] ?? ''));
    // With the shipped words, the same export reads differently: the playbook is what makes it exact.
    const shipped = io({ 'x.csv': tenantCsv });
    expect(await runAuditCli(['x.csv', '--json'], shipped.io)).toBe(0);
    expect(JSON.parse(shipped.out[0] ?? '').compliant).toBeLessThan(expected.compliant);
  });
});
