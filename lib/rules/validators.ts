import { chatProtocolProblem } from '../br/chat-protocol';
import { cnpjProblem, formatCnpj } from '../br/cnpj';
import { cpfProblem, formatCpf } from '../br/cpf';
import { birthDateProblem } from '../br/date';
import type { Requirement } from '../procedures/schema';
import { sameCaption } from './text';

/** Why a value read from the ticket does not satisfy a requirement, in pt-BR, or null. */
export function valueProblem(
  req: Requirement,
  raw: string | undefined,
  label: string,
  now: Date,
): string | null {
  const value = (raw ?? '').trim();
  if (!value) return 'Não informado.';
  switch (req.validator) {
    case 'cpf':
      if (value.toUpperCase() === 'ATIVO')
        return 'ATIVO só vale no desfecho "Sem comunicação": informe o CPF.';
      return cpfProblem(value);
    case 'cnpj':
      return cnpjProblem(value);
    case 'birthDate':
      return birthDateProblem(value, now);
    case 'chatProtocol':
      return chatProtocolProblem(value);
    case 'attempts': {
      if (!/^\d{1,2}$/.test(value)) return 'Informe o número de tentativas com algarismos (ex.: 3).';
      return Number(value) >= 1 ? null : 'Informe ao menos 1 tentativa.';
    }
    case 'choice': {
      const texts = Object.values(req.choices ?? {});
      return texts.some((t) => sameCaption(t, value)) ? null : `${label}: escolha ${texts.join(' ou ')}.`;
    }
    case 'fullName':
      return value.split(/\s+/).length >= 2 ? null : 'Informe o nome completo (nome e sobrenome).';
    case 'text':
      return null;
  }
}

/** The typed value as it should be stored in the ticket. */
export function storedForm(req: Requirement, typed: string): string {
  const value = typed.trim();
  switch (req.validator) {
    case 'cpf':
      return formatCpf(value);
    case 'cnpj':
      return formatCnpj(value);
    case 'choice':
      return req.choices?.[value] ?? value;
    default:
      return value.replace(/\s+/g, ' ');
  }
}
