import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { normalizeCaption, phraseScan, sameCaption } from '../../lib/core/caption/caption';
import { foldCaption, foldWhole } from '../../lib/core/caption/caption-fold';

// Characters where a shortcut could go wrong: case, accents (composed and combining), ordinals, the
// Kelvin sign (NFD turns it into "K"), full-width letters, punctuation and spaces.
const CHARS = [...'aAzZ09 -/._:,;()ºª°çÇãÃéÉ\u0301\u0303\u212AＡｚ\u00a0\t'];
const caption = fc
  .array(fc.oneof(fc.constantFrom(...CHARS), fc.string({ maxLength: 2 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
/** Pairs that often normalize alike: the same caption retyped (case, accents, spacing). */
const pair = fc.oneof(
  fc.tuple(caption, caption),
  caption.map((a) => [a, a.toUpperCase()] as const),
  caption.map((a) => [a, ` ${a.normalize('NFD')}.`] as const),
  caption.map((a) => [a, normalizeCaption(a)] as const),
);

describe('sameCaption', () => {
  it('is equality of the normalized captions, whatever the shortcut it takes', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(sameCaption(a, b)).toBe(normalizeCaption(a) === normalizeCaption(b));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads captions as agents do', () => {
    expect(sameCaption('Sem comunicação', ' SEM COMUNICACAO ')).toBe(true);
    expect(sameCaption('3ª Categoria', '3a categoria')).toBe(true);
    expect(sameCaption('Financeiro', 'Central de Atendimento')).toBe(false);
    expect(sameCaption('\u212Aelvin', 'kelvin')).toBe(true);
    expect(sameCaption(undefined, '--')).toBe(true);
  });
});

describe('folding a long text one character at a time', () => {
  // Portuguese with its accents, other scripts, combining marks in any order, the Greek sigma (its
  // lower case depends on its neighbours), surrogate pairs, ligatures and Hangul (NFD splits it).
  const piece = fc.oneof(
    fc.constantFrom(...'Beneficiário: não atendeu, 3 tentativas… “ok” – ºª° ΣΑΣ σς İı ß ﬁ 가 ǅ'.split('')),
    fc.constantFrom('\u0301', '\u0327', '\u0591', '\u05b0', '\u0316', '\u1ab0', '\u{1d400}', '\ud800'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  it('folds as the whole-text definition does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(foldCaption(text)).toBe(foldWhole(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('every BMP character alone and next to a letter', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c}${c}`]) expect(foldCaption(text), text).toBe(foldWhole(text));
    }
  });
});

describe('looking for folded phrases in the raw text', () => {
  /** A phrase as agents type it: any case, composed or combining accents, any punctuation between words. */
  const typed = (phrase: string) =>
    fc
      .tuple(
        fc.array(fc.constantFrom('lower', 'upper', 'acute', 'tilde', 'combining', 'ordinal'), {
          minLength: phrase.length,
          maxLength: phrase.length,
        }),
        fc.constantFrom(' ', '  ', ', ', ' – ', '\n', '\u00a0', '.\u0301 '),
      )
      .map(([ways, gap]) =>
        [...phrase]
          .map((c, i) => {
            if (c === ' ') return gap;
            const way = ways[i];
            if (way === 'upper') return c.toUpperCase();
            if (way === 'acute' && 'aeiou'.includes(c)) return `${c}\u0301`.normalize('NFC');
            if (way === 'tilde' && 'ao'.includes(c)) return `${c}\u0303`.normalize('NFC');
            if (way === 'combining') return `${c}\u0327`;
            if (way === 'ordinal' && c === 'a') return 'ª';
            return c;
          })
          .join(''),
      );
  const phrases = ['nao atend', 'tativ', 'fora de area', 'a b', '3 tentativas'];
  const scans = phrases.map((p) => phraseScan([[p]]));
  const filler = fc.array(fc.constantFrom(...'Olá, não é? ΣΑΣ ß ﬁ ǅ 가 \u0301 x'.split('')), {
    maxLength: 12,
  });

  it('finds every phrase the fold holds, however it was typed', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: phrases.length - 1 })
          .chain((i) => fc.tuple(fc.constant(i), filler, typed(phrases[i] as string), filler)),
        ([i, before, phrase, after]) => {
          const text = `${before.join('')}${phrase}${after.join('')}`;
          if (foldCaption(text).includes(phrases[i] as string)) expect(scans[i]?.(text), text).toBe(1);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('every BMP character that folds to a letter or digit is found as that letter', () => {
    const byLetter = new Map([...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => [c, phraseScan([[c]])]));
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const folded = foldCaption(c);
      if (folded.length === 1) expect(byLetter.get(folded)?.(c), `U+${code.toString(16)}`).toBe(1);
    }
  });

  it('learning every character at once gives what learning each alone gives', async () => {
    vi.resetModules();
    const atOnce = await import('../../lib/core/caption/caption-units');
    const bulk = atOnce.learnAll().slice();
    vi.resetModules();
    const oneByOne = await import('../../lib/core/caption/caption-units');
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      expect(oneByOne.learn(code), `U+${code.toString(16)}`).toBe(bulk[code]);
      if (bulk[code] === atOnce.SEVERAL)
        expect(atOnce.SEVERAL_FOLDS.get(code)).toBe(oneByOne.SEVERAL_FOLDS.get(code));
    }
  });

  it('says which groups may be there, and no when none is, so long texts are spared', () => {
    const scan = phraseScan([['nao atend'], ['tativ', 'xist']]);
    expect(scan('Olá! Não consegui atender, retorno amanhã.')).toBe(0);
    expect(scan('NÃO ATENDEU')).toBe(1);
    expect(scan('na\u0303o, atendeu')).toBe(1);
    expect(scan('Número não existe')).toBe(2);
    // Overlapping pieces of two groups are both seen.
    expect(scan('não atentativa')).toBe(2);
    expect(scan('nao atendtativa; nao atend')).toBe(3);
    expect(scan('Beneficiário 𝐀: tentativa')).toBe(3);
  });

  it("a lead's phrases that begin one another, an empty one, a group without any, are all answered", () => {
    // At one position only one alternative matches: "nao atendeu" must not hide "nao atendeu mais".
    expect(phraseScan([['nao atendeu'], ['nao atendeu mais']])('Não atendeu mais.')).toBe(3);
    expect(phraseScan([['nao atendeu mais'], ['nao atendeu']])('Não atendeu mais.')).toBe(3);
    expect(phraseScan([[''], ['xyz']])('abc')).toBe(1);
    expect(phraseScan([[], ['abc']])('abc')).toBe(2);
    expect(phraseScan([[], ['abc']])('')).toBe(0);
    expect(phraseScan(Array.from({ length: 40 }, (_, i) => [`p${i}`]))('nothing')).toBe(-1);
  });
});
