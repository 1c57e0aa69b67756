import { describe, expect, it } from 'vitest';
import { importPlaybooks, resolvePlaybooks } from '../../../lib/core/procedures/io';
import { evaluate } from '../../../lib/core/rules/evaluate';
import { writesToMake } from '../../../lib/page/assist/write-policy';
import type { LocatedFields } from '../../../lib/page/sysaid/locate';
import { decideSave } from '../../../lib/page/sysaid/save-gate/decision';
import { encerradoPlaybookFile } from '../../fixtures/playbooks/encerrado';
import { saveContext } from '../support/save-context';
import { shown } from '../support/shown';
import {
  agentChoices,
  applyWrites,
  blankForm,
  MORNING,
  PROTOCOL,
  typedFor,
  VALID_CPF,
} from '../support/tickets';

/** The lead's file, with `edit` applied to its JSON text (a search and replace in an editor). */
function playbooksFrom(edit: (json: string) => string = (j) => j) {
  const result = importPlaybooks(edit(JSON.stringify(encerradoPlaybookFile())));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return resolvePlaybooks(result.playbooks);
}

describe("the guard speaks the lead's playbook, not the shipped words", () => {
  it('fills "Encerrado" and "Contato efetuado", and passes the ticket that has them', () => {
    const playbook = playbooksFrom().callback;
    const form = blankForm();
    form.fields.status = { value: 'Novo', options: ['Novo', 'Encaminhado', 'Encerrado'] };
    const input = {
      playbook,
      outcome: 'resolved' as const,
      typed: typedFor('callback', 'resolved'),
      now: MORNING,
    };
    const first = evaluate({ ...input, snapshot: form });
    expect(first.writes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', value: 'Encerrado' }),
        expect.objectContaining({ field: 'category3', value: 'Contato efetuado' }),
      ]),
    );
    const filled = applyWrites(form, first.writes);
    expect(evaluate({ ...input, snapshot: filled }).blocking).toEqual([]);
  });

  it('an early Aplicar never goes into the status the lead made final ("Encerrado")', () => {
    // Only the outcome's status was changed: the list of final statuses still reads as shipped.
    const shippedList = (json: string) => {
      const edited = json.replaceAll('"finalStatuses":["Encerrado",', '"finalStatuses":["Resolvido",');
      expect(edited).not.toBe(json);
      return edited;
    };
    const playbook = playbooksFrom(shippedList).callback;
    const input = { playbook, typed: { data: {} }, now: MORNING };
    const opened = applyWrites(blankForm(), evaluate({ ...input, snapshot: blankForm() }).writes);
    const evaluation = evaluate({ ...input, snapshot: opened });
    const attempt = { route: 'click', isApply: true } as const;
    const save = (status: string) =>
      decideSave(saveContext({ attempt, evaluation, playbook, channelChosen: true, status })).decision;
    expect(save('Novo')).toBe('allow');
    expect(save('Encerrado')).toBe('block');
  });

  it('the no-contact placeholder typed under another outcome is named as the lead wrote it', () => {
    const playbook = playbooksFrom((json) => json.replaceAll('"ATIVO"', '"SEM CONTATO"')).callback;
    const form = blankForm();
    form.fields.cpfLookup = { value: 'SEM CONTATO' };
    const e = evaluate({ playbook, outcome: 'resolved', snapshot: form, typed: { data: {} }, now: MORNING });
    const cpf = e.checks.find((c) => c.id === 'cpf');
    expect(shown(cpf?.message)).toBe(
      'SEM CONTATO só vale no desfecho "Sem comunicação": informe o dado deste atendimento.',
    );
    form.fields.cpfLookup = { value: VALID_CPF };
    const fixed = evaluate({
      playbook,
      outcome: 'resolved',
      snapshot: form,
      typed: { data: {} },
      now: MORNING,
    });
    expect(fixed.checks.find((c) => c.id === 'cpf')?.ok).toBe(true);
  });

  it("replacing the status SysAid puts in a fresh form is not news; replacing the agent's is", () => {
    const playbook = playbooksFrom((json) => json.replaceAll('"Novo"', '"Aberto"')).callback;
    const form = blankForm();
    const located = new Map([
      ['status', { control: { kind: 'select' } }],
      ['callback', { control: { kind: 'select' } }],
    ]) as unknown as LocatedFields;
    const ctx = (status: string) => ({
      located,
      snapshot: { fields: { ...form.fields, status: { value: status } } },
      written: new Map(),
      focused: null,
      playbook,
    });
    const writes = [{ field: 'status' as const, value: 'Encerrado', fixed: true, reason: '' }];
    expect(writesToMake(writes, ctx('Aberto')).notices).toEqual([]);
    expect(writesToMake(writes, ctx('Em atendimento')).notices.map((n) => n.id)).toEqual(['fixed:status']);
  });

  it("a line the lead's callback names its own way stays ours after switching to chat: nothing written twice", () => {
    const renamed = (json: string) => {
      const edited = json.replaceAll('"descriptionLabel":"Motivo"', '"descriptionLabel":"Razão"');
      expect(edited).not.toBe(json);
      return edited;
    };
    const playbooks = playbooksFrom(renamed);
    const form = blankForm();
    form.fields.description = {
      value: 'Razão: Beneficiário não atendeu\nNome completo: Maria Aparecida da Silva',
    };
    const evaluation = evaluate({
      playbook: playbooks.chat,
      outcome: 'resolved',
      snapshot: form,
      typed: typedFor('chat', 'resolved'),
      now: MORNING,
      playbooks,
    });
    const description = evaluation.writes.find((w) => w.field === 'description')?.value ?? '';
    expect(description.match(/^Nome completo:/gm)).toHaveLength(1);
    expect(description).toContain('Razão: Beneficiário não atendeu');
  });

  it("a chat header in the lead's words is the description's first line, and the ticket that has it passes", () => {
    const playbook = playbooksFrom((json) =>
      json.replaceAll('"chatHeaderWords":"Atendimento via Chat"', '"chatHeaderWords":"Chat Mosia"'),
    ).chat;
    const input = {
      playbook,
      outcome: 'resolved' as const,
      typed: typedFor('chat', 'resolved'),
      now: MORNING,
    };
    let form = agentChoices(blankForm(), 'resolved');
    for (let i = 0; i < 3; i++) form = applyWrites(form, evaluate({ ...input, snapshot: form }).writes);
    expect(form.fields.description?.value.split('\n')[0]).toBe(`${PROTOCOL} Chat Mosia`);
    expect(evaluate({ ...input, snapshot: form }).blocking).toEqual([]);
    // The shipped words are not this lead's header: the protocol is missing, said in the lead's words.
    const shipped = {
      ...form.fields.description,
      value: `${PROTOCOL} Atendimento via Chat\n\nBeneficiário: Olá`,
    };
    const judged = evaluate({
      ...input,
      snapshot: { fields: { ...form.fields, description: shipped } },
      judgeOnly: true,
    });
    const missing = judged.blocking.find((c) => c.id === 'chatProtocol');
    expect(shown(missing?.message)).toContain('"Chat Mosia"');
  });

  it("a reason the lead's playbook names its own way is found in a ticket written by hand", () => {
    const renamed = (json: string) =>
      json.replaceAll('"Número não recebe chamadas"', '"Linha fora de serviço"');
    const form = blankForm();
    Object.assign(form.fields, {
      category1: { value: 'Central de Atendimento' },
      category2: { value: 'Ligação Ativa / Callback' },
      category3: { value: 'Sem comunicação' },
      callback: { value: 'Sim' },
      cpfLookup: { value: 'ATIVO' },
      description: { value: 'Liguei 3 vezes: linha fora de serviço.' },
    });
    const reason = (playbook: ReturnType<typeof playbooksFrom>['callback']) =>
      evaluate({
        playbook,
        outcome: 'noContact',
        snapshot: form,
        typed: { data: {} },
        now: MORNING,
        judgeOnly: true,
      }).checks.find((c) => c.id === 'noContactReason')?.ok;
    expect(reason(playbooksFrom(renamed).callback)).toBe(true);
    // The shipped playbook has no such reason: the same ticket lacks one.
    expect(reason(playbooksFrom().callback)).toBe(false);
  });
});
