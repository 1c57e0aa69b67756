import { browser } from 'wxt/browser';
import type { Draft } from '../../core/drafts/draft';
import { send } from '../messages/client';
import { draftStorageKey } from './draft-keys';

/**
 * Drafts as a ticket page reads and writes them: straight in storage.session (in memory, never on
 * disk; the background opens it to content scripts), so opening a ticket needs no round trip to a
 * service worker that may be asleep. Where the browser refuses that access (Firefox), the background
 * does it on the page's behalf.
 */
export interface DraftStore {
  /** The storage.session key a ticket's draft is kept under. */
  storageKey(ticket: string): string;
  get(ticket: string): Promise<Draft | null>;
  /** Rejects when the browser could not keep it (the panel tells the agent). */
  put(ticket: string, draft: Draft): Promise<void>;
  remove(...tickets: string[]): Promise<void>;
}

/**
 * Shape check without zod (kept out of the content script); only this extension writes drafts. A hand copy
 * of draftSchema's required parts, held to it by tests/unit/assist/hand-copies.test.ts.
 */
export function looksLikeDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Partial<Draft>;
  const data = d.typed?.data;
  return typeof d.updatedAt === 'number' && !!data && typeof data === 'object' && !Array.isArray(data);
}

export const draftOrNull = (value: unknown): Draft | null => (looksLikeDraft(value) ? value : null);

export function pageDraftStore(tab: string): DraftStore {
  const key = (ticket: string) => draftStorageKey(ticket, tab);
  let direct = true;
  return {
    storageKey: key,
    async get(ticket) {
      const k = key(ticket);
      if (direct) {
        try {
          return draftOrNull((await browser.storage.session.get(k))[k]);
        } catch {
          direct = false;
        }
      }
      return draftOrNull(await send({ type: 'draft:get', key: k }));
    },
    async put(ticket, draft) {
      const k = key(ticket);
      if (direct) {
        try {
          await browser.storage.session.set({ [k]: draft });
          return;
        } catch (error) {
          // Memory full (a chat may hold 1 MB): the background makes room (lib/background/drafts/room.ts, code the
          // ticket page need not carry) and writes it.
          if (/access|not allowed|undefined/i.test(String(error))) direct = false;
          else if (!/quota/i.test(String(error))) throw error;
        }
      }
      if ((await send({ type: 'draft:put', key: k, draft })) !== true) throw new Error('draft not stored');
    },
    async remove(...tickets) {
      const keys = tickets.map(key);
      if (direct) {
        try {
          await browser.storage.session.remove(keys);
          return;
        } catch {
          direct = false;
        }
      }
      await send({ type: 'draft:remove', keys });
    },
  };
}

/** How this page was reached: only a reload brings a new ticket's draft back. */
export function navigationKind(win: Window): 'reload' | 'other' {
  const entry = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload' ? 'reload' : 'other';
}
