/** Where ticket pages read their config directly (its own leaf: the content script carries no zod). */
export const PAGE_CONFIG_KEY = 'pageConfig';
