import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { selfTest } from '../lib/assist/self-test';
import { setLanguage } from '../lib/i18n';
import { leadHook } from '../lib/panel/lead-hook';
import { SelfTest } from '../lib/panel/SelfTest';
import { unrecognisedSaveControls } from '../lib/sysaid/save-controls';

// Injected on demand into the ticket's frame when a lead opens "Autoteste e mapeamento de campos":
// renders the tools into the place the panel keeps for them (lib/panel/lead-hook.ts).
export default defineUnlistedScript(() => {
  const hook = leadHook();
  if (!hook) return false;
  setLanguage(hook.language, hook.messages);
  let shown = 0;
  hook.show = () => {
    shown++;
    const run = () => selfTest(hook.playbooks(), hook.located());
    const unrecognisedSaves = () => unrecognisedSaveControls(document);
    render(h(SelfTest, { ...hook, run, unrecognisedSaves, key: shown }), hook.container);
  };
  hook.show();
  return true;
});
