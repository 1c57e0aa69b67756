/**
 * Dates as SysAid writes them in exports: "24/11/2026 14:05" or "22-07-2025 00:02:13" (pt-BR, day
 * first, with or without seconds), "12/11/2021 12:43:49 PM" (English), ISO "2026-11-24 14:05:33",
 * or a spreadsheet's Date. Reduced to the day and the hour, as written (the tenant's clock).
 */
export type DayOrder = 'dmy' | 'mdy';

const SLASHED = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\D|$)/;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:\D|$)/;

/** Which of day/month comes first, from the values themselves; the caption's language breaks a tie. */
export function detectDayOrder(samples: readonly string[], fallback: DayOrder): DayOrder {
  for (const sample of samples) {
    const m = SLASHED.exec(sample);
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return fallback;
}

/** "YYYY-MM-DD", or undefined when the text is not a date we can read. */
export function dayOf(raw: string, order: DayOrder): string | undefined {
  const iso = ISO.exec(raw);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = SLASHED.exec(raw);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  let year = Number(m[3]);
  if (year < 100) year += 2000;
  return order === 'dmy' ? validDay(year, b, a) : validDay(year, a, b);
}

function validDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1990 || year > 2100) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const TIME = /(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([AaPp])\.?\s*[Mm]\.?)?\s*$/;

/** The hour (0–23) the ticket was opened, or undefined when the text has no time. */
export function hourOf(raw: string): number | undefined {
  // "dd/mm/aaaa hh:mm[:ss]" (and ISO): the hour read in place, as TIME would read it (no match can
  // start before it), without a regex per exported ticket.
  if (isPlainTime(raw)) {
    const hour = (raw.charCodeAt(11) - 0x30) * 10 + raw.charCodeAt(12) - 0x30;
    return hour > 23 ? undefined : hour;
  }
  const m = TIME.exec(raw);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (hour > 23 || (half && (hour < 1 || hour > 12))) return undefined;
  if (half === 'p' && hour < 12) hour += 12;
  else if (half === 'a' && hour === 12) hour = 0;
  return hour;
}

/** Ten characters of date, then " hh:mm" or " hh:mm:ss" to the end. */
function isPlainTime(raw: string): boolean {
  if ((raw.length !== 16 && raw.length !== 19) || raw.charCodeAt(10) !== 0x20) return false;
  for (let i = 11; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (i === 13 || i === 16 ? c !== 0x3a : c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** 0 = Sunday … 6 = Saturday, of a "YYYY-MM-DD" day. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}
