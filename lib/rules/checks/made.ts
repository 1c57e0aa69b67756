import { type Text, text } from '../../i18n/text';
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
  label: Text,
  field: FieldKey | undefined,
  ok: boolean,
  wrong: boolean,
  message: Text,
  source?: string,
  datum?: DatumKey,
): Check {
  return { id, severity, label, field, ok, wrong, message, source, datum };
}

/** The message of a check on a field the SysAid form does not have (or the lead has not mapped). */
export const notFound = (field: FieldKey): Text => text('check.notFound', FIELD_LABELS[field]);
