import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLOUD_MATCHES } from '../../lib/core/hosts';
import { readConfig } from '../../lib/page/assist/phases/config';
import { openTicketDraft } from '../../lib/page/assist/phases/draft';
import { followPage } from '../../lib/page/assist/phases/follow';
import { waitForForm } from '../../lib/page/assist/phases/form';
import { guardTicketPage } from '../../lib/page/assist/phases/guard';
import { offerHandover } from '../../lib/page/assist/phases/handover';
import { showPanel } from '../../lib/page/assist/phases/panel';
import { phases } from '../../lib/page/assist/phases/sequence';
import { startSession } from '../../lib/page/assist/phases/session';

/*
 * Wiring only, in the order a SysAid page needs it (lib/assist/phases/ says what each phase does): the save
 * gate at document_start, the config and the draft (read while SysAid loads), the ticket session, the panel,
 * then what follows the page. Each phase is taken down, in reverse, when the extension goes.
 */
export default defineContentScript({
  matches: CLOUD_MATCHES,
  allFrames: true,
  // document_start: the save gate stands before SysAid's first script; a save before the panel is
  // ready is held, never passed unchecked.
  runAt: 'document_start',
  // CSS travels inside the script: no web-accessible resource, so it also works on a team's own host.
  cssInjectionMode: 'manual',
  async main(ctx) {
    await phases(ctx)
      .next(() => guardTicketPage(window))
      .next(readConfig)
      .next(waitForForm)
      .next(openTicketDraft)
      .next(startSession)
      .next(showPanel)
      .next(offerHandover)
      .next((page) => followPage(page, ctx))
      .run();
  },
});
