import { browser } from 'wxt/browser';

// Plain storage calls: @wxt-dev/storage would add kilobytes to the content script for one boolean.
/** The agent's last choice of a collapsed panel (read with the page's other start-up values). */
export const PANEL_COLLAPSED_KEY = 'panelCollapsed';

export async function rememberPanelCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [PANEL_COLLAPSED_KEY]: collapsed });
}
