import { describe, expect, it } from 'vitest';
import { chatProtocolProblem } from '../../../lib/core/br/chat-protocol';
import { cnpjProblem, formatCnpj, isValidCnpj, maskCnpjAsTyped } from '../../../lib/core/br/cnpj';
import { cpfProblem, isValidCpf, maskCpfAsTyped } from '../../../lib/core/br/cpf';
import { birthDateProblem } from '../../../lib/core/br/date';
import { ensureMaskedCpf, maskCpf, maskCpfsInText } from '../../../lib/core/br/mask';
import { shown } from '../support/shown';

describe('CPF', () => {
  it('accepts valid check digits with or without punctuation', () => {
    expect(isValidCpf('529.982.247-25')).toBe(true);
    expect(isValidCpf('52998224725')).toBe(true);
  });
  it('rejects wrong check digits, repeated digits, letters and wrong lengths with a reason', () => {
    expect(shown(cpfProblem('529.982.247-26'))).toBe('CPF inválido: os dígitos verificadores não conferem.');
    expect(shown(cpfProblem('111.111.111-11'))).toBe('CPF inválido: todos os dígitos são iguais.');
    expect(shown(cpfProblem('5299822472A'))).toBe('O CPF deve conter apenas números.');
    expect(shown(cpfProblem('5299822472'))).toBe('O CPF deve ter 11 dígitos (tem 10).');
    expect(isValidCpf('000.000.000-00')).toBe(false);
  });
  it('masks as typed and never grows past 11 digits', () => {
    expect(maskCpfAsTyped('5299')).toBe('529.9');
    expect(maskCpfAsTyped('529982247251234')).toBe('529.982.247-25');
  });
  it('is masked for logs as ***.456.789-**', () => {
    expect(maskCpf('123.456.789-09')).toBe('***.456.789-**');
    expect(maskCpf('ATIVO')).toBe('ATIVO');
    expect(ensureMaskedCpf('***.456.789-**')).toBe('***.456.789-**');
    expect(maskCpfsInText('CPF 529.982.247-25 e 52998224725')).toBe('CPF ***.982.247-** e ***.982.247-**');
  });
});

describe('CNPJ, including the alphanumeric one (RFB, July 2026)', () => {
  it("accepts the RFB's official example and the numeric format", () => {
    expect(isValidCnpj('12.ABC.345/01DE-35')).toBe(true);
    expect(isValidCnpj('12abc34501de35')).toBe(true);
    expect(isValidCnpj('11.222.333/0001-81')).toBe(true);
  });
  it('values letters as their code minus 48: changing one letter breaks the check digits', () => {
    expect(isValidCnpj('12.ABD.345/01DE-35')).toBe(false);
    expect(isValidCnpj('12.ABC.345/01DF-35')).toBe(false);
    expect(shown(cnpjProblem('12.ABC.345/01DE-3X'))).toBe(
      'Os dois últimos caracteres do CNPJ devem ser números.',
    );
  });
  it('formats and masks as typed', () => {
    expect(formatCnpj('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(maskCnpjAsTyped('12abc345')).toBe('12.ABC.345');
  });
});

describe('chat protocol and date of birth', () => {
  it('wants exactly 20 digits, tolerating spaces, dots and dashes', () => {
    expect(shown(chatProtocolProblem('2024 1105.1234-5678 9012'))).toBeNull();
    expect(shown(chatProtocolProblem('2024110512345678901'))).toBe(
      'O protocolo do chat deve ter 20 dígitos (tem 19).',
    );
    expect(shown(chatProtocolProblem('2024110512345678901a'))).toBe(
      'O protocolo do chat deve conter apenas números.',
    );
  });
  it('wants a real past date as dd/mm/aaaa', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(shown(birthDateProblem('01/02/1980', now))).toBeNull();
    expect(shown(birthDateProblem('31/02/1980', now))).toBe('Data de nascimento inexistente.');
    expect(shown(birthDateProblem('01/02/2030', now))).toBe('A data de nascimento não pode estar no futuro.');
    expect(shown(birthDateProblem('1980-02-01', now))).toBe(
      'Use o formato dd/mm/aaaa para a data de nascimento.',
    );
  });
});
