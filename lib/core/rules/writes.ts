import { sameCaption } from '../caption/caption';
import type { OutcomeRules, Playbook, Requirement } from '../procedures/schema';
import { CATEGORY_FIELDS, type FieldKey, type Typed } from '../procedures/vocabulary';
import type { FormSnapshot } from './snapshot';
import type { FieldWrite } from './types';
import { storedForm } from './validators';

/** What the procedure fixes for this playbook and outcome, written whatever the agent typed. */
export function fixedWrites(playbook: Playbook, rules: OutcomeRules | undefined): FieldWrite[] {
  const writes: FieldWrite[] = [];
  for (const f of [...playbook.fixed, ...(rules?.fixed ?? [])])
    writes.push({ field: f.field, value: f.value, fixed: true, reason: f.source });
  rules?.categoryPath?.forEach((value, level) => {
    const field = CATEGORY_FIELDS[level];
    if (field) writes.push({ field, value, fixed: true, reason: rules.categorySource });
  });
  return writes;
}

/**
 * Only what would change the form: one write per field (a fixed value wins over typed data), none
 * for a field the form does not have (its check reports it) or that already holds the value.
 */
export function pendingWrites(snapshot: FormSnapshot, writes: FieldWrite[]): FieldWrite[] {
  const byField = new Map<FieldKey, FieldWrite>();
  for (const w of writes) {
    if (byField.get(w.field)?.fixed && !w.fixed) continue;
    byField.set(w.field, w);
  }
  return [...byField.values()].filter((w) => {
    const current = snapshot.fields[w.field];
    if (!current) return false;
    return w.fixed ? !sameCaption(current.value, w.value) : current.value !== w.value;
  });
}

/** Lines another outcome's data would have put in the block; removed if they still hold exactly that. */
export function retiredLines(playbook: Playbook, active: Requirement[], typed: Typed) {
  const activeLabels = new Set(active.map((r) => r.descriptionLabel));
  const retired: Array<{ label: string; value: string }> = [];
  for (const outcome of playbook.outcomes) {
    for (const req of outcome.required) {
      const value = typed.data[req.datum]?.trim();
      if (!req.descriptionLabel || activeLabels.has(req.descriptionLabel) || !value) continue;
      retired.push({ label: req.descriptionLabel, value: storedForm(req, value) });
    }
  }
  return retired;
}
