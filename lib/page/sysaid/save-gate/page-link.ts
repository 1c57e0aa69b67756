import {
  ANSWER_ATTRIBUTE,
  CAUSE_ATTRIBUTE,
  CHANNEL_HELLO_EVENT,
  LINKED_ATTRIBUTE,
  PAGE_ALERT_EVENT,
  REKEY_EVENT,
  RELEASE_EVENT,
  REOPENED_EVENT,
  RETIRE_EVENT,
  SAVE_REQUEST_EVENT,
  TAMPER_EVENT,
  TOKEN_ATTRIBUTE,
} from './protocol';

/** What the page hook says over the channel, answered by the held saves. */
export interface PageHookEvents {
  /** May this programmatic save go? `cause`: the page hook's CAUSE_ATTRIBUTE (null for SysAid's save API). */
  request(event: MouseEvent, cause: string | null): 'allow' | 'hold' | 'block';
  pageRefused(): void;
  tampered(what: string): void;
  /** A newer gate took over this document. */
  succeeded(): void;
  reopened(): void;
}

/**
 * The gate's end of the private channel to the page hook (protocol.ts): a detached element, never in the
 * document, so no page script reaches it. At document_start this is the first hello the MAIN world hears,
 * and it binds; after an extension update an older gate holds the channel, and this one joins with the
 * token the older one hands over.
 */
export class PageLink {
  readonly #channel: Element;
  readonly #win: Window | null;
  #succeeded = false;

  constructor(win: Window | null, doc: Document, on: PageHookEvents, signal: AbortSignal) {
    this.#win = win;
    const channel = doc.createElement('sysaid-assist-channel');
    this.#channel = channel;
    if (!win) return;
    const opts = { capture: true, signal };
    const listen = (type: string, handle: (e: Event) => void) => channel.addEventListener(type, handle, opts);
    listen(SAVE_REQUEST_EVENT, (e) =>
      channel.setAttribute(
        ANSWER_ATTRIBUTE,
        on.request(e as MouseEvent, channel.getAttribute(CAUSE_ATTRIBUTE)),
      ),
    );
    listen(PAGE_ALERT_EVENT, () => on.pageRefused());
    listen(TAMPER_EVENT, (e) => on.tampered(String((e as CustomEvent).detail)));
    listen(RETIRE_EVENT, () => {
      this.#succeeded = true;
      on.succeeded();
    });
    listen(REOPENED_EVENT, () => on.reopened());
  }

  hello(token?: string): boolean {
    const win = this.#win;
    if (!win) return false;
    if (token) this.#channel.setAttribute(TOKEN_ATTRIBUTE, token);
    win.dispatchEvent(new MouseEvent(CHANNEL_HELLO_EVENT, { relatedTarget: this.#channel }));
    this.#channel.removeAttribute(TOKEN_ATTRIBUTE);
    return this.linked;
  }

  /** Whether the page hook of this document asks this gate (false: an older gate still holds it). */
  get linked(): boolean {
    return this.#channel.hasAttribute(LINKED_ATTRIBUTE);
  }

  /** A one-time token for a successor: it lets exactly one hello replace this gate. */
  rekey(): string {
    const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16)).join('');
    this.tell(REKEY_EVENT, token);
    return token;
  }

  /** Stopping with no successor: the page hook may bind the next gate that comes. */
  release(): void {
    if (!this.#succeeded && this.linked) this.tell(RELEASE_EVENT);
  }

  /** Gate → page hook (protocol.ts): the held save may go (HELD_REPLAY_EVENT) or is refused, and so on. */
  tell(type: string, detail?: string): void {
    this.#channel.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
