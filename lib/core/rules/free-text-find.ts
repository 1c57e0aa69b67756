import { normalizeCaption, phraseScan } from '../caption/caption';
import { COUNT_AFTER, COUNT_BEFORE, NO_CALLS, NOT_ANSWERED } from './free-text-patterns';

/**
 * `pattern.exec(normalizeCaption(text))` for each pattern asked of one text, with the team audit's
 * shortcuts (a year of chat-sized texts): a text with none of a pattern's pieces is not folded, and a
 * hand-written ticket states it at the top ("3 tentativas, não atendeu", then the conversation), so a match
 * found well inside the fold of the text's opening is the same match (the patterns span fewer than
 * MATCH_SPAN characters) and the rest is not folded. The ticket page gets ./free-text-find-page.ts
 * (wxt.config.ts): one description at a time needs none of this. tests/unit/rules/free-text.test.ts
 * holds both to the whole fold.
 */
export function foldedFinder(text: string): (pattern: RegExp) => RegExpExecArray | null {
  let plain: string | undefined;
  let opening: string | undefined;
  let pieces: number | undefined;
  return (pattern) => {
    pieces ??= PIECES(text);
    if (!(pieces & (PIECES_OF.get(pattern) ?? -1))) return null;
    if (text.length > OPENING) {
      // A surrogate pair is not cut in two.
      const cut = OPENING - (isHighSurrogate(text.charCodeAt(OPENING - 1)) ? 1 : 0);
      opening ??= normalizeCaption(text.slice(0, cut));
      const early = pattern.exec(opening);
      if (early && early.index + MATCH_SPAN < opening.length) return early;
    }
    plain ??= normalizeCaption(text);
    return pattern.exec(plain);
  };
}

const OPENING = 400;
const MATCH_SPAN = 48;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

// Every match of a pattern holds one of its pieces (uncommon letters first: the scan is quicker), so a
// chat-sized text with none is not folded. tests/unit/rules/free-text.test.ts holds them to the patterns.
const PIECES = phraseScan([
  ['tativ', 'igacoe', 'hamada'],
  ['ao atend', 'sposta', 'guem atend', 'xa postal', 'ate cair'],
  ['receb', 'xist', 'invalid', 'fora de area', 'deslig'],
]);
const PIECES_OF = new Map([
  [COUNT_BEFORE, 1],
  [COUNT_AFTER, 1],
  [NOT_ANSWERED, 2],
  [NO_CALLS, 4],
]);
