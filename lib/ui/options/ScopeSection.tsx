import { t } from '../../core/i18n';
import type { Settings } from '../../core/settings/schema';
import { Choices } from './Choices';
import { LockNote, lockedControl } from './Locked';
import { Section } from './Section';

/** Which tickets the guard enforces (PROCEDURES.md, "Scope"), and how long drafts are kept. */
export function ScopeSection(props: {
  settings: Settings;
  locked: (key: keyof Settings) => boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const scope = props.settings.guardScope;
  const scopeLocked = props.locked('guardScope');
  const ttlLocked = props.locked('draftTtlHours');
  return (
    <Section id="scope" title={t('options.sectionScope')} help={t('options.scopeHelp')}>
      <Choices
        setting="guardScope"
        legend={t('options.scopeTitle')}
        options={[
          ['new', t('options.scopeNew')],
          ['all', t('options.scopeAll')],
          ['templates', t('options.scopeTemplates')],
        ]}
        value={scope.mode}
        locked={scopeLocked}
        onChange={(mode) => props.save({ guardScope: { ...scope, mode } })}
      />
      {scope.mode === 'templates' && (
        <label>
          {t('options.scopeTemplatesList')}
          <input
            type="text"
            value={scope.templates.join(', ')}
            {...lockedControl(scopeLocked, 'guardScope')}
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
          class="short"
          min={1}
          max={48}
          {...lockedControl(ttlLocked, 'draftTtlHours')}
          value={props.settings.draftTtlHours}
          onChange={(e) => {
            const hours = Number(e.currentTarget.value);
            if (hours >= 1 && hours <= 48) props.save({ draftTtlHours: hours });
          }}
        />
      </label>
      {ttlLocked && <LockNote for="draftTtlHours" />}
    </Section>
  );
}
