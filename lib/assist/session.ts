import { maskCpf, maskCpfsInText } from '../br/mask';
import type { Draft } from '../drafts/draft';
import type { AuditMessage } from '../messages/schema';
import type { Playbook } from '../procedures/schema';
import {
  type Channel,
  type DatumKey,
  FIELD_LABELS,
  type FieldKey,
  type Interlocutor,
  type Outcome,
  type Typed,
} from '../procedures/vocabulary';
import { evaluate } from '../rules/evaluate';
import { inferChannel, inferOutcome } from '../rules/infer';
import type { FormSnapshot } from '../rules/snapshot';
import { formatStamp, type StampResult, withStamp } from '../rules/stamp';
import type { Evaluation, FieldWrite } from '../rules/types';
import type { Settings } from '../settings/schema';
import type { SaveAttempt, SaveDecision } from '../sysaid/gate';
import { controlElement, type LocatedFields, locateFields } from '../sysaid/locate';
import { readSnapshot } from '../sysaid/read';
import { setTextLikeAPerson, WriteError, writeControl } from '../sysaid/write';
import { fillForm } from './fill';
import { addNotice, type Notice } from './notices';
import { decideSave, inScope, type SaveVerdict } from './save-decision';
import { type SelfTestRow, selfTest } from './self-test';
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
}

const STAMP_RESULT: Partial<Record<SaveVerdict['kind'], StampResult>> = {
  compliant: 'conforme',
  override: 'excecao',
  early: 'aberto',
};

/**
 * One ticket being worked on: reads the form, asks the rules engine, fills what the procedure fixes,
 * and answers the save guard. Owns no DOM knowledge itself; lib/sysaid does the reading and writing.
 */
export class TicketSession {
  private channel?: Channel;
  private outcome?: Outcome;
  private typed: Typed = { data: {}, interlocutor: 'beneficiary', ticked: [] };
  private previousTranscript?: string;
  private savedAt?: number;
  private inactivityStartedAt?: number;
  private located: LocatedFields = new Map();
  private evaluation!: Evaluation;
  private snapshot: FormSnapshot = { fields: {} };
  private notices: Notice[] = [];
  private alert?: SaveAlert;
  private filling = false;
  private fillAgain = false;
  /** The channel and outcome the ticket itself shows, used while the agent chose none. */
  private inferred: { channel?: Channel; outcome?: Outcome } = {};
  /** A lead's policy may let a justified exception through: one save, within a minute. */
  private overrideUntil = -Infinity;
  private exceptionId?: string;
  /** What we last wrote per field, to tell our values from the agent's own edits in SysAid. */
  private readonly written = new Map<FieldKey, string>();
  private readonly listeners = new Set<(view: PanelView) => void>();
  private lastView?: PanelView;

  /** `draft`: what the agent had typed for this ticket; kept again under this ticket (it may come from the new one just saved). */
  constructor(
    private readonly deps: SessionDeps,
    draft?: Draft,
  ) {
    if (draft) {
      this.adopt(draft);
      this.persist();
    }
    this.refresh();
  }

  subscribe(listener: (view: PanelView) => void): () => void {
    this.listeners.add(listener);
    this.lastView = this.view();
    listener(this.lastView);
    return () => this.listeners.delete(listener);
  }

  view(): PanelView {
    return {
      channel: this.effectiveChannel(),
      outcome: this.effectiveOutcome(),
      channelInferred: !this.channel && this.inferred.channel !== undefined,
      outOfScope: !this.inScope(),
      typed: this.typed,
      playbook: this.playbook(),
      evaluation: this.evaluation,
      notices: this.notices,
      alert: this.alert,
      filling: this.filling,
      ticketNumber: this.snapshot.ticketNumber,
      savedAt: this.savedAt,
      inactivityStartedAt: this.inactivityStartedAt,
    };
  }

  restore(draft: Draft): void {
    this.adopt(draft);
    this.changed();
  }

  private adopt(draft: Draft): void {
    this.channel = draft.channel;
    this.outcome = draft.outcome;
    this.typed = { interlocutor: 'beneficiary', ticked: [], ...draft.typed };
    this.previousTranscript = draft.previousTranscript;
    this.savedAt = draft.savedAt;
    this.inactivityStartedAt = draft.inactivityStartedAt;
    // A different ticket may be on screen now: nothing of the previous one carries over.
    this.written.clear();
    this.inferred = {};
    this.notices = [];
    this.alert = undefined;
    this.overrideUntil = -Infinity;
  }

