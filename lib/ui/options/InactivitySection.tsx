import { t } from '../../core/i18n';
import type { Settings } from '../../core/settings/schema';
import { Section } from './Section';

export function InactivitySection(props: {
  settings: Settings;
  locked: boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const timings = props.settings.inactivity;
  const field = (key: keyof Settings['inactivity'], label: string, min: number, max: number) => (
    <label>
      {label}
      <input
        type="number"
        class="short"
        min={min}
        max={max}
        value={timings[key]}
        onChange={(e) => {
          const value = Number(e.currentTarget.value);
          if (Number.isFinite(value) && value >= min && value <= max)
            props.save({ inactivity: { ...timings, [key]: value } });
        }}
      />
    </label>
  );
  return (
    <Section id="inactivity" title={t('options.sectionInactivity')} locked={props.locked}>
      {field('callEverySeconds', t('options.inactivityEvery'), 1, 600)}
      {field('calls', t('options.inactivityCalls'), 1, 10)}
      {field('closeAfterSeconds', t('options.inactivityCloseAfter'), 1, 3600)}
    </Section>
  );
}
