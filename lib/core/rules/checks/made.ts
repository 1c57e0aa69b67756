import { type Text, text } from '../../i18n/text';
import type { DatumKey, FieldKey } from '../../procedures/vocabulary';
import { FIELD_LABELS } from '../../procedures/vocabulary';
import type { Check, FormFault, Severity } from '../types';

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

/** Marks a failing check as the SysAid form's fault (never the agent's): wrongness no longer applies. */
export function formFault(check: Check, fault: FormFault): Check {
  check.formFault = fault;
  check.wrong = false;
  return check;
}

/** A check on a field the SysAid form does not have: the form's fault. */
export function fieldMissing(check: Check, field: FieldKey): Check {
  return formFault(check, { kind: 'missingField', field });
}

/** Whether a list offers the option (unknown options, e.g. a closed Spaces popover, count as offered). */
export function offers(
  options: readonly string[] | undefined,
  caption: string,
  same: (a: string, b: string) => boolean,
): boolean {
  return !options?.length || options.some((o) => same(o, caption));
}
