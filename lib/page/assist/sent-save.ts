import type { Draft } from '../../core/drafts/draft';
import type { AuditMessage } from '../../core/messages/schema';
import type { DraftStore } from '../drafts/page-store';
import { withoutPersonalData } from '../drafts/personal-data';
import { looksLikeLoginPage } from '../sysaid/page-kind';

/**
 * A save counts when SysAid took it (PROCEDURES.md, "A save counts when SysAid took it"). The guard's
 * verdict travels in the ticket's draft (`sent`); this tab's next SysAid page says whether the save
 * landed: the numbered ticket or the list → logged as judged; SysAid's login page or an error page →
 * "not saved", and the draft waits to be offered back on the tab's next ticket. Only the ticket key is
 * kept in the page's sessionStorage (no data): the verdict itself stays in the extension's storage.
 */
const POINTER = 'sysaid-assist-sent';

/** What this page says about a save sent from its tab a moment ago. */
export type SaveAnswer = 'taken' | 'notTaken';

/** The log line for a save's verdict once SysAid answered: as judged, or "not saved" saying what it was. */
export const answeredVerdict = (event: AuditMessage, answer: SaveAnswer): AuditMessage =>
  answer === 'taken' ? event : { ...event, kind: 'notSaved', detail: `era: ${event.kind}` };

/** False when the tab cannot keep the pointer (no sessionStorage): the verdict is then logged at once. */
export function rememberSent(win: Window, ticket: string): boolean {
  try {
    win.sessionStorage.setItem(POINTER, ticket);
    return true;
  } catch {
    return false;
  }
}

export function sentTicket(win: Window): string | undefined {
  try {
    return win.sessionStorage.getItem(POINTER) ?? undefined;
  } catch {
    return undefined;
  }
}

export function forgetSent(win: Window): void {
  try {
    win.sessionStorage.removeItem(POINTER);
  } catch {
    // nothing to forget
  }
}

/** The page SysAid answered the save with: an HTTP error or its login page means it never landed. */
export function answerOf(doc: Document): SaveAnswer {
  const nav = doc.defaultView?.performance.getEntriesByType('navigation')[0] as
    | (PerformanceNavigationTiming & { responseStatus?: number })
    | undefined;
  if ((nav?.responseStatus ?? 200) >= 400) return 'notTaken';
  return looksLikeLoginPage(doc) ? 'notTaken' : 'taken';
}

export interface SettleHost {
  win: Window;
  store: DraftStore;
  audit(event: AuditMessage): void;
}

/**
 * On a page of this tab after a save left: logs the verdict when SysAid took it, or "not saved" and keeps
 * the draft (marked failed, offered back on the next ticket) when it did not. Returns the answer, or
 * undefined when no save was waiting.
 */
export async function settleSentSave(
  host: SettleHost,
  answer: SaveAnswer,
  /** The page shows the saved ticket by its number: the call is in SysAid, beyond doubt. */
  showsTicket = false,
): Promise<SaveAnswer | undefined> {
  const ticket = sentTicket(host.win);
  if (!ticket) return undefined;
  forgetSent(host.win);
  const draft = await host.store.get(ticket).catch(() => null);
  const sent = draft?.sent;
  if (!draft || !sent || sent.failed) return undefined;
  const event = sent.event as unknown as AuditMessage;
  host.audit(answeredVerdict(event, answer));
  if (answer === 'taken') {
    // The call's final save shows as its numbered ticket: the caller's data leaves the browser's storage at
    // once. An early Aplicar's call goes on (its draft stays whole); another answer page keeps it until the
    // next new ticket drops it.
    const done = showsTicket && event.kind !== 'early';
    const { sent: _, ...kept } = draft;
    await host.store.put(ticket, done ? withoutPersonalData(draft) : kept).catch(() => undefined);
  } else {
    // Kept whole, with what was typed, for "Recuperar o atendimento não salvo".
    await host.store.put(ticket, { ...draft, sent: { ...sent, failed: true } }).catch(() => undefined);
  }
  return answer;
}

/** A draft whose save never landed: its new ticket offers it back instead of starting blank. */
export const notSaved = (draft: Draft | null | undefined): boolean => draft?.sent?.failed === true;

/** How long a page that saved without loading another waits before it counts as SysAid's answer. */
export const IN_PLACE_MS = 10_000;

/**
 * On every SysAid page of the tab, as early as its document can be read: when a save from this tab was
 * waiting for SysAid's answer, this page is that answer. Costs one sessionStorage read otherwise. Resolves
 * once the draft is settled (undefined at once when no save was waiting): the page opens its draft after.
 */
export function settleOnArrival(
  win: Window,
  store: DraftStore,
  audit: (event: AuditMessage) => void,
  showsTicket: boolean,
): Promise<SaveAnswer | undefined> | undefined {
  if (!sentTicket(win)) return undefined;
  const doc = win.document;
  const settle = () => settleSentSave({ win, store, audit }, answerOf(doc), showsTicket);
  if (doc.readyState !== 'loading') return settle();
  return new Promise((resolve) =>
    doc.addEventListener('DOMContentLoaded', () => resolve(settle()), { once: true }),
  );
}
