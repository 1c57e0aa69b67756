import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { PanelView } from '../../page/assist/view';
import { copyText } from './clipboard';

/** Forwarded outcomes: once saved, the SysAid number the agent must tell the requester. */
export function AfterSave(props: { view: PanelView }) {
  const [copied, setCopied] = useState(false);
  const { view } = props;
  if (!view.evaluation.tellSysaidNumber || !view.ticketNumber || !view.savedAt) return null;
  const number = view.ticketNumber;
  return (
    <section class="after-save" aria-labelledby="after-save-title">
      <h2 id="after-save-title">{t('panel.tellNumberTitle')}</h2>
      <p class="number">{t('panel.tellNumberText', [number])}</p>
      <button
        type="button"
        onClick={async (e) => setCopied(await copyText(number, e.currentTarget as Element))}
        aria-label={`${t('panel.copy')}: ${t('panel.tellNumberText', [number])}`}
      >
        {copied ? t('panel.copied') : t('panel.copy')}
      </button>
    </section>
  );
}
