import type { OutcomeRules, Playbook } from '../procedures/schema';
import type { FieldKey } from '../procedures/vocabulary';

/** A value another outcome of the playbook fixes in a field, and that outcome's label. */
export interface Reserved {
  value: string;
  outcome: string;
}

const cache = new WeakMap<OutcomeRules, ReadonlyMap<FieldKey, Reserved[]>>();

/**
 * What the other outcomes of the playbook fix in a field this outcome leaves to the agent (the no-contact
 * placeholder in the CPF field): typed here, it is the other outcome's, and the check says which.
 */
export function reservedValues(playbook: Playbook, rules: OutcomeRules): ReadonlyMap<FieldKey, Reserved[]> {
  let reserved = cache.get(rules);
  if (!reserved) {
    const own = new Set([...playbook.fixed, ...rules.fixed].map((f) => f.field));
    const map = new Map<FieldKey, Reserved[]>();
    for (const other of playbook.outcomes) {
      if (other.id === rules.id) continue;
      for (const f of other.fixed) {
        if (own.has(f.field)) continue;
        map.set(f.field, [...(map.get(f.field) ?? []), { value: f.value, outcome: other.label }]);
      }
    }
    reserved = map;
    cache.set(rules, reserved);
  }
  return reserved;
}
