import type { Draft } from '../drafts/draft';
import { type NavigationKind, openingFor } from '../drafts/opening';
import type { DraftStore } from '../drafts/page-store';
import { isNewTicketKey, newTicketKeyOf } from '../drafts/ticket-key';

/** The draft a ticket page starts from (see drafts/opening.ts), tidying the store as it goes. */
export async function openDraft(
  store: DraftStore,
  ticket: string,
  navigation: NavigationKind,
  ttlMs: number,
  now = Date.now(),
): Promise<Draft | undefined> {
  const isNewTicket = isNewTicketKey(ticket);
  const [own, justSavedNew] = await Promise.all([
    store.get(ticket),
    isNewTicket ? Promise.resolve(null) : store.get(newTicketKeyOf(ticket)),
  ]);
  const opening = openingFor({ isNewTicket, navigation, own, justSavedNew, now, ttlMs });
  if (opening.dropOwn) void store.remove(ticket).catch(() => undefined);
  if (opening.adoptNew) void store.remove(newTicketKeyOf(ticket)).catch(() => undefined);
  return opening.restore ? { ...opening.restore, leftAt: undefined } : undefined;
}
