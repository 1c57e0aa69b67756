import { CLASSIC, SPACES } from '../../core/sysaid/selectors';

/**
 * The most stable selector for a SysAid field a lead clicked: the Classic row id, then the element's
 * id, then its form name. Re-renders replace elements but keep these.
 */
export function selectorFor(el: Element): string | undefined {
  const row = el.closest(CLASSIC.fieldRow);
  if (row?.id) return `#${CSS.escape(row.id)}`;
  const control = el.closest(SPACES.fieldControl);
  const inner = control?.querySelector('[id]');
  if (inner?.id) return `#${CSS.escape(inner.id)}`;
  const named = el.closest('[name]') ?? el.querySelector('[name]');
  const name = named?.getAttribute('name');
  if (name) return `[name="${CSS.escape(name)}"]`;
  return el.id ? `#${CSS.escape(el.id)}` : undefined;
}

/**
 * Waits for one click on the page and returns what was clicked, without SysAid reacting to it.
 * Escape or the signal cancels. The hovered field is outlined so the lead sees what they will pick.
 */
export function pickElement(
  doc: Document,
  ignore: Element,
  signal: AbortSignal,
): Promise<Element | undefined> {
  return new Promise((resolve) => {
    const win = doc.defaultView;
    if (!win) return resolve(undefined);
    let outlined: HTMLElement | undefined;
    let previous = '';
    const unmark = () => {
      if (outlined) outlined.style.outline = previous;
      outlined = undefined;
    };
    const inner = new AbortController();
    const done = (el: Element | undefined) => {
      unmark();
      inner.abort();
      resolve(el);
    };
    const opts = { capture: true, signal: inner.signal };
    win.addEventListener(
      'mouseover',
      (e) => {
        if (!(e.target instanceof HTMLElement) || ignore.contains(e.target)) return;
        unmark();
        outlined =
          (e.target.closest(`${CLASSIC.fieldRow}, ${SPACES.fieldControl}`) as HTMLElement | null) ?? e.target;
        previous = outlined.style.outline;
        outlined.style.outline = '3px dashed #1a73e8';
      },
      opts,
    );
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
      win.addEventListener(
        type,
        (e) => {
          if (!(e.target instanceof Element) || ignore.contains(e.target)) return;
          e.preventDefault();
          e.stopImmediatePropagation();
          if (type === 'click') done(e.target);
        },
        opts,
      );
    }
    win.addEventListener('keydown', (e) => e.key === 'Escape' && done(undefined), opts);
    signal.addEventListener('abort', () => done(undefined), { signal: inner.signal });
  });
}
