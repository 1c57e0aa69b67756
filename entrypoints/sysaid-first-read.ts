import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstRead } from '../lib/page/assist/first-read';
import { isServiceRecordPage } from '../lib/page/sysaid/page-kind';

// Listed in the manifest's content scripts just before sysaid.content by wxt.config.ts (a plain script:
// WXT's content-script wrapper would be more to compile first). See lib/page/assist/first-read.ts.
export default defineUnlistedScript(() => {
  if (isServiceRecordPage(location)) startFirstRead(window);
});
