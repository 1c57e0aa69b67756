/**
 * A one-line message from the save gate that needs no panel: while a save is held before the panel
 * is ready ("conferindo…"), and after an update took the panel away. Plain DOM in its own shadow root,
 * set with textContent only.
 */
export interface GuardBanner {
  show(text: string, kind: 'status' | 'alert'): void;
  hide(): void;
}

const STYLE =
  ':host{all:initial}div{position:fixed;z-index:2147483647;left:50%;top:8px;transform:translateX(-50%);' +
  'max-width:560px;padding:10px 14px;border-radius:6px;font:14px/1.4 system-ui,sans-serif;' +
  'box-shadow:0 2px 8px rgba(0,0,0,.3);background:#fff4e5;color:#5f3600;border:2px solid #b35c00}' +
  'div[data-kind="status"]{background:#e8f1fb;color:#0b3a66;border-color:#1f5fa0}';

export function guardBanner(doc: Document): GuardBanner {
  let host: HTMLElement | undefined;
  let box: HTMLDivElement | undefined;
  return {
    show(text, kind) {
      if (!host?.isConnected) {
        host = doc.createElement('sysaid-assist-guard');
        const root = host.attachShadow({ mode: 'open' });
        const style = doc.createElement('style');
        style.textContent = STYLE;
        box = doc.createElement('div');
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
