import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { selfTest } from '../lib/assist/self-test';
import { setLanguage } from '../lib/i18n';
import { send } from '../lib/messages/client';
import { leadHook } from '../lib/panel/lead-hook';
import { SelfTest } from '../lib/panel/SelfTest';
import { locateFields } from '../lib/sysaid/locate';
import { unrecognisedSaveControls } from '../lib/sysaid/save-controls';

// Injected on demand into the ticket's frame when a lead opens "Autoteste e mapeamento de campos":
// renders the tools into the place the panel keeps for them (lib/panel/lead-hook.ts). What only a lead
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
        onPick: hook.onPick,
        report: () => send<string>({ type: 'report:build' }),
        key: shown,
      }),
      hook.container,
    );
  };
  hook.show();
  return true;
});
