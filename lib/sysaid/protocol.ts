/**
 * The handshake between the MAIN-world guard and the content script. A DOM event is synchronous
 * across worlds, and cancelling it is the only answer the page world needs: no data crosses.
 */
export const PROGRAMMATIC_SAVE_EVENT = 'sysaid-assist:programmatic-save';
/** The content script lets a held programmatic save go: the MAIN world calls the page's own submit. */
export const REPLAY_SUBMIT_EVENT = 'sysaid-assist:replay-submit';
export const REPLAY_REQUEST_SUBMIT_EVENT = 'sysaid-assist:replay-request-submit';
/** SysAid refused a save with its own alert(): the agent's next click is a new save, not a double. */
export const PAGE_ALERT_EVENT = 'sysaid-assist:page-alert';
/** A newer content script's gate took over this document (after an extension update). */
export const GATE_TAKEOVER_EVENT = 'sysaid-assist:gate-takeover';
/** Set on <html> while a gate guards this document (from document_start on). */
export const GUARD_READY_ATTRIBUTE = 'data-sysaid-assist-guard';
