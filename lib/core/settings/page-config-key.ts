/*
 * The storage keys ticket pages read directly at start, each page on its own (a leaf: the first-read script
 * and the content script carry no zod and no polyfill because of them).
 */

/** The page config the background publishes. */
export const PAGE_CONFIG_KEY = 'pageConfig';

/** The agent's last choice of a collapsed panel. */
export const PANEL_COLLAPSED_KEY = 'panelCollapsed';
