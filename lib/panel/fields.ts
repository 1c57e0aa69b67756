import { chatProtocolProblem } from '../br/chat-protocol';
import { cnpjProblem, maskCnpjAsTyped } from '../br/cnpj';
import { cpfProblem, maskCpfAsTyped } from '../br/cpf';
import { birthDateProblem, maskDateAsTyped } from '../br/date';
import type { MessageKey } from '../i18n';
import { type Text, text } from '../i18n/text';
import type { DatumKey } from '../procedures/vocabulary';

/** How the panel helps with each datum while it is typed. */
export interface DatumInput {
  mask?: (value: string) => string;
  problem?: (value: string) => Text | null;
  inputMode?: 'numeric' | 'text';
  /** Shown in the empty box: a catalog key (the format depends on the language). */
  placeholder?: MessageKey;
  multiline?: boolean;
}

export const DATUM_INPUTS: Partial<Record<DatumKey, DatumInput>> = {
  cpf: { mask: maskCpfAsTyped, problem: cpfProblem, inputMode: 'numeric', placeholder: 'placeholder.cpf' },
  cnpj: { mask: maskCnpjAsTyped, problem: cnpjProblem, placeholder: 'placeholder.cnpj' },
  birthDate: {
    mask: maskDateAsTyped,
    problem: (v) => birthDateProblem(v, new Date()),
    inputMode: 'numeric',
    placeholder: 'placeholder.date',
  },
  attempts: {
    mask: (v) => v.replace(/\D/g, '').slice(0, 2),
    problem: (v) => (Number(v) >= 1 ? null : text('value.attemptsAtLeastOne')),
    inputMode: 'numeric',
  },
  chatProtocol: {
    problem: chatProtocolProblem,
    inputMode: 'numeric',
    placeholder: 'placeholder.chatProtocol',
  },
  lowScoreReason: { multiline: false },
  solutionOffered: { multiline: false },
};
