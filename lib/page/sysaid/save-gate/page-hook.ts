// The page hook: one closure (~250 lines on purpose), since its state must stay out of any page script's reach.

import {
  ANSWER_ATTRIBUTE,
  CAUSE_ATTRIBUTE,
  CHANNEL_HELLO_EVENT,
  HELD_DROP_EVENT,
  HELD_REPLAY_EVENT,
  LINKED_ATTRIBUTE,
  PAGE_ALERT_EVENT,
  REKEY_EVENT,
  RELEASE_EVENT,
  REOPENED_EVENT,
  REQUEST_ROUTES,
  RETIRE_EVENT,
  SAVE_REQUEST_EVENT,
  TAMPER_EVENT,
  TOKEN_ATTRIBUTE,
} from './protocol';
import { isSaveRequest, type SaveRequest } from './save-requests';

const MARK = '__sysaidAssistGuard';
/** A re-key token from the current gate is good for one hello, this long (the update hand-over). */
const REKEY_MS = 60_000;
/** Told when the gate does not answer at all (it never should): the save is held, never passed. */
const NO_ANSWER =
  'Assistente SysAid: não foi possível conferir este salvamento, e ele não foi enviado. Recarregue a página (F5) e salve de novo.';

type Route = keyof typeof REQUEST_ROUTES;
type Answer = 'allow' | 'hold' | 'block';

/**
 * Runs in the page's own world at document_start, before SysAid's scripts: they may save through
 * `form.submit()` / `requestSubmit()`, XHR or `fetch`, none of which fires an event the content script
 * could cancel. Each such save asks the content script's gate first, synchronously, over a private
 * channel: a detached element the gate hands over once, before any page script runs. Its state lives
 * in this closure, so a page script can neither read it nor forge an answer; without a positive answer
 * the save is held. With no gate in this document at all (not a ticket page) it stays out of the way.
 */
