import '../lib/core/i18n/form-report';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setLanguage } from '../lib/core/i18n';
import type { Config } from '../lib/core/settings/config';
import { PAGE_CONFIG_KEY } from '../lib/core/settings/page-config-key';
import { selfTest } from '../lib/page/assist/self-test';
import { locateFields } from '../lib/page/sysaid/locate';
import { formReport } from '../lib/page/sysaid/report';

// Run on demand in the ticket's frame (a lead asked for the report): kept out of the content script,
// which every SysAid page loads.
export default defineUnlistedScript(async () => {
  const config = (await browser.storage.local.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY] as Config | undefined;
  setLanguage(config?.settings.language ?? 'pt-BR');
  const located = locateFields(document, config?.settings.fieldMapping ?? {});
  return formReport({
    doc: document,
    extensionVersion: browser.runtime.getManifest().version,
    selfTest: selfTest(Object.values(config?.playbooks ?? {}), located),
    now: new Date(),
  });
});