  /** The draft as it would be stored now (also what an update hands to the next content script). */
  draft(leftAt?: number): Draft {
    return {
      channel: this.channel,
      outcome: this.outcome,
      typed: this.typed,
      previousTranscript: this.previousTranscript,
      savedAt: this.savedAt,
      leftAt,
      inactivityStartedAt: this.inactivityStartedAt,
      updatedAt: this.deps.now().getTime(),
    };
  }

  setChannel(channel: Channel): void {
    this.channel = channel;
    this.outcome ??= this.inferred.channel === channel ? this.inferred.outcome : undefined;
    const outcomes = this.playbook()?.outcomes.map((o) => o.id) ?? [];
    if (this.outcome && !outcomes.includes(this.outcome)) this.outcome = undefined;
    this.changed();
  }

  setOutcome(outcome: Outcome): void {
    this.outcome = outcome;
    this.changed();
  }

  setDatum(key: DatumKey, value: string): void {
    this.typed = { ...this.typed, data: { ...this.typed.data, [key]: value } };
    this.changed();
  }

  setInterlocutor(interlocutor: Interlocutor): void {
    this.typed = { ...this.typed, interlocutor };
    this.changed();
  }

  toggleStep(id: string, ticked: boolean): void {
    const set = new Set(this.typed.ticked ?? []);
    if (ticked) set.add(id);
    else set.delete(id);
    this.typed = { ...this.typed, ticked: [...set] };
    this.changed();
  }

  /**
   * Records a justified exception (when policy allows it) and lets the next save through. Returns a
   * pt-BR problem when it cannot.
   */
  override(justification: string): string | null {
    if (!this.deps.settings().allowOverride) return 'A política da organização não permite exceções.';
    const text = justification.trim();
    if (text.length < 15) return 'Escreva uma justificativa com ao menos 15 caracteres.';
    const blocking = this.evaluateNow().blocking;
    this.overrideUntil = this.deps.now().getTime() + 60_000;
    this.exceptionId = (this.deps.newExceptionId ?? randomExceptionId)();
    this.auditEvent(
      'override',
      blocking.map((c) => c.id),
      text,
      `excecao=${this.exceptionId}`,
    );
    this.alert = {
      seq: (this.alert?.seq ?? 0) + 1,
      items: [],
      text: 'Exceção registrada: clique em salvar novamente.',
    };
    this.emit();
    return null;
  }

  /** Starts (a time) or stops (undefined) the chat inactivity timer. */
  setInactivity(startedAt: number | undefined): void {
    this.inactivityStartedAt = startedAt;
    this.persist();
    this.emit();
  }

  /** The browser could not keep the draft (or can again): the agent must know before reloading. */
  setStorageProblem(text: string | undefined): void {
    this.notices = text
      ? addNotice(this.notices, { id: 'storage', kind: 'error', text })
      : this.notices.filter((n) => n.id !== 'storage');
    this.emit();
  }

  dismissAlert(): void {
    this.alert = undefined;
    this.emit();
  }

  /**
   * Re-reads the form (after SysAid changed it or the agent typed in it) and fills what is due.
   * `structural`: elements were added or removed, so fields are looked up again.
   */
  refresh(structural = true): void {
    if (structural || this.anyDetached()) this.locate();
    this.evaluateNow();
    this.emit();
    if (this.evaluation.writes.length && !this.filling) void this.fill();
  }

  /** Which fields the playbooks need and whether this page has them. */
  selfTest(): SelfTestRow[] {
    this.locate();
    return selfTest(Object.values(this.deps.playbooks()), this.located);
  }

  /** Whether an event or change at `target` concerns a field the procedures use. */
  watches(target: Node): boolean {
    for (const field of this.located.values()) {
      if (controlElement(field.control).contains(target)) return true;
    }
    return false;
  }

  private anyDetached(): boolean {
    for (const field of this.located.values()) {
      if (!controlElement(field.control).isConnected) return true;
    }
    return false;
  }

