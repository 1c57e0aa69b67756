import { SAVE } from '../../../core/sysaid/selectors';
import { firing } from './own-events';
import { ticketControlOf } from './save-controls';

/** A person's own change to a field's value: the form posted while it is handled reloads a section. */
const FIELD_EVENTS = ['change', 'input'];
/** A person's pick in SysAid's list widget (its handler sets the list and runs the cascade). */
const PICK_EVENTS = ['click', 'mouseup', 'pointerup'];
const FIELD_CONTROLS =
  'select, textarea, input:not([type="button"], [type="submit"], [type="image"], [type="reset"])';

/**
 * A form post that is SysAid reloading a section (the category cascade), never a save: made while the
 * extension's own fill event is handled, or a person's change to a field or pick in a list widget.
 * `cause` is what the page hook saw being handled (protocol.ts, CAUSE_ATTRIBUTE); null for SysAid's save API.
 */
export function isFieldPost(cause: string | null, event: MouseEvent): boolean {
  if (cause === null) return false;
  if (firing()) return true;
  const target = event.relatedTarget;
  if (!(target instanceof Element) || ticketControlOf(target) !== null) return false;
  if (FIELD_EVENTS.includes(cause)) return target.matches(FIELD_CONTROLS);
  return PICK_EVENTS.includes(cause) && target.closest(SAVE.listWidget) !== null;
}

/** SysAid's inline validation message is on screen (a save it refused without an alert). */
export function inlineValidationShown(doc: Document): boolean {
  for (const el of doc.querySelectorAll<HTMLElement>(SAVE.inlineValidation)) {
    if (!el.hidden && el.style.display !== 'none' && (el.textContent ?? '').trim()) return true;
  }
  return false;
}
