import { defineContentScript } from 'wxt/utils/define-content-script';
import { CLOUD_MATCHES } from '../lib/hosts';
import { guardProgrammaticSubmits } from '../lib/sysaid/main-world-guard';

// The page's own world, before SysAid's scripts: they may save with form.submit().
export default defineContentScript({
  matches: CLOUD_MATCHES,
  allFrames: true,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    guardProgrammaticSubmits(window);
  },
});
