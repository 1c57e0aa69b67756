import { xmlAttr } from '../update-manifest';
import { WINDOWS_BROWSERS, type WindowsBrowser } from './browsers';
import type { PolicyKey } from './policy-keys';
import { ADM_TEXT, type AdmLanguage, POLICY_LABELS } from './policy-labels';

/** The strings and input boxes of admx.ts, in one language (the editor picks the one matching Windows). */
export function adml(browser: WindowsBrowser, language: AdmLanguage, keys: PolicyKey[]): string {
  const text = ADM_TEXT[language];
  const label = (key: PolicyKey) => POLICY_LABELS[language][key.key] ?? key.key;
  const strings: Array<[string, string]> = [
    ['SysaidAssist', text.category ?? ''],
    ['SUPPORTED_BROWSER', (text.supported ?? '').replace('{browser}', WINDOWS_BROWSERS[browser].name)],
  ];
  for (const key of keys) {
    strings.push([key.key, label(key)]);
    const example = `${text.example}: ${typeof key.example === 'string' ? key.example : JSON.stringify(key.example)}`;
    strings.push([
      `${key.key}_Explain`,
      [key.description, example, text.locked].filter(Boolean).join('\n\n'),
    ]);
    for (const choice of key.choices ?? []) strings.push([`${key.key}_${choice}`, choice]);
  }
  const presentations = keys
    .filter((key) => key.type !== 'boolean')
    .map((key) => {
      const ref = `${key.key}_Value`;
      const box = key.choices
        ? `<dropdownList refId="${ref}">${xmlAttr(text.choice ?? '')}</dropdownList>`
        : key.type === 'integer' || key.type === 'number'
          ? `<decimalTextBox refId="${ref}">${xmlAttr(text.number ?? '')}</decimalTextBox>`
          : `<textBox refId="${ref}"><label>${xmlAttr(key.type === 'string' ? (text.text ?? '') : (text.json ?? ''))}</label></textBox>`;
      return `      <presentation id="${key.key}">${box}</presentation>`;
    });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    `  <displayName>${xmlAttr(text.title ?? '')}</displayName>`,
    `  <description>${xmlAttr(text.description ?? '')}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, value]) => `      <string id="${id}">${xmlAttr(value)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations,
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}
