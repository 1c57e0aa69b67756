/**
 * The panel's host: `<sysaid-assist>` with an open shadow root holding its own styles, so SysAid's CSS
 * never reaches in and ours never leaks out. Written here rather than with WXT's createShadowRootUi,
 * whose auto-mount helpers (wait-element, many-keys-map) cost the content script about 4 KB gzip
 * and kept it over its 35 KB budget; what we need of it is these few lines.
 */
export interface PanelHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

export function mountPanelHost(doc: Document, css: string, isolateEvents: string[]): PanelHost {
  const host = doc.createElement('sysaid-assist');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  root.append(style, container);
  // Typing in the panel must not reach SysAid's own shortcuts and handlers.
  for (const type of isolateEvents) host.addEventListener(type, (e) => e.stopPropagation());
  (doc.body ?? doc.documentElement).append(host);
  return { host, container, remove: () => host.remove() };
}
