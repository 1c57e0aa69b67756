import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

/** A titled block of the options page; `locked` shows the policy badge and disables its controls. */
export function Section(props: {
  id: string;
  title: string;
  locked?: boolean;
  help?: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${props.id}-title`} class="section">
      <h2 id={`${props.id}-title`}>
        {props.title}
        {props.locked && <span class="managed"> 🔒 {t('panel.managed')}</span>}
      </h2>
      {props.help && <p class="help">{props.help}</p>}
      <fieldset disabled={props.locked}>{props.children}</fieldset>
    </section>
  );
}
