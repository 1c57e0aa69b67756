import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readBoot, watchConfig } from '../../lib/assist/boot';
import { DraftOwnership } from '../../lib/assist/draft-ownership';
import { startingDraftKeys } from '../../lib/assist/first-read';
import { followTicket } from '../../lib/assist/follow-ticket';
import { guardDocument } from '../../lib/assist/guarding';
import { offerHandoff, requestHandoff } from '../../lib/assist/handoff';
import { readHandoffKey } from '../../lib/assist/handoff-key';
import { asksFirst, openDraft, readDrafts } from '../../lib/assist/open-draft';
import {
  forgetSent,
  IN_PLACE_MS,
  notSaved,
  rememberSent,
  sentTicket,
  settleOnArrival,
} from '../../lib/assist/sent-save';
import { TicketSession } from '../../lib/assist/session';
import { BLANK_DRAFT } from '../../lib/drafts/blank';
import { documentClaims } from '../../lib/drafts/claims';
import { tabInstanceId } from '../../lib/drafts/draft-keys';
import { type DraftKeeper, draftKeeper } from '../../lib/drafts/keeper';
import { navigationKind, pageDraftStore } from '../../lib/drafts/page-store';
import { isNewTicketKey, templateIdOf, ticketKey } from '../../lib/drafts/ticket-key';
import { CLOUD_MATCHES } from '../../lib/hosts';
import { setLanguage } from '../../lib/i18n';
import { send } from '../../lib/messages/client';
import type { AuditMessage } from '../../lib/messages/schema';
import { App, type AppHandle } from '../../lib/panel/App';
import { listenForCommands } from '../../lib/panel/commands';
import { openLeadTools } from '../../lib/panel/lead-hook';
import { mountPanelHost } from '../../lib/panel/mount';
import type { Config } from '../../lib/settings/config';
import { rememberPanelCollapsed } from '../../lib/settings/ui-state';
import { DOCK_WIDTH, dockBeside } from '../../lib/sysaid/dock';
import { isTicketForm } from '../../lib/sysaid/locate';
import { observeForm } from '../../lib/sysaid/observe';
import { isServiceRecordPage } from '../../lib/sysaid/page-kind';
import { waitUntil } from '../../lib/sysaid/wait';

/*
 * Wiring only, in the order a SysAid page needs it: the save gate at document_start, the config and the
 * draft (read while SysAid loads), the ticket session, the panel, then what follows the page (SysAid's
 * re-renders, moving to another ticket, shortcuts). What each piece does lives in lib/.
 */
const HANDOFF_WAIT_MS = 1000;
/** Typing in the panel must not reach SysAid's own shortcuts and handlers. */
const PANEL_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'paste', 'focusin', 'focusout'];

