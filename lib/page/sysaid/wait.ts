/**
 * Resolves true once `ready()` holds, false after `timeoutMs` (none: no limit) or when aborted. The one
 * wait for the DOM: a ticket form SysAid loads long after its shell, a cascading list's next level.
 * Watches the DOM narrowly (children and style/class changes) instead of polling in a tight loop.
 */
export function waitUntil(
  root: Document,
  ready: () => boolean,
  { timeoutMs, signal }: { timeoutMs?: number; signal?: AbortSignal },
): Promise<boolean> {
  if (ready()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const view = root.defaultView ?? window;
    let done = false;
    const finish = (value: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      view.clearTimeout(timer);
      view.clearInterval(poll);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const check = () => {
      if (ready()) finish(true);
    };
    const onAbort = () => finish(false);
    const observer = new MutationObserver(check);
    observer.observe(root.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden'],
    });
    // Some changes (a value set by script) fire no mutation; a slow poll covers them while a bounded wait
    // lasts. An unbounded one (a form that may never come) waits for elements, which always fire one.
    const poll = timeoutMs === undefined ? undefined : view.setInterval(check, 100);
    const timer = timeoutMs === undefined ? undefined : view.setTimeout(() => finish(false), timeoutMs);
    signal?.addEventListener('abort', onAbort);
  });
}
