import { xmlAttr } from '../update-manifest';
import { thirdPartyKey, type WindowsBrowser } from './browsers';
import type { PolicyKey } from './policy-keys';

/*
 * An ADMX of our own keys, writing where the browser reads the extension's policy
 * (…\3rdparty\extensions\<id>\policy). The key holds the ID, so the templates are made per release key.
 * Strings live in the ADML of each language (adml.ts), referenced as $(string.…) / $(presentation.…).
 */
export function admxFileName(browser: WindowsBrowser): string {
  return `sysaid-assist-${browser}`;
}

function element(key: PolicyKey): string {
  const id = `${key.key}_Value`;
  const name = xmlAttr(key.key);
  if (key.choices) {
    const items = key.choices.map(
      (choice) =>
        `          <item displayName="$(string.${key.key}_${choice})"><value><string>${xmlAttr(choice)}</string></value></item>`,
    );
    return [
      `        <enum id="${id}" valueName="${name}" required="true">`,
      ...items,
      '        </enum>',
    ].join('\n');
  }
  if (key.type === 'integer' || key.type === 'number') {
    return `        <decimal id="${id}" valueName="${name}" minValue="0" maxValue="2000000000" required="true" />`;
  }
  // Text and JSON alike: REG_SZ, parsed against managed_schema.json by the browser.
  return `        <text id="${id}" valueName="${name}" maxLength="65535" required="true" />`;
}

function policy(key: PolicyKey, registryKey: string): string {
  const open = `    <policy name="${key.key}" class="Machine" displayName="$(string.${key.key})" explainText="$(string.${key.key}_Explain)" key="${xmlAttr(registryKey)}"`;
  const parent = [
    '      <parentCategory ref="SysaidAssist" />',
    '      <supportedOn ref="SUPPORTED_BROWSER" />',
  ];
  if (key.type === 'boolean') {
    return [
      `${open} valueName="${xmlAttr(key.key)}">`,
      ...parent,
      '      <enabledValue><decimal value="1" /></enabledValue>',
      '      <disabledValue><decimal value="0" /></disabledValue>',
      '    </policy>',
    ].join('\n');
  }
  return [
    `${open} presentation="$(presentation.${key.key})">`,
    ...parent,
    '      <elements>',
    element(key),
    '      </elements>',
    '    </policy>',
  ].join('\n');
}

export function admx(browser: WindowsBrowser, extensionId: string, keys: PolicyKey[]): string {
  const registryKey = thirdPartyKey(browser, extensionId);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    '  <policyNamespaces>',
    `    <target prefix="sysaidassist${browser}" namespace="Assefaz.Policies.SysaidAssist.${browser === 'chrome' ? 'Chrome' : 'Edge'}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    '      <definition name="SUPPORTED_BROWSER" displayName="$(string.SUPPORTED_BROWSER)" />',
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    '    <category name="SysaidAssist" displayName="$(string.SysaidAssist)" />',
    '  </categories>',
    '  <policies>',
    ...keys.map((key) => policy(key, registryKey)),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
}
