import { t } from '../i18n';
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
    ['new', t('options.scopeNew')],
    ['all', t('options.scopeAll')],
    ['templates', t('options.scopeTemplates')],
  ] as const;
  const guardModes = [
    ['enforce', t('options.guardModeEnforce')],
    ['observe', t('options.guardModeObserve')],
  ] as const;
  const modeLocked = props.locked('guardMode');
  return (
    <Section
      id="scope"
      title={t('options.sectionScope')}
      help={t('options.scopeHelp')}
      locked={props.locked('guardScope')}
    >
      <div role="radiogroup" aria-label={t('options.guardModeTitle')}>
        <p class="group-title">{t('options.guardModeTitle')}</p>
        <p>{t('options.guardModeHelp')}</p>
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
      <div role="radiogroup" aria-label={t('options.sectionScope')}>
        <p class="group-title">{t('options.scopeTitle')}</p>
        {modes.map(([mode, label]) => (
          <label key={mode} class="radio">
            <input type="radio" name="scope" checked={scope.mode === mode} onChange={() => choose(mode)} />
            {label}
          </label>
        ))}
      </div>
      {scope.mode === 'templates' && (
        <label>
          {t('options.scopeTemplatesList')}
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
        {t('options.draftTtl')}
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
