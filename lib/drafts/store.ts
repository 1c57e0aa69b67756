import { browser } from 'wxt/browser';
import { isNewTicketKey } from '../assist/ticket-key';
import { type Draft, draftSchema } from './draft';

/**
 * Drafts live in storage.session: in memory, never on disk, gone when the browser closes (LGPD).
 * Only the background touches it, so content scripts need no access to it.
 */
const PREFIX = 'draft:';
/** A just-saved new ticket comes back under its number within this window. */
const SAVE_HANDOFF_MS = 2 * 60_000;

export function draftKey(ticket: string, tabId: number | undefined): string {
  return `${PREFIX}${isNewTicketKey(ticket) ? `${ticket}#tab${tabId ?? 0}` : ticket}`;
}

export async function getDraft(
  ticket: string,
  tabId: number | undefined,
  now = Date.now(),
): Promise<Draft | null> {
  const key = draftKey(ticket, tabId);
  const found = (await browser.storage.session.get(key))[key];
  const parsed = draftSchema.safeParse(found);
  if (parsed.success) return parsed.data;
  if (isNewTicketKey(ticket)) return null;
  // A new ticket just saved in this tab now has a number: its draft moves with it.
  const page = ticket.slice(0, ticket.lastIndexOf(':'));
  const fresh = draftKey(`${page}:novo`, tabId);
  const pending = draftSchema.safeParse((await browser.storage.session.get(fresh))[fresh]);
  if (pending.success && pending.data.savedAt && now - pending.data.savedAt < SAVE_HANDOFF_MS) {
    await browser.storage.session.set({ [key]: pending.data });
    await browser.storage.session.remove(fresh);
    return pending.data;
  }
  return null;
}

export async function putDraft(ticket: string, tabId: number | undefined, draft: Draft): Promise<void> {
  await browser.storage.session.set({ [draftKey(ticket, tabId)]: draft });
}

/** storage.session is emptied by an extension update: keep drafts across it, then put them back. */
const STASH = 'draftsAcrossUpdate';

export async function stashDraftsForUpdate(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const drafts = Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(PREFIX)));
  await browser.storage.local.set({ [STASH]: drafts });
}

export async function restoreStashedDrafts(): Promise<void> {
  const stash = (await browser.storage.local.get(STASH))[STASH];
  if (stash && typeof stash === 'object') await browser.storage.session.set(stash as Record<string, unknown>);
  await browser.storage.local.remove(STASH);
}
