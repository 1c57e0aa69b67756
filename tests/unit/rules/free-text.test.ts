import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCaption } from '../../../lib/core/caption/caption';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { evaluate } from '../../../lib/core/rules/evaluate';
import { HAND_LABELS, statedInFold, statedInText } from '../../../lib/core/rules/free-text';
import { foldedFinder as auditFinder } from '../../../lib/core/rules/free-text-find';
import { foldedFinder as pageFinder } from '../../../lib/core/rules/free-text-find-page';
import {
  COUNT_AFTER,
  COUNT_BEFORE,
  NO_CALLS,
  NOT_ANSWERED,
} from '../../../lib/core/rules/free-text-patterns';
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
    // Each way the patterns know, so none is skipped by the plain search that comes first.
    ['Duas ligações, ninguém atendeu', '2', 'notAnswered'],
    ['Tentativas de ligação 5: chamou até cair', '5', 'notAnswered'],
    ['dez chamadas; fora de área', '10', 'noCalls'],
    ['1 tentativa; número inválido', '1', 'noCalls'],
    ['Telefone desligado, 2 tentativas', '2', 'noCalls'],
    ['uma tentativa, número não existe', '1', 'noCalls'],
    ['Tentativa de contato 2, sem resposta', '2', 'notAnswered'],
    ['Número não recebe ligações. Quatro chamadas.', '4', 'noCalls'],
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

  it('a labelled line is found as splitting the text into lines would find it', () => {
    // The rule as first written (the text split into lines), the reference for the line-by-index reading.
    const bySplit = (text: string, labels: string[]) => {
      for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        const value = line.slice(colon + 1).trim();
        if (colon > 0 && colon < 40 && value && labels.includes(normalizeCaption(line.slice(0, colon))))
          return value;
      }
      return undefined;
    };
    const piece = fc.constantFrom(
      'Mãe',
      'Nome',
      ' DN ',
      'Plano',
      'x'.repeat(39),
      ':',
      ': ',
      '\n',
      'Ana',
      ' ',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        for (const [datum, labels] of Object.entries(HAND_LABELS))
          expect(statedInText(datum as keyof typeof HAND_LABELS, text), datum).toBe(bySplit(text, labels));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('a long description is not folded whole when it need not be', () => {
  // The ways the patterns match, with accents and case as agents type them, placed anywhere in a
  // conversation, also across the end of the opening read on its own.
  const stated = fc.constantFrom(
    '3 tentativas',
    'Três ligações',
    'dez chamadas',
    'tentativas de contato 12',
    'tentativa 1',
    'Não atendeu',
    'sem resposta',
    'ninguém atendeu',
    'caixa postal',
    'chamou até cair',
    'Não recebe ligações',
    'número inexistente',
    'Número inválido',
    'numero não existe',
    'fora de área',
    'desligado',
    '12',
    ' tentativas',
    'não ',
  );
  const chat = fc.constantFrom(
    'Beneficiário: Olá, preciso da segunda via do boleto.\n',
    'Operador: Bom dia! Vou encaminhar ao Financeiro. ',
    'Atendimento via Chat ',
    'x',
    ' ',
    '\n',
  );
  const text = fc
    .tuple(
      fc.integer({ min: 0, max: 460 }),
      fc.array(fc.oneof(stated, chat), { maxLength: 8 }),
      fc.array(fc.oneof(stated, chat), { maxLength: 40 }),
    )
    .map(([pad, head, tail]) => `${'a'.repeat(pad)} ${head.join('')}${tail.join('')}`);

  it('finds the count and the reason the whole fold holds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const folded = normalizeCaption(t);
        expect(statedInText('attempts', t), t).toBe(statedInFold('attempts', folded));
        expect(statedInText('noContactReason', t), t).toBe(statedInFold('noContactReason', folded));
      }),
      { numRuns: 5000 },
    );
  });

  it("the ticket page's finder (no shortcuts) and the audit's find the same match of every pattern", () => {
    const patterns = [COUNT_BEFORE, COUNT_AFTER, NOT_ANSWERED, NO_CALLS];
    fc.assert(
      fc.property(text, (t) => {
        const [audit, page] = [auditFinder(t), pageFinder(t)];
        for (const pattern of patterns) {
          const [a, b] = [audit(pattern), page(pattern)];
          expect([a?.index, a?.[1]], `${pattern} in ${t}`).toEqual([b?.index, b?.[1]]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
