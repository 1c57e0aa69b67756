import { foldCaption, foldWhole } from './caption-fold';

export { phraseScan } from './caption-fold';

/** Compares captions the way an agent reads them: accents, case and spacing ignored. */
export function normalizeCaption(text: string): string {
  // The same few hundred captions are compared over and over (every input; every row of an audit).
  const short = text.length <= MEMO_MAX_LENGTH;
  const known = short ? memo.get(text) : undefined;
  if (known !== undefined) return known;
  // A long text (a chat conversation) is folded one character at a time, without whole-text passes.
  const normalized = short ? foldWhole(text) : foldCaption(text);
  if (short) {
    if (memo.size >= MEMO_CAPACITY) memo.clear();
    memo.set(text, normalized);
  }
  return normalized;
}

const MEMO_CAPACITY = 4096;
const MEMO_MAX_LENGTH = 120;
const memo = new Map<string, string>();

export function sameCaption(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  const x = a ?? '';
  const y = b ?? '';
  // Most comparisons differ from their first letter ("Financeiro" and "Central de Atendimento"): told
  // without normalizing (an audit compares a million rows' cells).
  const fx = firstNormalized(x);
  const fy = firstNormalized(y);
  if (fx !== UNKNOWN && fy !== UNKNOWN && fx !== fy) return false;
  return normalizeCaption(x) === normalizeCaption(y);
}

const UNKNOWN = -1;
const EMPTY = -2;
/**
 * The first character `normalizeCaption` keeps, as a char code, read from plain ASCII: leading ASCII
 * punctuation and spaces are dropped by it, an ASCII letter or digit is kept (lower case). EMPTY when
 * the text is all such punctuation; UNKNOWN from the first non-ASCII character on (accents, º…).
 */
function firstNormalized(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return UNKNOWN;
    if (c >= 0x61 && c <= 0x7a) return c;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    if (c >= 0x30 && c <= 0x39) return c;
  }
  return EMPTY;
}
