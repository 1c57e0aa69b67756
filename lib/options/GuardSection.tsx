import { optionsI18n } from '../i18n/options';
import type { Settings } from '../settings/schema';
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
    <Section id="guard" title={optionsI18n.t('sectionGuard')}>
      <Choices
        setting="guardMode"
        legend={optionsI18n.t('guardModeTitle')}
        help={optionsI18n.t('guardModeHelp')}
        options={[
          ['enforce', optionsI18n.t('guardModeEnforce')],
          ['observe', optionsI18n.t('guardModeObserve')],
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
        <span>{optionsI18n.t('allowOverride')}</span>
      </label>
      {overrideLocked && <LockNote for="allowOverride" />}
    </Section>
  );
}
