import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { evaluate } from '../../../lib/core/rules/evaluate';
import { formatStamp, parseStamp } from '../../../lib/core/rules/stamp';
import { auditBytes } from '../../../lib/core/team-audit/run';
import { blankForm, compliantTicket, MORNING } from '../support/tickets';

describe('"Outro atendimento": a contact none of the procedures covers', () => {
  it('writes nothing channel-specific: no Callback = Sim, no category, no ATIVO, no status', () => {
    const e = evaluate({
      playbook: DEFAULT_PLAYBOOKS.other,
      outcome: 'resolved',
      snapshot: blankForm(),
      typed: { data: {} },
      now: MORNING,
    });
    expect(e.writes.map((w) => w.field)).toEqual([]);
  });

  it("still requires full name, CPF, mother's name and plan (the customer's rule for every ticket)", () => {
    const { input } = compliantTicket('other', 'resolved');
    expect(evaluate(input).blocking).toEqual([]);
    expect(input.snapshot.fields.callback?.value).toBe('Não');
    const bare = evaluate({ ...input, snapshot: blankForm(), typed: { data: {} } });
    expect(bare.blocking.map((c) => c.id)).toEqual(
      expect.arrayContaining(['cpf', 'fullName', 'motherName', 'plan']),
    );
  });

  it('is stamped canal=outro and read back as this channel', () => {
    const line = formatStamp({
      playbookId: 'other',
      playbookVersion: 1,
      channel: 'other',
      outcome: 'resolved',
      result: 'conforme',
      extensionVersion: '0.1.0',
    });
    expect(line).toContain('canal=outro;');
    expect(parseStamp(line)?.channel).toBe('other');
  });
});

describe('"Outro atendimento" in the team audit', () => {
  it('a ticket stamped canal=outro is judged by its own rules and counted per agent', async () => {
    const stamp =
      '[Assefaz-Guia] v=1; playbook=other@1; canal=outro; desfecho=resolved; resultado=conforme; ext=0.1.0';
    const complete = `Nome completo: Maria da Silva\nNome da mãe: Ana Souza\nPlano Assefaz: Nacional\n\n${stamp}`;
    const noMother = `Nome completo: Maria da Silva\nPlano Assefaz: Nacional\n\n${stamp}`;
    const header =
      'ID;Categoria;Subcategoria;Categoria de terceiro nível;Status;Grupo admin;Usuário que enviou;Data de abertura;Descrição;Ligação Ativa / Callback;Consulta beneficiário (CPF)';
    const row = (id: number, description: string) =>
      `${id};Financeiro;Boleto;;Resolvido;Central de Atendimento;joana;01/11/2026 10:00;"${description}";Não;529.982.247-25`;
    const csv = [header, row(1, complete), row(2, noMother)].join('\r\n');
    const result = await auditBytes(new TextEncoder().encode(csv), { playbooks: DEFAULT_PLAYBOOKS });
    if (!result.ok) throw new Error(result.problem);
    expect(result.report.totals.byAgent.joana).toEqual({
      tickets: 2,
      compliant: 1,
      nonCompliant: 1,
      other: 2,
    });
    expect(result.report.totals.byCheck).toEqual({ motherName: 1 });
  });
});
