import { CLASSIC } from '../../core/sysaid/selectors';

/** What a person types or picks in: never part of a field's label. */
const CONTROLS = `select, option, textarea, input, button, [role="listbox"], [class*="${CLASSIC.comboboxClassSuffix}"]`;

/**
 * A field's label as the label itself says it: a `label` or `.Form_Ctrl_Label` element (its `title` when it
 * has one: SysAid may cut the shown text), else the text around the controls, never the controls' own
 * text. One tenant keeps label and list in one cell, and the list's options once read as part of the
 * label ("Ligação Ativa / Callback NenhumSimNão…"), so the field was never found.
 */
export function labelText(container: Element | null | undefined): string {
  if (!container) return '';
  // The common case, a cell with only its text: read it as it is (a 500-field form is read on every re-render).
  if (container.childElementCount === 0) return tidy(container.textContent ?? '');
  const own = container.matches(CLASSIC.labelAbove) ? container : container.querySelector(CLASSIC.labelAbove);
  const text = own
    ? own.getAttribute('title')?.trim() || own.textContent || ''
    : textOutsideControls(container);
  return tidy(text);
}

const tidy = (text: string) => text.replace(/\*/g, ' ').replace(/\s+/g, ' ').trim();

function textOutsideControls(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node instanceof Element && !node.matches(CONTROLS)) out += ` ${textOutsideControls(node)}`;
  }
  return out;
}
