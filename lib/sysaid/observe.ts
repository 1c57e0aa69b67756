/**
 * Calls `onChange` (batched) when SysAid re-renders part of the form or the agent edits a field.
 * Only child-list changes are observed, not every attribute: observing everything froze pages.
 */
export function observeForm(doc: Document, ignore: Element, onChange: () => void, signal: AbortSignal): void {
  let scheduled = 0;
  const schedule = () => {
    if (scheduled) return;
    scheduled = window.setTimeout(() => {
      scheduled = 0;
      if (!signal.aborted) onChange();
    }, 40);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !ignore.contains(r.target) && r.target !== ignore)) schedule();
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  for (const type of ['input', 'change', 'focusout']) {
    doc.addEventListener(type, (e) => e.target !== ignore && schedule(), { capture: true, signal });
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
  });
}

/** Resolves once the document holds a ticket form (SysAid may load it after the shell). */
export function whenPresent(doc: Document, test: () => boolean, signal: AbortSignal): Promise<boolean> {
  if (test()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let last = 0;
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (now - last < 500) return;
      last = now;
      if (test()) {
        observer.disconnect();
        resolve(true);
      }
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      resolve(false);
    });
  });
}
