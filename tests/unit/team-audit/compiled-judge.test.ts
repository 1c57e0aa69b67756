import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { parseDescription } from '../../../lib/core/rules/description';
import { managedLabelsOf } from '../../../lib/core/rules/managed';
import { splitStamp } from '../../../lib/core/rules/stamp';
import { detectColumns } from '../../../lib/core/team-audit/columns';
import { compileJudge } from '../../../lib/core/team-audit/compiled-judge';
import { scanDescription, splitStampOnce } from '../../../lib/core/team-audit/description-scan';
import { judgeTicket, type TicketVerdict } from '../../../lib/core/team-audit/judge';
import { snapshotOf } from '../../../lib/core/team-audit/row-fields';
import { cpfFrom, generateExport, STAMP_LINE } from '../../fixtures/exports/generate';
import { DESCRIPTION_PIECES, LINE_BREAKS, ROW_VALUES } from './judge-rows';

/**
 * The audit runs a compiled judge (checks resolved per playbook, each description read once); the
 * reference is judgeTicket(), which runs the guard's own evaluate(). On any row both must say the same.
 */
// The generator's export (its ten kinds of ticket, chat-sized descriptions), and the same with the
// beneficiary's own fields and the stamp's column, as a lead may map them.
const generated = Papa.parse<string[]>(generateExport({ rows: 60, realistic: true }).csv.trim(), {
  delimiter: ';',
}).data;
const STANDARD = generated[0] as string[];
const EXTENDED = [
  ...STANDARD,
  'Nome completo',
  'Nome da mãe',
  'Data de nascimento',
  'Plano',
  'Carimbo de conformidade',
];
const at = (caption: string) => STANDARD.indexOf(caption);

const line = fc.constantFrom(...DESCRIPTION_PIECES);
const description = fc
  .array(
    fc.tuple(fc.oneof(line, line, line, fc.string({ maxLength: 12 })), fc.constantFrom(...LINE_BREAKS)),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.map(([text, br]) => text + br).join(''));
const pick = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 6 }));
/** Most cells as the generator wrote them: a mutation now and then moves a ticket across a rule's edge. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: arb, weight: 1 });
const MUTATIONS: Array<[number, fc.Arbitrary<string>]> = [
  [at('ID'), fc.constantFrom(' 10001', '')],
  [at('Categoria'), pick(ROW_VALUES.category1)],
  [at('Subcategoria'), pick(ROW_VALUES.category2)],
  [at('Categoria de terceiro nível'), pick(ROW_VALUES.category3)],
  [at('Status'), pick(ROW_VALUES.status)],
  [at('Grupo admin'), pick(ROW_VALUES.group)],
  [at('Usuário que enviou'), fc.constantFrom(' pedro ', '')],
  [at('Descrição'), description],
  [at('Ligação Ativa / Callback'), pick(ROW_VALUES.callback)],
  [at('Consulta beneficiário (CPF)'), fc.oneof(pick(ROW_VALUES.cpfLookup), fc.nat().map(cpfFrom))],
];
const EXTRA = [
  pick(['Maria Souza', 'Maria', '']),
  pick(['Ana Souza', '']),
  pick(['01/02/1980', '31/02/1980', '01/02/2090', '1980-02-01']),
  pick(['Nacional', '']),
  fc.oneof(fc.constant(''), fc.constantFrom(...DESCRIPTION_PIECES.filter((p) => p.includes('Assefaz-Guia')))),
];
const row = (width: number) =>
  fc.record({
    cells: fc
      .tuple(
        fc.constantFrom(...generated.slice(1)),
        fc.tuple(...MUTATIONS.map(([, arb]) => sometimes(arb))),
        fc.tuple(...EXTRA),
      )
      .map(([base, changes, extra]) => {
        const cells = [...base];
        changes.forEach((value, i) => {
          if (value !== undefined) cells[(MUTATIONS[i] as [number, unknown])[0]] = value;
        });
        return width > STANDARD.length ? [...cells, ...extra] : cells;
      }),
    day: fc.constantFrom(undefined, '2026-11-24', '1979-01-01'),
    hour: fc.constantFrom(undefined, 10),
  });

const NOW = new Date('2026-12-01T12:00:00Z');

function reference(header: string[], cells: string[], day: string | undefined, hour: number | undefined) {
  const { index } = detectColumns(header);
  const stampAt = index.complianceStamp;
  return judgeTicket({
    id: (cells[index.id as number] ?? '').trim(),
    agent: (cells[index.submitUser as number] ?? '').trim(),
    day,
    hour,
    snapshot: snapshotOf(cells, index),
    stampText: stampAt === undefined ? undefined : cells[stampAt],
    playbooks: DEFAULT_PLAYBOOKS,
    now: day ? new Date(`${day}T12:00:00-03:00`) : NOW,
  });
}

/** What the tally reads of a verdict (a passing check's message is never read). */
const seen = (v: TicketVerdict) => ({
  ...v,
  checks: v.checks.map(({ id, label, ok, severity }) => ({ id, label, ok, severity })),
});

