import { type Text, text } from '../i18n/text';
/** Why a date of birth is not acceptable (dd/mm/aaaa, a real past date), or null. */
export function birthDateProblem(input: string, now: Date): Text | null {
  const trimmed = input.trim();
  if (!trimmed) return text('birthDate.missing');
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(trimmed);
  if (!m) return text('birthDate.format');
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return text('birthDate.nonexistent');
  }
  if (date.getTime() > now.getTime()) return text('birthDate.future');
  if (year < 1900) return text('birthDate.before1900');
  return null;
}

/** Progressive mask while typing: 01/02/1980. */
export function maskDateAsTyped(input: string): string {
  const d = input.replace(/\D/g, '').slice(0, 8);
  if (d.length <= 2) return d;
  if (d.length <= 4) return `${d.slice(0, 2)}/${d.slice(2)}`;
  return `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
}
