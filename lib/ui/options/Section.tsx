import type { ComponentChildren } from 'preact';
import { LockNote, lockedControl } from './Locked';

/**
 * A titled block of the options page. `locked`: the policy sets the one value this block edits; the
 * reason shows under the title and every control in it is disabled.
 */
export function Section(props: {
  id: string;
  title: string;
  locked?: boolean;
  help?: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${props.id}-title`} class="section">
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      {props.locked && <LockNote for={props.id} />}
      {props.help && <p class="help">{props.help}</p>}
      <fieldset class="body" {...lockedControl(!!props.locked, props.id)}>
        {props.children}
      </fieldset>
    </section>
  );
}
