// One ticket's state (~400 lines on purpose: every method reads or changes the same state; see TicketSession).
import type { Draft } from '../../core/drafts/draft';
import { type Text, text } from '../../core/i18n/text';
import type { AuditMessage } from '../../core/messages/schema';
import type { Playbook } from '../../core/procedures/schema';
import type {
  Channel,
  DatumKey,
  FieldKey,
  Interlocutor,
  Outcome,
  Typed,
} from '../../core/procedures/vocabulary';
import { evaluate } from '../../core/rules/evaluate';
import { inferChannel, inferOutcome } from '../../core/rules/infer';
import type { FormSnapshot } from '../../core/rules/snapshot';
import { parseStamp } from '../../core/rules/stamp';
import type { Evaluation, FieldWrite } from '../../core/rules/types';
import type { Settings } from '../../core/settings/schema';
import { controlElement, type LocatedFields, locateFields } from '../sysaid/locate';
import { readSnapshot } from '../sysaid/read';
import type { SaveAttempt, SaveDecision } from '../sysaid/save-gate/attempt';
import { inScope } from '../sysaid/save-gate/decision';
import { type TicketNow, Verdicts, type VerdictsHost } from '../sysaid/save-gate/verdict';
import { Filler, type FillerHost } from './fill';
import { withNotTaken } from './not-taken';
import { addNotice, type Notice } from './notices';
import { answeredVerdict } from './sent-save';
import { type PanelView, type SaveAlert, sameView } from './view';
import { writesToMake } from './write-policy';

export interface SessionDeps {
  doc: Document;
  settings: () => Settings;
  playbooks: () => Record<Channel, Playbook>;
  now: () => Date;
  /** `urgent`: the page may be about to unload (a save is going through). */
  persist: (draft: Draft, urgent?: boolean) => void;
  audit: (event: AuditMessage) => void;
  signal: AbortSignal;
  /** A record not yet saved (no SysAid number in its address). */
  isNewTicket: () => boolean;
  /** SysAid's template id of the form, for the guard's scope. */
  templateId: () => string | undefined;
  /** Written into the compliance stamp. */
  extensionVersion: string;
  /** A short id for a justified exception (random; the stamp and the log share it). */
  newExceptionId?: () => string;
  /**
   * A save left with its verdict waiting in the draft, to be logged once SysAid shows the save
   * (lib/page/assist/sent-save.ts). Without it, verdicts are logged at once.
   */
  sent?: () => void;
}

/**
 * One ticket being worked on: what the agent chose and typed, the form as last read, its evaluation and
 * the panel's view of them. Filling SysAid (fill.ts) and the save's verdict (lib/page/sysaid/save-gate/verdict.ts)
 * are their own modules working on this state; lib/sysaid does the reading and writing. Longer than our usual file:
 * every method here reads or changes the same ticket state, and splitting it would pass that state around.
 */
export class TicketSession {
  #channel?: Channel;
  #outcome?: Outcome;
  #typed: Typed = { data: {}, interlocutor: 'beneficiary', ticked: [] };
  #previousTranscript?: string;
  #savedAt?: number;
  #inactivityStartedAt?: number;
  #located: LocatedFields = new Map();
  #evaluation!: Evaluation;
  #snapshot: FormSnapshot = { fields: {} };
  #notices: Notice[] = [];
  #alert?: SaveAlert;
  /** The channel and outcome the ticket itself shows, used while the agent chose none. */
  #inferred: { channel?: Channel; outcome?: Outcome } = {};
  readonly #filler: Filler;
  readonly #verdicts: Verdicts;
  readonly #listeners = new Set<(view: PanelView) => void>();
  #lastView?: PanelView;
  /** The verdict of the save just sent, until SysAid's answer shows whether it landed. */
  #sent?: NonNullable<Draft['sent']>;
  /** A reloaded new ticket's call, offered until the agent continues it or discards it. */
  #offered?: { draft: Draft; view: NonNullable<PanelView['resumeOffer']> };
  /**
   * The ticket's stamp said an early Aplicar opened it when the form was first read: a stamp this page
   * writes itself (then refused by SysAid) does not count.
   */
  #openedEarly?: boolean;

  /** `draft`: what the agent had typed for this ticket; kept again under this ticket (it may come from the new one just saved). */
  constructor(
    private readonly deps: SessionDeps,
    draft?: Draft,
  ) {
    this.#filler = new Filler(this.#fillerHost());
    this.#verdicts = new Verdicts(this.#verdictsHost());
    if (draft) {
      this.#adopt(draft);
      this.#persist();
    }
    this.refresh();
  }

