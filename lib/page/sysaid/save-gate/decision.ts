import { sameCaption } from '../../../core/caption/caption';
import { type Text, text } from '../../../core/i18n/text';
import type { Playbook } from '../../../core/procedures/schema';
import type { Check, Evaluation } from '../../../core/rules/types';
import type { GuardScope } from '../../../core/settings/scope';
import type { SaveAttempt } from './attempt';

/** How a save was judged; every kind is a line in the compliance log. */
export type SaveKind = 'compliant' | 'early' | 'outOfScope' | 'override' | 'observed' | 'blocked';

export type SaveVerdict =
  | { decision: 'allow'; kind: Exclude<SaveKind, 'blocked' | 'observed'> }
  /** Pilot mode let through a save the guard would have blocked. */
  | { decision: 'allow'; kind: 'observed'; items: Check[] }
  | {
      decision: 'block';
      kind: 'blocked';
      items: Check[];
      text?: Text;
      /** Every item is the SysAid form's fault: the agent may always go on with a justification. */
      formOnly: boolean;
    };

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
  /** Pilot mode blocks nothing (PROCEDURES.md, "On a real floor"). */
  guardMode: 'enforce' | 'observe';
  /**
   * The ticket's own stamp says an early "Aplicar" already opened it (`resultado=aberto`): SysAid may answer
   * an Apply with the same new-ticket address, so only the ticket itself can say it is not new any more.
   */
  openedEarly: boolean;
}

/** Every failing item is the form's fault, not the data's (an empty list is not). */
export const formOnly = (items: readonly Check[]): boolean =>
  items.length > 0 && items.every((c) => c.formFault !== undefined);

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
  if (!playbook?.allowEarlyApply || !ctx.channelChosen || !ctx.isNewTicket || ctx.openedEarly) return false;
  if (attempt.route !== 'click' || !attempt.isApply) return false;
  // Every status an outcome sets is among them too (lib/core/procedures/upgrade.ts): a lead's "Encerrado" as well.
  if (playbook.finalStatuses.some((s) => sameCaption(s, ctx.status))) return false;
  return ctx.evaluation.blocking.every((c) => !c.wrong);
}

/** The save gate's answer for one attempt. Pure: the session gathers the context. */
export function decideSave(ctx: SaveContext): SaveVerdict {
  const verdict = enforced(ctx);
  // Pilot mode: what would have been blocked goes through, and says so in the log and the stamp.
  if (verdict.decision === 'block' && ctx.guardMode === 'observe')
    return { decision: 'allow', kind: 'observed', items: verdict.items };
  return verdict;
}

function enforced(ctx: SaveContext): SaveVerdict {
  if (!inScope(ctx)) return { decision: 'allow', kind: 'outOfScope' };
  if (ctx.filling) {
    // Bounded: the fill gives up on a value after a few tries and on a slow level after its time limit.
    return { decision: 'block', kind: 'blocked', items: [], text: text('guard.filling'), formOnly: false };
  }
  const blocking = ctx.evaluation.blocking;
  if (!blocking.length) return { decision: 'allow', kind: 'compliant' };
  if (ctx.now < ctx.overrideUntil) return { decision: 'allow', kind: 'override' };
  if (earlyApplyAllowed(ctx)) return { decision: 'allow', kind: 'early' };
  const onlyForm = formOnly(blocking);
  return {
    decision: 'block',
    kind: 'blocked',
    items: blocking,
    formOnly: onlyForm,
    ...(onlyForm ? { text: text('guard.formDiffers') } : {}),
  };
}
