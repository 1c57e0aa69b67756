/** A caption as an agent reads it: accents, case, spacing and punctuation ignored (whole-text passes). */
export function foldWhole(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ºª°]/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
