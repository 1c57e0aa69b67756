import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCaption, sameCaption } from '../../lib/caption';
import { foldCaption, foldWhole } from '../../lib/caption-fold';

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
