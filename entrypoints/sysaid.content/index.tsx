import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TicketSession } from '../../lib/assist/session';
import { ticketKey } from '../../lib/assist/ticket-key';
import type { Draft } from '../../lib/drafts/draft';
import { draftSchema } from '../../lib/drafts/draft';
import { CLOUD_MATCHES } from '../../lib/hosts';
import { setLanguage } from '../../lib/i18n';
import { send } from '../../lib/messages/client';
import { CLOSING_SCRIPTS, commandMessageSchema, GREETING_SCRIPTS } from '../../lib/messages/commands';
import { App, type AppHandle } from '../../lib/panel/App';
import { copyText } from '../../lib/panel/clipboard';
import { resolvePlaybooks } from '../../lib/procedures/io';
import { loadSettings, watchSettings } from '../../lib/settings/store';
import { panelCollapsedItem } from '../../lib/settings/ui-state';
import { installSaveGuard } from '../../lib/sysaid/guard';
import { isTicketForm } from '../../lib/sysaid/locate';
import { observeForm, whenPresent } from '../../lib/sysaid/observe';
import panelCss from './style.css?inline';

export default defineContentScript({
  matches: CLOUD_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // CSS travels inside the script: no web-accessible resource, so it also works on a team's own host.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const life = new AbortController();
    ctx.onInvalidated(() => life.abort());
    if (!(await whenPresent(document, () => isTicketForm(document), life.signal))) return;

    let effective = await loadSettings();
    setLanguage(effective.settings.language);
    let playbooks = resolvePlaybooks(effective.settings.playbooks);
    ctx.onInvalidated(
      watchSettings(async () => {
        effective = await loadSettings();
        setLanguage(effective.settings.language);
        playbooks = resolvePlaybooks(effective.settings.playbooks);
        session.refresh();
      }),
    );

    let key = ticketKey(location);
    let persistTimer = 0;
    const session = new TicketSession({
      doc: document,
      settings: () => effective.settings,
      playbooks: () => playbooks,
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

    const restore = async () => {
      const stored = draftSchema.safeParse(await send({ type: 'draft:get', ticket: key }));
      if (stored.success) session.restore(stored.data);
    };
    await restore();

    let handle: AppHandle | undefined;
    const ui = await createShadowRootUi(ctx, {
      name: 'sysaid-assist',
      css: panelCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'change', 'paste', 'focusin', 'focusout'],
      onMount: (container) => {
        render(
          <App
            session={session}
            playbooks={playbooks}
            settings={effective.settings}
            initiallyCollapsed={false}
            onCollapsedChange={(c) => void panelCollapsedItem.setValue(c)}
            onInactivityChange={(startedAt) =>
              void send(
                startedAt
                  ? { type: 'inactivity:start', ticket: key, label: session.view().ticketNumber ?? '' }
                  : { type: 'inactivity:stop', ticket: key },
              )
            }
            handle={(h) => {
              handle = h;
            }}
          />,
          container,
        );
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
    if (await panelCollapsedItem.getValue()) handle?.toggleCollapsed();

    observeForm(document, ui.shadowHost, () => session.refresh(), life.signal);

    // SysAid moving to another ticket without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', async () => {
      const next = ticketKey(location);
      if (next === key) return;
      key = next;
      await restore();
      session.refresh();
    });

    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const message = commandMessageSchema.safeParse(raw);
      if (!message.success || !document.hasFocus()) return;
      const scripts = session.view().evaluation.scripts;
      switch (message.data.name) {
        case 'copy-greeting':
        case 'copy-closing': {
          const ids = message.data.name === 'copy-greeting' ? GREETING_SCRIPTS : CLOSING_SCRIPTS;
          const script = scripts.find((s) => ids.includes(s.id));
          if (script) void copyText(script.text, ui.uiContainer);
          break;
        }
        case 'toggle-panel':
          handle?.toggleCollapsed();
          break;
        case 'start-inactivity':
          handle?.toggleInactivity();
          break;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
