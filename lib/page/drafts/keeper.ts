import type { Draft } from '../../core/drafts/draft';
import type { DraftStore } from './page-store';

const DEBOUNCE_MS = 250;

/** Nothing typed, nothing chosen, no timer: not worth keeping (and a blank panel needs no draft). */
const isEmpty = (d: Draft) =>
  !d.channel &&
  !d.outcome &&
  !d.inactivityStartedAt &&
  !d.leftAt &&
  Object.values(d.typed.data).every((v) => !v) &&
  !d.typed.ticked?.length;

/**
 * Writes drafts a moment after typing stops, always under the ticket they belong to: moving to another
 * ticket within the pause writes the first ticket's draft first. A failed write is reported once, so
 * the panel can tell the agent instead of failing silently.
 */
export function draftKeeper(store: DraftStore, onProblem: (failed: boolean) => void) {
  let pending: { ticket: string; draft: Draft } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stored = new Set<string>();

  const flush = async () => {
    clearTimeout(timer);
    const next = pending;
    pending = undefined;
    if (!next) return;
    try {
      if (isEmpty(next.draft)) {
        // Also a draft an earlier page wrote (a reload's offer discarded): nothing personal stays behind.
        stored.delete(next.ticket);
        await store.remove(next.ticket);
      } else {
        await store.put(next.ticket, next.draft);
        stored.add(next.ticket);
      }
      onProblem(false);
    } catch {
      onProblem(true);
    }
  };

  return {
    persist(ticket: string, draft: Draft, urgent = false): void {
      if (pending && pending.ticket !== ticket) void flush();
      pending = { ticket, draft };
      clearTimeout(timer);
      if (urgent) void flush();
      else timer = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    flush,
    /** Whether this page wrote a draft for that ticket (SysAid moving back to it without a reload). */
    wrote: (ticket: string) => stored.has(ticket),
    /** The ticket was cancelled: its draft goes, and nothing pending writes it back. */
    async drop(...tickets: string[]): Promise<void> {
      if (pending && tickets.includes(pending.ticket)) {
        clearTimeout(timer);
        pending = undefined;
      }
      for (const t of tickets) stored.delete(t);
      await store.remove(...tickets);
    },
  };
}

export type DraftKeeper = ReturnType<typeof draftKeeper>;