export default defineContentScript({
  matches: CLOUD_MATCHES,
  allFrames: true,
  // document_start: the save gate stands before SysAid's first script; a save before the panel is
  // ready is held, never passed unchecked.
  runAt: 'document_start',
  // CSS travels inside the script: no web-accessible resource, so it also works on a team's own host.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const tab = tabInstanceId(window);
    // What this document owns of the drafts: another tab on the same ticket, or a duplicate of this one, is kept apart.
    const claims = documentClaims(navigator.locks);
    ctx.onInvalidated(() => claims.leave());
    const store = new DraftOwnership(window, claims.claims);
    const audit = (event: AuditMessage) => void send({ type: 'audit', event });
    // A save this tab sent a moment ago: this page (its number, the list, or the login page) is SysAid's answer.
    const showsTicket = isServiceRecordPage(location) && !isNewTicketKey(ticketKey(location));
    const arrival = settleOnArrival(window, pageDraftStore(tab), audit, showsTicket);
    // Other SysAid pages (end users, assets, note popups, login) share the ticket's buttons: not ours to guard.
    if (!isServiceRecordPage(location)) return;
    // The ticket this script works on: SysAid may move to another without a page load.
    const ticket = { key: ticketKey(location) };
    let keeper: DraftKeeper | undefined;
    let refusedBySysaid = () => {};
    let reopened = () => {};
    const guard = guardDocument(document, {
      // The page rewrote itself (document.open): the gate stands again by itself; the panel comes back.
      reopened: () => reopened(),
      // SysAid's own alert right after an allowed save: it did not take it.
      pageRefused: () => refusedBySysaid(),
      // SysAid's Cancel: the ticket is abandoned, and so is its draft.
      cancelled: () => void keeper?.drop(ticket.key),
      // A saved ticket's chat inactivity reminders end with it.
      allowed: () => void send({ type: 'inactivity:stop', ticket: ticket.key }),
      // The page tried to switch the guard off: ignored, and the lead sees it in the log.
      tampered: (what) => void send({ type: 'audit', event: { kind: 'tamper', checks: [], detail: what } }),
    });
    ctx.onInvalidated(() => guard.invalidated());

    // After an update the older script hands over what the agent typed, sealed with this key. Otherwise the
    // key is read once the panel is up: at page start it would be one more request to wait behind.
    let handoffKey = guard.hadOlderGuard ? readHandoffKey() : undefined;
    // One read at document_start, while SysAid's page is still loading: the config and this ticket's drafts
    // (sent already by the first-read script, when it ran).
    const boot = await readBoot(startingDraftKeys(ticket.key, tab));
    // The extension is gone or a newer script took over: the gate keeps holding, with its message.
    if (!boot || ctx.isInvalid) return;
    let config: Config = boot.config;
    setLanguage(config.settings.language, config.messages);
    // Listen from now on: a policy or settings change while the page loads is not missed.
    let afterConfigChange = () => {};
    watchConfig((next) => {
      config = next;
      setLanguage(config.settings.language, config.messages);
      afterConfigChange();
    }, ctx.signal);
    if (document.readyState === 'loading')
      await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    if (!(await waitUntil(document, () => isTicketForm(document), { signal: ctx.signal }))) return;
    if (ctx.isInvalid) return;

    let storeFailed = false;
    const drafts = draftKeeper(store, (failed) => {
      if (failed === storeFailed) return;
      storeFailed = failed;
      current.setStorageProblem(failed);
    });
    keeper = drafts;
    const ttlMs = () => config.settings.draftTtlHours * 3_600_000;

    // After an update, the old content script in this page hands over what the agent typed.
    const olderKey = await handoffKey;
    const handed = olderKey ? await requestHandoff(window, olderKey, HANDOFF_WAIT_MS) : undefined;
    // The older gate's one-time token: from now on the MAIN-world guard asks this gate, and the old one retires.
    if (handed?.token) guard.gate.join(handed.token);
    // The answer to this tab's save settles its draft first (SysAid took it: the caller's data is gone).
    const settled = arrival ? await arrival : undefined;
    // Claimed meanwhile: a reload must not wait for the page it replaces to let go (writes wait instead).
    const owning = store.open(ticket.key);
    const stored = readDrafts(store, ticket.key, settled ? undefined : boot.alsoRead);
    // A new ticket after a save SysAid never took (its session expired): that call is offered back.
    const recovering = isNewTicketKey(ticket.key) && notSaved((await stored).own);
    const navigation = recovering ? 'reload' : navigationKind(window);
    const opened =
      handed?.ticket === ticket.key
        ? handed.draft
        : await openDraft(store, ticket.key, navigation, ttlMs(), Date.now(), stored);
    // A reloaded new ticket starts blank and offers its call (an update's hand-over is no reload).
    const offered = !handed && asksFirst(ticket.key, navigation, opened) ? opened : undefined;
    const draft = offered ? undefined : opened;
    if (ctx.isInvalid) return;
    for (const event of handed?.audit ?? []) void send({ type: 'audit', event });

    const current: TicketSession = new TicketSession(
      {
        doc: document,
        settings: () => config.settings,
        playbooks: () => config.playbooks,
        now: () => new Date(),
        persist: (d, urgent) => drafts.persist(ticket.key, d, urgent),
        audit,
        sent: () => {
          if (!rememberSent(window, ticket.key)) return current.settleSent('taken');
          // No page load followed (SysAid saved in place, as Spaces does): this page is the answer.
          setTimeout(() => {
            if (sentTicket(window) !== ticket.key) return;
            forgetSent(window);
            current.settleSent('taken');
          }, IN_PLACE_MS);
        },
        signal: ctx.signal,
        isNewTicket: () => isNewTicketKey(ticket.key),
        templateId: () => templateIdOf(location),
        extensionVersion: browser.runtime.getManifest().version,
      },
      draft,
    );
    const otherTab = (key: string, open: boolean) => {
      current.setOtherTab(open);
      if (open) store.whenFree(key, () => ticket.key === key && current.setOtherTab(false));
    };
    const openedKey = ticket.key;
    void owning.then((owner) => {
      if (ticket.key !== openedKey) return;
      // Offered only once this page surely owns the call: a duplicated tab never offers the original's.
      if (owner === 'owned') {
        if (offered) current.offerResume(offered, recovering);
        return;
      }
      otherTab(ticket.key, owner === 'other');
    });
    refusedBySysaid = () => {
      forgetSent(window);
      current.settleSent('notTaken');
    };
    if (!draft) void send({ type: 'inactivity:stop', ticket: ticket.key }); // a timer of the previous ticket in this tab
    guard.ready({
      decide: (attempt) => current.decideSave(attempt),
      isBlocked: () => current.isBlocked(),
      failed: (error) => current.saveFailed(error),
    });
    const offerOnUpdate = (key: CryptoKey | undefined) => {
      if (!key || ctx.isInvalid) return;
      const stopOffering = offerHandoff(
        window,
        key,
        () => ({
          ticket: ticket.key,
          draft: current.draft(),
          audit: guard.lateAudit,
          token: guard.gate.rekey(),
        }),
        () => guard.tampered('handoff'),
      );
      // Offered only after this script lost its extension, and only while a successor may ask (a plain
      // timer: the context's own are cancelled once it is invalid).
      ctx.onInvalidated(() => setTimeout(stopOffering, 60_000));
    };

    afterConfigChange = () => {
      current.refresh();
      renderPanel();
    };

    // The chat inactivity timer: kept in the draft (a reload does not restart it), timed by background alarms.
    const setInactivity = (startedAt: number | undefined) => {
      current.setInactivity(startedAt);
      void send(
        startedAt
          ? { type: 'inactivity:start', ticket: ticket.key, label: current.view().ticketNumber ?? '' }
          : { type: 'inactivity:stop', ticket: ticket.key },
      );
    };
    let handle: AppHandle | undefined;
    let panelRoot: HTMLElement | undefined;
    let undock = () => {};
    ctx.onInvalidated(() => undock());
    // The lead tools' code is injected on demand (lib/panel/lead-hook.ts); this is what they work with.
    const openTools = (container: HTMLElement) =>
      openLeadTools(
        {
          container,
          config: () => config,
          onPick: async (field) => {
            // The picker runs in this frame, injected by the background only when a lead asks.
            if ((await send<boolean>({ type: 'mapping:pick', field })) !== true) return false;
            config = (await send<Config>({ type: 'config:get' })) ?? config;
            current.refresh();
            return true;
          },
        },
        () => void send({ type: 'leadTools:open' }),
      );
    // Rendered again when the config changes (policy, language), so the panel never shows stale rules.
    const renderPanel = () => {
      if (!panelRoot) return;
      render(
        <App
          session={current}
          playbooks={config.playbooks}
          settings={config.settings}
          openLeadTools={openTools}
          initiallyCollapsed={boot.panelCollapsed}
          onCollapsedChange={(c) => void rememberPanelCollapsed(c)}
          onLayout={(collapsed) => {
            undock();
            undock = dockBeside(document, collapsed ? DOCK_WIDTH.collapsed : DOCK_WIDTH.open);
          }}
          onInactivityChange={setInactivity}
          handle={(h) => {
            handle = h;
          }}
        />,
        panelRoot,
      );
    };
    const mount = () => mountPanelHost(document, config.panelCss, PANEL_EVENTS);
    let ui = mount();
    panelRoot = ui.container;
    renderPanel();
    handoffKey ??= readHandoffKey();
    void handoffKey.then(offerOnUpdate);
    ctx.onInvalidated(() => {
      render(null, ui.container);
      ui.remove();
    });

    const follow = () =>
      followTicket({
        shown: () => ticketKey(location),
        ticket,
        keeper: drafts,
        store,
        ttlMs,
        restore: (draft) => current.restore(draft ?? BLANK_DRAFT),
        claim: async (left, next) => {
          if (left === next) return () => undefined;
          store.leave(left);
          const owning = store.open(next);
          return () => void owning.then((owner) => ticket.key === next && otherTab(next, owner === 'other'));
        },
        stopInactivity: (left) => void send({ type: 'inactivity:stop', ticket: left }),
      });
    const observeTicket = (signal: AbortSignal) =>
      observeForm(
        document,
        ui.host,
        (target) => current.watches(target),
        async (structural) => {
          if (!(await follow())) current.refresh(structural);
        },
        signal,
      );
    let observing = new AbortController();
    observeTicket(observing.signal);
    ctx.onInvalidated(() => observing.abort());
    reopened = () => {
      const again = () => {
        if (ctx.isInvalid) return;
        render(null, ui.container);
        ui.remove();
        ui = mount();
        panelRoot = ui.container;
        renderPanel();
        observing.abort();
        observing = new AbortController();
        observeTicket(observing.signal);
        current.refresh();
      };
      // Right after document.open() there is no body yet (and close() may never come): mounted once there is.
      if (document.body) again();
      else {
        const wait = new MutationObserver(() => {
          if (!document.body) return;
          wait.disconnect();
          again();
        });
        wait.observe(document, { childList: true, subtree: true });
      }
      followLocation();
    };

    // The URL can change with no DOM change at all (history.pushState); listened to again after a rewrite.
    const followLocation = () => {
      ctx.addEventListener(window, 'wxt:locationchange', () => void follow());
      ctx.addEventListener(window, 'popstate', () => void follow());
    };
    followLocation();

    const stopCommands = listenForCommands(
      () => current.view().evaluation.scripts,
      {
        toggleCollapsed: () => handle?.toggleCollapsed(),
        toggleInactivity: () => setInactivity(current.view().inactivityStartedAt ? undefined : Date.now()),
      },
      () => ui.container,
    );
    ctx.onInvalidated(stopCommands);
  },
});
