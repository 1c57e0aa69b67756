import { renewTabInstanceId, tabInstanceId } from './draft-keys';
import type { DraftStore } from './page-store';
import { isNewTicketKey, newTicketKeyOf } from './ticket-key';

/**
 * One live document per draft (README, "Rascunhos"): two tabs on the same numbered ticket, or a tab
 * duplicated with its sessionStorage (and so its tab id), would otherwise read and overwrite one
 * another's draft. Each document claims the storage key of the ticket it shows with a Web Lock, which
 * the browser releases when the document goes away (a reload gets it back at once).
 */
const PREFIX = 'sysaid-assist:';

/** How long a claim waits for a reloading document to let go of its lock before it counts as taken. */
const CLAIM_WAIT_MS = 1500;

export interface DraftClaims {
  /** Resolves true once this document holds `key`, false when another live document keeps it. */
  claim(key: string, waitMs?: number): Promise<boolean>;
  /** The answer of the claim on `key` under way (or whether it is held): writes wait for it. */
  settled(key: string): Promise<boolean>;
  /** Waits for `key` in the background (the other tab closes) and calls `acquired` once held. */
  claimLater(key: string, acquired: () => void): void;
  release(key: string): void;
  releaseAll(): void;
}

/** Without Web Locks (an old browser, a page that is not a secure context) every claim succeeds, as before. */
function draftClaims(locks: LockManager | undefined): DraftClaims {
  const held = new Map<string, () => void>();
  const waiting = new Map<string, AbortController>();
  const claiming = new Map<string, Promise<boolean>>();
  /** Let go of everything (the last copy of the script left): a lock granted after that is given back at once. */
  const gone = new AbortController();
  const take = (key: string, signal: AbortSignal, acquired: () => void) =>
    locks?.request(
      `${PREFIX}${key}`,
      { signal: AbortSignal.any([signal, gone.signal]) },
      () =>
        new Promise<void>((release) => {
          if (gone.signal.aborted) return release();
          held.set(key, release);
          acquired();
        }),
    );
  return {
    claim(key, waitMs = CLAIM_WAIT_MS) {
      if (!locks || held.has(key)) return Promise.resolve(true);
      const under = claiming.get(key);
      if (under) return under;
      const answer = new Promise<boolean>((resolve) => {
        const stop = new AbortController();
        // Let go of before it is granted (the page moved on): the request is withdrawn.
        waiting.set(key, stop);
        const timer = setTimeout(() => stop.abort(), waitMs);
        take(key, stop.signal, () => {
          clearTimeout(timer);
          waiting.delete(key);
          resolve(true);
        })?.catch(() => resolve(false));
      });
      claiming.set(key, answer);
      void answer.then(() => {
        if (claiming.get(key) === answer) claiming.delete(key);
        if (!held.has(key)) waiting.delete(key);
      });
      return answer;
    },
    settled: (key) => claiming.get(key) ?? Promise.resolve(!locks || held.has(key)),
    claimLater(key, acquired) {
      if (!locks || held.has(key) || waiting.has(key)) return;
      const stop = new AbortController();
      waiting.set(key, stop);
      take(key, stop.signal, () => {
        waiting.delete(key);
        acquired();
      })?.catch(() => waiting.delete(key));
    },
    release(key) {
      waiting.get(key)?.abort();
      waiting.delete(key);
      held.get(key)?.();
      held.delete(key);
    },
    releaseAll() {
      gone.abort();
      for (const key of [...held.keys(), ...waiting.keys()]) this.release(key);
    },
  };
}

// Content scripts of one extension share their isolated world: a second copy in the same document (injected
// again at install or update) is this same page, not another tab, so it shares the claims.
const SLOT = '__sysaidAssistClaims';
const slots = globalThis as unknown as Record<
  typeof SLOT,
  { claims: DraftClaims; users: number } | undefined
>;

/**
 * This document's claims, shared by every copy of the content script in it. `leave` when a copy's extension
 * goes: the last one out lets the tickets go, so a copy that starts in a new world can claim them.
 */
export function documentClaims(locks: LockManager | undefined): { claims: DraftClaims; leave(): void } {
  const slot = slots[SLOT] ?? { claims: draftClaims(locks), users: 0 };
  slots[SLOT] = slot;
  slot.users++;
  return {
    claims: slot.claims,
    leave() {
      if (--slot.users > 0) return;
      slot.claims.releaseAll();
      if (slots[SLOT] === slot) slots[SLOT] = undefined;
    },
  };
}

/** The drafts of a ticket page, as far as it owns them. */
export interface ClaimedStore extends DraftStore {
  /**
   * Claims the ticket this page shows (and a numbered ticket's just-saved new one), without holding up the
   * page: `owned`; `renewed` when this tab was a duplicate and now has its own id (its new ticket starts
   * blank); `other` when another tab has this numbered ticket open.
   */
  open(ticket: string): Promise<'owned' | 'renewed' | 'other'>;
  /** Calls `free` once the other tab that has this ticket open lets go of it. */
  whenFree(ticket: string, free: () => void): void;
  /** The page moved on from this ticket: another tab may take it. */
  leave(ticket: string): void;
}

/**
 * The drafts as a document that may not hold them sees them: a ticket another tab keeps is never written
 * or removed, so neither tab overwrites the other's call (the panel says so, `whenFree`). Reads do not wait
 * (a reload must not wait for the page it replaces to let go); writes wait for the claim's answer. A tab
 * duplicated by the browser carries the original's tab id: its new ticket finds that id taken and gets one
 * of its own (`storeOf` the new id), starting blank.
 */
export function claimedStore(
  win: Window,
  claims: DraftClaims,
  storeOf: (tab: string) => DraftStore,
): ClaimedStore {
  let store = storeOf(tabInstanceId(win));
  const key = (ticket: string) => store.storageKey(ticket);
  // Writes go to the store of the moment they were asked (a renewal meanwhile does not move them).
  const mine = (s: DraftStore, ticket: string) => claims.settled(s.storageKey(ticket));
  /** A numbered ticket goes with the new ticket it was saved from. */
  const withNew = (ticket: string) => (isNewTicketKey(ticket) ? [ticket] : [ticket, newTicketKeyOf(ticket)]);
  return {
    storageKey: key,
    get: (ticket) => store.get(ticket),
    put: async (ticket, draft) => {
      const s = store;
      if (await mine(s, ticket)) await s.put(ticket, draft);
    },
    remove: async (...tickets) => {
      const s = store;
      const owned = [];
      for (const t of tickets) if (await mine(s, t)) owned.push(t);
      if (owned.length) await s.remove(...owned);
    },
    async open(ticket) {
      if (await claims.claim(key(ticket))) {
        for (const t of withNew(ticket).slice(1)) await claims.claim(key(t));
        return 'owned';
      }
      if (!isNewTicketKey(ticket)) return 'other';
      store = storeOf(renewTabInstanceId(win));
      await claims.claim(key(ticket));
      return 'renewed';
    },
    whenFree: (ticket, free) => claims.claimLater(key(ticket), free),
    leave(ticket) {
      for (const t of withNew(ticket)) claims.release(key(t));
    },
  };
}
