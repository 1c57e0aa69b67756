import { chatProtocolProblem } from '../br/chat-protocol';
import { cnpjProblem, maskCnpjAsTyped } from '../br/cnpj';
import { cpfProblem, maskCpfAsTyped } from '../br/cpf';
import { birthDateProblem, maskDateAsTyped } from '../br/date';
import type { DatumKey } from '../procedures/vocabulary';

/** How the panel helps with each datum while it is typed. */
export interface DatumInput {
  mask?: (value: string) => string;
  problem?: (value: string) => string | null;
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  multiline?: boolean;
}

export const DATUM_INPUTS: Partial<Record<DatumKey, DatumInput>> = {
  cpf: { mask: maskCpfAsTyped, problem: cpfProblem, inputMode: 'numeric', placeholder: '000.000.000-00' },
  cnpj: { mask: maskCnpjAsTyped, problem: cnpjProblem, placeholder: '12.ABC.345/01DE-35' },
  birthDate: {
    mask: maskDateAsTyped,
    problem: (v) => birthDateProblem(v, new Date()),
    inputMode: 'numeric',
    placeholder: 'dd/mm/aaaa',
  },
  attempts: {
    mask: (v) => v.replace(/\D/g, '').slice(0, 2),
    problem: (v) => (Number(v) >= 1 ? null : 'Informe ao menos 1 tentativa.'),
    inputMode: 'numeric',
  },
  chatProtocol: { problem: chatProtocolProblem, inputMode: 'numeric', placeholder: '20 dígitos' },
  lowScoreReason: { multiline: false },
  solutionOffered: { multiline: false },
};
