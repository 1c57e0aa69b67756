import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/extension';
import { CONTENT_SCRIPT_BUDGET_KB, pageScriptSizes } from './support/size';

// Every SysAid page an agent opens parses these before the panel can show: the budget holds on the e2e build,
// which is the production build plus the replica's hosts (wxt.config.ts).
describe('the content script every SysAid page parses', () => {
  it(`stays within ${CONTENT_SCRIPT_BUDGET_KB} KB gzip (main script + first read)`, async () => {
    const { main, firstRead, contentScript } = await pageScriptSizes(EXTENSION_DIR);
    const sizes = `main ${main.toFixed(2)} KB + first read ${firstRead.toFixed(2)} KB = ${contentScript.toFixed(2)} KB`;
    expect(contentScript, sizes).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_KB);
  });
});
