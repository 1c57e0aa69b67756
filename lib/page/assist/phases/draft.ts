import type { Draft } from '../../../core/drafts/draft';
import { type DraftKeeper, draftKeeper } from '../../drafts/keeper';
import { navigationKind } from '../../drafts/page-store';
import { isNewTicketKey } from '../../drafts/ticket-key';
import { type HandoffState, requestHandoff } from '../handoff';
import { asksFirst, openDraft, readDrafts } from '../open-draft';
import { notSaved } from '../sent-save';
import type { Booted } from './config';
import type { GuardedPage } from './guard';
import type { Step } from './sequence';

const HANDOFF_WAIT_MS = 1000;

export interface OpenedDraft {
  keeper: DraftKeeper;
  /** Whether this page owns the ticket's draft (lib/page/drafts/claims.ts), known a moment later. */
  owning: Promise<'owned' | 'renewed' | 'other'>;
  /** The draft the session starts from. */
  draft?: Draft;
  /** A reloaded new ticket's call, offered rather than put back (`notSaved`: a save SysAid never took). */
  offered?: Draft;
  notSaved: boolean;
  /** What the older script handed over (after an update): its events to log, at least. */
  handed?: HandoffState;
}

/**
 * The draft this ticket starts from: handed over by the older script after an update, or read (with the
 * first read when it came in time), once this tab's last save is settled; a reloaded new ticket offers its
 * call instead of putting it back.
 */
export async function openTicketDraft(
  page: GuardedPage & Pick<Booted, 'boot' | 'live' | 'handoffKey'>,
): Promise<Step<OpenedDraft>> {
  const { win, ticket, store, gate, hooks } = page;
  const drafts = draftKeeper(store, (failed) => hooks.setStorageProblem?.(failed));
  hooks.cancelled = () => void drafts.drop(ticket.key);
  // After an update, the old content script in this page hands over what the agent typed.
  const olderKey = await page.handoffKey;
  const handed = olderKey ? await requestHandoff(win, olderKey, HANDOFF_WAIT_MS) : undefined;
  // The older gate's one-time token: from now on the page hook asks this gate, and the old one retires.
  if (handed?.token) gate.heldSaves.join(handed.token);
  // The answer to this tab's save settles its draft first (SysAid took it: the caller's data is gone).
  const settled = page.arrival ? await page.arrival : undefined;
  // Claimed meanwhile: a reload must not wait for the page it replaces to let go (writes wait instead).
  const owning = store.open(ticket.key);
  const stored = readDrafts(store, ticket.key, settled ? undefined : page.boot.alsoRead);
  // A new ticket after a save SysAid never took (its session expired): that call is offered back.
  const recovering = isNewTicketKey(ticket.key) && notSaved((await stored).own);
  const navigation = recovering ? 'reload' : navigationKind(win);
  const opened =
    handed?.ticket === ticket.key
      ? handed.draft
      : await openDraft(store, ticket.key, navigation, page.live.ttlMs(), Date.now(), stored);
  // A reloaded new ticket starts blank and offers its call (an update's hand-over is no reload).
  const offered = !handed && asksFirst(ticket.key, navigation, opened) ? opened : undefined;
  return {
    keeper: drafts,
    owning,
    draft: offered ? undefined : opened,
    offered,
    notSaved: recovering,
    handed,
  };
}
