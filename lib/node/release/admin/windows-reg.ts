import {
  extensionSettings,
  LOCKDOWN,
  thirdPartyKey,
  WINDOWS_BROWSERS,
  type WindowsBrowser,
} from './browsers';
import type { PolicyKey } from './policy-keys';

/*
 * .reg files for regedit / GPO import. Objects and lists go in as JSON text (REG_SZ), which Chrome and
 * Edge parse against managed_schema.json; whole numbers and booleans as REG_DWORD.
 */
const HEADER = 'Windows Registry Editor Version 5.00';

function regString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function dword(value: number): string {
  return `dword:${(value >>> 0).toString(16).padStart(8, '0')}`;
}

function regValue(key: PolicyKey, value: unknown): string {
  const name = regString(key.key);
  if (typeof value === 'boolean') return `${name}=${dword(value ? 1 : 0)}`;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return `${name}=${dword(value)}`;
  if (typeof value === 'string') return `${name}=${regString(value)}`;
  return `${name}=${regString(JSON.stringify(value))}`;
}

function machineKey(browser: WindowsBrowser): string {
  return `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${WINDOWS_BROWSERS[browser].registry}]`;
}

/** Force-install (pinned, from our update URL) and developer mode off. */
export function installReg(browser: WindowsBrowser, extensionId: string, updateUrl: string): string {
  return [
    HEADER,
    '',
    `; ${WINDOWS_BROWSERS[browser].name}: instala a extensão à força (sem poder desativar), fixada na barra,`,
    '; a partir do updates.xml da intranet; modo do desenvolvedor desligado para os atendentes.',
    '; Se a política ExtensionSettings já existir nesta máquina, junte esta entrada à existente em vez de importar.',
    machineKey(browser),
    `"ExtensionSettings"=${regString(JSON.stringify(extensionSettings(extensionId, updateUrl)))}`,
    ...Object.entries(LOCKDOWN).map(([name, value]) => `"${name}"=${dword(value)}`),
    '',
  ].join('\r\n');
}

/** Removing the policy entry uninstalls the extension from every PC that receives it. */
export function removeReg(browser: WindowsBrowser): string {
  return [
    HEADER,
    '',
    `; ${WINDOWS_BROWSERS[browser].name}: retira a instalação forçada (o navegador desinstala a extensão).`,
    machineKey(browser),
    '"ExtensionSettings"=-',
    '',
  ].join('\r\n');
}

/** Every policy key of managed_schema.json with an example value: edit, delete what you do not set, import. */
export function configurationReg(browser: WindowsBrowser, extensionId: string, keys: PolicyKey[]): string {
  return [
    HEADER,
    '',
    `; ${WINDOWS_BROWSERS[browser].name}: configuração da extensão (aparece como "Gerenciado pela sua organização").`,
    '; Valores de EXEMPLO: ajuste-os e apague as linhas que a equipe não quer travar antes de importar.',
    `[HKEY_LOCAL_MACHINE\\${thirdPartyKey(browser, extensionId)}]`,
    ...keys.flatMap((key) => [`; ${key.key}: ${key.description || key.type}`, regValue(key, key.example)]),
    '',
  ].join('\r\n');
}

/** regedit reads UTF-16LE with a byte-order mark, so the Portuguese comments survive. */
export function regFileBytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
