import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { auditBytes } from '../../../lib/core/team-audit/run';
import { generateExport } from '../../fixtures/exports/generate';

const utf8 = (text: string) => new TextEncoder().encode(text);

const audit = (bytes: Uint8Array) => auditBytes(bytes, { playbooks: DEFAULT_PLAYBOOKS });

describe('team audit of a SysAid export', () => {
  it('judges every ticket as the guard would: the known verdicts of a generated export', async () => {
    const { csv, expected } = generateExport({ rows: 40 });
    const result = await audit(utf8(csv));
    if (!result.ok) throw new Error(result.problem);
    const { totals } = result.report;
    expect({
      tickets: totals.tickets,
      compliant: totals.compliant,
      nonCompliant: totals.nonCompliant,
      outOfScope: totals.outOfScope,
      stamped: totals.stamped,
    }).toEqual(expected);
    expect(totals.inScope).toBe(totals.compliant + totals.nonCompliant);
    expect(totals.byCheck).toEqual({
      motherName: 4,
      'fixed.cpfLookup': 4,
      transcript: 4,
      attempts: 4,
      noContactReason: 4,
    });
    expect(result.warnings).toEqual([]);
  });
});

describe('the per-check table', () => {
  it('names every check as the panel does, including checks that never failed', async () => {
    const result = await audit(utf8(generateExport({ rows: 40 }).csv));
    if (!result.ok) throw new Error(result.problem);
    const byId = Object.fromEntries(result.report.checks.map((c) => [c.id, c]));
    expect(byId['fixed.callback']).toMatchObject({ label: 'Ligação Ativa / Callback = Sim', failed: 0 });
    for (const check of result.report.checks) expect(check.label, check.id).not.toBe(check.id);
  });
});

describe('each check, on exported rows', () => {
  const header =
    'ID;Categoria;Subcategoria;Categoria de terceiro nível;Status;Grupo admin;Usuário que enviou;Data de abertura;Descrição;Ligação Ativa / Callback;Consulta beneficiário (CPF)';
  const beneficiary =
    'Nome completo: Maria Souza\nNome da mãe: Ana Souza\nData de nascimento: 01/02/1980\nPlano Assefaz: Nacional';
  const resolvedCallback = [
    '1',
    'Central de Atendimento',
    'Ligação Ativa / Callback',
    'Contato realizado',
    'Resolvido',
    'Central de Atendimento',
    'joana',
    '24/11/2026 10:00',
    beneficiary,
    'Sim',
    '529.982.247-25',
  ];
  const forwardedChat = [
    '2',
    'Financeiro',
    'Boletos',
    'Segunda via',
    'Encaminhado',
    'Financeiro',
    'joana',
    '24/11/2026 10:00',
    `12345678901234567890 Atendimento via Chat\n${beneficiary}\n\nBeneficiário: oi`,
    'Não',
    '529.982.247-25',
  ];
  const row = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';');
  const failing = async (cells: string[]) => {
    const result = await audit(utf8(`${header}\n${row(cells)}\n`));
    if (!result.ok) throw new Error(result.problem);
    return Object.keys(result.report.totals.byCheck);
  };
  const edit = (cells: string[], at: number, value: string) => cells.map((c, i) => (i === at ? value : c));

  it.each([
    ['compliant callback', resolvedCallback, []],
    ['compliant chat', forwardedChat, []],
    ['status not Resolvido', edit(resolvedCallback, 4, 'Em andamento'), ['fixed.status']],
    ['invalid CPF', edit(resolvedCallback, 10, '123.456.789-00'), ['cpf']],
    ['ATIVO on a contact made', edit(resolvedCallback, 10, 'ATIVO'), ['cpf']],
    [
      'no birth date',
      edit(resolvedCallback, 8, beneficiary.replace(/Data de nascimento.*\n/, '')),
      ['birthDate'],
    ],
    ['chat forwarded to Central de Atendimento', edit(forwardedChat, 5, 'Central de Atendimento'), ['group']],
    // An export cannot tell whether a category had a 3rd level: an empty lower level is not judged.
    ['chat with no category', edit(forwardedChat, 1, ''), ['category']],
    ['chat whose category stops at two levels', edit(forwardedChat, 3, ''), []],
    ['a chat without its protocol line is out of scope, not judged', edit(forwardedChat, 8, beneficiary), []],
    [
      'chat with no plan',
      edit(forwardedChat, 8, forwardedChat[8]?.replace(/Plano Assefaz.*\n/, '') ?? ''),
      ['plan'],
    ],
  ])('%s', async (_name, cells, expected) => {
    expect((await failing(cells as string[])).sort()).toEqual([...(expected as string[])].sort());
  });
});

describe('next to the figures', () => {
  it('a stamp saying "conforme" on a ticket whose data fails is counted apart and listed', async () => {
    const result = await audit(utf8(generateExport({ rows: 40 }).csv));
    if (!result.ok) throw new Error(result.problem);
    // One kind in ten: stamped conforme, then its CPF field was emptied in SysAid.
    expect(result.report.stampContradicted).toBe(4);
    expect(result.report.contradictionList.map((r) => r.id)).toEqual(['10005', '10015', '10025', '10035']);
  });

  it('tickets and misses per day of week and per hour, as the export writes the time', async () => {
    const { csv } = generateExport({ rows: 40, startDay: '2026-11-01', days: 7 });
    const result = await audit(utf8(csv));
    if (!result.ok) throw new Error(result.problem);
    const { byWeekday, byHour, totals } = result.report;
    const sum = (slots: typeof byHour, key: 'tickets' | 'nonCompliant') =>
      slots.reduce((n, s) => n + s[key], 0);
    expect(sum(byWeekday, 'tickets')).toBe(40);
    expect(sum(byHour, 'nonCompliant')).toBe(totals.nonCompliant);
    // 2026-11-01 is a Sunday: rows 0, 7, 14… (every 7th) fall on it.
    expect(byWeekday[0]?.tickets).toBe(6);
    // Generated times run from 08:00 to 17:59.
    expect(byHour.slice(0, 8).every((s) => s.tickets === 0)).toBe(true);
    expect(byHour[8]?.tickets).toBeGreaterThan(0);
  });
});
