import type { DatumKey, FieldKey } from '../../procedures/vocabulary';
import { FIELD_LABELS } from '../../procedures/vocabulary';
import type { Check, Severity } from '../types';

/**
 * Every check has one shape, built in one place: compact in the content script, and one hidden class
 * for the engine (an audit of an export builds hundreds of thousands of them).
 */
export function made(
  id: string,
  severity: Severity,
  label: string,
  field: FieldKey | undefined,
  ok: boolean,
  wrong: boolean,
  message: string,
  source?: string,
  datum?: DatumKey,
): Check {
  return { id, severity, label, field, ok, wrong, message, source, datum };
}

/** The message of a check on a field the SysAid form does not have (or the lead has not mapped). */
export const notFound = (field: FieldKey) =>
  `Campo "${FIELD_LABELS[field]}" não encontrado no formulário do SysAid. Peça ao líder para mapeá-lo nas opções da extensão.`;