describe('the compiled judge', () => {
  it.each([
    ['the standard export', STANDARD],
    ['an export with the beneficiary fields and the stamp column', EXTENDED],
  ])('gives the reference verdict on any row: %s', (_name, header) => {
    const compiled = compileJudge(detectColumns(header), DEFAULT_PLAYBOOKS, 'dmy', NOW);
    fc.assert(
      fc.property(row(header.length), ({ cells, day, hour }) => {
        const expected = seen(reference(header, cells, day, hour));
        expect(seen(compiled.row(cells, day, hour))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('covers every verdict and channel on those rows (the property is not vacuous)', () => {
    const compiled = compileJudge(detectColumns(STANDARD), DEFAULT_PLAYBOOKS, 'dmy', NOW);
    const kinds = new Set<string>();
    fc.assert(
      fc.property(row(STANDARD.length), ({ cells, day, hour }) => {
        const v = compiled.row(cells, day, hour);
        kinds.add(`${v.verdict}:${v.channel ?? '-'}`);
      }),
      { numRuns: 3000, seed: 23 },
    );
    for (const kind of ['compliant:callback', 'nonCompliant:callback', 'compliant:chat', 'nonCompliant:chat'])
      expect(kinds).toContain(kind);
    expect(kinds).toContain('outOfScope:-');
  });
});

describe('a description read once', () => {
  // Every kind of blank and line break a regular expression's \s and . tell apart, and colons.
  const odd = fc
    .array(fc.constantFrom(...' \t\v\f\u00a0\u1680\u2000\u200b\u202f\u3000\ufeff\u2028\u2029\r\n::ab'), {
      maxLength: 50,
    })
    .map((chars) => chars.join(''));
  // Labels around the 2 and 40 characters a labelled line allows, after blanks of every kind.
  const blank = fc.constantFrom(...' \t\u00a0\u2000\u3000\ufeff\u2028\u200b');
  const edge = fc
    .tuple(fc.array(blank, { maxLength: 3 }), fc.constantFrom(0, 1, 2, 3, 38, 39, 40, 41), blank, odd)
    .map(([before, n, after, value]) => {
      const label = n < 13 ? 'CPF'.slice(0, n) : `Nome${' '.repeat(n - 12)}completo`;
      return `${before.join('')}${label}:${after}${value}`;
    });
  const text = fc.oneof(description, odd, edge, fc.string({ unit: 'binary', maxLength: 40 }));
  it('finds the same stamp lines and text as splitStamp', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitStampOnce(t)).toEqual(splitStamp(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the same header, labelled lines and conversation as parseDescription', () => {
    const managed = managedLabelsOf(DEFAULT_PLAYBOOKS.chat, DEFAULT_PLAYBOOKS);
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseDescription(t, managed);
        const scanned = scanDescription(t, managed);
        expect({ ...scanned, labelled: scanned.labelled.entries() }).toEqual({
          header: parsed.header,
          labelled: [...parsed.labelled],
          hasBody: parsed.body.trim() !== '',
        });
      }),
      { numRuns: 5000 },
    );
  });

  it('a stamp at the end of a chat description', () => {
    expect(splitStampOnce(`Olá\n\n\n\nTchau\n\n${STAMP_LINE}\n`)).toEqual({
      text: 'Olá\n\nTchau',
      stampLine: STAMP_LINE,
    });
  });
});
