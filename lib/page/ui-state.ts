import { browser } from 'wxt/browser';
import { PANEL_COLLAPSED_KEY } from '../core/settings/page-config-key';

// Plain storage calls: @wxt-dev/storage would add kilobytes to the content script for one boolean.

/** Kept in storage.local, and mirrored in storage.session where ticket pages read it at start. */
export async function rememberPanelCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [PANEL_COLLAPSED_KEY]: collapsed });
  await browser.storage.session.set({ [PANEL_COLLAPSED_KEY]: collapsed }).catch(() => undefined);
}
