import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { type ColumnKey, type ColumnMap, columnName } from '../../core/team-audit/columns';

/** For each required column SysAid wrote differently, the lead picks the file's caption once. */
export function ColumnMapping(props: {
  missing: ColumnKey[];
  unknown: string[];
  onApply: (map: ColumnMap) => void;
}) {
  const [choice, setChoice] = useState<Partial<Record<ColumnKey, string>>>({});
  return (
    <form
      class="section mapping"
      aria-labelledby="mapping-title"
      onSubmit={(e) => {
        e.preventDefault();
        const map: ColumnMap = {};
        for (const [key, caption] of Object.entries(choice)) if (caption) map[caption] = key as ColumnKey;
        props.onApply(map);
      }}
    >
      <h2 id="mapping-title">{t('team.mappingTitle')}</h2>
      <p class="help">{t('team.mappingHelp')}</p>
      {props.missing.map((key) => (
        <label key={key} class="row">
          <span>{columnName(key)}</span>
          <select
            value={choice[key] ?? ''}
            onChange={(e) => setChoice({ ...choice, [key]: e.currentTarget.value })}
          >
            <option value="">{t('team.mappingNone')}</option>
            {props.unknown.map((caption) => (
              <option key={caption} value={caption}>
                {caption}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">{t('team.mappingApply')}</button>
    </form>
  );
}
