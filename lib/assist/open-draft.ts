import type { Draft } from '../drafts/draft';
import { type NavigationKind, openingFor } from '../drafts/opening';
import type { DraftStore } from '../drafts/page-store';
import { isNewTicketKey, newTicketKeyOf } from '../drafts/ticket-key';

export interface StoredDrafts {
  own: Draft | null;
  justSavedNew: Draft | null;
}

/** Reads what a ticket could start from; started early (page start) so the panel need not wait. */
export async function readDrafts(store: DraftStore, ticket: string): Promise<StoredDrafts> {
  const [own, justSavedNew] = await Promise.all([
    store.get(ticket),
    isNewTicketKey(ticket) ? Promise.resolve(null) : store.get(newTicketKeyOf(ticket)),
  ]);
  return { own, justSavedNew };
}

/** The draft a ticket page starts from (see drafts/opening.ts), tidying the store as it goes. */
export async function openDraft(
  store: DraftStore,
  ticket: string,
  navigation: NavigationKind,
  ttlMs: number,
  now = Date.now(),
  stored: Promise<StoredDrafts> = readDrafts(store, ticket),
): Promise<Draft | undefined> {
  const isNewTicket = isNewTicketKey(ticket);
  const { own, justSavedNew } = await stored;
  const opening = openingFor({ isNewTicket, navigation, own, justSavedNew, now, ttlMs });
  if (opening.dropOwn) void store.remove(ticket).catch(() => undefined);
  if (opening.adoptNew) void store.remove(newTicketKeyOf(ticket)).catch(() => undefined);
  return opening.restore ? { ...opening.restore, leftAt: undefined } : undefined;
}
