import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/procedures/defaults';
import { evaluate } from '../../../lib/rules/evaluate';
import { statedInText } from '../../../lib/rules/free-text';
import { MORNING } from '../support/tickets';

const noContactTicket = (description: string) =>
  evaluate({
    playbook: DEFAULT_PLAYBOOKS.callback,
    outcome: 'noContact',
    snapshot: {
      fields: {
        callback: { value: 'Sim' },
        category1: { value: 'Central de Atendimento' },
        category2: { value: 'Ligação Ativa / Callback' },
        category3: { value: 'Sem comunicação' },
        cpfLookup: { value: 'ATIVO' },
        status: { value: 'Resolvido' },
        description: { value: description },
      },
    },
    typed: { data: {} },
    now: MORNING,
  });

describe('tickets written by hand', () => {
  it.each([
    ['3 tentativas, não atendeu', '3', 'notAnswered'],
    ['Foram feitas três tentativas de contato. Beneficiário não atendeu.', '3', 'notAnswered'],
    ['Tentativas: 2 - número não recebe chamadas', '2', 'noCalls'],
    ['Liguei 4 vezes? não; 4 ligações, caixa postal', '4', 'notAnswered'],
    ['tentativa 1, numero inexistente', '1', 'noCalls'],
  ])('"%s" states attempts %s and reason %s', (text, attempts, reason) => {
    expect(statedInText('attempts', text)).toBe(attempts);
    expect(statedInText('noContactReason', text)).toBe(reason);
  });

  it('"3 tentativas, não atendeu" passes as well as the extension\'s own lines do', () => {
    expect(noContactTicket('3 tentativas, não atendeu').blocking).toEqual([]);
    expect(noContactTicket('Tentativas de contato: 3\nMotivo: Beneficiário não atendeu').blocking).toEqual(
      [],
    );
  });

  it('a description that states neither count nor reason still fails, naming both', () => {
    const failing = noContactTicket('Cliente retornará.').blocking.map((c) => c.id);
    expect(failing).toEqual(['attempts', 'noContactReason']);
    expect(noContactTicket('tentei, não atendeu').blocking.map((c) => c.id)).toEqual(['attempts']);
  });

  it('labels agents write by hand anywhere in the text count: "Mãe:", "DN:", "Plano:"', () => {
    const text = 'Atendimento ok\nNome: Maria Souza\nMãe: Ana Souza\nDN: 01/02/1980\nPlano: Master';
    expect(statedInText('fullName', text)).toBe('Maria Souza');
    expect(statedInText('motherName', text)).toBe('Ana Souza');
    expect(statedInText('birthDate', text)).toBe('01/02/1980');
    expect(statedInText('plan', text)).toBe('Master');
  });
});
