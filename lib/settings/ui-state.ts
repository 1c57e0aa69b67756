import { browser } from 'wxt/browser';

// Plain storage calls: @wxt-dev/storage would add kilobytes to the content script for one boolean.
const KEY = 'panelCollapsed';

/** The agent's last choice of a collapsed panel; no personal data. */
export async function wasPanelCollapsed(): Promise<boolean> {
  return (await browser.storage.local.get(KEY))[KEY] === true;
}

export async function rememberPanelCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [KEY]: collapsed });
}
