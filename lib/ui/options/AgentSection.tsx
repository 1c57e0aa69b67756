import { useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { Settings } from '../../core/settings/schema';
import { LockNote, lockedControl } from './Locked';
import { Section } from './Section';

export function AgentSection(props: {
  settings: Settings;
  locked: (k: keyof Settings) => boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const [name, setName] = useState(props.settings.agentName);
  // A policy (or another tab) changing the name while the page is open shows here.
  useEffect(() => setName(props.settings.agentName), [props.settings.agentName]);
  const nameLocked = props.locked('agentName');
  const languageLocked = props.locked('language');
  return (
    <Section id="agent" title={t('options.sectionAgent')}>
      <label>
        {t('options.agentName')}
        <input
          type="text"
          value={name}
          maxLength={80}
          {...lockedControl(nameLocked, 'agentName')}
          onInput={(e) => setName(e.currentTarget.value)}
          onBlur={() => props.save({ agentName: name.trim() })}
        />
      </label>
      {nameLocked && <LockNote for="agentName" />}
      <label>
        {t('options.language')}
        <select
          value={props.settings.language}
          {...lockedControl(languageLocked, 'language')}
          onChange={(e) => props.save({ language: e.currentTarget.value as Settings['language'] })}
        >
          <option value="pt-BR">Português (Brasil)</option>
          <option value="en">English</option>
        </select>
      </label>
      {languageLocked && <LockNote for="language" />}
    </Section>
  );
}
