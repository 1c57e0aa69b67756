import type { Settings } from '../../core/settings/schema';

type Timings = Settings['inactivity'];

export type InactivityStage =
  | { kind: 'waiting'; call: number; secondsLeft: number }
  /** The moment to call (shown for a few seconds, then the next wait begins). */
  | { kind: 'call'; call: number }
  /** All calls made; the chat closes when the time is up. */
  | { kind: 'closing'; secondsLeft: number }
  | { kind: 'close' };

const CALL_NOTICE_SECONDS = 15;

/** Where the chat inactivity rule stands `elapsed` seconds after the beneficiary went quiet. */
export function inactivityStage(t: Timings, elapsed: number): InactivityStage {
  if (elapsed >= t.closeAfterSeconds) return { kind: 'close' };
  const call = Math.floor(elapsed / t.callEverySeconds);
  const sinceCall = elapsed - call * t.callEverySeconds;
  if (call >= 1 && call <= t.calls && sinceCall < Math.min(CALL_NOTICE_SECONDS, t.callEverySeconds / 2)) {
    return { kind: 'call', call };
  }
  if (call >= t.calls) return { kind: 'closing', secondsLeft: t.closeAfterSeconds - elapsed };
  return { kind: 'waiting', call: call + 1, secondsLeft: (call + 1) * t.callEverySeconds - elapsed };
}

/** The reminders the background schedules: each call, then the closing. */
export function inactivitySchedule(t: Timings): Array<{ atSeconds: number; call?: number }> {
  const calls = Array.from({ length: t.calls }, (_, i) => ({
    atSeconds: (i + 1) * t.callEverySeconds,
    call: i + 1,
  }));
  return [...calls.filter((c) => c.atSeconds < t.closeAfterSeconds), { atSeconds: t.closeAfterSeconds }];
}
