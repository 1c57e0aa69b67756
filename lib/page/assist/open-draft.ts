import type { Draft } from '../../core/drafts/draft';
import { draftsToStartFrom } from '../drafts/draft-keys';
import { type NavigationKind, openingFor } from '../drafts/opening';
import { type DraftStore, draftOrNull } from '../drafts/page-store';
import { isNewTicketKey, newTicketKeyOf } from '../drafts/ticket-key';

export interface StoredDrafts {
  own: Draft | null;
  justSavedNew: Draft | null;
}

/**
 * What a ticket could start from: from `alreadyRead` (the page's first read, keyed by storage key)
 * when there is one, else read now.
 */
export async function readDrafts(
  store: DraftStore,
  ticket: string,
  alreadyRead?: Record<string, unknown>,
): Promise<StoredDrafts> {
  const [own = null, justSavedNew = null] = await Promise.all(
    draftsToStartFrom(ticket).map((t) =>
      alreadyRead ? draftOrNull(alreadyRead[store.storageKey(t)]) : store.get(t),
    ),
  );
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

/**
 * A reloaded new ticket's call is offered, not put back (PROCEDURES.md, "A reload asks"): agents press F5
 * to clear the form for the next caller. A draft with nothing in it is not worth asking about.
 */
export function asksFirst(
  ticket: string,
  navigation: NavigationKind,
  draft: Draft | undefined,
): draft is Draft {
  if (!draft || !isNewTicketKey(ticket) || navigation !== 'reload') return false;
  return draft.channel !== undefined || Object.values(draft.typed.data).some((v) => v?.trim());
}
