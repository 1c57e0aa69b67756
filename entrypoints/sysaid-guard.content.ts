import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLOUD_MATCHES } from '../lib/core/hosts';
import { installPageHook } from '../lib/page/sysaid/save-gate/page-hook';

// The page's own world, before SysAid's scripts: they may save with form.submit().
export default defineContentScript({
  matches: CLOUD_MATCHES,
  allFrames: true,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installPageHook(window);
  },
});
