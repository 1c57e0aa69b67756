/** Where each Chromium browser reads machine policy on Windows (HKLM\SOFTWARE\Policies\…). */
export const WINDOWS_BROWSERS = {
  chrome: { name: 'Google Chrome', registry: 'Google\\Chrome', policyPage: 'chrome://policy' },
  edge: { name: 'Microsoft Edge', registry: 'Microsoft\\Edge', policyPage: 'edge://policy' },
} as const;

export type WindowsBrowser = keyof typeof WINDOWS_BROWSERS;

/** The 3rdparty key an extension's own policy lives under (read as storage.managed). */
export function thirdPartyKey(browser: WindowsBrowser, extensionId: string): string {
  return `Software\\Policies\\${WINDOWS_BROWSERS[browser].registry}\\3rdparty\\extensions\\${extensionId}\\policy`;
}

/**
 * Force-installed, pinned, from our own update URL. Chrome/Edge docs: off-store force-install works
 * on Windows only for machines joined to AD / Entra ID or enrolled in cloud management.
 */
export function extensionSettings(extensionId: string, updateUrl: string): Record<string, unknown> {
  return {
    [extensionId]: {
      installation_mode: 'force_installed',
      update_url: updateUrl,
      toolbar_pin: 'force_pinned',
    },
  };
}

/**
 * Developer mode off on the extensions page (version 128+: ExtensionDeveloperModeSettings 1 =
 * Disallow; once set, DeveloperToolsAvailability no longer governs it), and no developer tools on
 * force-installed extensions' pages (DeveloperToolsAvailability 0, the documented default, made explicit).
 */
export const LOCKDOWN = { ExtensionDeveloperModeSettings: 1, DeveloperToolsAvailability: 0 } as const;
