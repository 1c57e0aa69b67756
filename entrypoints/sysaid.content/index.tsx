import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TicketSession } from '../../lib/assist/session';
import { ticketKey } from '../../lib/assist/ticket-key';
import { BLANK_DRAFT } from '../../lib/drafts/blank';
import type { Draft } from '../../lib/drafts/draft';
import { CLOUD_MATCHES } from '../../lib/hosts';
import { setLanguage } from '../../lib/i18n';
import { send } from '../../lib/messages/client';
import { commandOf } from '../../lib/messages/commands';
import { App, type AppHandle } from '../../lib/panel/App';
import { runCommand } from '../../lib/panel/commands';
import type { Config, TicketOpening } from '../../lib/settings/config';
import { rememberPanelCollapsed, wasPanelCollapsed } from '../../lib/settings/ui-state';
import { installSaveGuard } from '../../lib/sysaid/guard';
import { isTicketForm } from '../../lib/sysaid/locate';
import { observeForm, whenPresent } from '../../lib/sysaid/observe';
import { pickElement, selectorFor } from '../../lib/sysaid/picker';
import panelCss from './style.css?inline';

export default defineContentScript({
  matches: CLOUD_MATCHES,
  allFrames: true,
  // document_end: SysAid's form is parsed and its inline scripts ran; whenPresent covers later forms.
  runAt: 'document_end',
  // CSS travels inside the script: no web-accessible resource, so it also works on a team's own host.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const life = new AbortController();
    ctx.onInvalidated(() => life.abort());
    if (!(await whenPresent(document, () => isTicketForm(document), life.signal))) return;

    // Settings and playbooks come validated from the background, so zod stays out of this script.
    let key = ticketKey(location);
    const opening = await send<TicketOpening>({ type: 'ticket:open', ticket: key });
    if (!opening) return; // the extension was reloaded under this page
    let config: Config = opening.config;
    setLanguage(config.settings.language);
    const onStorage = async (changes: Record<string, unknown>, area: string) => {
      if (area !== 'managed' && !('settings' in changes) && !('policyCache' in changes)) return;
      config = (await send<Config>({ type: 'config:get' })) ?? config;
      setLanguage(config.settings.language);
      session.refresh();
      renderPanel();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    const current = () => config;

    let persistTimer = 0;
    const session = new TicketSession({
      doc: document,
      settings: () => current().settings,
      playbooks: () => current().playbooks,
      now: () => new Date(),
      persist: (draft: Draft, urgent) => {
        clearTimeout(persistTimer);
        const put = () => void send({ type: 'draft:put', ticket: key, draft });
        if (urgent) put();
        else persistTimer = window.setTimeout(put, 250);
      },
      audit: (event) => void send({ type: 'audit', event }),
      signal: life.signal,
    });
    installSaveGuard(
      document,
      (a) => session.decideSave(a),
      () => session.isBlocked(),
      life.signal,
    );

    // The background validated the draft when it was stored.
    if (opening.draft) session.restore(opening.draft);

    // The chat inactivity timer: kept in the draft (a reload does not restart it), timed by background alarms.
    const setInactivity = (startedAt: number | undefined) => {
      session.setInactivity(startedAt);
      void send(
        startedAt
          ? { type: 'inactivity:start', ticket: key, label: session.view().ticketNumber ?? '' }
          : { type: 'inactivity:stop', ticket: key },
      );
    };
    let handle: AppHandle | undefined;
    let panelRoot: HTMLElement | undefined;
    // Rendered again when the config changes (policy, language), so the panel never shows stale rules.
    const renderPanel = () => {
      if (!panelRoot) return;
      render(
        <App
          session={session}
          playbooks={current().playbooks}
          settings={current().settings}
          mappingLocked={current().locked.includes('fieldMapping')}
          onPickField={async (field) => {
            const picked = await pickElement(document, ui.shadowHost, life.signal);
            const selector = picked ? selectorFor(picked) : undefined;
            if (!selector) return false;
            if ((await send<boolean>({ type: 'mapping:set', field, selector })) !== true) return false;
            config = (await send<Config>({ type: 'config:get' })) ?? config;
            session.refresh();
            return true;
          }}
          initiallyCollapsed={false}
          onCollapsedChange={(c) => void rememberPanelCollapsed(c)}
          onInactivityChange={setInactivity}
          handle={(h) => {
            handle = h;
          }}
        />,
        panelRoot,
      );
    };
    const ui = await createShadowRootUi(ctx, {
      name: 'sysaid-assist',
      css: panelCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'change', 'paste', 'focusin', 'focusout'],
      onMount: (container) => {
        panelRoot = container;
        renderPanel();
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
    if (await wasPanelCollapsed()) handle?.toggleCollapsed();

    // SysAid moving to another ticket without a page load: its own draft, or a blank panel.
    const followTicket = async () => {
      const next = ticketKey(location);
      if (next === key) return false;
      key = next;
      const stored = await send<Draft | null>({ type: 'draft:get', ticket: key });
      session.restore(stored ?? BLANK_DRAFT);
      return true;
    };
    observeForm(
      document,
      ui.shadowHost,
      (target) => session.watches(target),
      async (structural) => {
        if (!(await followTicket())) session.refresh(structural);
      },
      life.signal,
    );

    // The URL can change with no DOM change at all (history.pushState).
    ctx.addEventListener(window, 'wxt:locationchange', () => void followTicket());
    ctx.addEventListener(window, 'popstate', () => void followTicket());

    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const command = commandOf(raw);
      if (!command || !document.hasFocus()) return;
      runCommand(
        command,
        session.view().evaluation.scripts,
        {
          toggleCollapsed: () => handle?.toggleCollapsed(),
          toggleInactivity: () => setInactivity(session.view().inactivityStartedAt ? undefined : Date.now()),
        },
        ui.uiContainer,
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
