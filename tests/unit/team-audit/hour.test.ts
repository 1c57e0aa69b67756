import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hourOf } from '../../../lib/core/team-audit/dates';

/** The hour as the time pattern alone reads it (hourOf reads the common shapes in place). */
function byPattern(raw: string): number | undefined {
  const m = /(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([AaPp])\.?\s*[Mm]\.?)?\s*$/.exec(raw);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (hour > 23 || (half && (hour < 1 || hour > 12))) return undefined;
  if (half === 'p' && hour < 12) hour += 12;
  else if (half === 'a' && hour === 12) hour = 0;
  return hour;
}

const piece = fc.constantFrom(...'0123456789:/- aPM'.split(''), '12:34', '24/11/2026', '2026-11-24');
const raw = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const shaped = fc
  .tuple(fc.array(piece, { minLength: 10, maxLength: 10 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(
    ([date, h, seconds]) =>
      `${date.join('').slice(0, 10).padEnd(10, '0')} ${String(h).padStart(2, '0')}:05${seconds ? ':59' : ''}`,
  );

describe('hourOf', () => {
  it('reads the hour the time pattern reads, whatever precedes it', () => {
    fc.assert(
      fc.property(fc.oneof(raw, shaped), (text) => {
        expect(hourOf(text)).toBe(byPattern(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
