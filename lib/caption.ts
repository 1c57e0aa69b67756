/** Compares captions the way an agent reads them: accents, case and spacing ignored. */
export function normalizeCaption(text: string): string {
  // The same few hundred captions are compared over and over (every input; every row of an audit).
  const short = text.length <= MEMO_MAX_LENGTH;
  const known = short ? memo.get(text) : undefined;
  if (known !== undefined) return known;
  const normalized = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ºª°]/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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
  return normalizeCaption(a ?? '') === normalizeCaption(b ?? '');
}
