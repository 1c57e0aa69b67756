/**
 * What `foldWhole` (lib/core/caption/caption-fold-whole.ts) makes of each UTF-16 unit alone, before spaces are merged:
 * a letter or digit (its code), a space, nothing (an accent), or several characters (kept in
 * SEVERAL_FOLDS). `foldCaption` folds long texts with it, learning units on first sight; `phraseScan`
 * learns them all and builds its character classes from it. 64 KB, made on first use.
 */
let FOLD: Uint8Array | undefined;
export const UNKNOWN = 0;
export const NOTHING = 1;
export const SEVERAL = 2;
export const SURROGATE = 3;
export const SPACE = 0x20;
export const SEVERAL_FOLDS = new Map<number, string>();

export function table(): Uint8Array {
  if (!FOLD) {
    FOLD = new Uint8Array(0x10000);
    FOLD.fill(SURROGATE, 0xd800, 0xe000);
  }
  return FOLD;
}

export function learn(code: number): number {
  const folded = String.fromCharCode(code)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ºª°]/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, ' ');
  let value: number;
  if (folded === '') value = NOTHING;
  else if (folded.length === 1) value = folded.charCodeAt(0);
  else {
    value = SEVERAL;
    SEVERAL_FOLDS.set(code, folded);
  }
  table()[code] = value;
  return value;
}

/** Every unit learnt at once (phraseScan needs them all): a line each, folded by the whole-text passes. */
export function learnAll(): Uint8Array {
  const fold = table();
  const unknown: number[] = [];
  for (let code = 0; code < 0x10000; code++) if (fold[code] === UNKNOWN && code !== 0x0a) unknown.push(code);
  learn(0x0a);
  // All at once, a line each: a line break is a starter, so no accent is reordered across it.
  let all = '';
  for (let at = 0; at < unknown.length; at += 4096)
    all += `${String.fromCharCode(...unknown.slice(at, at + 4096))
      .split('')
      .join('\n')}\n`;
  const folded = all
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ºª°]/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9\n]/g, ' ')
    .split('\n');
  unknown.forEach((code, i) => {
    const unit = folded[i] as string;
    if (unit === '') fold[code] = NOTHING;
    else if (unit.length === 1) fold[code] = unit.charCodeAt(0);
    else {
      fold[code] = SEVERAL;
      SEVERAL_FOLDS.set(code, unit);
    }
  });
  return fold;
}
