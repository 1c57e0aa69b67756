import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { type ColumnKey, detectColumns } from '../../../lib/core/team-audit/columns';
import { dayOf, hourOf } from '../../../lib/core/team-audit/dates';
import type { AuditTotals } from '../../../lib/core/team-audit/report';
import { auditBytes } from '../../../lib/core/team-audit/run';
import { generateExport } from '../../fixtures/exports/generate';
import { tenantCsv, tenantXlsx } from '../../fixtures/exports/tenants';

const utf8 = (text: string) => new TextEncoder().encode(text);
const audit = (bytes: Uint8Array) => auditBytes(bytes, { playbooks: DEFAULT_PLAYBOOKS });
const figures = (totals: AuditTotals) => {
  const { tickets, compliant, nonCompliant, outOfScope, stamped } = totals;
  return { tickets, compliant, nonCompliant, outOfScope, stamped };
};

describe('exports as real pt-BR tenants write them', () => {
  it.each([
    [
      '"#", the Alert column, Grupo solucionador, Data de solicitação; UTF-8 with BOM and ","',
      'solucionador',
      'CSV (UTF-8, ,)',
    ],
    [
      'Equipe de Atendimento, the status under Legenda, 3º Nível; Windows-1252 and ";"',
      'legenda',
      'CSV (Windows-1252, ;)',
    ],
  ] as const)('%s: the known verdicts', async (_name, shape, format) => {
    const { bytes, expected } = tenantCsv(shape, 60);
    const result = await audit(bytes);
    if (!result.ok) throw new Error(result.problem);
    expect(result.format).toBe(format);
    expect(figures(result.report.totals)).toEqual(expected);
    expect(result.warnings).toEqual([]);
    // Dashed dates read day first: October from the 1st.
    expect(result.report.heatmap.days[0]).toBe('2026-10-01');
    for (const day of result.report.heatmap.days) expect(day).toMatch(/^2026-10-/);
  });

  it('an XLSX with title rows above the header: the known verdicts', async () => {
    const { bytes, expected } = await tenantXlsx(30);
    const result = await audit(bytes);
    if (!result.ok) throw new Error(result.problem);
    expect(result.format).toBe('XLSX');
    expect(figures(result.report.totals)).toEqual(expected);
  });

  it.each<[string, ColumnKey]>([
    ['#', 'id'],
    ['Grupo solucionador', 'group'],
    ['Equipe de Atendimento', 'group'],
    ['Data de solicitação', 'requestTime'],
    ['Hora da solicitação', 'requestTime'],
    ['Data de requisição', 'requestTime'],
    ['Categoria de 3º Nível', 'category3'],
    ['Legenda', 'status'],
  ])('"%s" is read as %s', (caption, key) => {
    expect(detectColumns(['Título', caption]).index[key]).toBe(1);
  });

  it('"#" is the ID and the empty Alert caption is nothing: never a column, never offered for mapping', () => {
    const layout = detectColumns(['', '#', '  ', 'Categoria'], { '': 'status' });
    expect(layout.index).toEqual({ id: 1, category1: 3 });
    expect(layout.unknown).toEqual([]);
  });

  it('"Legenda" is the status only when there is no Status column', () => {
    const layout = detectColumns(['Legenda', 'Status']);
    expect(layout.index.status).toBe(1);
    expect(layout.unknown).toEqual(['Legenda']);
  });

  it('"Usuário Solicitante" is not taken for the agent: the message says to add "Usuário que enviou" to the view', async () => {
    const { csv } = generateExport({ rows: 5 });
    const result = await audit(utf8(csv.replace('Usuário que enviou', 'Usuário Solicitante')));
    expect(result).toMatchObject({ ok: false, missing: ['submitUser'], unknown: ['Usuário Solicitante'] });
    if (result.ok) return;
    expect(result.problem).toMatch(/^Faltam colunas na exportação: Usuário que enviou\./);
    expect(result.problem).toMatch(/inclua-as nas colunas da visualização antes de exportar/);
    expect(result.problem).toMatch(/não vem na visualização padrão/);
  });

  it("a missing column is named in the lead's words, not by its key", async () => {
    const { csv } = generateExport({ rows: 5 });
    const result = await audit(utf8(csv.replace('Grupo admin', 'Fila')));
    expect(result).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/colunas na exportação: Grupo admin\. /),
    });
  });
});

describe('the header row', () => {
  const titled = (titles: number) =>
    generateExport({ rows: 20, titleRows: Array.from({ length: titles }, (_, i) => `Relatório ${i + 1}`) });

  it('is found below title rows, within the first 15 rows', async () => {
    const { csv, expected } = titled(3);
    const result = await audit(utf8(csv));
    if (!result.ok) throw new Error(result.problem);
    expect(figures(result.report.totals)).toEqual(expected);
    expect((await audit(utf8(titled(14).csv))).ok).toBe(true);
  });

  it('past the 15th row the file is not taken for an export', async () => {
    expect(await audit(utf8(titled(15).csv))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/não parece uma exportação.*primeiras 15 linhas/),
    });
  });
});

describe('dates as tenants write them', () => {
  it.each([
    ['22-07-2025 00:02:13', 'dmy', '2025-07-22', 0],
    ['22-07-2025 13:02', 'dmy', '2025-07-22', 13],
    ['05-11-2026 09:30:00', 'dmy', '2026-11-05', 9],
    ['12/11/2021 12:43:49 PM', 'mdy', '2021-12-11', 12],
    ['12/11/2021 12:05:00 AM', 'mdy', '2021-12-11', 0],
    ['11/24/2026 02:05 PM', 'mdy', '2026-11-24', 14],
  ] as const)('%s (%s) → %s, hour %i', (raw, order, day, hour) => {
    expect(dayOf(raw, order)).toBe(day);
    expect(hourOf(raw)).toBe(hour);
  });

  it('a pt-BR export is read day first even when every day is 12 or less', async () => {
    const { csv } = generateExport({ rows: 40, days: 12, startDay: '2026-03-01', dashedDates: 'seconds' });
    const result = await audit(utf8(csv.replace('Data de abertura', 'Data de solicitação')));
    if (!result.ok) throw new Error(result.problem);
    expect(result.report.heatmap.days).toContain('2026-03-12');
    expect(result.report.heatmap.days.filter((d) => d.startsWith('2026-03-'))).toHaveLength(12);
  });
});
