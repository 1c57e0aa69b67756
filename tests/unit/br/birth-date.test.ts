import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateProblem } from '../../../lib/core/br/date';
import { type Text, text } from '../../../lib/core/i18n/text';

/** The rule as first written, with a Date (kept here as the reference for the char-by-char reading). */
function withDate(input: string, now: Date): Text | null {
  const trimmed = input.trim();
  if (!trimmed) return text('birthDate.missing');
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(trimmed);
  if (!m) return text('birthDate.format');
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return text('birthDate.nonexistent');
  if (date.getTime() > now.getTime()) return text('birthDate.future');
  if (year < 1900) return text('birthDate.before1900');
  return null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dates = fc.oneof(
  // Every day, month and leap-year edge: 00–32 / 00–13 / years 0000–0099, 1899–1901, 1999–2101.
  fc
    .tuple(
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 13 }),
      fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1890, max: 2110 })),
    )
    .map(([d, m, y]) => `${pad(d, 2)}/${pad(m, 2)}/${pad(y, 4)}`),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(' 01/02/1980 ', '1/2/1980', '01-02-1980', '01/02/19800', '٠١/٠٢/١٩٨٠', '01/02/1980\n'),
);

describe('birthDateProblem', () => {
  it('says what the Date-based rule said, for any text and any day it is judged on', () => {
    fc.assert(
      fc.property(
        dates,
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (input, now) => {
          expect(birthDateProblem(input, now)).toEqual(withDate(input, now));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