export function installPageHook(win: Window & typeof globalThis): void {
  const proto = win.HTMLFormElement.prototype;
  if (Object.hasOwn(proto, MARK)) return;
  // Not deletable: a page cannot make a re-injected copy install a second, unbound layer.
  Object.defineProperty(proto, MARK, { value: true });
  // Captured now: a page script patching these later changes nothing here.
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const listen = win.EventTarget.prototype.addEventListener;
  const listenOnWindow = win.addEventListener.bind(win);
  const getAttr = win.Element.prototype.getAttribute;
  const setAttr = win.Element.prototype.setAttribute;
  const removeAttr = win.Element.prototype.removeAttribute;
  const CustomEvt = win.CustomEvent;
  const MouseEvt = win.MouseEvent;
  const ElementType = win.Element;
  const now = () => win.performance.now();
  const alert = win.alert;
  const submit = proto.submit;
  const requestSubmit = proto.requestSubmit;
  const xhrProto = win.XMLHttpRequest.prototype;
  const open = xhrProto.open;
  const send = xhrProto.send;
  const fetch = win.fetch;

  let channel: Element | undefined;
  let token: string | undefined;
  let tokenUntil = 0;
  let held: { go(): void; fail(): void } | undefined;
  const lastSubmit = new WeakMap<HTMLFormElement, number>();

  const tell = (type: string, detail?: string) => {
    if (channel) dispatch.call(channel, new CustomEvt(type, { detail }));
  };
  const takeHeld = () => {
    const h = held;
    held = undefined;
    return h;
  };

  const bind = (next: Element) => {
    const previous = channel;
    channel = next;
    token = undefined;
    setAttr.call(next, LINKED_ATTRIBUTE, '');
    listen.call(next, REKEY_EVENT, (e) => {
      if (channel !== next) return;
      token = String((e as CustomEvent).detail ?? '');
      tokenUntil = now() + REKEY_MS;
    });
    listen.call(next, RELEASE_EVENT, () => {
      if (channel === next) channel = undefined;
    });
    listen.call(next, HELD_REPLAY_EVENT, () => channel === next && takeHeld()?.go());
    listen.call(next, HELD_DROP_EVENT, () => channel === next && takeHeld()?.fail());
    if (previous) dispatch.call(previous, new CustomEvt(RETIRE_EVENT));
  };

  const hello = (e: Event) => {
    e.stopImmediatePropagation();
    const offered = (e as MouseEvent).relatedTarget;
    if (!(offered instanceof ElementType) || offered.isConnected || offered === channel)
      return tell(TAMPER_EVENT, 'hello');
    const key = getAttr.call(offered, TOKEN_ATTRIBUTE);
    const rekeyed = token !== undefined && key === token && now() < tokenUntil;
    if (channel && !rekeyed) return tell(TAMPER_EVENT, 'hello');
    bind(offered);
  };
  // The first listener on window (document_start): no page listener sees a hello, let alone stops it.
  listenOnWindow(CHANNEL_HELLO_EVENT, hello, true);

  // document.open() erases every listener on the window and the document, the gate's too (the private
  // channel is detached, so it keeps its own): both stand up again before the rewritten page can be used.
  const docProto = win.Document.prototype;
  const reopen = docProto.open;
  const write = docProto.write;
  const writeln = docProto.writeln;
  const reopened = () => {
    listenOnWindow(CHANNEL_HELLO_EVENT, hello, true);
    tell(REOPENED_EVENT);
  };
  docProto.open = function guardedOpen(this: Document, ...args: unknown[]) {
    // With three arguments it is window.open: nothing is erased.
    const erases = this === win.document && args.length < 3;
    const result = (reopen as (...a: unknown[]) => unknown).apply(this, args);
    if (erases) reopened();
    return result;
  } as typeof reopen;
  const guardedWrite = (native: typeof write) =>
    function guardedWrite(this: Document, ...text: string[]) {
      // Written once the page has loaded, it opens the document anew first: opened here, so the gate stands
      // again before any script in what is written can run.
      if (this === win.document && this.readyState !== 'loading') {
        (reopen as (this: Document) => Document).call(this);
        reopened();
      }
      native.apply(this, text);
    };
  docProto.write = guardedWrite(write);
  docProto.writeln = guardedWrite(writeln);

  const ask = (route: Route, form: HTMLFormElement | null, request?: SaveRequest): Answer => {
    const gate = channel;
    if (!gate) return 'allow';
    removeAttr.call(gate, ANSWER_ATTRIBUTE);
    // A form posted by page code: the event being handled says whether a person's pick in a field caused it
    // (the category cascade). Only the browser's own events count: a page can fire any event it likes.
    const cause = request === 'form' ? (win as { event?: Event }).event : undefined;
    const target = cause?.target instanceof ElementType ? cause.target : null;
    if (request === 'form') setAttr.call(gate, CAUSE_ATTRIBUTE, target && cause?.isTrusted ? cause.type : '');
    else removeAttr.call(gate, CAUSE_ATTRIBUTE);
    const event = new MouseEvt(SAVE_REQUEST_EVENT, {
      relatedTarget: form ?? target,
      detail: REQUEST_ROUTES[route],
    });
    dispatch.call(gate, event);
    const answer = getAttr.call(gate, ANSWER_ATTRIBUTE);
    removeAttr.call(gate, ANSWER_ATTRIBUTE);
    if (answer === 'allow' || answer === 'hold' || answer === 'block') return answer;
    alert.call(win, NO_ANSWER);
    return 'block';
  };
  /** Asks, then sends, holds (replaced by a newer held save) or fails the save as SysAid would see it. */
  const decide = (
    route: Route,
    form: HTMLFormElement | null,
    go: () => void,
    fail: () => void,
    request?: SaveRequest,
  ) => {
    const answer = ask(route, form, request);
    if (answer === 'allow') return go();
    if (answer === 'block') return fail();
    takeHeld()?.fail();
    held = { go, fail };
  };

  // A second submit of the same form while the first is in flight would post the ticket twice.
  const duplicate = (form: HTMLFormElement): boolean => {
    const t = now();
    const last = lastSubmit.get(form);
    if (last !== undefined && t - last < 3000) return true;
    lastSubmit.set(form, t);
    return false;
  };
  const noop = () => {};

  proto.submit = function guardedSubmit(this: HTMLFormElement) {
    decide('submit', this, () => duplicate(this) || submit.call(this), noop);
  };
  if (requestSubmit) {
    proto.requestSubmit = function guardedRequestSubmit(
      this: HTMLFormElement,
      submitter?: HTMLElement | null,
    ) {
      decide('requestSubmit', this, () => requestSubmit.call(this, submitter), noop);
    };
  }

  // XHR and fetch: only a POST/PUT is looked at (typing and start-up never pay for it).
  const writes = new WeakMap<XMLHttpRequest, { method: string; url: string }>();
  const isWrite = (method: unknown) => {
    const m = typeof method === 'string' ? method.toUpperCase() : '';
    return m === 'POST' || m === 'PUT';
  };
  xhrProto.open = function guardedOpen(this: XMLHttpRequest, method: string, url: string | URL) {
    if (isWrite(method)) writes.set(this, { method, url: String(url) });
    else writes.delete(this);
    // biome-ignore lint/complexity/noArguments: open's optional arguments pass through as given
    return open.apply(this, arguments as unknown as Parameters<typeof open>);
  } as typeof open;
  xhrProto.send = function guardedSend(
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    const write = writes.get(this);
    const request = write && isSaveRequest(write.method, write.url, win.location.href, body);
    if (!request) return send.call(this, body as XMLHttpRequestBodyInit | null);
    decide(
      'xhr',
      null,
      () => send.call(this, body as XMLHttpRequestBodyInit | null),
      () => failXhr(win, this),
      request,
    );
  };
  if (fetch) {
    win.fetch = function guardedFetch(input: RequestInfo | URL, init?: RequestInit) {
      const request = input instanceof win.Request ? input : undefined;
      const method = init?.method ?? request?.method ?? 'GET';
      const saves =
        isWrite(method) &&
        isSaveRequest(method, request?.url ?? String(input), win.location.href, init?.body);
      if (!saves) return fetch.call(win, input, init);
      return new Promise<Response>((resolve, reject) =>
        decide(
          'fetch',
          null,
          () => resolve(fetch.call(win, input, init)),
          () => reject(new TypeError('Failed to fetch')),
          saves,
        ),
      );
    };
  }

  // SysAid refuses a save with its own alert() (ValidateFrm): the retry that follows is a new save.
  win.alert = function guardedAlert(this: Window, ...args: unknown[]) {
    tell(PAGE_ALERT_EVENT);
    return alert.apply(this, args as [string?]);
  };
}

/** A refused XHR ends the way a network failure does: readyState 4, status 0, `error` then `loadend`. */
function failXhr(win: Window & typeof globalThis, xhr: XMLHttpRequest): void {
  Object.defineProperty(xhr, 'readyState', { configurable: true, value: 4 });
  for (const type of ['readystatechange', 'error', 'loadend'])
    xhr.dispatchEvent(type === 'readystatechange' ? new win.Event(type) : new win.ProgressEvent(type));
}
