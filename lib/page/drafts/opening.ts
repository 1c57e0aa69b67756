import type { Draft } from '../../core/drafts/draft';

/** A just-saved ticket's draft is taken over by the page SysAid shows next within this window. */
export const HANDOFF_MS = 2 * 60_000;

export type NavigationKind = 'reload' | 'other';

interface OpeningInput {
  isNewTicket: boolean;
  /** How this page was reached: a reload of the same address, or anything else (list → Novo, a link). */
  navigation: NavigationKind;
  /** The draft stored under this ticket's key. */
  own: Draft | null;
  /** For a numbered ticket: the draft of a new ticket this tab just saved. */
  justSavedNew: Draft | null;
  now: number;
  ttlMs: number;
}

export interface Opening {
  /** What the panel starts from; undefined is a blank panel. */
  restore?: Draft;
  /** Store `restore` under this ticket's key and drop the new-ticket draft (the save gave it a number). */
  adoptNew: boolean;
  /** Drop the draft stored under this ticket's key (it belongs to a call that is over). */
  dropOwn: boolean;
}

const fresh = (d: Draft | null, now: number, ttlMs: number): d is Draft =>
  d !== null && now - d.updatedAt < ttlMs;
const justLeft = (d: Draft, now: number) => d.leftAt !== undefined && now - d.leftAt < HANDOFF_MS;

/**
 * Which draft a ticket page starts from. Every new ticket has the same address, so a new ticket
 * restores only on a reload of a ticket not yet saved; reached any other way (list → Novo) it starts
 * blank and the old draft is dropped: one caller's data never shows on the next caller's ticket.
 * A save that creates the number hands the draft to it.
 */
export function openingFor(input: OpeningInput): Opening {
  const { own, now, ttlMs } = input;
  const ownFresh = fresh(own, now, ttlMs);
  if (input.isNewTicket) {
    // A save SysAid never took (its session expired) left this call behind: it is offered back, not dropped.
    const unsaved = ownFresh && own.sent?.failed === true;
    const reloaded = ownFresh && input.navigation === 'reload' && own.leftAt === undefined;
    const restore = unsaved || reloaded ? own : undefined;
    return { restore, adoptNew: false, dropOwn: own !== null && !restore };
  }
  if (ownFresh && (own.leftAt === undefined || justLeft(own, now))) {
    return { restore: own, adoptNew: false, dropOwn: false };
  }
  const pending = input.justSavedNew;
  if (fresh(pending, now, ttlMs) && justLeft(pending, now)) {
    return { restore: pending, adoptNew: true, dropOwn: false };
  }
  return { adoptNew: false, dropOwn: own !== null };
}
