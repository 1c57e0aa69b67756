/**
 * The handshake between the MAIN-world guard and the content script. A DOM event is synchronous
 * across worlds, and cancelling it is the only answer the page world needs: no data crosses.
 */
export const PROGRAMMATIC_SAVE_EVENT = 'sysaid-assist:programmatic-save';
/** Set on <html> while the content script guards this document. */
export const GUARD_READY_ATTRIBUTE = 'data-sysaid-assist-guard';
