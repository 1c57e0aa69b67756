import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_CAPACITY,
  appendEntry,
  auditItem,
  recordAudit,
  toEntry,
} from '../../../lib/background/audit/log';
import { cpfDigits } from '../../../lib/core/br/cpf';

const digits11 = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 })
  .map((d) => d.join(''));
/** Every shape an agent types a CPF in: dotted, spaced, bare, with stray separators. */
const cpf = digits11.chain((d) =>
  fc.constantFrom(
    d,
    `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`,
    `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9)}`,
    `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}${d.slice(9)}`,
    `${d.slice(0, 3)}${d.slice(3, 6)}-${d.slice(6, 9)}.${d.slice(9)}`,
  ),
);
/** Text around it that is not a digit: words glued to it, spaces, punctuation, or nothing. */
const around = fc.string().map((s) => s.replace(/[0-9]/g, 'x'));

describe('compliance log', () => {
  it('never stores an unmasked CPF, whatever arrives (property)', () => {
    fc.assert(
      fc.property(cpf, around, around, (value, before, after) => {
        const entry = toEntry(
          {
            kind: 'override',
            checks: ['cpf'],
            maskedCpf: value,
            // glued to words on both sides, as in "cpf52998224725ok"
            justification: `${before}${value}${after}`,
          },
          'Joana',
          0,
        );
        const stored = JSON.stringify(entry).replace(/[.-]/g, '');
        expect(stored).not.toContain(cpfDigits(value));
        expect(entry.maskedCpf).toMatch(/^\*\*\*\.\d{3}\.\d{3}-\*\*$/);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps no names: an event carries check ids, never the data', () => {
    const entry = toEntry({ kind: 'blocked', checks: ['motherName'], channel: 'chat' }, 'Joana', 0);
    expect(Object.keys(entry).sort()).toEqual(
      [
        'agent',
        'at',
        'channel',
        'checks',
        'kind',
        'outcome',
        'ticketNumber',
        'maskedCpf',
        'justification',
        'formFaults',
        'detail',
      ].sort(),
    );
    expect(entry.checks).toEqual(['motherName']);
  });

  it('is bounded: the oldest entries go first and are counted', () => {
    let log = Array.from({ length: AUDIT_CAPACITY }, (_, i) =>
      toEntry({ kind: 'compliant', checks: [] }, 'A', i),
    );
    const result = appendEntry(log, toEntry({ kind: 'blocked', checks: ['cpf'] }, 'A', AUDIT_CAPACITY));
    log = result.log;
    expect(result.evicted).toBe(1);
    expect(log).toHaveLength(AUDIT_CAPACITY);
    expect(log[0]?.at).toBe(1);
    expect(log.at(-1)?.kind).toBe('blocked');
  });

  it('loses no event when many arrive together (writes are serialized)', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => recordAudit({ kind: 'blocked', checks: [`c${i}`] }, 'Joana', i)),
    );
    expect((await auditItem.getValue()).map((e) => e.at)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('records through extension storage', async () => {
    await recordAudit({ kind: 'blocked', checks: ['cpf'], maskedCpf: '529.982.247-25' }, 'Joana', 5);
    expect(await auditItem.getValue()).toEqual([
      expect.objectContaining({ kind: 'blocked', agent: 'Joana', maskedCpf: '***.982.247-**', at: 5 }),
    ]);
  });
});
