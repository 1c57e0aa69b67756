import { sameCaption } from '../../caption';
import { type Text, text, verbatim } from '../../i18n/text';
import type { OutcomeRules } from '../../procedures/schema';
import type { FormSnapshot } from '../snapshot';
import type { Check } from '../types';
import { fieldMissing, made, notFound } from './made';

const LABEL = text('label.group');

/** A forwarded contact goes to the sector's group, never back to the call center's. */
export function groupCheck(
  snapshot: FormSnapshot,
  rule: NonNullable<OutcomeRules['destinationGroup']>,
): Check {
  const check = (ok: boolean, wrong: boolean, message: Text) =>
    made('group', 'block', LABEL, 'group', ok, wrong, message, rule.source);
  const state = snapshot.fields.group;
  if (!state) return fieldMissing(check(false, false, notFound('group')), 'group');
  const value = state.value.trim();
  const forbidden = rule.notAllowed.some((g) => sameCaption(g, value));
  if (forbidden) return check(false, true, text('check.groupNotCallCenter', value));
  return value ? check(true, false, verbatim(value)) : check(false, false, text('check.groupPick'));
}
