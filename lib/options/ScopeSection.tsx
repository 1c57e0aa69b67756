import { optionsI18n } from '../i18n/options';
import type { Settings } from '../settings/schema';
import { Section } from './Section';

/** Which tickets the guard enforces (PROCEDURES.md, "Scope"), and how long drafts are kept. */
export function ScopeSection(props: {
  settings: Settings;
  locked: (key: keyof Settings) => boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const scope = props.settings.guardScope;
  const choose = (mode: Settings['guardScope']['mode']) => props.save({ guardScope: { ...scope, mode } });
  const modes = [
    ['new', optionsI18n.t('scopeNew')],
    ['all', optionsI18n.t('scopeAll')],
    ['templates', optionsI18n.t('scopeTemplates')],
  ] as const;
  const guardModes = [
    ['enforce', optionsI18n.t('guardModeEnforce')],
    ['observe', optionsI18n.t('guardModeObserve')],
  ] as const;
  const modeLocked = props.locked('guardMode');
  return (
    <Section
      id="scope"
      title={optionsI18n.t('sectionScope')}
      help={optionsI18n.t('scopeHelp')}
      locked={props.locked('guardScope')}
    >
      <div role="radiogroup" aria-label={optionsI18n.t('guardModeTitle')}>
        <p class="group-title">{optionsI18n.t('guardModeTitle')}</p>
        <p>{optionsI18n.t('guardModeHelp')}</p>
        {guardModes.map(([mode, label]) => (
          <label key={mode} class="radio">
            <input
              type="radio"
              name="guardMode"
              disabled={modeLocked}
              checked={props.settings.guardMode === mode}
              onChange={() => props.save({ guardMode: mode })}
            />
            {label}
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label={optionsI18n.t('sectionScope')}>
        <p class="group-title">{optionsI18n.t('scopeTitle')}</p>
        {modes.map(([mode, label]) => (
          <label key={mode} class="radio">
            <input type="radio" name="scope" checked={scope.mode === mode} onChange={() => choose(mode)} />
            {label}
          </label>
        ))}
      </div>
      {scope.mode === 'templates' && (
        <label>
          {optionsI18n.t('scopeTemplatesList')}
          <input
            type="text"
            value={scope.templates.join(', ')}
            onChange={(e) =>
              props.save({
                guardScope: {
                  ...scope,
                  templates: e.currentTarget.value
                    .split(',')
                    .map((t) => t.trim())
                    .filter(Boolean),
                },
              })
            }
          />
        </label>
      )}
      <label>
        {optionsI18n.t('draftTtl')}
        <input
          type="number"
          min={1}
          max={48}
          disabled={props.locked('draftTtlHours')}
          value={props.settings.draftTtlHours}
          onChange={(e) => {
            const hours = Number(e.currentTarget.value);
            if (hours >= 1 && hours <= 48) props.save({ draftTtlHours: hours });
          }}
        />
      </label>
    </Section>
  );
}
