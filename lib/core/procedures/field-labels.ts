import { captionsFor } from './captions';
import type { FieldKey } from './vocabulary';

/**
 * How agents and leads call each SysAid field (messages, the options page, the reports), from the one caption
 * table (./captions.ts). The ticket page's content script gets ./field-labels-page.ts instead (wxt.config.ts):
 * the labels come with its config.
 */
export const FIELD_LABELS: Record<FieldKey, string> = /* @__PURE__ */ captionsFor((c) => c.name);
