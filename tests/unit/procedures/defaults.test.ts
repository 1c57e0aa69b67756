import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { playbookSchema } from '../../../lib/core/procedures/schema';

describe('default playbooks', () => {
  it.each(Object.entries(DEFAULT_PLAYBOOKS))(
    '%s is valid and complete: the schema changes nothing',
    (_, playbook) => {
      expect(playbookSchema.parse(playbook)).toEqual(playbook);
    },
  );

  it('every rule names the SOP line it comes from', () => {
    for (const playbook of Object.values(DEFAULT_PLAYBOOKS)) {
      for (const outcome of playbook.outcomes) {
        for (const rule of [...outcome.fixed, ...outcome.required])
          expect(rule.source.length).toBeGreaterThan(10);
        expect(outcome.categorySource.length).toBeGreaterThan(10);
      }
    }
  });
});
