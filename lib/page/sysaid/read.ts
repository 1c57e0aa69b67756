import { sameCaption } from '../../core/caption/caption';
import type { FieldKey } from '../../core/procedures/vocabulary';
import type { FieldState, FormSnapshot } from '../../core/rules/snapshot';
import { CLASSIC, SPACES } from '../../core/sysaid/selectors';
import type { FieldControl, LocatedFields } from './locate';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ').trim();
const unset = (caption: string) => (caption.toLowerCase() === CLASSIC.unsetCaption ? '' : caption);

function comboboxOptions(control: Extract<FieldControl, { kind: 'combobox' }>): HTMLLIElement[] {
  const scoped = control.wrapper.querySelectorAll<HTMLLIElement>(CLASSIC.comboboxOptions(control.name));
  return scoped.length ? [...scoped] : [...control.wrapper.querySelectorAll<HTMLLIElement>('li')];
}

export function optionItems(control: FieldControl): HTMLElement[] {
  if (control.kind === 'combobox') return comboboxOptions(control);
  return [];
}

/** The hidden select's empty choice: `""` or `none` [confirmed]. */
const isUnsetValue = (value: string) => value === '' || value.toLowerCase() === CLASSIC.unsetCaption;

/**
 * A Stylish Select's value is what its hidden select holds, which is what SysAid posts; its caption is the
 * selected option's text. The widget's own text varies by tenant (the caption plain, or inside the
 * placeholder's span; a placeholder such as "Selecione" shown as plain text), so it never sets the value:
 * it only tells when widget and select disagree (a form fault, never a silent pick).
 */
function readCombobox(
  control: Extract<FieldControl, { kind: 'combobox' }>,
  select: HTMLSelectElement,
): FieldState {
  // By the select's value: what the form posts (selectedOptions/selectedIndex lag behind it in some DOMs).
  const chosen = [...select.options].find((o) => o.value === select.value);
  const value = chosen && !isUnsetValue(chosen.value) ? clean(chosen.text) : '';
  const options: string[] = [];
  for (const o of select.options) {
    const caption = clean(o.text);
    if (!isUnsetValue(o.value) && caption) options.push(caption);
  }
  const shown = clean(control.wrapper.querySelector(CLASSIC.comboboxToggle)?.textContent);
  // Only an option's caption counts as a pick on the widget: anything else is a placeholder.
  if (shown && !sameCaption(shown, value) && options.some((o) => sameCaption(o, shown)))
    return { value, options, shown };
  return { value, options };
}

export function readField(control: FieldControl): FieldState {
  switch (control.kind) {
    case 'combobox': {
      const select = control.select?.isConnected ? control.select : null;
      if (select) return readCombobox(control, select);
      // No hidden select found beside the widget: the widget is all there is to read.
      const shown = control.wrapper.querySelector(CLASSIC.comboboxToggle);
      // A placeholder ("Selecione uma categoria") or "none" is an unset list [confirmed].
      const value = shown?.querySelector(CLASSIC.comboboxPlaceholder) ? '' : unset(clean(shown?.textContent));
      const options = comboboxOptions(control)
        .map((li) => unset(clean(li.textContent)))
        .filter(Boolean);
      return { value, options };
    }
    case 'select': {
      const selected = control.select.selectedOptions[0];
      const options = [...control.select.options].map((o) => clean(o.text)).filter(Boolean);
      return { value: clean(selected?.text), options };
    }
    case 'text':
      return { value: control.input.value };
    case 'mui':
      // Options exist only while the popover is open; unknown is not "none".
      return { value: clean(control.combobox.textContent) };
  }
}

function readTicketNumber(root: Document): string | undefined {
  for (const selector of [...CLASSIC.ticketNumber, ...SPACES.ticketNumber]) {
    const text = root.querySelector(selector)?.textContent ?? '';
    const match = /#\s*(\d+)/.exec(text);
    if (match?.[1] && match[1] !== '0') return match[1];
  }
  return undefined;
}

/** The form as plain data for the rules engine. */
export function readSnapshot(root: Document, located: LocatedFields): FormSnapshot {
  const fields: Partial<Record<FieldKey, FieldState>> = {};
  for (const [key, field] of located) fields[key] = readField(field.control);
  return { fields, ticketNumber: readTicketNumber(root) };
}

export function isLoading(root: Document): boolean {
  const indicator = root.querySelector<HTMLElement>(CLASSIC.loading);
  if (!indicator) return false;
  // Hidden by its own attribute or inline style (how SysAid hides it): no style recalculation of the whole
  // page needed, which at page start cost ~1 ms before the panel could fill anything.
  if (indicator.hidden || indicator.style.display === 'none') return false;
  const view = root.defaultView;
  const style = view ? view.getComputedStyle(indicator) : indicator.style;
  return style.display !== 'none' && style.visibility !== 'hidden';
}
