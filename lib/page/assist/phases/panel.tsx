import { render } from 'preact';
import { App, type AppHandle } from '../../../ui/panel/App';
import { openLeadTools } from '../../../ui/panel/lead-hook';
import { mountPanelHost, type PanelHost } from '../../../ui/panel/mount';
import { send } from '../../messages/client';
import { DOCK_WIDTH, dockBeside } from '../../sysaid/dock';
import { rememberPanelCollapsed } from '../../ui-state';
import type { Booted } from './config';
import type { GuardedPage } from './guard';
import type { Step } from './sequence';
import type { StartedSession } from './session';

/** Typing in the panel must not reach SysAid's own shortcuts and handlers. */
const PANEL_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'paste', 'focusin', 'focusout'];

export interface ShownPanel {
  panel: {
    /** Its host now: mounted again when the page rewrites its document. */
    ui(): PanelHost;
    remount(): void;
    toggleCollapsed(): void;
  };
}

/** The panel, docked beside SysAid's page; drawn again whenever the config changes (policy, language). */
export function showPanel(
  page: Pick<GuardedPage, 'win'> & Pick<Booted, 'boot' | 'live'> & StartedSession,
): Step<ShownPanel> {
  const { win, live, session } = page;
  const doc = win.document;
  let handle: AppHandle | undefined;
  let undock = () => {};
  // The lead tools' code is injected on demand (lib/ui/panel/lead-hook.ts); this is what they work with.
  const openTools = (container: HTMLElement) =>
    openLeadTools(
      {
        container,
        config: () => live.config,
        picked: (config) => {
          live.config = config ?? live.config;
          session.refresh();
        },
      },
      () => void send({ type: 'leadTools:open' }),
    );
  const mount = () => mountPanelHost(doc, live.config.panelCss, PANEL_EVENTS);
  let ui = mount();
  const draw = () =>
    render(
      <App
        session={session}
        playbooks={live.config.playbooks}
        settings={live.config.settings}
        openLeadTools={openTools}
        initiallyCollapsed={page.boot.panelCollapsed}
        onCollapsedChange={(c) => void rememberPanelCollapsed(c)}
        onLayout={(collapsed) => {
          undock();
          undock = dockBeside(doc, collapsed ? DOCK_WIDTH.collapsed : DOCK_WIDTH.open);
        }}
        onInactivityChange={page.setInactivity}
        handle={(h) => {
          handle = h;
        }}
      />,
      ui.container,
    );
  const unmount = () => {
    render(null, ui.container);
    ui.remove();
  };
  draw();
  live.changed = () => {
    session.refresh();
    draw();
  };
  return {
    panel: {
      ui: () => ui,
      remount() {
        unmount();
        ui = mount();
        draw();
      },
      toggleCollapsed: () => handle?.toggleCollapsed(),
    },
    teardown: () => {
      undock();
      unmount();
    },
  };
}
