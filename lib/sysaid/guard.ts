import { GUARD_READY_ATTRIBUTE, PROGRAMMATIC_SAVE_EVENT } from './protocol';
import { APPLY_CONTROL, SAVE_CONTROLS } from './selectors';

export type SaveRoute = 'click' | 'submit' | 'programmatic';

export interface SaveAttempt {
  route: SaveRoute;
  /** The Classic "Aplicar" (save and stay), which a playbook may let through early. */
  isApply: boolean;
}

/** What the content script decides for a save attempt. */
export type SaveDecision = 'allow' | 'block' | 'duplicate';

const SAVE_SELECTOR = SAVE_CONTROLS.join(', ');
const CHAIN_MS = 1500;
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick'] as const;

export function saveControlOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(SAVE_SELECTOR) : null;
}

function stop(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Stands in front of every way a save reaches SysAid from this document: clicks on any save control
 * (capture phase, before SysAid's own handlers), the form's submit event (Enter in a field), and
 * programmatic submits reported by the MAIN-world guard. `decide` is called synchronously.
 */
export function installSaveGuard(
  doc: Document,
  decide: (attempt: SaveAttempt) => SaveDecision,
  isBlocked: () => boolean,
  signal: AbortSignal,
): void {
  const win = doc.defaultView;
  if (!win) return;
  const opts = { capture: true, signal };
  // The submit or programmatic save that an allowed click causes is that same save, not another.
  let allowedClickAt = -Infinity;
  const partOfAllowedClick = () => win.performance.now() - allowedClickAt < CHAIN_MS;

  win.addEventListener(
    'click',
    (event) => {
      const control = saveControlOf(event.target);
      if (!control) return;
      const decision = decide({ route: 'click', isApply: control.matches(APPLY_CONTROL) });
      if (decision !== 'allow') stop(event);
      else allowedClickAt = win.performance.now();
    },
    opts,
  );
  // The presses around a click must not reach SysAid either while the ticket is not compliant.
  for (const type of PRESS_EVENTS) {
    win.addEventListener(
      type,
      (event) => {
        if (!saveControlOf(event.target)) return;
        if (type === 'dblclick' || isBlocked()) stop(event);
      },
      opts,
    );
  }
  win.addEventListener(
    'submit',
    (event) => {
      if (partOfAllowedClick()) return;
      const submitter = (event as SubmitEvent).submitter;
      const decision = decide({ route: 'submit', isApply: Boolean(submitter?.matches(APPLY_CONTROL)) });
      if (decision !== 'allow') stop(event);
    },
    opts,
  );
  doc.addEventListener(
    PROGRAMMATIC_SAVE_EVENT,
    (event) => {
      if (partOfAllowedClick()) return;
      const decision = decide({ route: 'programmatic', isApply: false });
      if (decision !== 'allow') event.preventDefault();
    },
    opts,
  );
  doc.documentElement.setAttribute(GUARD_READY_ATTRIBUTE, '');
  signal.addEventListener('abort', () => doc.documentElement.removeAttribute(GUARD_READY_ATTRIBUTE));
}
