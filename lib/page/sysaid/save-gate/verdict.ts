import { maskCpf, maskCpfsInText } from '../../../core/br/mask';
import { type Text, text } from '../../../core/i18n/text';
import type { AuditMessage } from '../../../core/messages/schema';
import type { Playbook } from '../../../core/procedures/schema';
import type { Channel, FieldKey, Outcome } from '../../../core/procedures/vocabulary';
import type { FormSnapshot } from '../../../core/rules/snapshot';
import { formatStamp, type StampResult } from '../../../core/rules/stamp';
import type { Check, Evaluation } from '../../../core/rules/types';
import type { LocatedFields } from '../locate';
import type { SaveAttempt, SaveDecision } from './attempt';
import { decideSave, formOnly, type SaveContext, type SaveVerdict } from './decision';
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

export interface VerdictsHost {
  now(): number;
  allowOverride(): boolean;
  newExceptionId(): string;
  extensionVersion: string;
  /** Reads the form again: the ticket as it is now. */
  current(): TicketNow;
  audit(event: AuditMessage): void;
  /**
   * A save's verdict, when it is logged only once SysAid shows the save (lib/page/assist/sent-save.ts); absent,
   * it is logged at once.
   */
  sent?(event: AuditMessage): void;
  /** What the agent must see after an attempt: why it was refused, or nothing. */
  alert(alert: { items: Check[]; text?: Text; formOnly?: boolean } | undefined): void;
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
  observed: 'nao-conforme',
};

/** What differed in the SysAid form, for the lead's report: `<kind>:<field>[=<option>]`. */
export function formFaultsOf(checks: readonly Check[]): string[] | undefined {
  const faults = new Set<string>();
  for (const c of checks) {
    const f = c.formFault;
    if (f) faults.add(`${f.kind}:${f.field}${f.option ? `=${f.option}` : ''}`);
  }
  return faults.size ? [...faults] : undefined;
}

/**
 * A save's verdict on a ticket: decides each attempt (decision.ts), keeps the exception window,
 * writes the stamp and logs every outcome. The session owns the ticket; this owns what a save does.
 * Just past 200 lines on purpose: each way a save ends (allowed, refused, excepted, failed) is told here once.
 */
export class Verdicts {
  #overrideUntil = -Infinity;
  #exceptionId?: string;
  /** The exception granted was for a SysAid form that differs, not for missing data. */
  #exceptionForForm = false;

  readonly #host: VerdictsHost;

  constructor(host: VerdictsHost) {
    this.#host = host;
  }

  /** A different ticket is on screen: an exception granted for the previous one does not carry over. */
  reset(): void {
    this.#overrideUntil = -Infinity;
    this.#exceptionId = undefined;
    this.#exceptionForForm = false;
  }

  /** Called synchronously by the held saves: the ticket as it is this instant decides. */
  decide(attempt: SaveAttempt): SaveDecision {
    const ticket = this.#host.current();
    const verdict = this.#verdict(attempt, ticket);
    if (verdict.decision === 'block') {
      this.#host.alert({ items: verdict.items, text: verdict.text, formOnly: verdict.formOnly });
      if (verdict.items.length) this.#log('blocked', ticket, verdict.items);
      return 'block';
    }
    const unstamped = this.#stamp(verdict.kind, ticket);
    // One save per exception: whatever let this save through, the window is used up (a ticket fixed, saved,
    // then broken again within the minute is judged again).
    this.#overrideUntil = -Infinity;
    // An exception was logged with its justification when it was granted.
    if (verdict.kind !== 'override')
      this.#log(
        verdict.kind,
        ticket,
        verdict.kind === 'observed' ? verdict.items : [],
        undefined,
        unstamped,
        true,
      );
    this.#host.alert(undefined);
    this.#host.saved(verdict.kind, ticket);
    return 'allow';
  }

  /** Whether any save would be refused right now (the presses around a click are swallowed then). */
  isBlocked(): boolean {
    return this.#verdict({ route: 'click', isApply: true }, this.#host.current()).decision === 'block';
  }

  /**
   * Records a justified exception and lets the next save through: when policy allows exceptions, or
   * whenever what blocks is only the SysAid form's fault (never the agent's, never a dead end).
   */
  override(justification: string): Text | null {
    const ticket = this.#host.current();
    const forForm = formOnly(ticket.evaluation.blocking);
    if (!this.#host.allowOverride() && !forForm) return text('override.notAllowed');
    const reason = justification.trim();
    if (reason.length < MIN_JUSTIFICATION) return text('override.tooShort');
    this.#overrideUntil = this.#host.now() + EXCEPTION_WINDOW_MS;
    this.#exceptionId = this.#host.newExceptionId();
    this.#exceptionForForm = forForm;
    this.#log(
      forForm ? 'formFault' : 'override',
      ticket,
      ticket.evaluation.blocking,
      reason,
      `excecao=${this.#exceptionId}`,
    );
    this.#host.alert({ items: [], text: text('override.granted') });
    return null;
  }

  /** The decision itself failed: the save stays blocked, the agent is told what to do, and it is logged. */
  failed(error: unknown): void {
    this.#host.alert({ items: [], text: text('guard.failed') });
    this.#log('error', this.#host.current(), [], undefined, error instanceof Error ? error.name : 'erro');
  }

  #verdict(attempt: SaveAttempt, ticket: TicketNow): SaveVerdict {
    return decideSave({
      ...ticket.gate,
      attempt,
      now: this.#host.now(),
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
    const exception = result === 'excecao';
    const line = formatStamp({
      playbookId: playbook.id,
      playbookVersion: playbook.version,
      channel,
      outcome: ticket.outcome,
      result,
      exceptionId: exception ? this.#exceptionId : undefined,
      reason: exception && this.#exceptionForForm ? 'formulario' : undefined,
      extensionVersion: this.#host.extensionVersion,
    });
    const written = writeStamp(line, ticket.located, ticket.snapshot);
    if ('refusal' in written) return written.refusal;
    this.#host.stamped(written.field, written.value);
    return undefined;
  }

  #log(
    kind: AuditMessage['kind'],
    ticket: TicketNow,
    checks: readonly Check[],
    justification?: string,
    detail?: string,
    /** A save going to SysAid: its verdict counts once SysAid took it. */
    sending = false,
  ): void {
    const log = sending && this.#host.sent ? this.#host.sent : this.#host.audit;
    log({
      kind,
      channel: ticket.channel,
      outcome: ticket.outcome,
      detail,
      ticketNumber: ticket.snapshot.ticketNumber,
      checks: checks.map((c) => c.id),
      formFaults: formFaultsOf(checks),
      maskedCpf: ticket.cpf ? maskCpf(ticket.cpf) : undefined,
      justification: justification ? maskCpfsInText(justification) : undefined,
    });
  }
}
