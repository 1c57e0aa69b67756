import { useState } from 'preact/hooks';
import { say, t } from '../../core/i18n';
import type { Text } from '../../core/i18n/text';
import type { SaveAlert as Alert } from '../../page/assist/view';

/**
 * Shown when a save was refused: role=alert, so it is announced, naming each missing item. Where the
 * lead's policy allows it, a written justification lets one save through (and is logged).
 */
export function SaveAlert(props: {
  alert?: Alert;
  onClose: () => void;
  allowOverride: boolean;
  onOverride: (justification: string) => Text | null;
}) {
  const [justification, setJustification] = useState('');
  const [problem, setProblem] = useState<Text | null>(null);
  if (!props.alert) return null;
  return (
    <div class="alert" role="alert" key={props.alert.seq}>
      <p>
        <strong>{props.alert.text ? say(props.alert.text) : t('panel.alertTitle')}</strong>
      </p>
      {props.alert.items.length > 0 && (
        <ul>
          {props.alert.items.map((c) => (
            <li key={c.id}>
              <strong>{say(c.label)}</strong>: {say(c.message)}
            </li>
          ))}
        </ul>
      )}
      {(props.allowOverride || props.alert.formOnly) && props.alert.items.length > 0 && (
        <form
          class="override"
          onSubmit={(e) => {
            e.preventDefault();
            setProblem(props.onOverride(justification));
          }}
        >
          <label>
            {t('panel.overrideLabel')}
            <textarea
              value={justification}
              rows={2}
              onInput={(e) => setJustification(e.currentTarget.value)}
            />
          </label>
          {problem && <p class="problem">{say(problem)}</p>}
          <button type="submit">{t('panel.overrideSubmit')}</button>
        </form>
      )}
      <button type="button" class="link" onClick={props.onClose}>
        {t('panel.alertClose')}
      </button>
    </div>
  );
}
