// The save gate (one class, ~240 lines on purpose: every route to a save in one place, none missed in review).

import { firing } from './own-events';
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
import { isTicketFormElement, ticketControlOf } from './save-controls';
import { SAVE } from './selectors';

export type SaveRoute = 'click' | 'submit' | 'programmatic';

export interface SaveAttempt {
  route: SaveRoute;
  /** "Aplicar" (save and stay), the only save a playbook may let through early. */
  isApply: boolean;
}

export type SaveDecision = 'allow' | 'block';

/** Who decides: the ticket session once ready, or a stand-in that blocks (extension updating). */
export interface SaveDecider {
  /** Called synchronously; the ticket as it is this instant decides. */
  decide(attempt: SaveAttempt): SaveDecision;
  /** Whether a save would be refused now (the presses around a click are swallowed then). */
  isBlocked(): boolean;
  /** The decision threw: the save stays blocked and the agent is told. */
  failed(error: unknown, attempt: SaveAttempt): void;
}

export interface GateEvents {
  /** A save came before the extension was ready: it is held ("conferindo…"). */
  held?(attempt: SaveAttempt): void;
  /** The agent cancelled the ticket (SysAid's Cancel). */
  cancelled?(): void;
  /** An allowed save left for SysAid. */
  allowed?(attempt: SaveAttempt): void;
  /** Another click while the allowed save is on its way (swallowed: it would post the ticket twice). */
  inFlight?(): void;
  /** SysAid refused the save itself (its own alert): the next click is a new save. */
  pageRefused?(): void;
  /** A newer gate took over this document. */
  retired?(): void;
  /** The page rewrote its document (document.open): the gate stands again; the panel must too. */
  reopened?(): void;
  /** The page tried to forge the handshake with the MAIN-world guard (ignored; `what` says how). */
  tampered?(what: string): void;
}

interface HeldSave {
  attempt: SaveAttempt;
  replay: () => void;
  /** The held save will not go: the page's own request fails (a held XHR/fetch in the MAIN world). */
  drop?: () => void;
}

const FORM_ROUTES: readonly number[] = [REQUEST_ROUTES.submit, REQUEST_ROUTES.requestSubmit];
/** A person's own change to a field's value: the form posted while it is handled reloads a section. */
const FIELD_EVENTS = new Set(['change', 'input']);
/** A person's pick in SysAid's list widget (its handler sets the list and runs the cascade). */
const PICK_EVENTS = new Set(['click', 'mouseup', 'pointerup']);
const FIELD_CONTROLS =
  'select, textarea, input:not([type="button"], [type="submit"], [type="image"], [type="reset"])';

/** The submit or programmatic save that an allowed click causes is that same save, not another. */
const CHAIN_MS = 1500;
/** A second click while an allowed save is on its way would post the ticket twice. */
const IN_FLIGHT_MS = 4000;

/** SysAid's inline validation message is on screen (a save it refused without an alert). */
function inlineValidationShown(doc: Document): boolean {
  for (const el of doc.querySelectorAll<HTMLElement>(SAVE.inlineValidation)) {
    if (!el.hidden && el.style.display !== 'none' && (el.textContent ?? '').trim()) return true;
  }
  return false;
}
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'auxclick'] as const;

