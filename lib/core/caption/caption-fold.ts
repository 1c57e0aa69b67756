import { foldWhole } from './caption-fold-whole';
import { learn, SEVERAL, SEVERAL_FOLDS, SPACE, SURROGATE, table, UNKNOWN } from './caption-units';

export { phraseScan } from './caption-phrases';
/**
 * How captions are compared, defined on a whole text: decomposed (NFD), accents dropped, ºª° read as
 * "a", lower case, anything else but letters and digits a single space, trimmed.
 */
export { foldWhole };

/**
 * The same, one UTF-16 unit at a time: the team audit folds whole chat conversations (0.5–3 KB, a
 * million of them) to find "3 tentativas" or "não atendeu" written by hand, and the whole-text passes
 * were most of its time. Exact because each step acts on one character at a time: NFD decomposes each
 * character alone (reordering only moves accents, which end up dropped or as a space either way), and
 * lower case only depends on context for the Greek sigma (a space either way). A surrogate pair is
 * left to `foldWhole`.
 */
export function foldCaption(text: string): string {
  const fold = table();
  const n = text.length;
  // Each unit adds at most a space and a letter; a unit that folds to several characters makes room.
  let out = buffer(2 * n + 2);
  let length = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const folded = fold[code] as number;
    // Most units are letters and digits: that case first.
    if (folded > SPACE) {
      if (space) out[length++] = SPACE;
      space = false;
      out[length++] = folded;
    } else if (folded === SPACE) space = length > 0;
    else if (folded === UNKNOWN) {
      learn(code);
      i--; // read it again, now known
    } else if (folded === SURROGATE) return foldWhole(text);
    else if (folded === SEVERAL) {
      const several = SEVERAL_FOLDS.get(code) ?? '';
      out = buffer(length + 2 * several.length + 2 * (n - i) + 2, out);
      for (let j = 0; j < several.length; j++) {
        const c = several.charCodeAt(j);
        if (c === SPACE) space = length > 0;
        else {
          if (space) out[length++] = SPACE;
          space = false;
          out[length++] = c;
        }
      }
    }
  }
  return ascii().decode(out.subarray(0, length));
}

let decoder: TextDecoder | undefined;
const ascii = () => {
  decoder ??= new TextDecoder('latin1');
  return decoder;
};
let shared = new Uint8Array(0);
/** A scratch buffer of at least `size` bytes, `kept` copied in (reused: folding allocates only the result). */
function buffer(size: number, kept?: Uint8Array): Uint8Array {
  if (shared.length >= size) return shared;
  const grown = new Uint8Array(Math.max(size, shared.length * 2, 1024));
  if (kept) grown.set(kept);
  shared = grown;
  return grown;
}

/** `firstNormalized` cannot tell (a character outside plain ASCII). */
export const FIRST_UNKNOWN = -1;
const EMPTY = -2;
/**
 * The first character `normalizeCaption` keeps, as a char code, read from plain ASCII: leading ASCII
 * punctuation and spaces are dropped by it, an ASCII letter or digit is kept (lower case). EMPTY when
 * the text is all such punctuation; FIRST_UNKNOWN from the first non-ASCII character on (accents, º…).
 */
export function firstNormalized(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return FIRST_UNKNOWN;
    if (c >= 0x61 && c <= 0x7a) return c;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    if (c >= 0x30 && c <= 0x39) return c;
  }
  return EMPTY;
}
