import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForCommands } from '../../../ui/panel/commands';
import { BLANK_DRAFT } from '../../drafts/blank';
import { ticketKey } from '../../drafts/ticket-key';
import { send } from '../../messages/client';
import { observeForm } from '../../sysaid/observe';
import { openDraft } from '../open-draft';
import type { Booted } from './config';
import type { OpenedDraft } from './draft';
import type { GuardedPage } from './guard';
import type { ShownPanel } from './panel';
import type { Step } from './sequence';
import type { StartedSession } from './session';

type Page = GuardedPage & Pick<Booted, 'live'> & Pick<OpenedDraft, 'keeper'> & StartedSession & ShownPanel;

/**
 * The page from now on: SysAid's re-renders, moving to another ticket without a page load (a DOM change, or
 * only the URL: history.pushState), the keyboard shortcuts, and the page rewriting its document
 * (document.open), after which the panel and these listeners come back.
 */
export function followPage(
  page: Page,
  ctx: Pick<ContentScriptContext, 'isInvalid' | 'addEventListener'>,
): Step<object> {
  const { win, ticket, store, hooks, session, panel, otherTab, keeper, live } = page;
  const doc = win.document;
  // SysAid moving to another ticket without a page load: the session takes that ticket's own draft, or
  // starts blank. True when the ticket changed.
  const follow = async () => {
    const next = ticketKey(win.location);
    if (next === ticket.key) return false;
    await keeper.flush();
    const left = ticket.key;
    ticket.key = next;
    // Lets go of the ticket left and claims the next (lib/page/drafts/claims.ts): another tab may have it open.
    let owning: ReturnType<typeof store.open> | undefined;
    if (left !== next) {
      store.leave(left);
      owning = store.open(next);
    }
    // Back to a ticket this page worked on is like a reload of it; any other is a fresh start.
    const restored = await openDraft(store, next, keeper.wrote(next) ? 'reload' : 'other', live.ttlMs());
    session.restore(restored ?? BLANK_DRAFT);
    void owning?.then((owner) => ticket.key === next && otherTab(next, owner === 'other'));
    if (!restored?.inactivityStartedAt) void send({ type: 'inactivity:stop', ticket: next });
    return true;
  };
  let observing: AbortController | undefined;
  const observeTicket = () => {
    observing?.abort();
    observing = new AbortController();
    observeForm(
      doc,
      panel.ui().host,
      (target) => session.watches(target),
      async (structural) => {
        if (!(await follow())) session.refresh(structural);
      },
      observing.signal,
    );
  };
  // The URL can change with no DOM change at all (history.pushState); listened to again after a rewrite.
  const followLocation = () => {
    ctx.addEventListener(win, 'wxt:locationchange', () => void follow());
    ctx.addEventListener(win, 'popstate', () => void follow());
  };
  hooks.reopened = () => {
    const again = () => {
      if (ctx.isInvalid) return;
      panel.remount();
      observeTicket();
      session.refresh();
    };
    // Right after document.open() there is no body yet (and close() may never come): mounted once there is.
    if (doc.body) again();
    else {
      const wait = new MutationObserver(() => {
        if (!doc.body) return;
        wait.disconnect();
        again();
      });
      wait.observe(doc, { childList: true, subtree: true });
    }
    followLocation();
  };
  observeTicket();
  followLocation();
  const stopCommands = listenForCommands(
    () => session.view().evaluation.scripts,
    {
      toggleCollapsed: () => panel.toggleCollapsed(),
      toggleInactivity: () => page.setInactivity(session.view().inactivityStartedAt ? undefined : Date.now()),
    },
    () => panel.ui().container,
  );
  return {
    teardown: () => {
      observing?.abort();
      stopCommands();
    },
  };
}
