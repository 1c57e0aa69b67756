import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { requirementCheck, requirementPasses } from '../../../lib/core/rules/checks/requirement';
import { parseDescription } from '../../../lib/core/rules/description';
import { managedLabelsOf } from '../../../lib/core/rules/managed';
import { reservedBy } from '../../../lib/core/rules/reserved';
import { MORNING, VALID_CNPJ, VALID_CPF } from '../support/tickets';

/*
 * The team audit asks `requirementPasses` of every ticket and builds the check only when it fails: the two
 * must judge every ticket alike, or an export's report would count what the panel does not (and back).
 */
const cases = Object.values(DEFAULT_PLAYBOOKS).flatMap((playbook) =>
  playbook.outcomes.flatMap((rules) =>
    rules.required.map((req) => ({ playbook, rules, req, reserved: reservedBy(playbook, rules) })),
  ),
);
/** Values a ticket may hold anywhere: right, wrong, blank, another outcome's fixed value. */
const value = fc.oneof(
  fc.constantFrom('', ' ', VALID_CPF, '529.982.247-26', VALID_CNPJ, 'ATIVO', 'Maria', 'Maria da Silva'),
  fc.constantFrom(
    '01/02/1980',
    '31/02/1980',
    '3',
    '0',
    '12',
    'Não atendeu',
    'notAnswered',
    '20241105123456789012',
  ),
  fc.string(),
);

describe('requirementPasses and requirementCheck', () => {
  it('agree on every ticket: the field, a labelled line, a hand-written text, or nothing', () => {
    expect(cases.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.boolean(),
        fc.option(value, { nil: undefined }),
        fc.option(fc.tuple(fc.boolean(), value, value), { nil: undefined }),
        ({ playbook, req, reserved }, fieldOnForm, inField, description) => {
          const fields: Record<string, { value: string }> = {};
          if (req.field && fieldOnForm) fields[req.field] = { value: inField ?? '' };
          let text = '';
          if (description) {
            const [labelledLine, lineValue, free] = description;
            text =
              labelledLine && req.descriptionLabel ? `${req.descriptionLabel}: ${lineValue}\n${free}` : free;
            fields.description = { value: text };
          }
          const snapshot = { fields };
          const { labelled } = parseDescription(text, managedLabelsOf(playbook));
          const check = requirementCheck(req, snapshot, labelled, text, MORNING, reserved);
          expect(requirementPasses(req, snapshot, labelled, text, MORNING, reserved)).toBe(check.ok);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
