import { describe, expect, it } from 'vitest';
import { composeDescription, managedLabels, parseDescription } from '../../../lib/core/rules/description';

const managed = managedLabels(
  ['Nome completo', 'Nome da mãe', 'CPF', 'Plano Assefaz', 'Tentativas de contato', 'Motivo'],
  ['Atendimento via Chat'],
);
const none = { retired: [] };

describe('description composition', () => {
  it('puts the data block on top and keeps what the agent wrote below', () => {
    const out = composeDescription(
      'Beneficiária pediu segunda via.',
      { ...none, lines: [{ label: 'Nome da mãe', value: 'Ana' }] },
      managed,
    );
    expect(out).toBe('Nome da mãe: Ana\n\nBeneficiária pediu segunda via.');
  });

  it('re-filling replaces its lines instead of duplicating them, and is stable', () => {
    const first = composeDescription(
      'Obs.',
      { ...none, lines: [{ label: 'Nome da mãe', value: 'Ana' }] },
      managed,
    );
    const second = composeDescription(
      first,
      { ...none, lines: [{ label: 'Nome da mãe', value: 'Ana Maria' }] },
      managed,
    );
    expect(second).toBe('Nome da mãe: Ana Maria\n\nObs.');
    expect(
      composeDescription(second, { ...none, lines: [{ label: 'Nome da mãe', value: 'Ana Maria' }] }, managed),
    ).toBe(second);
  });

  it('keeps a labelled line the agent typed in the block themselves', () => {
    const out = composeDescription(
      'Plano Assefaz: Nacional\nObs.',
      { ...none, lines: [{ label: 'CPF', value: '1' }] },
      managed,
    );
    expect(out).toBe('CPF: 1\nPlano Assefaz: Nacional\n\nObs.');
  });

  it('removes a line another outcome wrote when it still holds exactly that value', () => {
    const out = composeDescription(
      'Tentativas de contato: 3\nMotivo: Beneficiário não atendeu',
      {
        lines: [{ label: 'CPF', value: '1' }],
        retired: [
          { label: 'Tentativas de contato', value: '3' },
          { label: 'Motivo', value: 'Beneficiário não atendeu' },
        ],
      },
      managed,
    );
    expect(out).toBe('CPF: 1');
  });

  it('replaces the conversation it wrote before, even when it contains labelled lines', () => {
    const chat1 = 'Beneficiário: CPF: 123\nOperador: ok';
    const header = '12345678901234567890 Atendimento via Chat';
    const first = composeDescription('', { ...none, header, lines: [], transcript: chat1 }, managed);
    expect(first).toBe(`${header}\n\n${chat1}`);
    const second = composeDescription(
      first,
      { ...none, header, lines: [], transcript: 'nova conversa', previousTranscript: chat1 },
      managed,
    );
    expect(second).toBe(`${header}\n\nnova conversa`);
  });

  it('parses only the block at the top as data', () => {
    const parsed = parseDescription('Texto livre\nNome da mãe: X', managed);
    expect(parsed.labelled.size).toBe(0);
    expect(parsed.body).toBe('Texto livre\nNome da mãe: X');
  });
});
