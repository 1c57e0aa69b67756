import { browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { nextOccurrence } from '../../core/schedule/pauses';
import type { Settings } from '../../core/settings/schema';
import { inactivitySchedule } from '../../page/assist/inactivity';

const PAUSE = 'pause|';
const INACTIVITY = 'inactivity|';

/** One daily alarm per scheduled pause; the schedule replaces the previous one whole. */
export async function schedulePauses(pauses: Settings['pauses'], now = new Date()): Promise<void> {
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing.filter((a) => a.name.startsWith(PAUSE)).map((a) => browser.alarms.clear(a.name)),
  );
  for (const pause of pauses) {
    browser.alarms.create(`${PAUSE}${pause.time}|${pause.label}`, {
      when: nextOccurrence(now, pause.time),
      periodInMinutes: 24 * 60,
    });
  }
}

export async function startInactivity(tabId: number, timings: Settings['inactivity'], now = Date.now()) {
  await stopInactivity(tabId);
  for (const step of inactivitySchedule(timings)) {
    browser.alarms.create(
      `${INACTIVITY}${tabId}|${step.call ?? 'close'}|${timings.calls}|${timings.closeAfterSeconds}`,
      {
        when: now + step.atSeconds * 1000,
      },
    );
  }
}

export async function stopInactivity(tabId: number) {
  const existing = await browser.alarms.getAll();
  const mine = existing.filter((a) => a.name.startsWith(`${INACTIVITY}${tabId}|`));
  await Promise.all(mine.map((a) => browser.alarms.clear(a.name)));
}

type AlarmMeaning =
  | { kind: 'pause'; time: string; label: string }
  | { kind: 'inactivityCall'; tabId: number; call: number; calls: number }
  | { kind: 'inactivityClose'; tabId: number; closeAfterSeconds: number };

export function meaningOf(name: string): AlarmMeaning | undefined {
  const parts = name.split('|');
  if (name.startsWith(PAUSE)) return { kind: 'pause', time: parts[1] ?? '', label: parts.slice(2).join('|') };
  if (name.startsWith(INACTIVITY)) {
    const tabId = Number(parts[1]);
    if (parts[2] === 'close')
      return { kind: 'inactivityClose', tabId, closeAfterSeconds: Number(parts[4]) || 300 };
    return { kind: 'inactivityCall', tabId, call: Number(parts[2]), calls: Number(parts[3]) };
  }
  return undefined;
}

/** The notification for an alarm, in the language chosen (the closing phrase is the procedure's own). */
export function notificationFor(meaning: AlarmMeaning): { title: string; message: string } {
  switch (meaning.kind) {
    case 'pause':
      return {
        title: t('notify.pauseTitle', [meaning.label]),
        message: t('notify.pauseText', [meaning.time]),
      };
    case 'inactivityCall':
      return {
        title: t('notify.callTitle'),
        message: t('notify.callText', [String(meaning.call), String(meaning.calls)]),
      };
    case 'inactivityClose':
      return {
        title: t('notify.closeTitle', [duration(meaning.closeAfterSeconds)]),
        message: t('notify.closeText'),
      };
  }
}

/** "5 minutos", "1 minuto e 30 segundos", "45 segundos": the configured time, as an agent says it. */
export function duration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  const m = minutes && (minutes === 1 ? t('notify.minute') : t('notify.minutes', [String(minutes)]));
  const s = seconds && (seconds === 1 ? t('notify.second') : t('notify.seconds', [String(seconds)]));
  if (m && s) return t('notify.and', [m, s]);
  return m || s || t('notify.seconds', ['0']);
}
