import type { FieldKey } from './vocabulary';

/**
 * `./field-labels` as the ticket page's content script gets it (wxt.config.ts aliases it there): filled
 * from the page's config with the field tables (lib/page/sysaid/field-captions-page.ts) before any check is
 * worded. tests/unit/sysaid/field-captions.test.ts holds it to ./field-labels.ts.
 */
export const FIELD_LABELS = {} as Record<FieldKey, string>;
