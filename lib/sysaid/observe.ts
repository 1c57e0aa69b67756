/** SysAid re-rendering part of the form is followed within a frame or two; typing, at most this often. */
const STRUCTURAL_MS = 40;
const TYPING_MS = 150;

/**
 * Calls `onChange` (batched) when SysAid re-renders part of the form or the agent edits a field the
 * procedures use; `structural` says elements came or went. Only child lists and text are observed,
 * not every attribute (observing everything froze pages), and unrelated fields cost nothing.
 */
export function observeForm(
  doc: Document,
  ignore: Element,
  watches: (target: Node) => boolean,
  onChange: (structural: boolean) => void,
  signal: AbortSignal,
): void {
  let scheduled = 0;
  let structural = false;
  const run = () => {
    scheduled = 0;
    const wasStructural = structural;
    structural = false;
    if (!signal.aborted) onChange(wasStructural);
  };
  // SysAid re-rendering is answered within a frame or two; plain typing refreshes at most every 150 ms,
  // so a keystroke costs a listener call, not a timer task (a save always re-reads the form itself).
  const schedule = (isStructural: boolean) => {
    if (isStructural && !structural && scheduled) {
      clearTimeout(scheduled);
      scheduled = 0;
    }
    structural ||= isStructural;
    if (scheduled) return;
    scheduled = window.setTimeout(run, structural ? STRUCTURAL_MS : TYPING_MS);
  };
  const hasElements = (nodes: NodeList) =>
    [...nodes].some((n) => n.nodeType === Node.ELEMENT_NODE && n !== ignore);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.target === ignore || ignore.contains(r.target)) continue;
      if (hasElements(r.addedNodes) || hasElements(r.removedNodes)) return schedule(true);
      if (watches(r.target)) schedule(false);
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  for (const type of ['input', 'change', 'focusout']) {
    doc.addEventListener(
      type,
      (e) => {
        if (e.target instanceof Node && e.target !== ignore && watches(e.target)) schedule(false);
      },
      { capture: true, signal },
    );
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
  });
}

/**
 * Resolves once the document holds a ticket form (SysAid may load it long after the shell, by AJAX).
 * Checks at most every 100 ms, and always once more after the last mutation of a burst.
 */
export function whenPresent(doc: Document, test: () => boolean, signal: AbortSignal): Promise<boolean> {
  if (test()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (found: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    };
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        if (test()) finish(true);
      }, 100);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => finish(false));
  });
}
