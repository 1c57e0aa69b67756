import type { browser } from 'wxt/browser';
import { PAGE_CONFIG_KEY, PANEL_COLLAPSED_KEY } from '../../core/settings/page-config-key';
import { draftStorageKey, draftsToStartFrom, tabInstanceId } from '../drafts/draft-keys';
import { ticketKey } from '../drafts/ticket-key';

/** What every ticket page reads at start, besides the drafts it could start from. */
export const BOOT_KEYS = [PAGE_CONFIG_KEY, PANEL_COLLAPSED_KEY];

/** The storage keys of the drafts a ticket could start from, in this tab. */
export const startingDraftKeys = (ticket: string, tab: string) =>
  draftsToStartFrom(ticket).map((t) => draftStorageKey(t, tab));

// Content scripts of one extension share their isolated world: the page's own scripts cannot see this.
const SLOT = '__sysaidAssistFirstRead';

interface Started {
  keys: string;
  result: Promise<Record<string, unknown>>;
}

const slots = globalThis as unknown as Record<typeof SLOT, Started | undefined>;

// The browser's own promise-based API (MV3, Chrome and Firefox): the polyfill would be 10 KB to compile
// before the request could leave.
type Api = Partial<typeof browser>;
const nativeStorage = () => {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  return scope.browser?.storage ?? scope.chrome?.storage;
};

/**
 * Sends the page's one storage request at start (config + this ticket's drafts) from a script of a few
 * hundred bytes that runs before the main content script is compiled: on a loading SysAid page the
 * answer then tends to be there by DOMContentLoaded (p95 from it to a ready panel ~12 → ~8 ms, measured).
 */
export function startFirstRead(win: Window): void {
  const session = nativeStorage()?.session;
  if (!session) return;
  const keys = [...BOOT_KEYS, ...startingDraftKeys(ticketKey(win.location), tabInstanceId(win))];
  let result: Promise<Record<string, unknown>>;
  try {
    result = session.get(keys);
  } catch {
    return; // not opened to content scripts here: the main script asks as it always does
  }
  // The main script handles a refusal (Firefox); this only keeps it from being reported as unhandled.
  result.catch(() => undefined);
  slots[SLOT] = { keys: keys.join('\n'), result };
}

/** That request, when one was started for exactly these keys; taken once, so a later page start reads anew. */
export function takeFirstRead(keys: string[]): Promise<Record<string, unknown>> | undefined {
  const started = slots[SLOT];
  slots[SLOT] = undefined;
  return started?.keys === keys.join('\n') ? started.result : undefined;
}
