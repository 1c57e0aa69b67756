import { type Text, text } from '../i18n/text';
/** Why a date of birth is not acceptable (dd/mm/aaaa, a real past date), or null. */
export function birthDateProblem(input: string, now: Date): Text | null {
  const trimmed = input.trim();
  if (!trimmed) return text('birthDate.missing');
  // dd/mm/aaaa read char by char, no Date made: the team audit reads one per exported ticket.
  if (!isSlashedDate(trimmed)) return text('birthDate.format');
  const day = digitsAt(trimmed, 0, 2);
  const month = digitsAt(trimmed, 3, 5);
  const year = digitsAt(trimmed, 6, 10);
  // Date.UTC reads a year below 100 as 19xx: such a date is no real date as written.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return text('birthDate.nonexistent');
  if (Date.UTC(year, month - 1, day) > now.getTime()) return text('birthDate.future');
  if (year < 1900) return text('birthDate.before1900');
  return null;
}

/** /^\d{2}\/\d{2}\/\d{4}$/ */
function isSlashedDate(s: string): boolean {
  if (s.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (i === 2 || i === 5 ? c !== 0x2f : c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 0x30;
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** Progressive mask while typing: 01/02/1980. */
export function maskDateAsTyped(input: string): string {
  const d = input.replace(/\D/g, '').slice(0, 8);
  if (d.length <= 2) return d;
  if (d.length <= 4) return `${d.slice(0, 2)}/${d.slice(2)}`;
  return `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
}
