import { saoPauloMinutes } from '../phrases/period';

const DAY_MINUTES = 24 * 60;

/** The next time `HH:MM` happens on the São Paulo clock, as a timestamp. */
export function nextOccurrence(now: Date, time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const target = h * 60 + m;
  const current = saoPauloMinutes(now);
  const minutes = (target - current + DAY_MINUTES) % DAY_MINUTES || DAY_MINUTES;
  const startOfMinute = now.getTime() - (now.getTime() % 60_000);
  return startOfMinute + minutes * 60_000;
}
