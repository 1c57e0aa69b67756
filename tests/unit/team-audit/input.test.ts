import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { detectColumns, REQUIRED_COLUMNS } from '../../../lib/core/team-audit/columns';
import { dayOf, detectDayOrder } from '../../../lib/core/team-audit/dates';
import { decodeExport } from '../../../lib/core/team-audit/decode';
import { auditBytes } from '../../../lib/core/team-audit/run';
import { asWindows1252, generateExport } from '../../fixtures/exports/generate';

const utf8 = (text: string) => new TextEncoder().encode(text);
const audit = (bytes: Uint8Array) => auditBytes(bytes, { playbooks: DEFAULT_PLAYBOOKS });
const headerOf = (csv: string) => (csv.split('\r\n')[0] ?? '').split(';');

describe('reading SysAid exports', () => {
  it('finds every column by the captions SysAid writes in pt-BR and in English', () => {
    for (const language of ['pt', 'en'] as const) {
      const { csv } = generateExport({ rows: 1, language });
      const layout = detectColumns(headerOf(csv));
      expect(layout.missing, language).toEqual([]);
      for (const key of REQUIRED_COLUMNS)
        expect(layout.index[key], `${language} ${key}`).toBeTypeOf('number');
    }
    expect(detectColumns(['Nº', 'categoria ', 'SUBCATEGORIA', 'Situação']).index).toMatchObject({
      id: 0,
      category1: 1,
      category2: 2,
      status: 3,
    });
  });

  it("names the missing columns, and a lead's mapping of a renamed caption fills the gap", () => {
    const header = ['ID', 'Categoria', 'Subcategoria', 'Categoria de terceiro nível', 'Estado do chamado'];
    const layout = detectColumns(header);
    expect(layout.missing).toContain('status');
    expect(layout.unknown).toEqual(['Estado do chamado']);
    expect(detectColumns(header, { 'Estado do chamado': 'status' }).index.status).toBe(4);
  });

  it('reads UTF-8 (with or without BOM) and Windows-1252 alike, with ";" or ","', async () => {
    const { csv, expected } = generateExport({ rows: 10 });
    const comma = generateExport({ rows: 10, delimiter: ',' }).csv;
    const variants: Array<[Uint8Array, string]> = [
      [utf8(csv), 'CSV (UTF-8, ;)'],
      [utf8(`\uFEFF${csv}`), 'CSV (UTF-8, ;)'],
      [asWindows1252(csv), 'CSV (Windows-1252, ;)'],
      [asWindows1252(comma), 'CSV (Windows-1252, ,)'],
    ];
    for (const [bytes, format] of variants) {
      const result = await audit(bytes);
      if (!result.ok) throw new Error(result.problem);
      expect(result.format).toBe(format);
      expect(result.report.totals).toMatchObject(expected);
    }
  });

  it('refuses, with a message, what would give a wrong report', async () => {
    expect(decodeExport(new Uint8Array())).toEqual({ ok: false, problem: 'O arquivo está vazio.' });
    expect(decodeExport(utf8(' \r\n '))).toMatchObject({ ok: false, problem: 'O arquivo está vazio.' });
    const broken = decodeExport(Uint8Array.from([0x49, 0x44, 0x3b, 0x81, 0x8d, 0xc3]));
    expect(broken).toMatchObject({ ok: false, problem: expect.stringMatching(/codificação/) });
    const doubled = decodeExport(utf8('ID;Descrição\n1;AtenÃ§Ã£o'));
    expect(doubled).toMatchObject({ ok: false, problem: expect.stringMatching(/acentos/) });
    expect(decodeExport(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00]))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/binário/),
    });
    const notAnExport = await audit(utf8('só uma linha de texto\nsem colunas'));
    expect(notAnExport).toMatchObject({ ok: false, problem: expect.stringMatching(/não parece/) });
  });

  it('reads dates the way SysAid writes them, and tells an unreadable one', () => {
    expect(detectDayOrder(['05/11/2026 10:00', '24/11/2026 09:00'], 'mdy')).toBe('dmy');
    expect(detectDayOrder(['11/24/2026 09:00 AM'], 'dmy')).toBe('mdy');
    expect(dayOf('24/11/2026 14:05', 'dmy')).toBe('2026-11-24');
    expect(dayOf('11/24/2026 02:05 PM', 'mdy')).toBe('2026-11-24');
    expect(dayOf('2026-11-24 14:05:33', 'dmy')).toBe('2026-11-24');
    expect(dayOf('31/02/2026', 'dmy')).toBeUndefined();
    expect(dayOf('ontem', 'dmy')).toBeUndefined();
  });
});

describe('an XLSX export', () => {
  it('gives the same verdicts as the CSV of the same tickets', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const Papa = (await import('papaparse')).default;
    const { csv, expected } = generateExport({ rows: 30 });
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    const sheet = rows.map((row) => row.map((value) => ({ value, type: String })));
    const bytes = new Uint8Array(await writeXlsxFile(sheet).toBuffer());
    const result = await audit(bytes);
    if (!result.ok) throw new Error(result.problem);
    expect(result.format).toBe('XLSX');
    expect(result.report.totals).toMatchObject(expected);
  });

  it('a damaged spreadsheet gets a message, not a crash', async () => {
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await audit(damaged)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/Não foi possível ler a planilha XLSX/),
    });
  });
});
