import { GUARD_READY_ATTRIBUTE, PROGRAMMATIC_SAVE_EVENT } from './protocol';

/**
 * Runs in the page's own world at document_start: SysAid's scripts may save through
 * `form.submit()` / `requestSubmit()`, which fire no event the content script could cancel. Each call
 * asks the content script first, synchronously; with no content script attached it stays out of the way.
 */
export function guardProgrammaticSubmits(win: Window & typeof globalThis): void {
  const proto = win.HTMLFormElement.prototype;
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
}
