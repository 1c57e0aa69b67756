import { sameCaption } from '../../caption/caption';
import { text } from '../../i18n/text';
import { FIELD_LABELS, type FieldKey } from '../../procedures/vocabulary';
import type { FieldState, FormSnapshot } from '../snapshot';
import type { Check } from '../types';
import { fieldMissing, formFault, made, notFound, offers } from './made';

/** Whether `fixedCheck` passes (the team audit asks this first and builds the check only when it fails). */
export const fixedPasses = (state: FieldState | undefined, value: string): boolean =>
  state !== undefined && sameCaption(state.value, value);

/** A value the procedure fixes ("Ligação Ativa / Callback" = Sim, status, ATIVO). */
export function fixedCheck(snapshot: FormSnapshot, field: FieldKey, value: string, source: string): Check {
  const id = `fixed.${field}`;
  const label = text('label.fixed', FIELD_LABELS[field], value);
  const state = snapshot.fields[field];
  if (!state)
    return fieldMissing(made(id, 'block', label, field, false, false, notFound(field), source), field);
  const ok = fixedPasses(state, value);
  // A renamed or removed option ("Resolvido" → "Resolvida"): no agent can pick it.
  if (!ok && !offers(state.options, value, sameCaption))
    return formFault(
      made(
        id,
        'block',
        label,
        field,
        false,
        false,
        text('check.optionMissing', FIELD_LABELS[field], value),
        source,
      ),
      { kind: 'missingOption', field, option: value },
    );
  const message = ok
    ? text('check.fixedOk')
    : state.value
      ? text('check.fixedMustBe', value, state.value)
      : text('check.fixedMustBeEmpty', value);
  return made(id, 'block', label, field, ok, !ok && state.value.trim() !== '', message, source);
}
