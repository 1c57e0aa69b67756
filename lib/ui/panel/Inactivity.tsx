import { useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { RenderedScript } from '../../core/rules/types';
import type { Settings } from '../../core/settings/schema';
import { inactivityStage } from '../../page/assist/inactivity';
import { ScriptCard } from './Scripts';

const mmss = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.max(0, Math.floor(seconds % 60))).padStart(2, '0')}`;

/**
 * Chat SOP: call the beneficiary 3 times about 1 min 30 s apart; at 5 minutes close with the fixed
 * phrase. The background's alarms and notifications keep time when this tab is not in view.
 */
export function Inactivity(props: {
  timings: Settings['inactivity'];
  startedAt?: number;
  closingScript?: RenderedScript;
  onStart: () => void;
  onStop: () => void;
}) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!props.startedAt) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [props.startedAt]);
  const stage = props.startedAt ? inactivityStage(props.timings, (now - props.startedAt) / 1000) : undefined;
  return (
    <section class="inactivity" aria-labelledby="inactivity-title">
      <h2 id="inactivity-title">{t('panel.inactivityTitle')}</h2>
      {!stage && <p class="hint">{t('panel.inactivityIdle')}</p>}
      {stage?.kind === 'waiting' && (
        <p role="status">
          {t('panel.inactivityNextCall', [
            String(stage.call),
            String(props.timings.calls),
            mmss(stage.secondsLeft),
          ])}
        </p>
      )}
      {stage?.kind === 'closing' && (
        <p role="status">{t('panel.inactivityClosingIn', [mmss(stage.secondsLeft)])}</p>
      )}
      {stage?.kind === 'call' && (
        <p role="status" class="warning">
          ⏰ {t('panel.inactivityCallNow', [String(stage.call), String(props.timings.calls)])}
        </p>
      )}
      {stage?.kind === 'close' && (
        <>
          <p role="status" class="warning">
            ⏰ {t('panel.inactivityClose')}
          </p>
          {props.closingScript && <ScriptCard script={props.closingScript} />}
        </>
      )}
      <button type="button" onClick={props.startedAt ? props.onStop : props.onStart}>
        {props.startedAt ? t('panel.inactivityStop') : t('panel.inactivityStart')}
      </button>
    </section>
  );
}
