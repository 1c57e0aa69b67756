import { useState } from 'preact/hooks';
import type { SelfTestRow } from '../assist/self-test';
import { i18n } from '../i18n';
import type { FieldKey } from '../procedures/vocabulary';

const VIA: Record<NonNullable<SelfTestRow['via']>, () => string> = {
  mapping: () => i18n.t('selfTestViaMapping'),
  label: () => i18n.t('selfTestViaLabel'),
  name: () => i18n.t('selfTestViaName'),
};

/**
 * For team leads: which fields the procedures need and whether this SysAid page has them, and a
 * picker to bind a field SysAid names differently (click "Mapear", then the field on the page).
 */
export function SelfTest(props: {
  run: () => SelfTestRow[];
  locked: boolean;
  onPick: (field: FieldKey) => Promise<boolean>;
}) {
  const [rows, setRows] = useState<SelfTestRow[] | undefined>();
  const [picking, setPicking] = useState<FieldKey | undefined>();
  const pick = async (field: FieldKey) => {
    setPicking(field);
    await props.onPick(field);
    setPicking(undefined);
    setRows(props.run());
  };
  return (
    <details
      class="self-test"
      onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setRows(props.run())}
    >
      <summary>{i18n.t('selfTestTitle')}</summary>
      {picking && (
        <p role="status" class="warning">
          {i18n.t('selfTestPicking')}
        </p>
      )}
      {props.locked && <p class="hint">🔒 {i18n.t('managed')}</p>}
      <ul>
        {rows?.map((r) => (
          <li key={r.field} class={r.found ? 'check ok' : r.fallback ? 'check warn' : 'check missing'}>
            <span class="mark" aria-hidden="true">
              {r.found ? '✓' : r.fallback ? '!' : '✗'}
            </span>
            <span>
              <strong>{r.label}</strong>{' '}
              <span class="reason">
                {r.found && r.via
                  ? VIA[r.via]()
                  : r.fallback
                    ? i18n.t('selfTestFallback')
                    : i18n.t('selfTestMissing')}
              </span>{' '}
              {!props.locked && (
                <button
                  type="button"
                  onClick={() => void pick(r.field)}
                  aria-label={`${i18n.t('selfTestMap')}: ${r.label}`}
                >
                  {i18n.t('selfTestMap')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
