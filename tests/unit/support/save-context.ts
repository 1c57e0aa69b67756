import { evaluate } from '../../../lib/core/rules/evaluate';
import { DEFAULT_SCOPE } from '../../../lib/core/settings/scope';
import type { SaveContext } from '../../../lib/page/sysaid/save-gate/decision';
import { blankForm, MORNING } from './tickets';

/** A save attempt on a new ticket with the panel untouched, enforce mode; `extra` says what differs. */
export function saveContext(extra: Partial<SaveContext> = {}): SaveContext {
  return {
    attempt: { route: 'click', isApply: false },
    now: MORNING.getTime(),
    evaluation: evaluate({ snapshot: blankForm(), typed: { data: {} }, now: MORNING }),
    channelChosen: false,
    isNewTicket: true,
    scope: DEFAULT_SCOPE,
    filling: false,
    status: 'Novo',
    overrideUntil: Number.NEGATIVE_INFINITY,
    guardMode: 'enforce',
    openedEarly: false,
    ...extra,
  };
}
