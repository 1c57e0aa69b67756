import { say, t } from '../../core/i18n';
import type { Check } from '../../core/rules/types';

/** Each step with a symbol and a word, never colour alone, and the reason when it fails. */
export function Checklist(props: { checks: Check[] }) {
  if (!props.checks.length) return null;
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('panel.checklistTitle')}</h2>
      <ul>
        {props.checks.map((c) => {
          const state = c.ok ? 'ok' : c.severity === 'warn' ? 'warn' : 'missing';
          const word = c.ok
            ? t('panel.checkOk')
            : c.severity === 'warn'
              ? t('panel.checkWarn')
              : t('panel.checkMissing');
          return (
            <li key={c.id} class={`check ${state}`} data-check={c.id}>
              <span class="mark" aria-hidden="true">
                {c.ok ? '✓' : c.severity === 'warn' ? '!' : '✗'}
              </span>
              <span class="sr-only">{word}: </span>
              <strong>{say(c.label)}</strong>
              <span class="reason">{say(c.message)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
