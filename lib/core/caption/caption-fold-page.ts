/**
 * `./caption-fold` as the ticket page's content script gets it (wxt.config.ts aliases it there): a page folds a
 * few captions and one description at a time, never a million chat texts, so the whole-text passes (the same
 * result, held by tests/unit/caption.test.ts) do, in a fraction of the script's size budget.
 */
export { foldWhole as foldCaption, foldWhole } from './caption-fold-whole';

/** No prefilter on a page: one description at a time is folded whole. */
export const phraseScan = (_groups: readonly (readonly string[])[]) => (_text: string) => -1;

/** No first-letter shortcut on a page (sameCaption folds both captions): a few comparisons at a time. */
export const FIRST_UNKNOWN = -1;
export const firstNormalized = (_text: string) => FIRST_UNKNOWN;
