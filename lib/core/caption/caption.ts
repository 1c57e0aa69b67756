import { FIRST_UNKNOWN, firstNormalized, foldCaption, foldWhole } from './caption-fold';

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
  if (fx !== FIRST_UNKNOWN && fy !== FIRST_UNKNOWN && fx !== fy) return false;
  return normalizeCaption(x) === normalizeCaption(y);
}
