import '../lib/core/i18n/lead';
import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setLanguage } from '../lib/core/i18n';
import { selfTest } from '../lib/page/assist/self-test';
import { send } from '../lib/page/messages/client';
import { locateFields } from '../lib/page/sysaid/locate';
import { unrecognisedSaveControls } from '../lib/page/sysaid/save-gate/save-controls';
import { leadHook } from '../lib/ui/panel/lead-hook';
import { SelfTest } from '../lib/ui/panel/SelfTest';

// Injected on demand into the ticket's frame when a lead opens "Autoteste e mapeamento de campos":
// renders the tools into the place the panel keeps for them (lib/ui/panel/lead-hook.ts). What only a lead
// asks for is worked out here, in this frame, so it costs every agent's content script nothing.
export default defineUnlistedScript(() => {
  const hook = leadHook();
  if (!hook) return false;
  const { settings, messages } = hook.config();
  setLanguage(settings.language, messages);
  let shown = 0;
  hook.show = () => {
    shown++;
    render(
      h(SelfTest, {
        run: () => {
          const config = hook.config();
          return selfTest(
            Object.values(config.playbooks),
            locateFields(document, config.settings.fieldMapping),
          );
        },
        unrecognisedSaves: () => unrecognisedSaveControls(document),
        locked: hook.config().locked.includes('fieldMapping'),
        onPick: async (field) => {
          // The picker runs in this frame, injected by the background only when a lead asks.
          if ((await send({ type: 'mapping:pick', field })) !== true) return false;
          hook.picked(await send({ type: 'config:get' }));
          return true;
        },
        report: () => send({ type: 'report:build' }),
        key: shown,
      }),
      hook.container,
    );
  };
  hook.show();
  return true;
});
