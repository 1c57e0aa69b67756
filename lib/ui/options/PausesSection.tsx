import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { Settings } from '../../core/settings/schema';
import { Section } from './Section';

export function PausesSection(props: {
  settings: Settings;
  locked: boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const [time, setTime] = useState('');
  const [label, setLabel] = useState('');
  const pauses = props.settings.pauses;
  const add = (e: Event) => {
    e.preventDefault();
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time) || !label.trim()) return;
    const next = [...pauses, { time, label: label.trim() }].sort((a, b) => a.time.localeCompare(b.time));
    props.save({ pauses: next });
    setTime('');
    setLabel('');
  };
  return (
    <Section
      id="pauses"
      title={t('options.sectionPauses')}
      help={t('options.pausesHelp')}
      locked={props.locked}
    >
      <ul class="list">
        {pauses.map((p, i) => (
          <li key={`${p.time}-${p.label}`}>
            <strong>{p.time}</strong> — {p.label}{' '}
            {!props.locked && (
              <button type="button" onClick={() => props.save({ pauses: pauses.filter((_, j) => j !== i) })}>
                {t('options.pauseRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {/* A policy sets the pauses for everyone: nothing here may change them. */}
      {!props.locked && (
        <form class="row" onSubmit={add}>
          <label>
            {t('options.pauseTime')}
            <input type="time" value={time} required onInput={(e) => setTime(e.currentTarget.value)} />
          </label>
          <label>
            {t('options.pauseLabel')}
            <input
              type="text"
              value={label}
              required
              maxLength={60}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('options.pauseAdd')}</button>
        </form>
      )}
    </Section>
  );
}
