import type { browser as wxtBrowser } from 'wxt/browser';

type Api = typeof wxtBrowser;

/**
 * `wxt/browser` as the ticket page's content script gets it (wxt.config.ts aliases it there): the browser's
 * own promise-based extension API, which MV3 Chrome and Firefox both have. webextension-polyfill would be
 * ~3 KB gzip of the script's 35 KB budget, compiled on every SysAid page, for differences it never meets (it
 * answers no message; every message it sends is answered, or caught).
 */
const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
export const browser: Api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Api;
