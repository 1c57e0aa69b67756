import { adml } from './adml';
import { admx, admxFileName } from './admx';
import type { WindowsBrowser } from './browsers';
import { firefoxPolicies, firefoxXpiUrl } from './firefox-policies';
import { leiaMe } from './leia-me';
import { linuxPolicy } from './linux-json';
import { exampleConfiguration, policyKeys } from './policy-keys';
import type { AdmLanguage } from './policy-labels';
import { configurationReg, installReg, regFileBytes, removeReg } from './windows-reg';

interface KitInput {
  extensionId: string;
  version: string;
  updateUrl: string;
  /** public/managed_schema.json, parsed. */
  managedSchema: { properties?: Record<string, object> };
}

const BROWSERS: WindowsBrowser[] = ['chrome', 'edge'];
const LANGUAGES: AdmLanguage[] = ['pt-BR', 'en-US'];

/** Every file of admin/, by path relative to it. */
export function adminKit(input: KitInput): Map<string, Buffer> {
  const keys = policyKeys(input.managedSchema);
  const configuration = exampleConfiguration(keys);
  const xpiUrl = firefoxXpiUrl(input.updateUrl, input.version);
  const files = new Map<string, Buffer>();
  const text = (path: string, content: string) => files.set(path, Buffer.from(content, 'utf8'));
  text('LEIA-ME.txt', leiaMe({ ...input, xpiUrl }));
  for (const browser of BROWSERS) {
    files.set(
      `windows/${browser}-instalar.reg`,
      regFileBytes(installReg(browser, input.extensionId, input.updateUrl)),
    );
    files.set(
      `windows/${browser}-configuracao.reg`,
      regFileBytes(configurationReg(browser, input.extensionId, keys)),
    );
    files.set(`windows/${browser}-remover.reg`, regFileBytes(removeReg(browser)));
    const name = admxFileName(browser);
    text(`windows/admx/${name}.admx`, admx(browser, input.extensionId, keys));
    for (const language of LANGUAGES)
      text(`windows/admx/${language}/${name}.adml`, adml(browser, language, keys));
  }
  text('linux/sysaid-assist.json', linuxPolicy(input.extensionId, input.updateUrl, configuration));
  text('firefox/policies.json', firefoxPolicies(xpiUrl, configuration));
  return files;
}
