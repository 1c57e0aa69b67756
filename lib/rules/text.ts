/** Compares captions the way an agent reads them: accents, case and spacing ignored. */
export function normalizeCaption(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ºª°]/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function sameCaption(a: string | undefined, b: string | undefined): boolean {
  return normalizeCaption(a ?? '') === normalizeCaption(b ?? '');
}
