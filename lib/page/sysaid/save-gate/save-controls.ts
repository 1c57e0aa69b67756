import { sameCaption } from '../../../core/caption/caption';
import { CLASSIC, SAVE } from '../../../core/sysaid/selectors';

/** What a click on a ticket form's header control means. */
export type ControlRole = 'apply' | 'save' | 'cancel';

export interface TicketControl {
  el: Element;
  role: ControlRole;
}

const BY_ID = SAVE.byId.join(', ');
const APPLY_BY_ID = SAVE.applyById.join(', ');
const CANCEL_BY_ID = SAVE.cancelById.join(', ');
const TICKET_FORM = CLASSIC.form.join(', ');
/** Fields only a service record has (a login or search form has none of them). */
const TICKET_FIELDS = '[name="problem_type"], [name="status"], [name="desc"], [name="assigned_group"]';

const captionOf = (el: Element) =>
  (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).replace(/\s+/g, ' ').trim();

/** The ticket form itself: SysAid's #srForm, or a `frm` that holds service-record fields. */
export function isTicketFormElement(form: Element | null | undefined): form is HTMLFormElement {
  if (!(form instanceof HTMLFormElement)) return false;
  if (form.matches(TICKET_FORM)) return true;
  return form.querySelector(TICKET_FIELDS) !== null;
}

/** The header row that holds the modern Save button, where Apply and Cancel sit beside it. */
function headerOf(doc: Document): Element | null {
  const save = doc.querySelector(SAVE.modern);
  if (!save) return null;
  return save.parentElement?.closest(SAVE.header) ?? save.parentElement;
}

function roleByCaption(el: Element): ControlRole | undefined {
  const caption = captionOf(el);
  if (!caption || caption.length > 30) return undefined;
  if (SAVE.cancelCaptions.some((c) => sameCaption(c, caption))) return 'cancel';
  if (SAVE.applyCaptions.some((c) => sameCaption(c, caption))) return 'apply';
  if (SAVE.captions.some((c) => sameCaption(c, caption))) return 'save';
  if (isStrongSave(caption)) return 'save';
  return undefined;
}

/** "Salvar e fechar", "Save & Close"…: a save wherever it appears on a ticket page. */
function isStrongSave(caption: string): boolean {
  return SAVE.strongCaptions.some((c) => sameCaption(c, caption));
}

/** How far up from the clicked node a handler-only button (`div`/`span`/`li`) may be. */
const PLAIN_DEPTH = 3;

/**
 * A `div`/`span`/`li` that SysAid made clickable with a handler (menu items, custom buttons): a save by
 * its caption — anywhere for "Salvar e fechar"-like captions, inside the ticket's form or header for
 * the plain ones. Never a cancel: a "Cancelar" text in a sub-dialog is not the ticket's Cancel.
 */
function plainSaveOf(target: Element): TicketControl | null {
  let el: Element | null = target;
  for (let depth = 0; el && depth < PLAIN_DEPTH; depth++, el = el.parentElement) {
    // A container (the form, a panel) is never a button: its whole text is not read on each click.
    if (el.childElementCount > 3 || !el.matches(SAVE.plainClickable)) continue;
    const caption = captionOf(el);
    if (!caption || caption.length > 30) continue;
    if (isStrongSave(caption)) return { el, role: 'save' };
    const role = roleByCaption(el);
    if (role && role !== 'cancel' && inTicket(el)) return { el, role };
  }
  return null;
}

function inTicket(el: Element): boolean {
  const header = headerOf(el.ownerDocument);
  return (header?.contains(el) ?? false) || isTicketFormElement(el.closest('form'));
}

/**
 * The ticket form's save, apply or cancel control under a click, or null. Known ids first; then a
 * control with a save caption in the modern header or inside the ticket form; plain submit buttons
 * only when they submit the ticket form. Search boxes, popups and login forms never match.
 */
export function ticketControlOf(target: EventTarget | null): TicketControl | null {
  if (!(target instanceof Element)) return null;
  const known = target.closest(`${BY_ID}, ${CANCEL_BY_ID}`);
  if (known) {
    if (known.matches(CANCEL_BY_ID)) return { el: known, role: 'cancel' };
    return { el: known, role: known.matches(APPLY_BY_ID) ? 'apply' : (roleByCaption(known) ?? 'save') };
  }
  const clickable = target.closest(SAVE.clickable);
  if (!clickable) return plainSaveOf(target);
  const header = headerOf(clickable.ownerDocument);
  const form = (clickable as HTMLButtonElement).form ?? clickable.closest('form');
  const inTicket = (header?.contains(clickable) ?? false) || isTicketFormElement(form);
  if (!inTicket) {
    // A menu item or link "Salvar e fechar" outside the form (SysAid's Ações menu) saves all the same.
    return isStrongSave(captionOf(clickable)) ? { el: clickable, role: 'save' } : plainSaveOf(target);
  }
  const role = roleByCaption(clickable);
  // "Cancelar" in a sub-dialog closes that dialog: the ticket (and its draft) stays.
  if (role === 'cancel' && clickable.closest(SAVE.dialog)) return null;
  if (role) return { el: clickable, role };
  if (clickable.matches(SAVE.submit) && isTicketFormElement(form)) return { el: clickable, role: 'save' };
  return null;
}

/** Whether this document shows a ticket form at all, with its save controls. */
export function hasTicketForm(doc: Document): boolean {
  for (const form of doc.forms) if (isTicketFormElement(form)) return true;
  return doc.querySelector(BY_ID) !== null;
}

/** Captions that look like a save in SysAid's languages [guess: a wide net, for the self-test only]. */
const SAVE_LIKE = /\b(salvar|gravar|aplicar|save|apply|submit|enviar)\b/i;

/**
 * For the lead's self-test: visible controls whose caption looks like a save that the gate would not
 * recognise — after a SysAid upgrade, a new save button shows up here before it slips past.
 */
export function unrecognisedSaveControls(doc: Document): string[] {
  const candidates = `${SAVE.clickable}, ${SAVE.plainClickable}`;
  const seen = new Set<string>();
  for (const el of doc.querySelectorAll(candidates)) {
    if (el.childElementCount > 3 || el.closest('[hidden], sysaid-assist')) continue;
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true }))
      continue;
    const caption = captionOf(el);
    if (!caption || caption.length > 30 || !SAVE_LIKE.test(caption)) continue;
    const control = ticketControlOf(el);
    if (control && control.role !== 'cancel') continue;
    // A wrapper of a recognised control (the div around a button) is not another control.
    if (el.querySelector(candidates) && [...el.querySelectorAll(candidates)].some((c) => ticketControlOf(c)))
      continue;
    seen.add(caption);
  }
  return [...seen];
}
