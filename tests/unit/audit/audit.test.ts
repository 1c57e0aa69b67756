import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_CAPACITY, appendEntry, auditItem, recordAudit, toEntry } from '../../../lib/audit/log';
import { cpfDigits } from '../../../lib/br/cpf';

const cpf = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 })
  .map((d) => d.join(''))
  .chain((digits) =>
    fc.constantFrom(
      digits,
      `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}`,
    ),
  );

describe('compliance log', () => {
  it('never stores an unmasked CPF, whatever arrives (property)', () => {
    fc.assert(
      fc.property(cpf, fc.string(), fc.string(), (value, before, after) => {
        const entry = toEntry(
          {
            kind: 'override',
            checks: ['cpf'],
            maskedCpf: value,
            justification: `${before} CPF ${value} ${after}`,
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

  it('records through extension storage', async () => {
    await recordAudit({ kind: 'blocked', checks: ['cpf'], maskedCpf: '529.982.247-25' }, 'Joana', 5);
    expect(await auditItem.getValue()).toEqual([
      expect.objectContaining({ kind: 'blocked', agent: 'Joana', maskedCpf: '***.982.247-**', at: 5 }),
    ]);
  });
});
