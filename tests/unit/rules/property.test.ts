import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { evaluate } from '../../../lib/core/rules/evaluate';
import { ALL_OUTCOMES, compliantTicket } from '../support/tickets';

const outcome = fc.constantFrom(...ALL_OUTCOMES);

describe('rules engine properties', () => {
  /*
   * The session re-evaluates on every keystroke, ticket after ticket, with caches keyed by playbook and
   * caption in between: another ticket judged in between must never leak into this one's result, and the
   * engine must not change what it is given (the panel keeps showing the same typed data and snapshot).
   */
  it('judges a ticket the same after another ticket was judged, and changes nothing it is given', async () => {
    const ticket = fc
      .tuple(outcome, fc.string(), fc.date({ noInvalidDate: true }))
      .map(([[channel, id], typedName, now]) => {
        const { input } = compliantTicket(channel, id);
        const variant = {
          ...input,
          now,
          typed: { ...input.typed, data: { ...input.typed.data, fullName: typedName } },
        };
        return deepFreeze(structuredClone(variant));
      });
    await fc.assert(
      fc.asyncProperty(ticket, ticket, async (a, b) => {
        // The engine as a page just loaded has it: no cache filled by any ticket before.
        vi.resetModules();
        const fresh = (await import('../../../lib/core/rules/evaluate')).evaluate;
        const alone = fresh(structuredClone(a));
        evaluate(b);
        expect(evaluate(a)).toEqual(alone);
        evaluate(b);
        expect(evaluate(structuredClone(a))).toEqual(alone);
      }),
      { numRuns: 25 },
    );
  });

  it('a compliant ticket has no blocking check, at any time of day and whatever else the form holds', () => {
    fc.assert(
      fc.property(
        outcome,
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.dictionary(
          fc.string({ minLength: 1 }).map((k) => `custom_${k}`),
          fc.record({ value: fc.string() }),
        ),
        ([channel, id], now, extra) => {
          const { input } = compliantTicket(channel, id);
          const snapshot = { ...input.snapshot, fields: { ...extra, ...input.snapshot.fields } };
          expect(evaluate({ ...input, now, snapshot }).blocking).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('removing any one required datum from the ticket yields exactly that check', () => {
    const cases = ALL_OUTCOMES.flatMap(([channel, id]) => {
      const rules = DEFAULT_PLAYBOOKS[channel].outcomes.find((o) => o.id === id);
      return (rules?.required ?? [])
        .filter(
          (r) => r.severity === 'block' && (!r.interlocutors || r.interlocutors.includes('beneficiary')),
        )
        .map((r) => ({ channel, id, req: r }));
    });
    expect(cases.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...cases), ({ channel, id, req }) => {
        const { input } = compliantTicket(channel, id);
        const fields = { ...input.snapshot.fields };
        if (req.field && fields[req.field]) {
          fields[req.field] = { value: '' };
        } else {
          const desc = fields.description?.value ?? '';
          const kept = desc.split('\n').filter((line) => !line.startsWith(`${req.descriptionLabel}:`));
          fields.description = { value: kept.join('\n') };
        }
        // The agent's panel no longer holds it either, so nothing refills it.
        const typed = { ...input.typed, data: { ...input.typed.data, [req.datum]: '' } };
        const e = evaluate({ ...input, typed, snapshot: { ...input.snapshot, fields } });
        expect(e.blocking.map((c) => c.id)).toEqual([req.id]);
      }),
      { numRuns: 150 },
    );
  });
});

/** Any write into the evaluated input throws (test files run as ES modules: strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
