import type { FieldMapping } from '../../page/sysaid/locate';

/**
 * "motherName → #tr_labelId_CustomColumn80sr" for every field whose mapping changed (removed: "→ —").
 * Selectors only: no personal data.
 */
export function mappingChanges(before: FieldMapping = {}, after: FieldMapping = {}): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof FieldMapping>;
  return [...fields]
    .filter((field) => before[field] !== after[field])
    .map((field) => `${field} → ${after[field] ?? '—'}`);
}
