import {
  GUARD_READY_ATTRIBUTE,
  PAGE_ALERT_EVENT,
  PROGRAMMATIC_SAVE_EVENT,
  REPLAY_REQUEST_SUBMIT_EVENT,
  REPLAY_SUBMIT_EVENT,
} from './protocol';

const MARK = '__sysaidAssistGuard';

/**
 * Runs in the page's own world at document_start: SysAid's scripts may save through
 * `form.submit()` / `requestSubmit()`, which fire no event the content script could cancel. Each call
 * asks the content script's gate first, synchronously; the gate holds or blocks by cancelling. With
 * no gate in this document (the extension is gone) it stays out of the way. Installed once per page,
 * even when the extension is updated and injects it again.
 */
export function guardProgrammaticSubmits(win: Window & typeof globalThis): void {
  const proto = win.HTMLFormElement.prototype;
  const marked = proto as unknown as Record<string, unknown>;
  if (marked[MARK]) return;
  marked[MARK] = true;
  const submit = proto.submit;
  const requestSubmit = proto.requestSubmit;
  const lastSubmit = new WeakMap<HTMLFormElement, number>();

  const allowed = (form: HTMLFormElement, how: string): boolean => {
    if (!win.document.documentElement.hasAttribute(GUARD_READY_ATTRIBUTE)) return true;
    const event = new win.CustomEvent(PROGRAMMATIC_SAVE_EVENT, {
      bubbles: true,
      cancelable: true,
      detail: how,
    });
    return form.dispatchEvent(event);
  };
  // A second submit of the same form while the first is in flight would post the ticket twice.
  const duplicate = (form: HTMLFormElement): boolean => {
    const now = win.performance.now();
    const last = lastSubmit.get(form);
    if (last !== undefined && now - last < 3000) return true;
    lastSubmit.set(form, now);
    return false;
  };

  proto.submit = function guardedSubmit(this: HTMLFormElement) {
    if (!allowed(this, 'submit') || duplicate(this)) return;
    submit.call(this);
  };
  if (requestSubmit) {
    proto.requestSubmit = function guardedRequestSubmit(
      this: HTMLFormElement,
      submitter?: HTMLElement | null,
    ) {
      if (!allowed(this, 'requestSubmit')) return;
      requestSubmit.call(this, submitter);
    };
  }
  // A save the gate held and then allowed: the page's own submit, with no second question.
  win.document.addEventListener(
    REPLAY_SUBMIT_EVENT,
    (e) => {
      if (e.target instanceof win.HTMLFormElement && !duplicate(e.target)) submit.call(e.target);
    },
    true,
  );
  win.document.addEventListener(
    REPLAY_REQUEST_SUBMIT_EVENT,
    (e) => {
      if (e.target instanceof win.HTMLFormElement) requestSubmit.call(e.target);
    },
    true,
  );
  // SysAid refuses a save with its own alert() (ValidateFrm): the retry that follows is a new save.
  const alert = win.alert;
  win.alert = function guardedAlert(this: Window, ...args: unknown[]) {
    win.document.dispatchEvent(new win.CustomEvent(PAGE_ALERT_EVENT));
    return alert.apply(this, args as [string?]);
  };
}
