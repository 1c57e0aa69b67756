import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { ExportDecoder } from '../../../lib/core/team-audit/decode';
import { type AuditResult, auditChunks } from '../../../lib/core/team-audit/run';
import { asWindows1252, generateExport } from '../../fixtures/exports/generate';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The file cut at the given byte offsets, as a stream would hand it over. */
async function* cut(bytes: Uint8Array, at: number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const to of [...at].sort((a, b) => a - b)) {
    yield bytes.slice(from, to);
    from = to;
  }
  yield bytes.slice(from);
}
const audit = (bytes: Uint8Array, at: number[] = []): Promise<AuditResult> =>
  auditChunks(cut(bytes, at), { playbooks: DEFAULT_PLAYBOOKS });
const totalsOf = async (bytes: Uint8Array, at: number[] = []) => {
  const result = await audit(bytes, at);
  if (!result.ok) throw new Error(result.problem);
  return result;
};

// Long enough that the cuts fall after the first text the encoding and the separator are decided on.
const big = generateExport({ rows: 400, realistic: true });

describe('an export read in chunks', () => {
  it('realistic (chat-sized) descriptions keep the known verdicts', async () => {
    expect((await totalsOf(utf8(big.csv))).report.totals).toMatchObject(big.expected);
  });

  it('a quoted multi-line description split between two chunks comes out whole', async () => {
    const bytes = utf8(big.csv);
    const from = new TextDecoder().decode(bytes).indexOf('Nome da mãe', 600_000);
    const at = utf8(big.csv.slice(0, from)).length + 3; // inside the quoted, multi-line description
    const result = await totalsOf(bytes, [at]);
    expect(result.report.totals).toMatchObject(big.expected);
    expect(result.warnings).toEqual([]);
  });

  it('a multi-byte character split between two chunks is read as one', async () => {
    const text = big.csv.replace('Ligação Ativa / Callback', 'Ligação Ativa / Callback');
    const bytes = utf8(text);
    const index = text.indexOf('Beneficiário', 500_000) + 'Benefici'.length; // "á": two bytes
    const at = utf8(text.slice(0, index)).length + 1;
    expect(bytes[at - 1]).toBe(0xc3);
    const whole = await totalsOf(bytes);
    const split = await totalsOf(bytes, [at]);
    expect(split.report).toEqual(whole.report);
    expect(split.format).toBe('CSV (UTF-8, ;)');
  });

  it('a BOM, even in a chunk of its own, is not part of the first caption ("#")', async () => {
    const csv = generateExport({ rows: 20, captions: ['#', ...headerAfterId()] }).csv;
    const bytes = utf8(`\uFEFF${csv}`);
    const result = await totalsOf(bytes, [1, 3]);
    expect(result.report.totals.tickets).toBe(20);
    // Past the first chunks the decoder decides on: the BOM's bytes one by one, then the text.
    const decoder = new ExportDecoder();
    const text =
      [0xef, 0xbb, 0xbf].map((b) => decoder.push(Uint8Array.of(b))).join('') +
      decoder.push(bytes.slice(3)) +
      decoder.end();
    expect(text.slice(0, 2)).toBe('#;');
    expect(decoder.encoding).toBe('UTF-8');
  });

  it('a 1252 file whose first accent comes after the first chunks is still read as 1252', async () => {
    // Accents stripped (captions still match, as an agent reads them) but for one in the last row.
    const ascii = generateExport({ rows: 300, realistic: true })
      .csv.normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    const late = `${ascii.slice(0, -2)}ç\r\n`;
    const result = await totalsOf(asWindows1252(late), [70_000, 140_000]);
    expect(result.format).toBe('CSV (Windows-1252, ;)');
  });

  it('a broken row in the middle is reported with its line number, and the rest is still audited', async () => {
    const { csv, expected } = generateExport({ rows: 30 });
    const lines = csv.split('\r\n');
    lines.splice(16, 0, '99999;só;três'); // the file's 17th row
    const result = await totalsOf(utf8(lines.join('\r\n')), [400, 900]);
    expect(result.report.totals).toMatchObject(expected);
    expect(result.warnings.join('\n')).toMatch(/1 linha\(s\) com número de colunas diferente.*linha 17\b/);
  });

  it('in one piece or in chunks of any sizes: the same result', async () => {
    const variants = [
      utf8(`\uFEFF${big.csv}`),
      asWindows1252(generateExport({ rows: 400, realistic: true, delimiter: ',' }).csv),
    ];
    const wholes = await Promise.all(variants.map((bytes) => totalsOf(bytes)));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 799_999 }), { maxLength: 40 }),
        async (which, cuts) => {
          const bytes = variants[which] as Uint8Array;
          const at = cuts.filter((c) => c < bytes.length);
          expect(await audit(bytes, at)).toEqual(wholes[which]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

function headerAfterId(): string[] {
  return generateExport({ rows: 0 }).csv.split('\r\n')[0]?.split(';').slice(1) ?? [];
}
