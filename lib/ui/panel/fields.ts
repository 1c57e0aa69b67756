import { maskCnpjAsTyped } from '../../core/br/cnpj';
import { maskCpfAsTyped } from '../../core/br/cpf';
import { maskDateAsTyped } from '../../core/br/date';
import type { MessageKey } from '../../core/i18n';
import type { Text } from '../../core/i18n/text';
import type { Requirement } from '../../core/procedures/schema';
import { valueProblem } from '../../core/rules/validators';

/** How the panel helps while a datum is typed, by the kind of value its requirement asks for. */
interface DatumInput {
  mask?: (value: string) => string;
  inputMode?: 'numeric' | 'text';
  /** Shown in the empty box: a catalog key (the format depends on the language). */
  placeholder?: MessageKey;
}

export const DATUM_INPUTS: Partial<Record<Requirement['validator'], DatumInput>> = {
  cpf: { mask: maskCpfAsTyped, inputMode: 'numeric', placeholder: 'placeholder.cpf' },
  cnpj: { mask: maskCnpjAsTyped, placeholder: 'placeholder.cnpj' },
  birthDate: { mask: maskDateAsTyped, inputMode: 'numeric', placeholder: 'placeholder.date' },
  attempts: { mask: (v) => v.replace(/\D/g, '').slice(0, 2), inputMode: 'numeric' },
  chatProtocol: { inputMode: 'numeric', placeholder: 'placeholder.chatProtocol' },
};

/** What the panel says of a typed value: the checklist's own validator, so the two never disagree. */
export const typedProblem =
  (req: Pick<Requirement, 'validator' | 'field' | 'choices'>) =>
  (value: string): Text | null =>
    valueProblem(req, value, new Date());
