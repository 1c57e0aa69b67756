import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { ScriptRole } from '../../core/procedures/schema';
import type { RenderedScript } from '../../core/rules/types';
import { copyText } from './clipboard';

/** Shortcut shown next to the scripts the `commands` API can copy (see wxt.config.ts), by their role. */
const SCRIPT_SHORTCUTS: Partial<Record<ScriptRole, string>> = {
  greeting: 'Alt+Shift+1',
  closing: 'Alt+Shift+2',
};

export function ScriptCard(props: { script: RenderedScript; onTick?: (ticked: boolean) => void }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { script } = props;
  const shortcut = script.role && SCRIPT_SHORTCUTS[script.role];
  const copy = async (e: Event) => {
    const ok = await copyText(script.text, e.currentTarget as Element);
    setStatus(ok ? 'copied' : 'failed');
    setTimeout(() => setStatus('idle'), 2000);
  };
  return (
    <li class="script" data-script={script.id}>
      <div class="script-head">
        <h3>{script.title}</h3>
        <button type="button" onClick={copy} aria-label={`${t('panel.copy')}: ${script.title}`}>
          {status === 'copied' ? t('panel.copied') : t('panel.copy')}
        </button>
      </div>
      <p class="script-text">{script.text}</p>
      {script.adapted && <p class="hint">{t('panel.scriptAdapted', [script.adapted])}</p>}
      {shortcut && <p class="hint">{t('panel.shortcutHint', [shortcut])}</p>}
      {status === 'failed' && <p class="problem">{t('panel.copyFailed')}</p>}
      {script.step && props.onTick && (
        <label class="tick">
          <input
            type="checkbox"
            checked={script.ticked}
            onChange={(e) => props.onTick?.((e.currentTarget as HTMLInputElement).checked)}
          />
          {t('panel.stepDone')}
        </label>
      )}
    </li>
  );
}

export function Scripts(props: { scripts: RenderedScript[]; onTick: (id: string, ticked: boolean) => void }) {
  if (!props.scripts.length) return null;
  return (
    <section class="scripts" aria-labelledby="scripts-title">
      <h2 id="scripts-title">{t('panel.scriptsTitle')}</h2>
      <ul>
        {props.scripts.map((s) => (
          <ScriptCard key={s.id} script={s} onTick={(t) => props.onTick(s.id, t)} />
        ))}
      </ul>
    </section>
  );
}
