/**
 * Resolves true once `ready()` holds, false after `timeoutMs` or when aborted. Watches the DOM
 * narrowly (children and style/class changes) instead of polling in a tight loop.
 */
export function waitUntil(
  root: Document,
  ready: () => boolean,
  { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal },
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
    // Some changes (a value set by script) fire no mutation; a slow poll covers them.
    const poll = view.setInterval(check, 100);
    const timer = view.setTimeout(() => finish(false), timeoutMs);
    signal?.addEventListener('abort', onAbort);
  });
}

export const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
