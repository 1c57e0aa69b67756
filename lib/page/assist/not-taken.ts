import { text } from '../../core/i18n/text';
import { FIELD_LABELS, type FieldKey } from '../../core/procedures/vocabulary';
import type { Check, Evaluation } from '../../core/rules/types';
import { MAX_TRIES } from './fill';

/**
 * A field the fill gave up on (SysAid did not take the value after its tries) fails as the form's fault:
 * the agent is asked to pick it by hand, and is never stuck when the form will not hold it.
 */
export function withNotTaken(evaluation: Evaluation, gaveUp: ReadonlyMap<FieldKey, string>): Evaluation {
  if (!gaveUp.size) return evaluation;
  let changed = false;
  const checks = evaluation.checks.map((check): Check => {
    const value = check.field ? gaveUp.get(check.field) : undefined;
    if (check.ok || value === undefined || !check.field || check.formFault) return check;
    changed = true;
    return {
      ...check,
      wrong: false,
      message: text('check.notTaken', FIELD_LABELS[check.field], value, MAX_TRIES),
      formFault: { kind: 'notTaken', field: check.field, option: value },
    };
  });
  if (!changed) return evaluation;
  return { ...evaluation, checks, blocking: checks.filter((c) => !c.ok && c.severity === 'block') };
}
