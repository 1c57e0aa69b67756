import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEntry } from '../../../lib/background/audit/log';

const digits11 = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 })
  .map((d) => d.join(''));
/** What agents put between the groups when they type or paste a CPF (dashes from Word, phones, PDFs). */
const separator = fc.constantFrom(
  '',
  '.',
  '-',
  '\u2013', // en dash
  '\u2014', // em dash
  ' - ',
  ' \u2013 ',
  ',',
  ', ',
  ' ',
  '  ',
  '\u00a0',
  '/',
  ' . ',
  '\uff0e', // full-width full stop
  '\uff0d', // full-width hyphen
);
const FULL_WIDTH_ZERO = 0xff10;
const fullWidth = (d: string) => [...d].map((c) => String.fromCharCode(FULL_WIDTH_ZERO + Number(c))).join('');
const cpf = fc
  .record({ d: digits11, seps: fc.array(separator, { minLength: 3, maxLength: 3 }), wide: fc.boolean() })
  .map(({ d, seps, wide }) => {
    const g = [d.slice(0, 3), d.slice(3, 6), d.slice(6, 9), d.slice(9)].map((x) => (wide ? fullWidth(x) : x));
    return { digits: d, typed: `${g[0]}${seps[0]}${g[1]}${seps[1]}${g[2]}${seps[2]}${g[3]}` };
  });
/** Words around it, without digits. */
const around = fc.string().map((s) => s.replace(/[0-9\uff10-\uff19]/g, 'x'));

/** The digits a reader could take from the stored text, whatever their width. */
const readableDigits = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

describe('the log keeps no CPF, in any shape it is typed', () => {
  it('masks CPFs with dashes, spaced dashes, commas, spaces and full-width digits (property)', () => {
    fc.assert(
      fc.property(cpf, around, around, ({ digits, typed }, before, after) => {
        const entry = toEntry(
          { kind: 'override', checks: ['cpf'], justification: `${before} ${typed} ${after}` },
          'Joana',
          0,
        );
        expect(readableDigits(entry.justification ?? '')).not.toContain(
          digits.slice(0, 3) + digits.slice(3, 9),
        );
        expect(entry.justification).toContain(`***.${digits.slice(3, 6)}.${digits.slice(6, 9)}-**`);
      }),
      { numRuns: 500 },
    );
  });

  it('still leaves a 20-digit chat protocol and a date alone', () => {
    const protocol = '20240101123456789012';
    expect(
      toEntry({ kind: 'override', checks: [], justification: `protocolo ${protocol}` }, 'A', 0).justification,
    ).toBe(`protocolo ${protocol}`);
    expect(
      toEntry({ kind: 'override', checks: [], justification: 'sistema fora 12/03/2024 10:30' }, 'A', 0)
        .justification,
    ).toBe('sistema fora 12/03/2024 10:30');
  });

  it('hides a CPF glued to other numbers, and e-mail addresses in a justification', () => {
    const say = (justification: string) =>
      toEntry({ kind: 'override', checks: [], justification }, 'A', 0).justification ?? '';
    expect(say('CPF 529.982.247-25, 2 tentativas')).toBe('CPF *** tentativas');
    expect(say('retorno para maria.souza@exemplo.com.br')).toBe('retorno para ***@***');
  });
});
