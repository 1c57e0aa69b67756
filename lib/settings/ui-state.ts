import { storage } from '@wxt-dev/storage';

/** The agent's last choice; no personal data. */
export const panelCollapsedItem = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });
