import type { AuditMessage } from '../../../core/messages/schema';
import { type ClaimedStore, claimedStore, documentClaims } from '../../drafts/claims';
import { tabInstanceId } from '../../drafts/draft-keys';
import { pageDraftStore } from '../../drafts/page-store';
import { isNewTicketKey, ticketKey } from '../../drafts/ticket-key';
import { send } from '../../messages/client';
import { isServiceRecordPage } from '../../sysaid/page-kind';
import { type DocumentGate, gateDocument } from '../../sysaid/save-gate/document-gate';
import type { SaveAnswer } from '../sent-save';
import { settleOnArrival } from '../sent-save';
import type { Step } from './sequence';

/**
 * What the gate and the drafts, up from the first moment, call on phases that come later: each sets its own,
 * and until then nothing happens.
 */
export interface PageHooks {
  /** The page rewrote itself (document.open): the gate stands again by itself; the panel comes back. */
  reopened?(): void;
  /** SysAid's own alert right after an allowed save: it did not take it. */
  pageRefused?(): void;
  /** SysAid's Cancel: the ticket is abandoned, and so is its draft. */
  cancelled?(): void;
  /** The browser could not keep the draft (or can again): the panel says so. */
  setStorageProblem?(failed: boolean): void;
}

export interface GuardedPage {
  win: Window;
  tab: string;
  audit(event: AuditMessage): void;
  /** The ticket this script works on: SysAid may move to another without a page load. */
  ticket: { key: string };
  /** The answer to a save this tab sent a moment ago, once this page settled it. */
  arrival?: Promise<SaveAnswer | undefined>;
  store: ClaimedStore;
  gate: DocumentGate;
  hooks: PageHooks;
}

/**
 * First, at document_start on every page of a SysAid host: a save this tab sent a moment ago is settled by
 * this page (its number, the list, or the login page is SysAid's answer). Other SysAid pages (end users,
 * assets, note popups, login) share the ticket's buttons but are not ours to guard: the sequence stops
 * there. On a ticket, the save gate stands before SysAid's first script, and the drafts are claimed
 * (lib/page/drafts/claims.ts: another tab on the same ticket, or a duplicate of this one, is kept apart).
 */
export function guardTicketPage(win: Window): Step<GuardedPage> {
  const tab = tabInstanceId(win);
  const audit = (event: AuditMessage) => void send({ type: 'audit', event });
  const key = ticketKey(win.location);
  const onTicket = isServiceRecordPage(win.location);
  const arrival = settleOnArrival(win, pageDraftStore(tab), audit, onTicket && !isNewTicketKey(key));
  if (!onTicket) return undefined;
  const claims = documentClaims(win.navigator.locks);
  const ticket = { key };
  const hooks: PageHooks = {};
  const gate = gateDocument(win.document, {
    reopened: () => hooks.reopened?.(),
    pageRefused: () => hooks.pageRefused?.(),
    cancelled: () => hooks.cancelled?.(),
    // A saved ticket's chat inactivity reminders end with it.
    allowed: () => void send({ type: 'inactivity:stop', ticket: ticket.key }),
    // The page tried to switch the gate off: ignored, and the lead sees it in the log.
    audit,
  });
  return {
    win,
    tab,
    audit,
    ticket,
    arrival,
    store: claimedStore(win, claims.claims, pageDraftStore),
    gate,
    hooks,
    teardown: () => {
      gate.invalidated();
      claims.leave();
    },
  };
}
