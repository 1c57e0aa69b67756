import { vi } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import type { Channel, Outcome, Typed } from '../../../lib/core/procedures/vocabulary';
import { evaluate } from '../../../lib/core/rules/evaluate';
import type { PanelView } from '../../../lib/page/assist/view';
import { blankForm, MORNING } from './tickets';

/** What the panel asks of a ticket session, showing one fixed view; every action is a spy. */
export function fakeSession(view: PanelView) {
  return {
    subscribe: (listener: (v: PanelView) => void) => {
      listener(view);
      return () => {};
    },
    setChannel: vi.fn(),
    setOutcome: vi.fn(),
    setDatum: vi.fn(),
    setInterlocutor: vi.fn(),
    toggleStep: vi.fn(),
    dismissAlert: vi.fn(),
    override: vi.fn(),
    focusField: vi.fn(),
    resumeOffered: vi.fn(),
    discardOffered: vi.fn(),
  };
}

/** What the panel shows for a blank classic form, a channel, an outcome and what the agent typed. */
export function panelView(
  channel?: Channel,
  outcome?: Outcome,
  typed: Typed = { data: {} },
  extra: Partial<PanelView> = {},
): PanelView {
  const playbook = channel ? DEFAULT_PLAYBOOKS[channel] : undefined;
  const snapshot = { ...blankForm(), ticketNumber: extra.ticketNumber };
  return {
    channel,
    outcome,
    channelInferred: false,
    outOfScope: false,
    typed,
    playbook,
    evaluation: evaluate({ playbook, outcome, snapshot, typed, now: MORNING, agentName: 'Joana' }),
    notices: [],
    filling: false,
    ...extra,
  };
}