  subscribe(listener: (view: PanelView) => void): () => void {
    this.#listeners.add(listener);
    this.#lastView = this.view();
    listener(this.#lastView);
    return () => this.#listeners.delete(listener);
  }

  view(): PanelView {
    return {
      channel: this.#effectiveChannel(),
      outcome: this.#effectiveOutcome(),
      channelInferred: !this.#channel && this.#inferred.channel !== undefined,
      outOfScope: !this.#inScope(),
      typed: this.#typed,
      playbook: this.#playbook(),
      evaluation: this.#evaluation,
      notices: this.#notices,
      alert: this.#alert,
      filling: this.#filler.filling,
      ticketNumber: this.#snapshot.ticketNumber,
      savedAt: this.#savedAt,
      inactivityStartedAt: this.#inactivityStartedAt,
      resumeOffer: this.#offered?.view,
    };
  }

  /**
   * Offers the call this new ticket had before a reload, or whose save never landed (`notSaved`): nothing
   * goes into SysAid until it is taken.
   */
  offerResume(draft: Draft, notSaved = false): void {
    const name = draft.typed.data.fullName?.trim() || draft.typed.data.providerEmployee?.trim();
    const view = { at: draft.updatedAt, firstName: name?.split(/\s+/)[0], notSaved };
    this.#offered = { draft, view };
    this.#emit();
  }

  /** "Continuar atendimento anterior": the offered call comes back and is filled in. */
  resumeOffered(): void {
    const offered = this.#offered;
    if (!offered) return;
    this.#offered = undefined;
    this.restore(offered.draft);
  }

  /**
   * SysAid answered the save on this same page (no page load): it took it (Spaces saves in place) or refused
   * it (its own alert). The verdict is logged now, or "not saved" with what it would have been.
   */
  settleSent(answer: 'taken' | 'notTaken'): void {
    const sent = this.#sent;
    if (!sent) return;
    this.#sent = undefined;
    this.deps.audit(answeredVerdict(sent.event as unknown as AuditMessage, answer));
  }

  /** "Descartar": the offered call is forgotten (the stored draft is replaced by this blank one). */
  discardOffered(): void {
    if (!this.#offered) return;
    this.#offered = undefined;
    this.#persist();
    this.#emit();
  }

  restore(draft: Draft): void {
    this.#adopt(draft);
    this.#changed();
  }

  #adopt(draft: Draft): void {
    this.#offered = undefined;
    this.#sent = undefined; // a verdict is logged once, by the page SysAid answered with
    this.#openedEarly = undefined;
    this.#channel = draft.channel;
    this.#outcome = draft.outcome;
    this.#typed = { interlocutor: 'beneficiary', ticked: [], ...draft.typed };
    this.#previousTranscript = draft.previousTranscript;
    this.#savedAt = draft.savedAt;
    this.#inactivityStartedAt = draft.inactivityStartedAt;
    // A different ticket may be on screen now: nothing of the previous one carries over.
    this.#filler.forget();
    this.#inferred = {};
    this.#notices = [];
    this.#alert = undefined;
    this.#verdicts.reset();
  }

  /** The draft as it would be stored now (also what an update hands to the next content script). */
  draft(leftAt?: number): Draft {
    return {
      channel: this.#channel,
      outcome: this.#outcome,
      typed: this.#typed,
      previousTranscript: this.#previousTranscript,
      savedAt: this.#savedAt,
      leftAt,
      inactivityStartedAt: this.#inactivityStartedAt,
      ...(leftAt !== undefined && this.#sent ? { sent: this.#sent } : {}),
      updatedAt: this.deps.now().getTime(),
    };
  }

  setChannel(channel: Channel): void {
    this.#channel = channel;
    this.#outcome ??= this.#inferred.channel === channel ? this.#inferred.outcome : undefined;
    const outcomes = this.#playbook()?.outcomes.map((o) => o.id) ?? [];
    if (this.#outcome && !outcomes.includes(this.#outcome)) this.#outcome = undefined;
    this.#changed();
  }

  setOutcome(outcome: Outcome): void {
    this.#outcome = outcome;
    this.#changed();
  }

  setDatum(key: DatumKey, value: string): void {
    this.#typed = { ...this.#typed, data: { ...this.#typed.data, [key]: value } };
    this.#changed();
  }

  setInterlocutor(interlocutor: Interlocutor): void {
    this.#typed = { ...this.#typed, interlocutor };
    this.#changed();
  }

  toggleStep(id: string, ticked: boolean): void {
    const set = new Set(this.#typed.ticked ?? []);
    if (ticked) set.add(id);
    else set.delete(id);
    this.#typed = { ...this.#typed, ticked: [...set] };
    this.#changed();
  }

  /** A justified exception (when policy allows it) lets the next save through; else why not. */
  override(justification: string): Text | null {
    return this.#verdicts.override(justification);
  }

  /** Starts (a time) or stops (undefined) the chat inactivity timer. */
  setInactivity(startedAt: number | undefined): void {
    this.#inactivityStartedAt = startedAt;
    this.#persist();
    this.#emit();
  }

  /** The browser could not keep the draft (or can again): the agent must know before reloading. */
  setStorageProblem(failed: boolean): void {
    this.#notices = failed
      ? addNotice(this.#notices, { id: 'storage', kind: 'error', text: text('draft.storeFailed') })
      : this.#notices.filter((n) => n.id !== 'storage');
    this.#emit();
  }

  /** Another tab has this ticket open: nothing typed here is kept as a draft until that tab lets go. */
  setOtherTab(open: boolean): void {
    this.#notices = open
      ? addNotice(this.#notices, { id: 'otherTab', kind: 'warn', text: text('draft.otherTab') })
      : this.#notices.filter((n) => n.id !== 'otherTab');
    if (!open) this.#persist();
    this.#emit();
  }

  dismissAlert(): void {
    this.#alert = undefined;
    this.#emit();
  }

  /**
   * Re-reads the form (after SysAid changed it or the agent typed in it) and fills what is due.
   * `structural`: elements were added or removed, so fields are looked up again.
   */
  refresh(structural = true): void {
    if (structural || this.#anyDetached()) this.#locate();
    this.#evaluateNow();
    this.#emit();
    if (this.#evaluation.writes.length && !this.#filler.filling)
      void this.#filler.run(this.#writable(this.#evaluation.writes));
  }

  /** Whether an event or change at `target` concerns a field the procedures use. */
  watches(target: Node): boolean {
    for (const field of this.#located.values()) {
      if (controlElement(field.control).contains(target)) return true;
    }
    return false;
  }

  #anyDetached(): boolean {
    for (const field of this.#located.values()) {
      if (!controlElement(field.control).isConnected) return true;
    }
    return false;
  }

  /** Called synchronously by the page's save gate: the ticket as it is this instant decides. */
  decideSave(attempt: SaveAttempt): SaveDecision {
    return this.#verdicts.decide(attempt);
  }

  /** The decision itself failed: the save stays blocked, the agent is told what to do, and it is logged. */
  saveFailed(error: unknown): void {
    this.#verdicts.failed(error);
  }

  /** Whether any save would be refused right now (the presses around a click are swallowed then). */
  isBlocked(): boolean {
    return this.#verdicts.isBlocked();
  }

  /** What decides whether the guard enforces this ticket: the panel's notice and every save read it. */
  #scopeFacts() {
    return {
      scope: this.deps.settings().guardScope,
      channelChosen: this.#channel !== undefined,
      isNewTicket: this.deps.isNewTicket() && !this.#snapshot.ticketNumber,
      templateId: this.deps.templateId(),
    };
  }

  #inScope(): boolean {
    return inScope(this.#scopeFacts());
  }

  /** Moves focus to a SysAid field the agent must fix (when the panel has no input for it). */
  focusField(field: FieldKey): void {
    const located = this.#located.get(field);
    if (!located) return;
    const el = controlElement(located.control);
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }

  #effectiveChannel(): Channel | undefined {
    return this.#channel ?? this.#inferred.channel;
  }

  #effectiveOutcome(): Outcome | undefined {
    if (this.#outcome) return this.#outcome;
    const channel = this.#effectiveChannel();
    return channel && channel === this.#inferred.channel ? this.#inferred.outcome : undefined;
  }

  #playbook(): Playbook | undefined {
    const channel = this.#effectiveChannel();
    return channel ? this.deps.playbooks()[channel] : undefined;
  }

  /** The ticket as a save sees it: fields looked up and read again this instant. */
  #current(): TicketNow {
    this.#locate();
    const evaluation = this.#evaluateNow();
    return {
      evaluation,
      playbook: this.#playbook(),
      channel: this.#effectiveChannel(),
      outcome: this.#effectiveOutcome(),
      located: this.#located,
      snapshot: this.#snapshot,
      cpf: this.#snapshot.fields.cpfLookup?.value || this.#typed.data.cpf,
      gate: {
        ...this.#scopeFacts(),
        guardMode: this.deps.settings().guardMode,
        filling: this.#filler.filling,
        status: this.#snapshot.fields.status?.value,
        openedEarly: this.#openedEarly ?? false,
      },
    };
  }

  #verdictsHost(): VerdictsHost {
    return {
      now: () => this.deps.now().getTime(),
      allowOverride: () => this.deps.settings().allowOverride,
      newExceptionId: this.deps.newExceptionId ?? randomExceptionId,
      extensionVersion: this.deps.extensionVersion,
      current: () => this.#current(),
      audit: (event) => this.deps.audit(event),
      sent: this.deps.sent
        ? (event) => {
            this.#sent = { event: { ...event }, at: this.deps.now().getTime() };
          }
        : undefined,
      alert: (alert) => {
        this.#alert = alert && { seq: (this.#alert?.seq ?? 0) + 1, ...alert };
        this.#emit();
      },
      stamped: (field, value) => this.#filler.written.set(field, value),
      saved: (kind, ticket) => {
        const now = this.deps.now().getTime();
        if (kind === 'compliant' && ticket.channel) this.#savedAt = now;
        this.#inactivityStartedAt = undefined; // the reminders belong to a ticket now saved
        // The page is about to go: the draft waits for the page SysAid shows next (its number, or the list).
        this.deps.persist(this.draft(now), true);
        if (this.#sent) this.deps.sent?.();
        this.#emit();
      },
    };
  }

  /** What the filler needs from the ticket: where fields are, what is due, what to show. */
  #fillerHost(): FillerHost {
    return {
      doc: this.deps.doc,
      signal: this.deps.signal,
      timeoutMs: () => this.deps.settings().categoryLoadTimeoutMs,
      field: (key, fresh) => {
        if (fresh) this.#locate();
        return this.#located.get(key);
      },
      nextWrites: () => {
        this.#locate();
        return this.#writable(this.#evaluateNow().writes);
      },
      wrote: (write) => {
        if (write.field === 'description' && this.#evaluation.transcriptWritten !== undefined) {
          this.#previousTranscript = this.#evaluation.transcriptWritten;
          this.#persist();
        }
      },
      notify: (notice) => this.#notify(notice),
      changed: () => this.#emit(),
      finished: (completed, again) => {
        if (completed) this.#notices = this.#notices.filter((n) => n.id !== 'loading');
        if (again) queueMicrotask(() => this.refresh());
        else {
          // Read again only when a field the fill gave up on is the agent's again (its check changes).
          if (this.#filler.settle(this.#evaluateNow().writes)) this.#evaluateNow();
          this.#emit();
        }
      },
    };
  }

  #locate(): void {
    this.#located = locateFields(this.deps.doc, this.deps.settings().fieldMapping);
  }

  #evaluateNow(): Evaluation {
    const settings = this.deps.settings();
    this.#snapshot = readSnapshot(this.deps.doc, this.#located);
    this.#openedEarly ??= openedEarly(this.#snapshot);
    // A ticket in scope that shows its channel by itself is held to that channel's rules at once.
    const playbooks = this.deps.playbooks();
    const shown = this.#channel ? undefined : inferChannel(this.#snapshot, playbooks);
    const channel = shown && this.#inScope() ? shown : undefined;
    this.#inferred = channel ? { channel, outcome: inferOutcome(channel, this.#snapshot, playbooks) } : {};
    const evaluation = evaluate({
      playbook: this.#playbook(),
      outcome: this.#effectiveOutcome(),
      snapshot: this.#snapshot,
      typed: this.#typed,
      now: this.deps.now(),
      agentName: settings.agentName,
      previousTranscript: this.#previousTranscript,
      descriptionMaxChars: settings.descriptionMaxChars,
      shownChannel: shown && playbooks[shown].label,
      playbooks,
    });
    this.#evaluation = withNotTaken(evaluation, this.#filler.gaveUp);
    if (this.#alert && this.#evaluation.blocking.length === 0) this.#alert = undefined;
    return this.#evaluation;
  }

  #changed(): void {
    this.#persist();
    this.refresh();
  }

  #persist(urgent = false): void {
    this.deps.persist(this.draft(), urgent);
  }

  #emit(): void {
    const view = this.view();
    // Typing in SysAid re-evaluates on every input; the panel re-renders only when what it shows changed.
    if (this.#lastView && sameView(this.#lastView, view)) return;
    this.#lastView = view;
    for (const listener of this.#listeners) listener(view);
  }

  #notify(notice: Notice): void {
    this.#notices = addNotice(this.#notices, notice);
  }

  /** Leaves alone what the agent typed into SysAid themselves, unless the procedure fixes it. */
  #writable(writes: FieldWrite[]): FieldWrite[] {
    const { keep, notices } = writesToMake(writes, {
      located: this.#located,
      snapshot: this.#snapshot,
      written: this.#filler.written,
      focused: this.deps.doc.activeElement,
      playbook: this.#playbook(),
    });
    for (const notice of notices) this.#notify(notice);
    return keep;
  }
}

/** The ticket's stamp (its own field, else the description's last line) says an early Aplicar opened it. */
function openedEarly(snapshot: FormSnapshot): boolean {
  const { complianceStamp, description } = snapshot.fields;
  return parseStamp(complianceStamp?.value || description?.value || '')?.result === 'aberto';
}

function randomExceptionId(): string {
  return crypto.randomUUID().slice(0, 8);
}
