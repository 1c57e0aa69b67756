import { useState } from 'preact/hooks';
import { t } from '../i18n';
import type { Settings } from '../settings/schema';
import { Section } from './Section';

export function AgentSection(props: {
  settings: Settings;
  locked: (k: keyof Settings) => boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const [name, setName] = useState(props.settings.agentName);
  return (
    <Section
      id="agent"
      title={t('options.sectionAgent')}
      locked={props.locked('agentName') && props.locked('language')}
    >
      <label>
        {t('options.agentName')}
        <input
          type="text"
          value={name}
          maxLength={80}
          disabled={props.locked('agentName')}
          onInput={(e) => setName(e.currentTarget.value)}
          onBlur={() => props.save({ agentName: name.trim() })}
        />
      </label>
      <label>
        {t('options.language')}
        <select
          value={props.settings.language}
          disabled={props.locked('language')}
          onChange={(e) => props.save({ language: e.currentTarget.value as Settings['language'] })}
        >
          <option value="pt-BR">Português (Brasil)</option>
          <option value="en">English</option>
        </select>
      </label>
    </Section>
  );
}
