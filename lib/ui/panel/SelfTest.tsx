import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { FieldKey } from '../../core/procedures/vocabulary';
import type { SelfTestRow } from '../../page/assist/self-test';
import { copyText } from './clipboard';
import { download } from './download';

const VIA: Record<NonNullable<SelfTestRow['via']>, () => string> = {
  mapping: () => t('lead.selfTestViaMapping'),
  label: () => t('lead.selfTestViaLabel'),
  name: () => t('lead.selfTestViaName'),
};

/**
 * For team leads: which fields the procedures need and whether this SysAid page has them, and a
 * picker to bind a field SysAid names differently (click "Mapear", then the field on the page).
 * Rendered by the lead-tools script inside the panel's "Autoteste" section (see lead-hook.ts).
 */
export function SelfTest(props: {
  run: () => SelfTestRow[];
  unrecognisedSaves?: () => string[];
  locked: boolean;
  onPick: (field: FieldKey) => Promise<boolean>;
  /** The structural report of this page, for a lead to send to the developers (no typed values). */
  report: () => Promise<string | undefined>;
}) {
  const [rows, setRows] = useState<SelfTestRow[]>(props.run);
  const [saves] = useState<string[]>(() => props.unrecognisedSaves?.() ?? []);
  const [report, setReport] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const [picking, setPicking] = useState<FieldKey | undefined>();
  const pick = async (field: FieldKey) => {
    setPicking(field);
    await props.onPick(field);
    setPicking(undefined);
    setRows(props.run());
  };
  return (
    <div>
      {picking && (
        <p role="status" class="warning">
          {t('lead.selfTestPicking')}
        </p>
      )}
      {props.locked && <p class="hint">🔒 {t('panel.managed')}</p>}
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
                    ? t('lead.selfTestFallback')
                    : t('lead.selfTestMissing')}
              </span>{' '}
              {!props.locked && (
                <button
                  type="button"
                  onClick={() => void pick(r.field)}
                  aria-label={`${t('lead.selfTestMap')}: ${r.label}`}
                >
                  {t('lead.selfTestMap')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {saves.length > 0 && (
        <div role="status" class="warning">
          <p>{t('lead.selfTestSaves')}</p>
          <ul>
            {saves.map((caption) => (
              <li key={caption}>{caption}</li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        onClick={async () =>
          setReport((await props.report().catch(() => undefined)) ?? t('lead.reportFailed'))
        }
      >
        {t('lead.reportBuild')}
      </button>
      {report !== undefined && (
        <div class="form-report">
          <label for="sysaid-assist-form-report">{t('lead.reportTitle')}</label>
          <textarea id="sysaid-assist-form-report" readOnly rows={10} value={report} />
          <p class="hint">{t('lead.reportHint')}</p>
          <button type="button" onClick={async (e) => setCopied(await copyText(report, e.currentTarget))}>
            {copied ? t('panel.copied') : t('panel.copy')}
          </button>{' '}
          <button
            type="button"
            onClick={() => download('relatorio-formulario-sysaid.txt', report, 'text/plain;charset=utf-8')}
          >
            {t('lead.reportDownload')}
          </button>
        </div>
      )}
    </div>
  );
}
