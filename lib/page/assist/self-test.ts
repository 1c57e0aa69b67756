import type { Playbook } from '../../core/procedures/schema';
import { CATEGORY_FIELDS, FIELD_KEYS, FIELD_LABELS, type FieldKey } from '../../core/procedures/vocabulary';
import type { LocatedFields } from '../sysaid/locate';

export interface SelfTestRow {
  field: FieldKey;
  label: string;
  found: boolean;
  /** How it was found: by a lead's mapping, by its caption, or by SysAid's default name. */
  via?: 'mapping' | 'label' | 'name';
  /** Without the field, the datum goes to a labelled description line: not a failure. */
  fallback: boolean;
}

/**
 * Every SysAid field the playbooks use, and whether this page has it: after a SysAid upgrade, a lead
 * sees at once what broke.
 */
export function selfTest(playbooks: Playbook[], located: LocatedFields): SelfTestRow[] {
  const needed = new Map<FieldKey, boolean>([['description', false]]);
  const need = (field: FieldKey, fallback: boolean) =>
    needed.set(field, (needed.get(field) ?? true) && fallback);
  for (const p of playbooks) {
    for (const f of p.fixed) need(f.field, false);
    for (const o of p.outcomes) {
      for (const f of o.fixed) need(f.field, false);
      for (const c of CATEGORY_FIELDS) need(c, false);
      if (o.destinationGroup) need('group', false);
      for (const r of o.required) if (r.field) need(r.field, Boolean(r.descriptionLabel));
    }
  }
  return FIELD_KEYS.filter((f) => needed.has(f)).map((field) => {
    const hit = located.get(field);
    return {
      field,
      label: FIELD_LABELS[field],
      found: Boolean(hit),
      via: hit?.via,
      fallback: needed.get(field) ?? false,
    };
  });
}
