import { sameCaption } from '../../caption/caption';
import { type Text, text, verbatim } from '../../i18n/text';
import type { OutcomeRules } from '../../procedures/schema';
import type { FormSnapshot } from '../snapshot';
import type { Check } from '../types';
import { fieldMissing, made, notFound } from './made';

const LABEL = text('label.group');

type GroupRule = NonNullable<OutcomeRules['destinationGroup']>;
const forbidden = (value: string, rule: GroupRule) => rule.notAllowed.some((g) => sameCaption(g, value));

/** Whether `groupCheck` passes (the team audit asks this first and builds the check only when it fails). */
export function groupPasses(snapshot: FormSnapshot, rule: GroupRule): boolean {
  const value = snapshot.fields.group?.value.trim();
  return value !== undefined && value !== '' && !forbidden(value, rule);
}

/** A forwarded contact goes to the sector's group, never back to the call center's. */
export function groupCheck(snapshot: FormSnapshot, rule: GroupRule): Check {
  const check = (ok: boolean, wrong: boolean, message: Text) =>
    made('group', 'block', LABEL, 'group', ok, wrong, message, rule.source);
  const state = snapshot.fields.group;
  if (!state) return fieldMissing(check(false, false, notFound('group')), 'group');
  const value = state.value.trim();
  if (forbidden(value, rule)) return check(false, true, text('check.groupNotCallCenter', value));
  return value ? check(true, false, verbatim(value)) : check(false, false, text('check.groupPick'));
}
