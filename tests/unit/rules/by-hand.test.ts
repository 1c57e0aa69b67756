import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import type { Channel, Outcome } from '../../../lib/core/procedures/vocabulary';
import { evaluate } from '../../../lib/core/rules/evaluate';
import type { FormSnapshot } from '../../../lib/core/rules/snapshot';
import { ALL_OUTCOMES, MORNING, PROTOCOL, VALID_CPF } from '../support/tickets';

/**
 * Tickets written the way PROCEDURES.md describes them, by hand, without the extension: the oracle is
 * the procedure, not the engine's own writes. Whatever an agent may vary (line order, caption case and
 * accents, a CPF with or without dots, notes below the block, the time of day, SysAid fields the
 * procedure does not mention) must not make a compliant ticket fail.
 */
const PERSON: Array<[string, string]> = [
  ['Nome completo', 'Maria Aparecida da Silva'],
  ['Nome da mãe', 'Ana Maria da Silva'],
  ['Data de nascimento', '01/02/1980'],
  ['Plano Assefaz', 'Assefaz Nacional'],
];
const SURVEY: Array<[string, string]> = [
  ['Motivo da nota baixa', 'Demora na autorização'],
  ['Solução oferecida', 'Autorização liberada'],
  ['Prazos informados', 'Resposta em até 5 dias úteis'],
];
const CENTRAL = 'Central de Atendimento';

interface Variation {
  caption: (s: string) => string;
  cpf: string;
  order: number[];
  note: string;
  extra: Record<string, { value: string }>;
  now: Date;
}

function ticket(channel: Channel, outcome: Outcome, v: Variation): FormSnapshot {
  const c = v.caption;
  const lines: Array<[string, string]> = [];
  const fields: FormSnapshot['fields'] = {
    callback: { value: channel === 'chat' ? 'Não' : c('Sim'), options: ['Sim', 'Não'] },
    category1: { value: c(CENTRAL), options: [CENTRAL, 'Autorizações'] },
    category2: { value: c('Ligação Ativa / Callback'), options: ['Ligação Ativa / Callback'] },
    category3: { value: '', options: ['Contato realizado', 'Sem comunicação'] },
    status: { value: 'Novo', options: ['Novo', 'Encaminhado', 'Resolvido'] },
    group: { value: CENTRAL, options: [CENTRAL, 'Autorizações'] },
    title: { value: 'Retorno ao beneficiário' },
    cpfLookup: { value: v.cpf },
  };
  if (outcome === 'noContact') {
    fields.category3 = { value: c('Sem comunicação'), options: ['Sem comunicação'] };
    fields.cpfLookup = { value: 'ATIVO' };
    lines.push(['Tentativas de contato', '3'], ['Motivo', 'Não atendeu']);
  } else {
    lines.push(...PERSON);
    if (channel === 'survey') lines.push(...SURVEY);
    if (channel === 'chat') lines.push(['CPF', v.cpf]);
  }
  if (outcome === 'resolved') {
    fields.status = { value: c('Resolvido'), options: ['Resolvido'] };
    fields.category3 = { value: c('Contato realizado'), options: ['Contato realizado'] };
  }
  if (outcome === 'forwarded') {
    fields.status = { value: c('Encaminhado'), options: ['Encaminhado'] };
    fields.category1 = { value: c('Autorizações'), options: ['Autorizações'] };
    fields.category2 = { value: c('Exames'), options: ['Exames'] };
    fields.category3 = { value: c('Ressonância'), options: ['Ressonância'] };
    fields.group = { value: c('Autorizações'), options: ['Autorizações'] };
  }
  if (channel === 'chat' && outcome === 'resolved') {
    fields.category1 = { value: c('Autorizações'), options: ['Autorizações'] };
    fields.category2 = { value: c('Exames'), options: ['Exames'] };
    fields.category3 = { value: c('Ressonância'), options: ['Ressonância'] };
  }
  const ordered = v.order.filter((i) => i < lines.length).map((i) => lines[i] as [string, string]);
  for (const line of lines) if (!ordered.includes(line)) ordered.push(line);
  const block = ordered.map(([label, value]) => `${label}: ${value}`).join('\n');
  const header = channel === 'chat' ? `${PROTOCOL} Atendimento via Chat\n` : '';
  const conversation = channel === 'chat' ? '\n\nBeneficiário: Olá\nOperador: Bom dia!' : '';
  const note = v.note.trim() ? `\n\n${v.note.trim()}` : '';
  fields.description = { value: `${header}${block}${conversation}${note}` };
  return { fields: { ...v.extra, ...fields } };
}

const variation: fc.Arbitrary<Variation> = fc.record({
  caption: fc.constantFrom(
    (s: string) => s,
    (s: string) => s.toUpperCase(),
    (s: string) => `  ${s} `,
    (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
  ),
  cpf: fc.constantFrom(VALID_CPF, VALID_CPF.replace(/\D/g, ''), ` ${VALID_CPF} `),
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
  // Notes an agent adds below the block: any text but a line that reads as one of ours.
  note: fc.string({ maxLength: 80 }).filter((s) => !s.includes(':')),
  extra: fc.dictionary(
    fc.string({ minLength: 1, maxLength: 8 }).map((k) => `custom_${k}`),
    fc.record({ value: fc.string({ maxLength: 20 }) }),
    { maxKeys: 4 },
  ),
  now: fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
});

describe('a ticket written by hand as the procedure asks', () => {
  for (const [channel, outcome] of ALL_OUTCOMES) {
    it(`${channel} ${outcome}: passes whatever the agent varied`, () => {
      fc.assert(
        fc.property(variation, (v) => {
          const e = evaluate({
            playbook: DEFAULT_PLAYBOOKS[channel],
            outcome,
            snapshot: ticket(channel, outcome, v),
            typed: { data: {} },
            now: v.now,
            judgeOnly: true,
          });
          expect(e.blocking.map((c) => c.id)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the same ticket with the wrong status, category or CPF is refused for exactly that', () => {
    const v: Variation = { caption: (s) => s, cpf: VALID_CPF, order: [], note: '', extra: {}, now: MORNING };
    const judge = (snapshot: FormSnapshot) =>
      evaluate({
        playbook: DEFAULT_PLAYBOOKS.callback,
        outcome: 'resolved',
        snapshot,
        typed: { data: {} },
        now: MORNING,
        judgeOnly: true,
      }).blocking.map((c) => c.id);
    const base = ticket('callback', 'resolved', v);
    const withField = (field: string, value: string) => ({
      fields: { ...base.fields, [field]: { ...base.fields[field as 'status'], value } },
    });
    expect(judge(withField('status', 'Encaminhado'))).toEqual(['fixed.status']);
    expect(judge(withField('category3', 'Sem comunicação'))).toEqual(['category']);
    expect(judge(withField('cpfLookup', '529.982.247-26'))).toEqual(['cpf']);
    expect(judge(withField('callback', 'Não'))).toEqual(['fixed.callback']);
  });
});
