import { offerHandoff } from '../handoff';
import { readHandoffKey } from '../handoff-key';
import type { Booted } from './config';
import type { GuardedPage } from './guard';
import type { Life, Step } from './sequence';
import type { StartedSession } from './session';

/** How long the agent's work stays offered to a successor once this script lost its extension. */
const OFFER_MS = 60_000;

/**
 * Ready to hand what the agent typed to the next version of this script, should the extension update with
 * the page open (lib/page/assist/handoff.ts). The key is read now that the panel is up, unless it was already.
 */
export function offerHandover(
  page: Pick<GuardedPage, 'win' | 'ticket' | 'gate'> & Pick<Booted, 'handoffKey'> & StartedSession,
  life: Life,
): Step<object> {
  const { win, ticket, gate, session } = page;
  let stopOffering: (() => void) | undefined;
  void (page.handoffKey ?? readHandoffKey()).then((key) => {
    if (!key || life.isInvalid) return;
    stopOffering = offerHandoff(
      win,
      key,
      () => ({
        ticket: ticket.key,
        draft: session.draft(),
        audit: gate.lateAudit,
        token: gate.heldSaves.rekey(),
      }),
      () => gate.tampered('handoff'),
    );
  });
  // Offered only after this script lost its extension, and only while a successor may ask (a plain timer:
  // the context's own are cancelled once it is invalid).
  return { teardown: () => stopOffering && setTimeout(stopOffering, OFFER_MS) };
}
