import { browser } from 'wxt/browser';

/*
 * WXT's ContentScriptContext as the ticket page's content script gets it (wxt.config.ts aliases it there):
 * the members this extension uses, with WXT's own event names and messages, so the previous version's
 * script (WXT's class) stops when this one starts and the other way round. WXT's class, with its timers,
 * logger and event class, cost that script ~0.4 KB gzip more. tests/unit/content-script-context.test.ts
 * holds it to WXT's class and fails when code starts using a member this one lacks.
 */
const eventName = (name: string) => `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`;
const STARTED = eventName('wxt:content-script-started');

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  readonly #controller = new AbortController();
  #watching = false;

  constructor(readonly contentScriptName: string) {
    // Tells an older script of this extension to stop, then stops when a newer one says so. (WXT also
    // posts it to the page's own window for scripts built before WXT 0.20, which this extension never was.)
    const detail = { contentScriptName, messageId: this.id };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    const newer = (event: Event) => {
      const other = (event as CustomEvent<typeof detail>).detail;
      if (other?.contentScriptName === contentScriptName && other.messageId !== this.id) this.#invalidate();
    };
    document.addEventListener(STARTED, newer);
    this.onInvalidated(() => document.removeEventListener(STARTED, newer));
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The extension was reloaded, updated or removed under the page (its runtime is gone). */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.#invalidate();
    return this.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** Removed when the context goes; `wxt:locationchange` fires when the page's address changes in place. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void {
    if (type === 'wxt:locationchange' && !this.isInvalid) this.#watchLocation();
    target.addEventListener(type.startsWith('wxt:') ? eventName(type) : type, handler, {
      signal: this.signal,
    });
  }

  #invalidate(): void {
    this.#controller.abort('Content script context invalidated');
  }

  /**
   * SysAid moving to another address without a page load: the Navigation API, else a poll each second.
   * The listeners read `location` (WXT's event also carries the two URLs; nothing here reads them).
   */
  #watchLocation(): void {
    if (this.#watching) return;
    this.#watching = true;
    let last = location.href;
    const moved = (next: string) => {
      if (next === last) return;
      last = next;
      window.dispatchEvent(new Event(eventName('wxt:locationchange')));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function')
      navigation.addEventListener(
        'navigate',
        (e) => moved(new URL((e as Event & { destination: { url: string } }).destination.url).href),
        { signal: this.signal },
      );
    else {
      const poll = setInterval(() => moved(location.href), 1000);
      this.onInvalidated(() => clearInterval(poll));
    }
  }
}
