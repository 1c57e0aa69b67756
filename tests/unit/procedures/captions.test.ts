import { describe, expect, it } from 'vitest';
import { FIELD_CAPTION_TABLE } from '../../../lib/core/procedures/captions';
import { FIELD_KEYS } from '../../../lib/core/procedures/vocabulary';
import { columnName, detectColumns } from '../../../lib/core/team-audit/columns';
import { compliantTicket } from '../support/tickets';

/** One caption table per field (issue #24): each use reads its own list from it. */
describe("a field's captions, in one table, are the ones each use reads", () => {
  it("the team audit finds the field's column by each of its export captions, and names it by the first", () => {
    for (const key of FIELD_KEYS) {
      const entry = FIELD_CAPTION_TABLE[key];
      const captions = entry.export ?? entry.form;
      for (const caption of captions) expect(detectColumns([caption]).index[key], caption).toBe(0);
      expect(columnName(key)).toBe(captions[0]);
    }
  });

  it('a field the form lacks is written as a description line under its label', () => {
    const description = compliantTicket('callback', 'resolved').snapshot.fields.description?.value ?? '';
    for (const key of ['fullName', 'motherName', 'birthDate', 'plan'] as const)
      expect(description).toMatch(new RegExp(`^${FIELD_CAPTION_TABLE[key].description}: \\S`, 'm'));
  });
});
