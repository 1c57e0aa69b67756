import { extensionSettings, LOCKDOWN } from './browsers';

/**
 * One file for /etc/opt/chrome/policies/managed/ (Google Chrome) or /etc/chromium/policies/managed/
 * (Chromium): Linux has no domain-join condition for an off-store force-install.
 */
export function linuxPolicy(
  extensionId: string,
  updateUrl: string,
  configuration: Record<string, unknown>,
): string {
  const policy = {
    ExtensionSettings: extensionSettings(extensionId, updateUrl),
    ...LOCKDOWN,
    '3rdparty': { extensions: { [extensionId]: configuration } },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}
