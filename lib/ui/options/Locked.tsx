import { t } from '../../core/i18n';
import type { SettingKey } from '../../core/settings/schema';

/** Where a value's lock reason is: the control it locks points there (aria-describedby). */
export const lockNoteId = (key: SettingKey | string) => `locked-${key}`;

/** Props of a control the policy may lock: disabled, and described by its reason. */
export function lockedControl(locked: boolean, key: SettingKey | string) {
  return locked ? { disabled: true, 'aria-describedby': lockNoteId(key) } : {};
}

/** The reason beside a value the organization's policy sets: the person sees why it will not change. */
export function LockNote(props: { for: SettingKey | string }) {
  return (
    <span id={lockNoteId(props.for)} class="locked">
      <svg aria-hidden="true" width="12" height="12" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M4 7V5a4 4 0 0 1 8 0v2h1a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1zm2 0h4V5a2 2 0 0 0-4 0v2z"
        />
      </svg>
      {t('options.lockedByPolicy')}
    </span>
  );
}
