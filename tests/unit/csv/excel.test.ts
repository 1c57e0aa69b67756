import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelCsv } from '../../../lib/core/csv/excel';

/**
 * How Excel splits a CSV line on its list separator: a field opening with `"` is quoted (`""` is a quote)
 * up to the closing quote, and anything after it up to the separator is kept as typed.
 */
function excelFields(line: string, separator: ',' | ';'): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    let field = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
        field += line[i];
        i += line[i] === '"' ? 2 : 1;
      }
      i++;
    }
    while (i < line.length && line[i] !== separator) field += line[i++];
    fields.push(field);
    i++;
  }
  return fields;
}
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
/** A cell Excel would run: a formula sign first, after any blanks or quotes. */
const runsAsFormula = (field: string) => /^[\s"]*[=+\-@]/.test(field);

describe('CSV for Excel', () => {
  it('quotes a cell with a comma or a semicolon, keeping the neutralising apostrophe inside the quotes', () => {
    const csv = excelCsv(['a'], [['Silva, J'], ['x;y'], ['=SOMA(1;2)']]);
    expect(rowsOf(csv)).toEqual(['a', '"Silva, J"', '"x;y"', `"'=SOMA(1;2)"`]);
  });

  it('no cell runs as a formula, in a semicolon-locale Excel or in a comma-locale one (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', ',', ';', '"', ' ', 'a', '1'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { maxLength: 3 }), (rows) => {
        const width = Math.max(1, ...rows.map((r) => r.length));
        const table = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
        const lines = rowsOf(excelCsv(Array(width).fill('h'), table)).slice(1);
        lines.forEach((line, r) => {
          const cells = excelFields(line, ';');
          // Every cell lands in its own column, with its text (a formula sign shown after an apostrophe).
          expect(cells.map((c) => c.replace(/'(?=[\s"]*[=+\-@])/g, ''))).toEqual(table[r]);
          for (const field of [...cells, ...excelFields(line, ',')]) expect(runsAsFormula(field)).toBe(false);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
