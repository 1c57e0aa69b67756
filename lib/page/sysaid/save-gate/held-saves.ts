// Every route to a save in one class (~270 lines on purpose: none can be missed in review).

import type { GateEvents, SaveAttempt, SaveDecider, SaveDecision } from './attempt';
import { inlineValidationShown, isFieldPost } from './field-posts';
import { PageLink } from './page-link';
import { HELD_DROP_EVENT, HELD_REPLAY_EVENT, REQUEST_ROUTES } from './protocol';
import { isTicketFormElement, ticketControlOf } from './save-controls';

interface HeldSave {
  attempt: SaveAttempt;
  replay: () => void;
  /** The held save will not go: the page's own request fails (a held XHR/fetch in the MAIN world). */
  drop?: () => void;
}

const FORM_ROUTES: readonly number[] = [REQUEST_ROUTES.submit, REQUEST_ROUTES.requestSubmit];
/** The submit or programmatic save that an allowed click causes is that same save, not another. */
const CHAIN_MS = 1500;
/** A second click while an allowed save is on its way would post the ticket twice. */
const IN_FLIGHT_MS = 4000;
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'auxclick'] as const;

function stop(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Stands in front of every way a ticket save reaches SysAid from this document, from the page's first
 * moment: clicks on its save controls (capture phase, before SysAid's handlers), the form's submit
 * event (Enter in a field), and programmatic submits the page hook reports (page-link.ts). With no
 * decider yet, a save is held and decided as soon as one is set; it is never passed unchecked. Every
 * route to a save is in this one class, so none can be missed in review.
 */
export class HeldSaves {
  #decider?: SaveDecider;
  #heldSave?: HeldSave;
  #replaying = false;
  #leaving = false;
  #allowedClickAt = Number.NEGATIVE_INFINITY;
  readonly #life = new AbortController();
  /** The listeners on the window, added again when the page's document.open() erased them. */
  #armed = new AbortController();
  readonly #link: PageLink;
  readonly #doc: Document;
  readonly #events: GateEvents;

  constructor(doc: Document, events: GateEvents = {}) {
    this.#doc = doc;
    this.#events = events;
    const win = doc.defaultView;
    this.#link = new PageLink(
      win,
      doc,
      {
        request: (event, cause) => this.#answer(event, cause),
        pageRefused: () => this.#pageRefused(),
        tampered: (what) => this.#events.tampered?.(what),
        succeeded: () => this.retire(),
        reopened: () => {
          if (win) this.#arm(win);
          this.#events.reopened?.();
        },
      },
      this.#life.signal,
    );
    if (!win) return;
    this.#link.hello();
    this.#arm(win);
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

  /** Whether the page hook of this document asks this gate (false: an older gate still holds it). */
  get linked(): boolean {
    return this.#link.linked;
  }

  /** Takes over from the older gate with the one-time token it handed over (see `rekey`). */
  join(token: string): boolean {
    return this.linked || (!this.retired && this.#link.hello(token));
  }

  /**
   * A one-time token for a successor (after an extension update): it reaches the successor sealed with
   * the extension's key, and lets exactly one hello replace this gate.
   */
  rekey(): string | undefined {
    if (!this.linked || this.retired) return undefined;
    return this.#link.rekey();
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
    // Not a page script: only this gate can reach the channel.
    this.#link.release();
    this.#events.retired?.();
  }

  get retired(): boolean {
    return this.#life.signal.aborted;
  }

  #ask(attempt: SaveAttempt): SaveDecision {
    const decider = this.#decider;
    if (!decider) return 'block';
    try {
      const decision = decider.decide(attempt);
      if (decision === 'allow') this.#events.allowed?.(attempt);
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
    this.#events.held?.(attempt);
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
    if (inFlight) this.#events.pageRefused?.();
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
      this.#events.cancelled?.();
      return;
    }
    if (performance.now() - this.#allowedClickAt < IN_FLIGHT_MS) {
      // SysAid answered on the page (an inline "campo obrigatório"): the agent fixed it, this is a new save.
      if (!this.#leaving && inlineValidationShown(this.#doc)) this.answered();
      else {
        stop(event);
        this.#events.inFlight?.();
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
      // a decider that cannot say blocks
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

  /** The page hook asks whether a programmatic save (submit, XHR, fetch) may go; it waits for the answer. */
  #answer(event: MouseEvent, cause: string | null): 'allow' | 'hold' | 'block' {
    // A search or login form submitted by script is not a ticket save.
    if (FORM_ROUTES.includes(event.detail) && !isTicketFormElement(event.relatedTarget as Element | null))
      return 'allow';
    if (this.#replaying || this.#chained()) return 'allow';
    if (isFieldPost(cause, event)) return 'allow';
    const attempt: SaveAttempt = { route: 'programmatic', isApply: false };
    if (this.#decider) return this.#ask(attempt);
    this.#hold(
      attempt,
      () => this.#link.tell(HELD_REPLAY_EVENT),
      () => this.#link.tell(HELD_DROP_EVENT),
    );
    return 'hold';
  }
}
