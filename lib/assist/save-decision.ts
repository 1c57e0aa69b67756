import { sameCaption } from '../caption';
import { type Text, text } from '../i18n/text';
import type { Playbook } from '../procedures/schema';
import type { Check, Evaluation } from '../rules/types';
import type { GuardScope } from '../settings/scope';
import type { SaveAttempt } from '../sysaid/gate';

/** How a save was judged; every kind is a line in the compliance log. */
export type SaveKind = 'compliant' | 'early' | 'outOfScope' | 'override' | 'blocked';

export type SaveVerdict =
  | { decision: 'allow'; kind: Exclude<SaveKind, 'blocked'> }
  | { decision: 'block'; kind: 'blocked'; items: Check[]; text?: Text };

export interface SaveContext {
  attempt: SaveAttempt;
  now: number;
  evaluation: Evaluation;
  /** The channel's playbook in force (chosen in the panel, or shown by the ticket itself). */
  playbook?: Playbook;
  /** The agent chose a channel in the panel (not only inferred). */
  channelChosen: boolean;
  /** A record not yet saved (no SysAid number). */
  isNewTicket: boolean;
  /** SysAid's template of this form, when the URL says. */
  templateId?: string;
  scope: GuardScope;
  /** The extension is still writing into SysAid: what it would save is not final. */
  filling: boolean;
  status?: string;
  /** A justified exception lets saves through until then. */
  overrideUntil: number;
}

/** Whether the guard enforces the procedure on this ticket (PROCEDURES.md, "Scope"). */
export function inScope(ctx: Pick<SaveContext, 'scope' | 'channelChosen' | 'isNewTicket' | 'templateId'>) {
  if (ctx.channelChosen) return true;
  switch (ctx.scope.mode) {
    case 'all':
      return true;
    case 'new':
      return ctx.isNewTicket;
    case 'templates':
      return ctx.templateId !== undefined && ctx.scope.templates.includes(ctx.templateId);
  }
}

/**
 * The first "Aplicar" on a new call ticket opens the protocol while data is still missing, never with
 * data that is wrong and never into a final status (PROCEDURES.md, "Opening the protocol first").
 */
function earlyApplyAllowed(ctx: SaveContext): boolean {
  const { attempt, playbook } = ctx;
  if (!playbook?.allowEarlyApply || !ctx.channelChosen || !ctx.isNewTicket) return false;
  if (attempt.route !== 'click' || !attempt.isApply) return false;
  if (playbook.finalStatuses.some((s) => sameCaption(s, ctx.status))) return false;
  return ctx.evaluation.blocking.every((c) => !c.wrong);
}

/** The save gate's answer for one attempt. Pure: the session gathers the context. */
export function decideSave(ctx: SaveContext): SaveVerdict {
  if (!inScope(ctx)) return { decision: 'allow', kind: 'outOfScope' };
  if (ctx.filling) {
    return {
      decision: 'block',
      kind: 'blocked',
      items: [],
      text: text('guard.filling'),
    };
  }
  const blocking = ctx.evaluation.blocking;
  if (!blocking.length) return { decision: 'allow', kind: 'compliant' };
  if (ctx.now < ctx.overrideUntil) return { decision: 'allow', kind: 'override' };
  if (earlyApplyAllowed(ctx)) return { decision: 'allow', kind: 'early' };
  return { decision: 'block', kind: 'blocked', items: blocking };
}
