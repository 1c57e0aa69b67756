import { sameText, type Text } from '../../core/i18n/text';
import type { Playbook } from '../../core/procedures/schema';
import type { Channel, Outcome, Typed } from '../../core/procedures/vocabulary';
import type { Check, Evaluation } from '../../core/rules/types';
import type { Notice } from './notices';

export interface SaveAlert {
  /** Grows with each blocked attempt, so the panel re-announces and re-focuses. */
  seq: number;
  items: Check[];
  text?: Text;
  /** Only the SysAid form differs from the procedure: the justification is always offered. */
  formOnly?: boolean;
}

/** Everything the panel shows; rebuilt on every change. */
export interface PanelView {
  channel?: Channel;
  outcome?: Outcome;
  /** The channel shown comes from the ticket itself (the agent chose none). */
  channelInferred: boolean;
  /** The guard does not enforce on this ticket (PROCEDURES.md, "Scope"). */
  outOfScope: boolean;
  typed: Typed;
  playbook?: Playbook;
  evaluation: Evaluation;
  notices: Notice[];
  alert?: SaveAlert;
  filling: boolean;
  ticketNumber?: string;
  /** Set once a save went through: the ticket now carries the panel's data. */
  savedAt?: number;
  /** When the chat inactivity timer was started, if it runs. */
  inactivityStartedAt?: number;
  /**
   * A reloaded new ticket had this call under way, or its save never landed (`notSaved`: SysAid's login
   * page or an error answered it): offered, never written into SysAid unasked (PROCEDURES.md, "A reload
   * asks"). When it was last typed in, and the caller's first name.
   */
  resumeOffer?: { at: number; firstName?: string; notSaved: boolean };
}

/**
 * Whether the panel would show the same thing: typing in SysAid re-evaluates on every input. A hand list of
 * PanelView's parts, held to the type by tests/unit/assist/hand-copies.test.ts.
 */
export function sameView(a: PanelView, b: PanelView): boolean {
  return (
    a.channel === b.channel &&
    a.outcome === b.outcome &&
    a.channelInferred === b.channelInferred &&
    a.outOfScope === b.outOfScope &&
    a.typed === b.typed &&
    a.playbook === b.playbook &&
    a.notices === b.notices &&
    a.alert === b.alert &&
    a.filling === b.filling &&
    a.ticketNumber === b.ticketNumber &&
    a.savedAt === b.savedAt &&
    a.inactivityStartedAt === b.inactivityStartedAt &&
    a.resumeOffer === b.resumeOffer &&
    sameEvaluation(a.evaluation, b.evaluation)
  );
}

function sameEvaluation(a: Evaluation, b: Evaluation): boolean {
  if (a.transcriptCut !== b.transcriptCut || a.tellSysaidNumber !== b.tellSysaidNumber) return false;
  if (a.checks.length !== b.checks.length || a.scripts.length !== b.scripts.length) return false;
  return (
    a.checks.every((c, i) => {
      const d = b.checks[i];
      return d !== undefined && c.id === d.id && c.ok === d.ok && sameText(c.message, d.message);
    }) &&
    a.scripts.every((s, i) => {
      const t = b.scripts[i];
      return t !== undefined && s.id === t.id && s.text === t.text && s.ticked === t.ticked;
    })
  );
}
