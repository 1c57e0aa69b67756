import { sameCaption } from '../../caption/caption';
import { type Text, text, verbatim } from '../../i18n/text';
import type { OutcomeRules } from '../../procedures/schema';
import { CATEGORY_FIELDS, FIELD_LABELS, type FieldKey } from '../../procedures/vocabulary';
import type { FieldState, FormSnapshot } from '../snapshot';
import type { Check } from '../types';
import { fieldMissing, formFault, made, notFound, offers } from './made';

const LABEL = text('label.category');

type Levels = ReadonlyArray<FieldState | undefined>;
const levelsOf = (snapshot: FormSnapshot): Levels => CATEGORY_FIELDS.map((f) => snapshot.fields[f]);
const levelAt = (snapshot: FormSnapshot, i: number) => {
  const key = CATEGORY_FIELDS[i];
  return key ? snapshot.fields[key] : undefined;
};

// Loops over the snapshot, no arrays: the team audit asks these for every exported ticket.

/** The first level that differs from the procedure's path, or -1. */
function wrongLevel(snapshot: FormSnapshot, path: readonly string[]): number {
  for (let i = 0; i < path.length; i++) if (!sameCaption(levelAt(snapshot, i)?.value, path[i])) return i;
  return -1;
}

/** Chosen per demand: the first level the form offers that is left empty, or -1. */
function unfilledLevel(snapshot: FormSnapshot): number {
  for (let i = 0; i < CATEGORY_FIELDS.length; i++) {
    const level = levelAt(snapshot, i);
    if (!level) continue;
    if (i > 0 && !level.options?.length && !level.value) continue;
    if (!level.value.trim()) return i;
  }
  return -1;
}

/** Whether `categoryCheck` passes (the team audit asks this first and builds the check only when it fails). */
export function categoryPasses(snapshot: FormSnapshot, rules: OutcomeRules): boolean {
  if (!snapshot.fields.category1) return false;
  return (rules.categoryPath ? wrongLevel(snapshot, rules.categoryPath) : unfilledLevel(snapshot)) === -1;
}

/** The category path the outcome fixes, or every level the form offers when chosen per demand. */
export function categoryCheck(snapshot: FormSnapshot, rules: OutcomeRules): Check {
  const check = (field: FieldKey, ok: boolean, wrong: boolean, message: Text) =>
    made('category', 'block', LABEL, field, ok, wrong, message, rules.categorySource);
  const levels = levelsOf(snapshot);
  if (!levels[0]) return fieldMissing(check('category1', false, false, notFound('category1')), 'category1');
  if (rules.categoryPath) {
    const path = rules.categoryPath;
    const wrong = wrongLevel(snapshot, path);
    if (wrong === -1) return check('category1', true, false, verbatim(path.join(' > ')));
    const field = CATEGORY_FIELDS[wrong] ?? 'category1';
    const level = levels[wrong];
    const needed = path[wrong] ?? '';
    const failed = check(
      field,
      false,
      (level?.value.trim() ?? '') !== '',
      text('check.categoryMustBe', path.join(' > ')),
    );
    // The levels above are right, so this level's options are the ones the procedure's path leads to.
    if (!level) return fieldMissing(failed, field);
    if (!offers(level.options, needed, sameCaption))
      return formFault(failed, { kind: 'missingOption', field, option: needed });
    return failed;
  }
  // Chosen per demand: every level the form offers must be filled.
  const missing = unfilledLevel(snapshot);
  if (missing === -1) {
    const path = levels.map((l) => l?.value).filter(Boolean);
    return check('category1', true, false, verbatim(path.join(' > ')));
  }
  const field = CATEGORY_FIELDS[missing] ?? 'category1';
  return check(field, false, false, text('check.categoryPick', FIELD_LABELS[field]));
}
