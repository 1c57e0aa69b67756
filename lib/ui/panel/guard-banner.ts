import bannerCss from './guard-banner.css?inline';
/**
 * A one-line message from the save gate that needs no panel: while a save is held before the panel
 * is ready ("conferindo…"), and after an update took the panel away. Plain DOM in its own shadow root,
 * set with textContent only.
 */
export interface GuardBanner {
  show(text: string, kind: 'status' | 'alert'): void;
  hide(): void;
}

/** Its own small stylesheet: the banner may show before the panel's (which comes with the config). */
export function guardBanner(doc: Document): GuardBanner {
  let host: HTMLElement | undefined;
  let box: HTMLDivElement | undefined;
  return {
    show(text, kind) {
      if (!host?.isConnected) {
        host = doc.createElement('sysaid-assist-guard');
        const root = host.attachShadow({ mode: 'open' });
        const style = doc.createElement('style');
        style.textContent = bannerCss;
        box = doc.createElement('div');
        box.className = 'guard-banner';
        root.append(style, box);
        (doc.body ?? doc.documentElement).append(host);
      }
      if (!box) return;
      box.dataset.kind = kind;
      box.setAttribute('role', kind);
      box.textContent = text;
    },
    hide() {
      host?.remove();
      host = undefined;
    },
  };
}
