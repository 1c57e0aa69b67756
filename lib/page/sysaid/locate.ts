import { normalizeCaption } from '../../core/caption/caption';
import type { FieldKey } from '../../core/procedures/vocabulary';
import { FIELD_KEYS } from '../../core/procedures/vocabulary';
import { FIELD_CAPTIONS, FIELD_NAMES } from '../../core/sysaid/field-captions';
import { CLASSIC, SPACES } from '../../core/sysaid/selectors';
import { labelText } from './label';
import { hasTicketForm } from './save-gate/save-controls';

/** How a SysAid field is operated. */
export type FieldControl =
  /** Classic Stylish Select: a widget over a hidden native select. */
  | { kind: 'combobox'; name: string; wrapper: HTMLElement; select: HTMLSelectElement | null }
  | { kind: 'select'; select: HTMLSelectElement }
  | { kind: 'text'; input: HTMLInputElement | HTMLTextAreaElement }
  /** Spaces (MUI) select: opens on a pointer sequence into a listbox popover. */
  | { kind: 'mui'; combobox: HTMLElement };

export interface LocatedField {
  key: FieldKey;
  control: FieldControl;
  /** The caption the form shows for it. */
  caption: string;
  via: 'mapping' | 'label' | 'name';
}

/** Selectors a team lead saved for fields SysAid names differently in their tenant. */
export type FieldMapping = Partial<Record<FieldKey, string>>;

export type LocatedFields = Map<FieldKey, LocatedField>;

interface Candidate {
  caption: string;
  container: Element;
}

/**
 * Every labelled field on the page: old Classic rows (label cell beside the control), modern Classic
 * fields (label above the control cell), and Spaces form controls.
 */
function candidates(root: ParentNode): Candidate[] {
  const list: Candidate[] = [];
  for (const row of root.querySelectorAll(CLASSIC.fieldRow)) {
    let labelCell: Element | undefined;
    for (const cell of row.children) {
      if (!cell.matches(CLASSIC.controlCell)) {
        labelCell = cell;
        break;
      }
    }
    list.push({ caption: labelText(labelCell ?? row), container: row });
  }
  for (const cell of root.querySelectorAll(CLASSIC.controlCell)) {
    if (cell.closest(CLASSIC.fieldRow)) continue;
    const label = cell.parentElement?.querySelector(`:scope > ${CLASSIC.labelAbove}`);
    if (label) list.push({ caption: labelText(label), container: cell });
  }
  for (const control of root.querySelectorAll(SPACES.fieldControl)) {
    const label = control.querySelector(SPACES.label);
    list.push({ caption: label ? (label.textContent ?? '').replace(/\*/g, ' ') : '', container: control });
  }
  return list;
}

/** The Stylish Select's field name: its class token `<field>_CustomSelect`, or the `<N>_<field>` id above. */
function widgetName(widget: Element): string | undefined {
  const token = [...widget.classList].find((c) => c.endsWith(CLASSIC.comboboxClassSuffix));
  if (token) return token.slice(0, -CLASSIC.comboboxClassSuffix.length);
  const holder = widget.closest('[id]');
  const match = holder ? /^\d+_(.+)$/.exec(holder.id) : null;
  return match?.[1];
}

/** The control inside a field's container (or the element itself when it is one). */
export function controlIn(el: Element): FieldControl | undefined {
  const toggle = el.matches(CLASSIC.comboboxToggle) ? el : el.querySelector(CLASSIC.comboboxToggle);
  const widget = toggle?.parentElement;
  const name = widget ? widgetName(widget) : undefined;
  if (widget instanceof HTMLElement && name) {
    // The hidden select sits beside the widget, under the <N>_<field> div [confirmed].
    const scope = widget.parentElement ?? widget;
    const select = scope.querySelector<HTMLSelectElement>(`select[name="${CSS.escape(name)}"]`);
    return { kind: 'combobox', name, wrapper: widget, select };
  }
  const mui = el.matches(SPACES.combobox) ? el : el.querySelector(SPACES.combobox);
  if (mui instanceof HTMLElement) return { kind: 'mui', combobox: mui };
  const select = el instanceof HTMLSelectElement ? el : el.querySelector('select');
  if (select) return { kind: 'select', select };
  const input =
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
      ? el
      : el.querySelector<HTMLInputElement | HTMLTextAreaElement>(
          'textarea, input:not([type="hidden"]):not([type="submit"]):not([type="button"])',
        );
  return input ? { kind: 'text', input } : undefined;
}

function byName(root: Document, name: string): FieldControl | undefined {
  const row = root.getElementById(`${CLASSIC.rowIdPrefix}${name}`);
  if (row) return controlIn(row);
  // Unlabeled widgets (the modern category levels 2 and 3) by their class token or <N>_<field> id.
  const widget = root.querySelector(
    `.${CSS.escape(name)}${CLASSIC.comboboxClassSuffix}, div[id$="_${CSS.escape(name)}"] ${CLASSIC.comboboxToggle}`,
  );
  if (widget)
    return controlIn(widget.matches(CLASSIC.comboboxToggle) ? (widget.parentElement ?? widget) : widget);
  const el = root.querySelector(`[name="${CSS.escape(name)}"], #${CSS.escape(name)}`);
  return el ? controlIn(el) : undefined;
}

function safeQuery(root: Document, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * Finds each field the procedures use: a lead's saved selector first (their explicit decision),
 * then the caption agents see (accents, case and spacing ignored), then SysAid's default names.
 */
export function locateFields(root: Document, mapping: FieldMapping = {}): LocatedFields {
  const found: LocatedFields = new Map();
  const byCaption = new Map<string, Candidate>();
  for (const c of candidates(root)) {
    const key = normalizeCaption(c.caption);
    if (key && !byCaption.has(key)) byCaption.set(key, c);
  }
  for (const key of FIELD_KEYS) {
    const selector = mapping[key];
    const mapped = selector ? safeQuery(root, selector) : null;
    const mappedControl = mapped ? controlIn(mapped) : undefined;
    if (mappedControl) {
      found.set(key, { key, control: mappedControl, caption: selector ?? '', via: 'mapping' });
      continue;
    }
    const candidate = FIELD_CAPTIONS[key].map((c) => byCaption.get(normalizeCaption(c))).find(Boolean);
    const labelled = candidate ? controlIn(candidate.container) : undefined;
    if (candidate && labelled) {
      found.set(key, { key, control: labelled, caption: candidate.caption.trim(), via: 'label' });
      continue;
    }
    for (const name of FIELD_NAMES[key] ?? []) {
      const control = byName(root, name);
      if (control) {
        found.set(key, { key, control, caption: name, via: 'name' });
        break;
      }
    }
  }
  return found;
}

/** The element a person would look at for this field (for focus and the picker). */
export function controlElement(control: FieldControl): HTMLElement {
  switch (control.kind) {
    case 'combobox':
      return control.wrapper;
    case 'select':
      return control.select;
    case 'text':
      return control.input;
    case 'mui':
      return control.combobox;
  }
}

/** Whether this looks like a SysAid ticket form at all (so other pages get no panel). */
export function isTicketForm(root: Document): boolean {
  if (hasTicketForm(root)) return true;
  return (
    root.querySelectorAll(CLASSIC.fieldRow).length > 3 ||
    root.querySelectorAll(SPACES.fieldControl).length > 3
  );
}
