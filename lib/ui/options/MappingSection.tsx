import { useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { FIELD_KEYS, FIELD_LABELS, type FieldKey } from '../../core/procedures/vocabulary';
import type { Settings } from '../../core/settings/schema';
import { Section } from './Section';

function selectorProblem(selector: string): string | null {
  try {
    document.createDocumentFragment().querySelector(selector);
    return null;
  } catch {
    return t('options.selectorInvalid', [selector]);
  }
}

export function MappingSection(props: {
  settings: Settings;
  locked: boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const [draft, setDraft] = useState<Partial<Record<FieldKey, string>>>(props.settings.fieldMapping);
  const [problem, setProblem] = useState<string | null>(null);
  // A mapping pushed by policy (or saved from the panel's picker) while the page is open shows here;
  // compared as text, since every reload of the page's settings is a new object.
  const saved = JSON.stringify(props.settings.fieldMapping);
  useEffect(() => setDraft(JSON.parse(saved)), [saved]);
  const apply = (e: Event) => {
    e.preventDefault();
    const clean = Object.fromEntries(
      Object.entries(draft)
        .map(([k, v]) => [k, (v ?? '').trim()])
        .filter(([, v]) => v),
    ) as Partial<Record<FieldKey, string>>;
    const bad = Object.values(clean)
      .map((v) => selectorProblem(v ?? ''))
      .find(Boolean);
    setProblem(bad ?? null);
    if (!bad) props.save({ fieldMapping: clean });
  };
  return (
    <Section
      id="mapping"
      title={t('options.sectionMapping')}
      help={t('options.mappingHelp')}
      locked={props.locked}
    >
      <form onSubmit={apply} class="grid">
        {FIELD_KEYS.map((key) => (
          <label key={key}>
            {FIELD_LABELS[key]}
            <input
              type="text"
              spellcheck={false}
              value={draft[key] ?? ''}
              onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
            />
          </label>
        ))}
        <button type="submit">{t('options.save')}</button>
      </form>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </Section>
  );
}