  /** Called synchronously by the save gate: the ticket as it is this instant decides. */
  decideSave(attempt: SaveAttempt): SaveDecision {
    const verdict = this.verdict(attempt);
    const now = this.deps.now().getTime();
    if (verdict.decision === 'block') {
      this.alert = { seq: (this.alert?.seq ?? 0) + 1, items: verdict.items, text: verdict.text };
      if (verdict.items.length)
        this.auditEvent(
          'blocked',
          verdict.items.map((c) => c.id),
        );
      this.emit();
      return 'block';
    }
    const unstamped = this.writeStamp(verdict.kind);
    if (verdict.kind === 'override') this.overrideUntil = -Infinity;
    this.alert = undefined;
    if (verdict.kind === 'compliant' && this.effectiveChannel()) this.savedAt = now;
    this.inactivityStartedAt = undefined; // the reminders belong to a ticket now saved
    // An exception was logged with its justification when it was granted.
    if (verdict.kind !== 'override') this.auditEvent(verdict.kind, [], undefined, unstamped);
    // The page is about to go: the draft waits for the page SysAid shows next (its number, or the list).
    this.deps.persist(this.draft(now), true);
    this.emit();
    return 'allow';
  }

  /**
   * The compliance stamp (lib/rules/stamp.ts), written synchronously so the save carries it: into the
   * field a lead mapped for it, else replacing the last line of the description. Never stops the save;
   * when SysAid refuses the write, says why (it goes into the log with the save).
   */
  private writeStamp(kind: SaveVerdict['kind']): string | undefined {
    const result = STAMP_RESULT[kind];
    const playbook = this.playbook();
    const channel = this.effectiveChannel();
    if (!result || !playbook || !channel) return undefined;
    const line = formatStamp({
      playbookId: playbook.id,
      playbookVersion: playbook.version,
      channel,
      outcome: this.effectiveOutcome(),
      result,
      exceptionId: result === 'excecao' ? this.exceptionId : undefined,
      extensionVersion: this.deps.extensionVersion,
    });
    const field: FieldKey = this.located.has('complianceStamp') ? 'complianceStamp' : 'description';
    const target = this.located.get(field);
    if (target?.control.kind !== 'text') return 'sem carimbo: campo de texto não encontrado';
    const value =
      field === 'description' ? withStamp(this.snapshot.fields.description?.value ?? '', line) : line;
    try {
      setTextLikeAPerson(target.control.input, value); // synchronous: the save about to go carries it
      this.written.set(field, value);
      return undefined;
    } catch (error) {
      return `sem carimbo: ${error instanceof Error ? error.message : 'erro'}`;
    }
  }

  /** The decision itself failed: the save stays blocked, the agent is told what to do, and it is logged. */
  saveFailed(error: unknown): void {
    this.alert = {
      seq: (this.alert?.seq ?? 0) + 1,
      items: [],
      text: 'Não foi possível conferir o chamado, por isso ele não foi salvo. Tente salvar de novo; se continuar, recarregue a página (o que você digitou no painel é mantido).',
    };
    this.auditEvent('error', [], undefined, error instanceof Error ? error.name : 'erro');
    this.emit();
  }

  /** Whether any save would be refused right now (the presses around a click are swallowed then). */
  isBlocked(): boolean {
    return this.verdict({ route: 'click', isApply: true }).decision === 'block';
  }

  private verdict(attempt: SaveAttempt): SaveVerdict {
    this.locate();
    const evaluation = this.evaluateNow();
    return decideSave({
      attempt,
      now: this.deps.now().getTime(),
      evaluation,
      playbook: this.playbook(),
      channelChosen: this.channel !== undefined,
      isNewTicket: this.deps.isNewTicket() && !this.snapshot.ticketNumber,
      templateId: this.deps.templateId(),
      scope: this.deps.settings().guardScope,
      filling: this.filling,
      status: this.snapshot.fields.status?.value,
      overrideUntil: this.overrideUntil,
    });
  }

  private inScope(): boolean {
    return inScope({
      scope: this.deps.settings().guardScope,
      channelChosen: this.channel !== undefined,
      isNewTicket: this.deps.isNewTicket() && !this.snapshot.ticketNumber,
      templateId: this.deps.templateId(),
    });
  }

  /** Moves focus to a SysAid field the agent must fix (when the panel has no input for it). */
  focusField(field: FieldKey): void {
    const located = this.located.get(field);
    if (!located) return;
    const el = controlElement(located.control);
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }

  private auditEvent(
    kind: AuditMessage['kind'],
    checks: string[],
    justification?: string,
    detail?: string,
  ): void {
    const cpf = this.snapshot.fields.cpfLookup?.value || this.typed.data.cpf;
    this.deps.audit({
      kind,
      channel: this.effectiveChannel(),
      outcome: this.effectiveOutcome(),
      detail,
      ticketNumber: this.snapshot.ticketNumber,
      checks,
      maskedCpf: cpf ? maskCpf(cpf) : undefined,
      justification: justification ? maskCpfsInText(justification) : undefined,
    });
  }

