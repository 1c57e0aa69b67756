import { chatProtocolProblem } from '../br/chat-protocol';
import { cnpjProblem, formatCnpj } from '../br/cnpj';
import { cpfProblem, formatCpf } from '../br/cpf';
import { birthDateProblem } from '../br/date';
import { sameCaption } from '../caption/caption';
import { type Text, text } from '../i18n/text';
import type { Requirement } from '../procedures/schema';
import type { ReservedLookup } from './reserved';

/**
 * Why a value read from the ticket does not satisfy a requirement, or null. `reserved`: what other outcomes
 * fix in the requirement's field (the no-contact placeholder where the CPF goes).
 */
export function valueProblem(
  req: Pick<Requirement, 'validator' | 'field' | 'choices'>,
  raw: string | undefined,
  now: Date,
  reserved?: ReservedLookup,
): Text | null {
  const value = (raw ?? '').trim();
  if (!value) return text('value.missing');
  const taken = reserved?.(req.field, value);
  if (taken) return text('value.reservedFor', taken.value, taken.outcome);
  switch (req.validator) {
    case 'cpf':
      return cpfProblem(value);
    case 'cnpj':
      return cnpjProblem(value);
    case 'birthDate':
      return birthDateProblem(value, now);
    case 'chatProtocol':
      return chatProtocolProblem(value);
    case 'attempts': {
      if (!/^\d{1,2}$/.test(value)) return text('value.attemptsDigits');
      return Number(value) >= 1 ? null : text('value.attemptsAtLeastOne');
    }
    case 'choice': {
      const texts = choiceTexts(req);
      return isChoice(texts, value) ? null : text('value.choice', texts.join(' / '));
    }
    case 'fullName':
      // Two words or more: the value is trimmed, so any blank inside separates two.
      return /\s/.test(value) ? null : text('value.fullName');
    case 'text':
      return null;
  }
}

const choiceTextsOf = new WeakMap<Pick<Requirement, 'choices'>, string[]>();
/** A requirement's accepted answers, listed once per requirement (the team audit asks per ticket). */
export function choiceTexts(req: Pick<Requirement, 'choices'>): string[] {
  let texts = choiceTextsOf.get(req);
  if (!texts) {
    texts = Object.values(req.choices ?? {});
    choiceTextsOf.set(req, texts);
  }
  return texts;
}

/** Whether the value is one of the answers, as captions compare (a loop: no callback per ticket). */
export function isChoice(texts: readonly string[], value: string): boolean {
  for (let i = 0; i < texts.length; i++) if (sameCaption(texts[i], value)) return true;
  return false;
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
