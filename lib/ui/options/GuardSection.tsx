import { t } from '../../core/i18n';
import type { Settings } from '../../core/settings/schema';
import { Choices } from './Choices';
import { LockNote, lockedControl } from './Locked';
import { Section } from './Section';

/** Whether the guard blocks or only records (pilot), and whether an agent may save with a justification. */
export function GuardSection(props: {
  settings: Settings;
  locked: (key: keyof Settings) => boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const overrideLocked = props.locked('allowOverride');
  return (
    <Section id="guard" title={t('options.sectionGuard')}>
      <Choices
        setting="guardMode"
        legend={t('options.guardModeTitle')}
        help={t('options.guardModeHelp')}
        options={[
          ['enforce', t('options.guardModeEnforce')],
          ['observe', t('options.guardModeObserve')],
        ]}
        value={props.settings.guardMode}
        locked={props.locked('guardMode')}
        onChange={(guardMode) => props.save({ guardMode })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={props.settings.allowOverride}
          {...lockedControl(overrideLocked, 'allowOverride')}
          onChange={(e) => props.save({ allowOverride: e.currentTarget.checked })}
        />
        <span>{t('options.allowOverride')}</span>
      </label>
      {overrideLocked && <LockNote for="allowOverride" />}
    </Section>
  );
}
