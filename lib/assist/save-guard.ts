import { maskCpf, maskCpfsInText } from '../br/mask';
import { type Text, text } from '../i18n/text';
import type { AuditMessage } from '../messages/schema';
import type { Playbook } from '../procedures/schema';
import type { Channel, FieldKey, Outcome } from '../procedures/vocabulary';
import type { FormSnapshot } from '../rules/snapshot';
import type { StampResult } from '../rules/stamp';
import type { Check, Evaluation } from '../rules/types';
import type { SaveAttempt, SaveDecision } from '../sysaid/gate';
import type { LocatedFields } from '../sysaid/locate';
import { decideSave, type SaveContext, type SaveVerdict } from './save-decision';
import { writeStamp } from './stamp-write';

/** The ticket this instant, as the session reads it for a save. */
export interface TicketNow {
  evaluation: Evaluation;
  playbook?: Playbook;
  channel?: Channel;
  outcome?: Outcome;
  located: LocatedFields;
  snapshot: FormSnapshot;
  /** The CPF on the ticket or typed in the panel (logged masked). */
  cpf?: string;
  gate: Omit<SaveContext, 'attempt' | 'now' | 'evaluation' | 'playbook' | 'overrideUntil'>;
}

export interface SaveGuardHost {
  now(): number;
  allowOverride(): boolean;
  newExceptionId(): string;
  extensionVersion: string;
  /** Reads the form again: the ticket as it is now. */
  current(): TicketNow;
  audit(event: AuditMessage): void;
  /** What the agent must see after an attempt: why it was refused, or nothing. */
  alert(alert: { items: Check[]; text?: Text } | undefined): void;
  /** The stamp went into this field. */
  stamped(field: FieldKey, value: string): void;
  /** A save is going through (the page may be about to go). */
  saved(kind: Exclude<SaveVerdict['kind'], 'blocked'>, ticket: TicketNow): void;
}

/** A lead's policy may let one justified save through, within this window. */
const EXCEPTION_WINDOW_MS = 60_000;
const MIN_JUSTIFICATION = 15;

const STAMP_RESULT: Partial<Record<SaveVerdict['kind'], StampResult>> = {
  compliant: 'conforme',
  override: 'excecao',
  early: 'aberto',
};

/**
 * The save gate's side of a ticket: decides each attempt (save-decision.ts), keeps the exception window,
 * writes the stamp and logs every outcome. The session owns the ticket; this owns what a save does.
 */
export class SaveGuard {
  #overrideUntil = -Infinity;
  #exceptionId?: string;

  constructor(private readonly host: SaveGuardHost) {}

  /** A different ticket is on screen: an exception granted for the previous one does not carry over. */
  reset(): void {
    this.#overrideUntil = -Infinity;
    this.#exceptionId = undefined;
  }

  /** Called synchronously by the page's save gate: the ticket as it is this instant decides. */
  decide(attempt: SaveAttempt): SaveDecision {
    const ticket = this.host.current();
    const verdict = this.#verdict(attempt, ticket);
    if (verdict.decision === 'block') {
      this.host.alert({ items: verdict.items, text: verdict.text });
      if (verdict.items.length)
        this.#log(
          'blocked',
          ticket,
          verdict.items.map((c) => c.id),
        );
      return 'block';
    }
    const unstamped = this.#stamp(verdict.kind, ticket);
    if (verdict.kind === 'override') this.#overrideUntil = -Infinity;
    // An exception was logged with its justification when it was granted.
    if (verdict.kind !== 'override') this.#log(verdict.kind, ticket, [], undefined, unstamped);
    this.host.alert(undefined);
    this.host.saved(verdict.kind, ticket);
    return 'allow';
  }

  /** Whether any save would be refused right now (the presses around a click are swallowed then). */
  isBlocked(): boolean {
    return this.#verdict({ route: 'click', isApply: true }, this.host.current()).decision === 'block';
  }

  /** Records a justified exception (when policy allows it) and lets the next save through. */
  override(justification: string): Text | null {
    if (!this.host.allowOverride()) return text('override.notAllowed');
    const reason = justification.trim();
    if (reason.length < MIN_JUSTIFICATION) return text('override.tooShort');
    const ticket = this.host.current();
    this.#overrideUntil = this.host.now() + EXCEPTION_WINDOW_MS;
    this.#exceptionId = this.host.newExceptionId();
    this.#log(
      'override',
      ticket,
      ticket.evaluation.blocking.map((c) => c.id),
      reason,
      `excecao=${this.#exceptionId}`,
    );
    this.host.alert({ items: [], text: text('override.granted') });
    return null;
  }

  /** The decision itself failed: the save stays blocked, the agent is told what to do, and it is logged. */
  failed(error: unknown): void {
    this.host.alert({ items: [], text: text('guard.failed') });
    this.#log('error', this.host.current(), [], undefined, error instanceof Error ? error.name : 'erro');
  }

  #verdict(attempt: SaveAttempt, ticket: TicketNow): SaveVerdict {
    return decideSave({
      ...ticket.gate,
      attempt,
      now: this.host.now(),
      evaluation: ticket.evaluation,
      playbook: ticket.playbook,
      overrideUntil: this.#overrideUntil,
    });
  }

  /** The stamp goes in with the save; when SysAid refuses it, the reason goes into the log. */
  #stamp(kind: SaveVerdict['kind'], ticket: TicketNow): string | undefined {
    const result = STAMP_RESULT[kind];
    const { playbook, channel } = ticket;
    if (!result || !playbook || !channel) return undefined;
    const written = writeStamp({
      result,
      playbook,
      channel,
      outcome: ticket.outcome,
      exceptionId: this.#exceptionId,
      extensionVersion: this.host.extensionVersion,
      located: ticket.located,
      snapshot: ticket.snapshot,
    });
    if ('refusal' in written) return written.refusal;
    this.host.stamped(written.field, written.value);
    return undefined;
  }

  #log(
    kind: AuditMessage['kind'],
    ticket: TicketNow,
    checks: string[],
    justification?: string,
    detail?: string,
  ): void {
    this.host.audit({
      kind,
      channel: ticket.channel,
      outcome: ticket.outcome,
      detail,
      ticketNumber: ticket.snapshot.ticketNumber,
      checks,
      maskedCpf: ticket.cpf ? maskCpf(ticket.cpf) : undefined,
      justification: justification ? maskCpfsInText(justification) : undefined,
    });
  }
}