function stop(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Stands in front of every way a ticket save reaches SysAid from this document, from the page's first
 * moment: clicks on its save controls (capture phase, before SysAid's handlers), the form's submit
 * event (Enter in a field), and programmatic submits the MAIN-world guard reports. With no decider
 * yet, a save is held and decided as soon as one is set; it is never passed unchecked. Longer than our
 * usual file on purpose: every route to a save is in this one class, so none can be missed in review.
 */
export class SaveGate {
  #decider?: SaveDecider;
  #heldSave?: HeldSave;
  #replaying = false;
  #leaving = false;
  #allowedClickAt = Number.NEGATIVE_INFINITY;
  readonly #life = new AbortController();
  /** The listeners on the window, added again when the page's document.open() erased them. */
  #armed = new AbortController();
  /** Private to this gate and the MAIN-world guard: never in the document, so no page script reaches it. */
  readonly #channel: Element;
  #succeeded = false;

  constructor(
    private readonly doc: Document,
    private readonly events: GateEvents = {},
  ) {
    this.#channel = doc.createElement('sysaid-assist-channel');
    const win = doc.defaultView;
    if (!win) return;
    const opts = { capture: true, signal: this.#life.signal };
    const channel = this.#channel;
    channel.addEventListener(SAVE_REQUEST_EVENT, (e) => this.#onRequest(e as MouseEvent), opts);
    channel.addEventListener(PAGE_ALERT_EVENT, () => this.#pageRefused(), opts);
    channel.addEventListener(
      TAMPER_EVENT,
      (e) => this.events.tampered?.(String((e as CustomEvent).detail)),
      opts,
    );
    channel.addEventListener(
      RETIRE_EVENT,
      () => {
        this.#succeeded = true;
        this.retire();
      },
      opts,
    );
    // At document_start this is the first hello the MAIN world hears, and it binds; after an extension
    // update an older gate holds the channel, and this one joins with the token the older one hands over.
    this.#hello();
    this.#arm(win);
    channel.addEventListener(
      REOPENED_EVENT,
      () => {
        this.#arm(win);
        this.events.reopened?.();
      },
      opts,
    );
  }

  #arm(win: Window): void {
    this.#armed.abort();
    this.#armed = new AbortController();
    if (this.retired) return;
    const opts = { capture: true, signal: this.#armed.signal };
    // The page is going (the save's answer is loading): a click now is a repeat, whatever the page shows.
    const leaving = () => {
      this.#leaving = true;
    };
    win.addEventListener('pagehide', leaving, opts);
    win.addEventListener('beforeunload', leaving, opts);
    win.addEventListener('click', (e) => this.#onClick(e), opts);
    for (const type of PRESS_EVENTS) win.addEventListener(type, (e) => this.#onPress(e), opts);
    win.addEventListener('dblclick', (e) => ticketControlOf(e.target) && stop(e), opts);
    win.addEventListener('submit', (e) => this.#onSubmit(e as SubmitEvent), opts);
  }

  #hello(token?: string): boolean {
    const win = this.doc.defaultView;
    if (!win || this.retired) return false;
    if (token) this.#channel.setAttribute(TOKEN_ATTRIBUTE, token);
    win.dispatchEvent(new MouseEvent(CHANNEL_HELLO_EVENT, { relatedTarget: this.#channel }));
    this.#channel.removeAttribute(TOKEN_ATTRIBUTE);
    return this.linked;
  }

  /** Whether the MAIN-world guard of this document asks this gate (false: an older gate still holds it). */
  get linked(): boolean {
    return this.#channel.hasAttribute(LINKED_ATTRIBUTE);
  }

  /** Takes over from the older gate with the one-time token it handed over (see `rekey`). */
  join(token: string): boolean {
    return this.linked || this.#hello(token);
  }

  /**
   * A one-time token for a successor (after an extension update): it reaches the successor sealed with
   * the extension's key, and lets exactly one hello replace this gate.
   */
  rekey(): string | undefined {
    if (!this.linked || this.retired) return undefined;
    const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16)).join('');
    this.#channel.dispatchEvent(new CustomEvent(REKEY_EVENT, { detail: token }));
    return token;
  }

  /** Sets who decides; a held save is decided at once. */
  setDecider(decider: SaveDecider | undefined): void {
    this.#decider = decider;
    const held = this.#heldSave;
    if (!decider || !held) return;
    this.#heldSave = undefined;
    if (this.#ask(held.attempt) === 'allow') this.#replayAllowed(held.replay);
    else held.drop?.();
  }

  /** The save waiting for the extension, if any. */
  get held(): SaveAttempt | undefined {
    return this.#heldSave?.attempt;
  }

  /** Forgets a held save (the agent was told it did not go). */
  dropHeld(): void {
    const held = this.#heldSave;
    this.#heldSave = undefined;
    held?.drop?.();
  }

  /** Stops guarding this document (a newer gate took over, or the page is going away). */
  retire(): void {
    if (this.#life.signal.aborted) return;
    this.dropHeld();
    this.#life.abort();
    this.#armed.abort();
    // Stopping with no successor: the MAIN world may bind the next gate that comes (not a page script:
    // only this gate can reach the channel).
    if (!this.#succeeded && this.linked) this.#channel.dispatchEvent(new CustomEvent(RELEASE_EVENT));
    this.events.retired?.();
  }

  get retired(): boolean {
    return this.#life.signal.aborted;
  }

  #ask(attempt: SaveAttempt): SaveDecision {
    const decider = this.#decider;
    if (!decider) return 'block';
    try {
      const decision = decider.decide(attempt);
      if (decision === 'allow') this.events.allowed?.(attempt);
      return decision;
    } catch (error) {
      try {
        decider.failed(error, attempt);
      } catch {
        // telling the agent failed too; the save stays blocked all the same
      }
      return 'block';
    }
  }

  #hold(attempt: SaveAttempt, replay: () => void, drop?: () => void): void {
    // One save waits at a time: an older one is refused as the newer takes its place.
    this.#heldSave?.drop?.();
    this.#heldSave = { attempt, replay, drop };
    this.events.held?.(attempt);
  }

  #replayAllowed(replay: () => void): void {
    this.#replaying = true;
    try {
      replay();
    } finally {
      this.#replaying = false;
    }
  }

  #chained(): boolean {
    return performance.now() - this.#allowedClickAt < CHAIN_MS;
  }

  #pageRefused(): void {
    const inFlight = performance.now() - this.#allowedClickAt < IN_FLIGHT_MS;
    this.#allowedClickAt = Number.NEGATIVE_INFINITY;
    if (inFlight) this.events.pageRefused?.();
  }

  /** SysAid answered a save on the page itself (an inline validation message): the next click is a new save. */
  answered(): void {
    this.#allowedClickAt = Number.NEGATIVE_INFINITY;
  }

  #onClick(event: Event): void {
    if (this.#replaying) return;
    const control = ticketControlOf(event.target);
    if (!control) return;
    if (control.role === 'cancel') {
      this.events.cancelled?.();
      return;
    }
    if (performance.now() - this.#allowedClickAt < IN_FLIGHT_MS) {
      // SysAid answered on the page (an inline "campo obrigatório"): the agent fixed it, this is a new save.
      if (!this.#leaving && inlineValidationShown(this.doc)) this.answered();
      else {
        stop(event);
        this.events.inFlight?.();
        return;
      }
    }
    const attempt: SaveAttempt = { route: 'click', isApply: control.role === 'apply' };
    if (!this.#decider) {
      stop(event);
      this.#hold(attempt, () => {
        this.#allowedClickAt = performance.now();
        (control.el as HTMLElement).click();
      });
      return;
    }
    if (this.#ask(attempt) !== 'allow') {
      stop(event);
      return;
    }
    // Allowed: the agent's own click goes on to SysAid untouched.
    this.#allowedClickAt = performance.now();
  }

  #onPress(event: Event): void {
    if (this.#replaying) return;
    const control = ticketControlOf(event.target);
    if (!control || control.role === 'cancel') return;
    let blocked = true;
    try {
      blocked = !this.#decider || this.#decider.isBlocked();
    } catch {
      blocked = true;
    }
    if (blocked) stop(event);
  }

  #onSubmit(event: SubmitEvent): void {
    if (this.#replaying || this.#chained()) return;
    const form = event.target;
    if (!isTicketFormElement(form as Element)) return;
    const submitter = event.submitter;
    const attempt: SaveAttempt = {
      route: 'submit',
      isApply: submitter ? ticketControlOf(submitter)?.role === 'apply' : false,
    };
    const replay = () =>
      (form as HTMLFormElement).requestSubmit(
        submitter?.isConnected ? (submitter as HTMLElement) : undefined,
      );
    if (!this.#decider) {
      stop(event);
      this.#hold(attempt, replay);
      return;
    }
    if (this.#ask(attempt) !== 'allow') stop(event);
  }

  /**
   * A form post that is SysAid reloading a section (the category cascade), never a save: made while the
   * extension's own fill event is handled, or a person's change to a field or pick in a list widget.
   */
  #byField(event: MouseEvent): boolean {
    const cause = this.#channel.getAttribute(CAUSE_ATTRIBUTE);
    if (cause === null) return false; // SysAid's save API
    if (firing()) return true;
    const target = event.relatedTarget;
    if (!(target instanceof Element) || ticketControlOf(target) !== null) return false;
    if (FIELD_EVENTS.has(cause)) return target.matches(FIELD_CONTROLS);
    return PICK_EVENTS.has(cause) && target.closest(SAVE.listWidget) !== null;
  }

  /** The MAIN world asks whether a programmatic save (submit, XHR, fetch) may go; it waits for the answer. */
  #onRequest(event: MouseEvent): void {
    this.#channel.setAttribute(ANSWER_ATTRIBUTE, this.#answer(event));
  }

  #answer(event: MouseEvent): 'allow' | 'hold' | 'block' {
    // A search or login form submitted by script is not a ticket save.
    if (FORM_ROUTES.includes(event.detail) && !isTicketFormElement(event.relatedTarget as Element | null))
      return 'allow';
    if (this.#replaying || this.#chained()) return 'allow';
    if (this.#byField(event)) return 'allow';
    const attempt: SaveAttempt = { route: 'programmatic', isApply: false };
    if (this.#decider) return this.#ask(attempt);
    const channel = this.#channel;
    this.#hold(
      attempt,
      () => channel.dispatchEvent(new CustomEvent(HELD_REPLAY_EVENT)),
      () => channel.dispatchEvent(new CustomEvent(HELD_DROP_EVENT)),
    );
    return 'hold';
  }
}