  private effectiveChannel(): Channel | undefined {
    return this.channel ?? this.inferred.channel;
  }

  private effectiveOutcome(): Outcome | undefined {
    if (this.outcome) return this.outcome;
    const channel = this.effectiveChannel();
    return channel && channel === this.inferred.channel ? this.inferred.outcome : undefined;
  }

  private playbook(): Playbook | undefined {
    const channel = this.effectiveChannel();
    return channel ? this.deps.playbooks()[channel] : undefined;
  }

  private locate(): void {
    this.located = locateFields(this.deps.doc, this.deps.settings().fieldMapping);
  }

  private evaluateNow(): Evaluation {
    const settings = this.deps.settings();
    this.snapshot = readSnapshot(this.deps.doc, this.located);
    // A ticket in scope that shows its channel by itself is held to that channel's rules at once.
    const channel = this.channel ? undefined : this.inScope() ? inferChannel(this.snapshot) : undefined;
    this.inferred = channel ? { channel, outcome: inferOutcome(channel, this.snapshot) } : {};
    this.evaluation = evaluate({
      playbook: this.playbook(),
      outcome: this.effectiveOutcome(),
      snapshot: this.snapshot,
      typed: this.typed,
      now: this.deps.now(),
      agentName: settings.agentName,
      previousTranscript: this.previousTranscript,
      descriptionMaxChars: settings.descriptionMaxChars,
    });
    if (this.alert && this.evaluation.blocking.length === 0) this.alert = undefined;
    return this.evaluation;
  }

  private changed(): void {
    this.persist();
    this.refresh();
  }

  private persist(urgent = false): void {
    this.deps.persist(this.draft(), urgent);
  }

  private emit(): void {
    const view = this.view();
    // Typing in SysAid re-evaluates on every input; the panel re-renders only when what it shows changed.
    if (this.lastView && sameView(this.lastView, view)) return;
    this.lastView = view;
    for (const listener of this.listeners) listener(view);
  }

  private notify(notice: Notice): void {
    this.notices = addNotice(this.notices, notice);
  }

  /** Leaves alone what the agent typed into SysAid themselves, unless the procedure fixes it. */
  private writable(writes: FieldWrite[]): FieldWrite[] {
    const { keep, notices } = writesToMake(writes, {
      located: this.located,
      snapshot: this.snapshot,
      written: this.written,
      focused: this.deps.doc.activeElement,
    });
    for (const notice of notices) this.notify(notice);
    return keep;
  }

  private async fill(): Promise<void> {
    if (this.filling) {
      this.fillAgain = true;
      return;
    }
    this.filling = true;
    this.emit();
    try {
      const completed = await fillForm({
        doc: this.deps.doc,
        signal: this.deps.signal,
        timeoutMs: this.deps.settings().categoryLoadTimeoutMs,
        nextWrites: () => {
          this.locate();
          return this.writable(this.evaluateNow().writes);
        },
        apply: (write) => this.apply(write),
        notify: (notice) => this.notify(notice),
      });
      if (completed) this.notices = this.notices.filter((n) => n.id !== 'loading');
    } finally {
      this.filling = false;
      if (this.fillAgain) {
        this.fillAgain = false;
        queueMicrotask(() => this.refresh());
      } else {
        this.evaluateNow();
        this.emit();
      }
    }
  }

  private async apply(write: FieldWrite): Promise<boolean> {
    let located = this.located.get(write.field);
    if (located && !controlElement(located.control).isConnected) {
      this.locate();
      located = this.located.get(write.field);
    }
    if (!located) return true;
    try {
      await writeControl(located.control, write.value, 3000);
      this.written.set(write.field, write.value);
      if (write.field === 'description' && this.evaluation.transcriptWritten !== undefined) {
        this.previousTranscript = this.evaluation.transcriptWritten;
        this.persist();
      }
      return true;
    } catch (error) {
      const reason = error instanceof WriteError ? error.message : 'erro inesperado.';
      this.notify({
        id: `write:${write.field}`,
        kind: 'error',
        text: `Não foi possível preencher "${FIELD_LABELS[write.field]}": ${reason}`,
      });
      this.emit();
      return false;
    }
  }
}

function randomExceptionId(): string {
  return crypto.randomUUID().slice(0, 8);
}
