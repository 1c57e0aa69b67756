import type { Draft } from '../drafts/draft';
import type { DraftKeeper } from '../drafts/keeper';
import type { DraftStore } from '../drafts/page-store';
import { openDraft } from './open-draft';

export interface TicketFollower {
  /** The ticket this page shows now (SysAid's address). */
  shown(): string;
  /** The ticket the session works on; moved to the one shown. */
  ticket: { key: string };
  keeper: DraftKeeper;
  store: DraftStore;
  ttlMs(): number;
  /** The session starts over from this draft, or blank. */
  restore(draft: Draft | undefined): void;
  /** The chat inactivity reminders of a ticket left behind stop. */
  stopInactivity(ticket: string): void;
  /**
   * Lets go of the ticket left and claims the next (lib/drafts/claims.ts); what it returns runs once the
   * session shows the next ticket (the panel says when another tab has it).
   */
  claim?(left: string, next: string): Promise<() => void>;
}

/**
 * SysAid moving to another ticket without a page load: the session takes that ticket's own draft, or
 * starts blank. True when the ticket changed.
 */
export async function followTicket(page: TicketFollower): Promise<boolean> {
  const next = page.shown();
  if (next === page.ticket.key) return false;
  await page.keeper.flush();
  const left = page.ticket.key;
  page.ticket.key = next;
  const claimed = await page.claim?.(left, next);
  // Back to a ticket this page worked on is like a reload of it; any other is a fresh start.
  const navigation = page.keeper.wrote(next) ? 'reload' : 'other';
  const restored = await openDraft(page.store, next, navigation, page.ttlMs());
  page.restore(restored);
  claimed?.();
  if (!restored?.inactivityStartedAt) page.stopInactivity(next);
  return true;
}
