import { useState } from 'preact/hooks';
import { optionsI18n } from '../i18n/options';
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
      title={optionsI18n.t('sectionAgent')}
      locked={props.locked('agentName') && props.locked('language')}
    >
      <label>
        {optionsI18n.t('agentName')}
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
        {optionsI18n.t('language')}
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
