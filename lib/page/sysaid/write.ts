import { sameCaption } from '../../core/caption/caption';
import { type Text, text } from '../../core/i18n/text';
import { CLASSIC, SPACES } from '../../core/sysaid/selectors';
import type { FieldControl } from './locate';
import { optionItems, readField } from './read';
import { fire } from './save-gate/own-events';
import { waitUntil } from './wait';

/** A write SysAid did not take, with a message for the agent. */
export class WriteError extends Error {
  override name = 'WriteError';
  constructor(readonly reason: Text) {
    super(reason.key);
  }
}

const EVENT_INIT = { bubbles: true, cancelable: true, composed: true };

/** The full pointer sequence MUI needs; a bare click() is not enough there. */
function pressLikeAPerson(el: Element): void {
  fire(el, new PointerEvent('pointerdown', { ...EVENT_INIT, isPrimary: true, button: 0 }));
  fire(el, new MouseEvent('mousedown', { ...EVENT_INIT, button: 0 }));
  fire(el, new PointerEvent('pointerup', { ...EVENT_INIT, isPrimary: true, button: 0 }));
  fire(el, new MouseEvent('mouseup', { ...EVENT_INIT, button: 0 }));
  fire(el, new MouseEvent('click', { ...EVENT_INIT, button: 0 }));
}

/**
 * Sets a text value the way typing would: through the prototype setter (so React's value tracker
 * sees a change), then input and change, then a blur event for hosts that validate on blur. Focus
 * itself is not moved: the agent may be typing in the panel.
 */
export function setTextLikeAPerson(input: HTMLInputElement | HTMLTextAreaElement, value: string): boolean {
  if (input.value === value) return false;
  if (input.disabled || input.readOnly) throw new WriteError(text('write.locked'));
  const proto =
    input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  fire(input, new InputEvent('input', { ...EVENT_INIT, inputType: 'insertReplacementText' }));
  fire(input, new Event('change', { bubbles: true }));
  fire(input, new FocusEvent('blur'));
  fire(input, new FocusEvent('focusout', { bubbles: true }));
  return true;
}

function chooseInCombobox(control: Extract<FieldControl, { kind: 'combobox' }>, caption: string): boolean {
  const before = readField(control);
  if (sameCaption(before.value, caption) && before.shown === undefined) return false;
  const select = control.select?.isConnected ? control.select : null;
  const option = select ? [...select.options].find((o) => sameCaption(o.text, caption)) : undefined;
  const item = optionItems(control).find((li) => sameCaption(li.textContent ?? '', caption));
  if (!item && !option) throw new WriteError(text('write.noOption', caption));
  if (select && !option) throw new WriteError(text('write.noHiddenOption', caption));
  if (item) {
    const toggle = control.wrapper.querySelector(CLASSIC.comboboxToggle);
    if (toggle) pressLikeAPerson(toggle);
    pressLikeAPerson(item.querySelector('a') ?? item);
  }
  // The hidden select is what SysAid posts: when the widget's pick did not reach it, set it the way a
  // real change would (the widget follows a bubbling change [inferred]).
  const target = select?.isConnected ? select : null;
  if (target && option && target.value !== option.value) {
    target.value = option.value;
    fire(target, new Event('change', { bubbles: true }));
  }
  const after = readField(control).value;
  if (!sameCaption(after, caption)) throw new WriteError(text('write.notTaken', caption, after));
  return true;
}

function chooseInSelect(select: HTMLSelectElement, caption: string): boolean {
  const option = [...select.options].find((o) => sameCaption(o.text, caption));
  if (!option) throw new WriteError(text('write.noOption', caption));
  if (select.value === option.value) return false;
  if (select.disabled) throw new WriteError(text('write.locked'));
  select.value = option.value;
  fire(select, new Event('input', { bubbles: true }));
  fire(select, new Event('change', { bubbles: true }));
  return true;
}

async function chooseInMui(combobox: HTMLElement, caption: string, timeoutMs: number): Promise<boolean> {
  if (sameCaption(combobox.textContent ?? '', caption)) return false;
  const doc = combobox.ownerDocument;
  pressLikeAPerson(combobox);
  const findOption = () =>
    [...doc.querySelectorAll<HTMLElement>(`${SPACES.listbox} ${SPACES.option}`)].find((o) =>
      sameCaption(o.textContent ?? '', caption),
    );
  const opened = await waitUntil(doc, () => Boolean(findOption()), { timeoutMs });
  const option = findOption();
  if (!opened || !option) {
    fire(doc, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    throw new WriteError(text('write.optionNotShown', caption));
  }
  pressLikeAPerson(option);
  return true;
}

/** Writes one value into one SysAid field; returns whether anything changed. */
export async function writeControl(control: FieldControl, value: string, timeoutMs = 3000): Promise<boolean> {
  switch (control.kind) {
    case 'text':
      return setTextLikeAPerson(control.input, value);
    case 'combobox':
      return chooseInCombobox(control, value);
    case 'select':
      return chooseInSelect(control.select, value);
    case 'mui':
      return chooseInMui(control.combobox, value, timeoutMs);
  }
}
