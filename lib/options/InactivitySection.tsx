import { optionsI18n } from '../i18n/options';
import type { Settings } from '../settings/schema';
import { Section } from './Section';

export function InactivitySection(props: {
  settings: Settings;
  locked: boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const t = props.settings.inactivity;
  const field = (key: keyof Settings['inactivity'], label: string, min: number, max: number) => (
    <label>
      {label}
      <input
        type="number"
        class="short"
        min={min}
        max={max}
        value={t[key]}
        onChange={(e) => {
          const value = Number(e.currentTarget.value);
          if (Number.isFinite(value) && value >= min && value <= max)
            props.save({ inactivity: { ...t, [key]: value } });
        }}
      />
    </label>
  );
  return (
    <Section id="inactivity" title={optionsI18n.t('sectionInactivity')} locked={props.locked}>
      {field('callEverySeconds', optionsI18n.t('inactivityEvery'), 1, 600)}
      {field('calls', optionsI18n.t('inactivityCalls'), 1, 10)}
      {field('closeAfterSeconds', optionsI18n.t('inactivityCloseAfter'), 1, 3600)}
    </Section>
  );
}
