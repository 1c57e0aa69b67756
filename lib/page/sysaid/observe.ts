/**
 * SysAid re-rendering part of the form is followed once it settles (no change for a frame or two), and at
 * the latest this long after it began: its cascade may replace the category cell hundreds of times in a
 * row, and reading a 500-field form after each burst of 40 ms cost agents 6–10 % more main-thread time
 * while typing (npm run bench, "cascade"). Typing is followed at most this often.
 */
const SETTLE_MS = 40;
const STRUCTURAL_MAX_MS = 250;
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
  /** When the structural burst being waited on began (its latest answer is then + STRUCTURAL_MAX_MS). */
  let burstStart = 0;
  const run = () => {
    scheduled = 0;
    const wasStructural = structural;
    structural = false;
    if (!signal.aborted) onChange(wasStructural);
  };
  const schedule = (isStructural: boolean) => {
    if (isStructural) {
      const now = performance.now();
      if (!structural) burstStart = now;
      structural = true;
      // Wait for the burst to settle, never longer than its cap: one read of the form per re-render.
      clearTimeout(scheduled);
      const wait = Math.max(0, Math.min(SETTLE_MS, burstStart + STRUCTURAL_MAX_MS - now));
      scheduled = window.setTimeout(run, wait);
      return;
    }
    // Plain typing refreshes at most every 150 ms: a keystroke costs a listener call, not a timer task (a
    // save always re-reads the form itself).
    if (scheduled) return;
    scheduled = window.setTimeout(run, TYPING_MS);
  };
  // Plain loops: SysAid's cascade can queue hundreds of records between two keystrokes.
  const hasElements = (nodes: NodeList) => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n && n.nodeType === 1 && n !== ignore) return true;
    }
    return false;
  };
  const observer = new MutationObserver((records) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (!r || r.target === ignore || ignore.contains(r.target)) continue;
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
