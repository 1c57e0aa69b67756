import type { OutcomeRules, Playbook } from '../procedures/schema';
import type { FieldKey } from '../procedures/vocabulary';

/** A value another outcome of the playbook fixes in a field, and that outcome's label. */
export interface Reserved {
  value: string;
  outcome: string;
}
export type ReservedLookup = (field: FieldKey | undefined, value: string) => Reserved | undefined;

/**
 * Which other outcome of the playbook fixes `value` in `field` (the no-contact placeholder in the CPF
 * field): typed under this outcome, it is that outcome's, and the check says which. Looked up only for a
 * value the ticket holds, by a plain comparison (an audit evaluates a hundred thousand CPFs: caption
 * normalising each one would flush the caption memo).
 */
export const reservedBy =
  (playbook: Playbook, rules: OutcomeRules): ReservedLookup =>
  (field, value) => {
    for (const o of playbook.outcomes)
      for (const f of o === rules ? [] : o.fixed)
        if (f.field === field && f.value.toLowerCase() === value.toLowerCase())
          return { value: f.value, outcome: o.label };
    return undefined;
  };
