import { isNewTicketKey, newTicketKeyOf } from './ticket-key';

/*
 * Where drafts live in storage.session. Kept apart from the store (no browser API, no messaging), so the
 * tiny first-read script can work the keys out before the main content script is even compiled.
 */

export const DRAFT_PREFIX = 'draft:';

/** The storage key: a new ticket's draft is this tab's own (every new ticket has the same address). */
export const draftStorageKey = (ticket: string, tab: string) =>
  `${DRAFT_PREFIX}${isNewTicketKey(ticket) ? `${ticket}#${tab}` : ticket}`;

/** The SysAid host a draft key was written for (`draft:<host><path>:<id>…`). */
export const draftHostOf = (key: string): string | undefined =>
  key.startsWith(DRAFT_PREFIX) ? key.slice(DRAFT_PREFIX.length).split('/')[0] : undefined;

/** The tickets whose drafts a ticket could start from: its own, and a just-saved new ticket's. */
export const draftsToStartFrom = (ticket: string) =>
  isNewTicketKey(ticket) ? [ticket] : [ticket, newTicketKeyOf(ticket)];

const TAB_KEY = 'sysaid-assist-tab';

/**
 * An id for this tab, kept in the page's sessionStorage (per tab, survives reloads; no personal data),
 * so two tabs with a new ticket each keep separate drafts without asking the background for the tab.
 */
/** A new id for this tab: a duplicated tab stops sharing the original's (lib/page/drafts/claims.ts). */
export function renewTabInstanceId(win: Window): string {
  const id = win.crypto.randomUUID();
  try {
    win.sessionStorage.setItem(TAB_KEY, id);
  } catch {
    // kept for this document only
  }
  return id;
}

export function tabInstanceId(win: Window): string {
  try {
    let id = win.sessionStorage.getItem(TAB_KEY);
    if (!id) {
      id = win.crypto.randomUUID();
      win.sessionStorage.setItem(TAB_KEY, id);
    }
    return id;
  } catch {
    return 'tab';
  }
}
