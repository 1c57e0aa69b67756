import { claimedStore, type DraftClaims } from '../drafts/claims';
import type { Draft } from '../drafts/draft';
import { renewTabInstanceId, tabInstanceId } from '../drafts/draft-keys';
import { type DraftStore, pageDraftStore } from '../drafts/page-store';
import { isNewTicketKey, newTicketKeyOf } from '../drafts/ticket-key';

/**
 * This page's drafts, as far as it owns them (lib/drafts/claims.ts). A tab duplicated by the browser
 * carries the original's tab id: its new ticket finds that id taken and gets one of its own, starting
 * blank. A numbered ticket another tab has open is shown without a draft and not written until that
 * tab lets go (`whenFree`); the panel says so rather than overwrite the other tab's call.
 */
export class DraftOwnership implements DraftStore {
  #inner: DraftStore;

  constructor(
    private readonly win: Window,
    private readonly claims: DraftClaims,
  ) {
    this.#inner = claimedStore(pageDraftStore(tabInstanceId(win)), claims);
  }

  storageKey(ticket: string): string {
    return this.#inner.storageKey(ticket);
  }
  get(ticket: string): Promise<Draft | null> {
    return this.#inner.get(ticket);
  }
  put(ticket: string, draft: Draft): Promise<void> {
    return this.#inner.put(ticket, draft);
  }
  remove(...tickets: string[]): Promise<void> {
    return this.#inner.remove(...tickets);
  }

  /**
   * Claims the ticket this page shows (and a numbered ticket's just-saved new one), without holding up the
   * page: `owned`; `renewed` when this tab was a duplicate and now has its own id (its new ticket starts
   * blank); `other` when another tab has this numbered ticket open.
   */
  async open(ticket: string): Promise<'owned' | 'renewed' | 'other'> {
    if (await this.claims.claim(this.storageKey(ticket))) {
      if (!isNewTicketKey(ticket)) await this.claims.claim(this.storageKey(newTicketKeyOf(ticket)));
      return 'owned';
    }
    if (!isNewTicketKey(ticket)) return 'other';
    this.#inner = claimedStore(pageDraftStore(renewTabInstanceId(this.win)), this.claims);
    await this.claims.claim(this.storageKey(ticket));
    return 'renewed';
  }

  /** Calls `free` once the other tab that has this ticket open lets go of it. */
  whenFree(ticket: string, free: () => void): void {
    this.claims.claimLater(this.storageKey(ticket), free);
  }

  /** The page moved on from this ticket: another tab may take it. */
  leave(ticket: string): void {
    this.claims.release(this.storageKey(ticket));
    if (!isNewTicketKey(ticket)) this.claims.release(this.storageKey(newTicketKeyOf(ticket)));
  }
}
