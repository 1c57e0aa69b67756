import type { SaveAlert as Alert } from '../assist/session';
import { i18n } from '../i18n';

/** Shown when a save was refused: role=alert, so it is announced, naming each missing item. */
export function SaveAlert(props: { alert?: Alert; onClose: () => void }) {
  if (!props.alert) return null;
  return (
    <div class="alert" role="alert" key={props.alert.seq}>
      <p>
        <strong>{props.alert.text ?? i18n.t('alertTitle')}</strong>
      </p>
      {props.alert.items.length > 0 && (
        <ul>
          {props.alert.items.map((c) => (
            <li key={c.id}>
              <strong>{c.label}</strong>: {c.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="link" onClick={props.onClose}>
        {i18n.t('alertClose')}
      </button>
    </div>
  );
}
