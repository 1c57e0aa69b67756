const significant = (c: string) => /[0-9A-Za-z]/.test(c);

/**
 * Where the caret goes after a mask reshaped the text: after the same number of letters and digits
 * as before it, so typing or deleting in the middle of "529.982.247-25" does not jump to the end.
 */
export function caretAfterMask(raw: string, caret: number, masked: string): number {
  let wanted = 0;
  for (const c of raw.slice(0, caret)) if (significant(c)) wanted++;
  if (wanted === 0) return 0;
  let seen = 0;
  for (let i = 0; i < masked.length; i++) {
    if (significant(masked.charAt(i)) && ++seen === wanted) return i + 1;
  }
  return masked.length;
}
