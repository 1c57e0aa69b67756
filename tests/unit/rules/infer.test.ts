import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { importPlaybooks, resolvePlaybooks } from '../../../lib/core/procedures/io';
import { inferChannel, inferOutcome } from '../../../lib/core/rules/infer';
import type { FormSnapshot } from '../../../lib/core/rules/snapshot';
import { encerradoPlaybookFile } from '../../fixtures/playbooks/encerrado';
import { blankForm, PROTOCOL } from '../support/tickets';

function edited(file: object) {
  const result = importPlaybooks(JSON.stringify(file));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return resolvePlaybooks(result.playbooks);
}

function form(values: Partial<Record<keyof FormSnapshot['fields'], string>>): FormSnapshot {
  const snapshot = blankForm();
  for (const [field, value] of Object.entries(values))
    snapshot.fields[field as keyof FormSnapshot['fields']] = { value: value ?? '' };
  return snapshot;
}

const callbackPath = (last: string) => ({
  category1: 'Central de Atendimento',
  category2: 'Ligação Ativa / Callback',
  category3: last,
});

describe('the channel and outcome a ticket shows by itself, with the default playbooks', () => {
  it('callback from the category or the Sim; chat from the protocol line', () => {
    expect(inferChannel(blankForm(), DEFAULT_PLAYBOOKS)).toBeUndefined();
    expect(inferChannel(form({ callback: 'Sim' }), DEFAULT_PLAYBOOKS)).toBe('callback');
    const noContact = form(callbackPath('Sem comunicação'));
    expect(inferChannel(noContact, DEFAULT_PLAYBOOKS)).toBe('callback');
    expect(inferOutcome('callback', noContact, DEFAULT_PLAYBOOKS)).toBe('noContact');
    const chat = form({ description: `${PROTOCOL} Atendimento via Chat\nBeneficiário: Olá` });
    expect(inferChannel(chat, DEFAULT_PLAYBOOKS)).toBe('chat');
    const short = form({ description: `${PROTOCOL.slice(1)} Atendimento via Chat` });
    expect(inferChannel(short, DEFAULT_PLAYBOOKS)).toBeUndefined();
  });

  it('the outcome from the category, else from the status the outcome sets', () => {
    const resolved = form(callbackPath('Contato realizado'));
    expect(inferOutcome('callback', resolved, DEFAULT_PLAYBOOKS)).toBe('resolved');
    expect(inferOutcome('callback', form({ status: 'Encaminhado' }), DEFAULT_PLAYBOOKS)).toBe('forwarded');
    // A callback is resolved by its category, never by the status alone.
    expect(inferOutcome('callback', form({ status: 'Resolvido' }), DEFAULT_PLAYBOOKS)).toBeUndefined();
    expect(inferOutcome('chat', form({ status: 'Resolvido' }), DEFAULT_PLAYBOOKS)).toBe('resolved');
    // "Outro atendimento" fixes no status: its stamp names the outcome.
    expect(inferOutcome('other', form({ status: 'Resolvido' }), DEFAULT_PLAYBOOKS)).toBeUndefined();
  });
});

describe("in the words of a lead's edited playbook", () => {
  const encerrado = edited(encerradoPlaybookFile());

  it('"Contato efetuado" and "Encerrado" are the resolved outcome; the old words no longer are', () => {
    const ticket = form({ ...callbackPath('Contato efetuado'), status: 'Encerrado' });
    expect(inferChannel(ticket, encerrado)).toBe('callback');
    expect(inferOutcome('callback', ticket, encerrado)).toBe('resolved');
    expect(inferOutcome('callback', form(callbackPath('Contato realizado')), encerrado)).toBeUndefined();
    expect(inferOutcome('chat', form({ status: 'Encerrado' }), encerrado)).toBe('resolved');
    expect(inferOutcome('chat', form({ status: 'Resolvido' }), encerrado)).toBeUndefined();
    // The default playbook does not know the tenant's word.
    expect(inferOutcome('callback', ticket, DEFAULT_PLAYBOOKS)).toBeUndefined();
  });

  it('a callback path and callback value of its own: recognised by them, not by the shipped ones', () => {
    const file = encerradoPlaybookFile();
    const renamed = JSON.parse(
      JSON.stringify(file)
        .replaceAll('"Central de Atendimento"', '"Atendimento"')
        .replaceAll('"Ligação Ativa / Callback"', '"Retorno"')
        .replaceAll('"value":"Sim"', '"value":"Yes"'),
    );
    const playbooks = edited(renamed);
    const ticket = form({ category1: 'Atendimento', category2: 'Retorno', category3: 'Contato efetuado' });
    expect(inferChannel(ticket, playbooks)).toBe('callback');
    expect(inferOutcome('callback', ticket, playbooks)).toBe('resolved');
    expect(inferChannel(form({ callback: 'Yes' }), playbooks)).toBe('callback');
    expect(inferChannel(form({ callback: 'Sim' }), playbooks)).toBeUndefined();
    expect(inferChannel(form(callbackPath('Contato efetuado')), playbooks)).toBeUndefined();
  });

  it("a chat header in the lead's words: the ticket that opens with it is a chat, the shipped words no longer", () => {
    const file = JSON.stringify(encerradoPlaybookFile());
    const renamed = file.replaceAll(
      '"chatHeaderWords":"Atendimento via Chat"',
      '"chatHeaderWords":"Chat Mosia"',
    );
    expect(renamed).not.toBe(file);
    const playbooks = edited(JSON.parse(renamed));
    expect(inferChannel(form({ description: `${PROTOCOL} Chat Mosia\nBeneficiário: Olá` }), playbooks)).toBe(
      'chat',
    );
    expect(
      inferChannel(form({ description: `${PROTOCOL} Atendimento via Chat` }), playbooks),
    ).toBeUndefined();
  });
});
