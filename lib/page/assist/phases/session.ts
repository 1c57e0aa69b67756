import { browser } from 'wxt/browser';
import { isNewTicketKey, templateIdOf } from '../../drafts/ticket-key';
import { send } from '../../messages/client';
import { forgetSent, IN_PLACE_MS, rememberSent, sentTicket } from '../sent-save';
import { TicketSession } from '../session';
import type { Booted } from './config';
import type { OpenedDraft } from './draft';
import type { GuardedPage } from './guard';
import type { Life, Step } from './sequence';

export interface StartedSession {
  session: TicketSession;
  /** Another tab has this ticket open (or not any more): the panel says so; this page keeps off its draft. */
  otherTab(ticket: string, open: boolean): void;
  /** The chat inactivity timer: kept in the draft (a reload does not restart it), timed by the background. */
  setInactivity(startedAt: number | undefined): void;
}

/**
 * The ticket session (lib/page/assist/session.ts) on the draft opened, and from now on it decides every save:
 * one held until now is decided at once.
 */
export function startSession(
  page: GuardedPage & Pick<Booted, 'live'> & OpenedDraft,
  life: Life,
): Step<StartedSession> {
  const { win, ticket, store, gate, hooks, live, keeper, draft, offered } = page;
  for (const event of page.handed?.audit ?? []) page.audit(event);
  const session: TicketSession = new TicketSession(
    {
      doc: win.document,
      settings: () => live.config.settings,
      playbooks: () => live.config.playbooks,
      now: () => new Date(),
      persist: (d, urgent) => keeper.persist(ticket.key, d, urgent),
      audit: page.audit,
      sent: () => {
        if (!rememberSent(win, ticket.key)) return session.settleSent('taken');
        // No page load followed (SysAid saved in place, as Spaces does): this page is the answer.
        setTimeout(() => {
          if (sentTicket(win) !== ticket.key) return;
          forgetSent(win);
          session.settleSent('taken');
        }, IN_PLACE_MS);
      },
      signal: life.signal,
      isNewTicket: () => isNewTicketKey(ticket.key),
      templateId: () => templateIdOf(win.location),
      extensionVersion: browser.runtime.getManifest().version,
    },
    draft,
  );
  let storeFailed = false;
  hooks.setStorageProblem = (failed) => {
    if (failed === storeFailed) return;
    storeFailed = failed;
    session.setStorageProblem(failed);
  };
  const otherTab = (key: string, open: boolean) => {
    session.setOtherTab(open);
    if (open) store.whenFree(key, () => ticket.key === key && session.setOtherTab(false));
  };
  const openedKey = ticket.key;
  void page.owning.then((owner) => {
    if (ticket.key !== openedKey) return;
    // Offered only once this page surely owns the call: a duplicated tab never offers the original's.
    if (owner === 'owned') {
      if (offered) session.offerResume(offered, page.notSaved);
      return;
    }
    otherTab(ticket.key, owner === 'other');
  });
  hooks.pageRefused = () => {
    forgetSent(win);
    session.settleSent('notTaken');
  };
  // A timer of the previous ticket in this tab.
  if (!draft) void send({ type: 'inactivity:stop', ticket: ticket.key });
  gate.ready({
    decide: (attempt) => session.decideSave(attempt),
    isBlocked: () => session.isBlocked(),
    failed: (error) => session.saveFailed(error),
  });
  const setInactivity = (startedAt: number | undefined) => {
    session.setInactivity(startedAt);
    void send(
      startedAt
        ? { type: 'inactivity:start', ticket: ticket.key, label: session.view().ticketNumber ?? '' }
        : { type: 'inactivity:stop', ticket: ticket.key },
    );
  };
  return { session, otherTab, setInactivity };
}
