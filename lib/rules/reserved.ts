import type { OutcomeRules, Playbook } from '../procedures/schema';
import type { FieldKey } from '../procedures/vocabulary';

/** A value another outcome of the playbook fixes in a field, and that outcome's label. */
export interface Reserved {
  value: string;
  outcome: string;
}

/**
 * What the other outcomes of the playbook fix in a field this outcome leaves to the agent (the no-contact
 * placeholder in the CPF field): typed here, it is the other outcome's, and the check says which.
 */
export function reservedValues(playbook: Playbook, rules: OutcomeRules, field?: FieldKey): Reserved[] {
  return playbook.outcomes.flatMap((o) =>
    o === rules
      ? []
      : o.fixed.filter((f) => f.field === field).map((f) => ({ value: f.value, outcome: o.label })),
  );
}
