import { browser } from 'wxt/browser';
import { resolvePlaybooks } from '../procedures/io';
import type { Config } from './config';
import { loadSettings } from './store';

/** Where ticket pages read their config directly (validated here; no personal data in it). */
export const PAGE_CONFIG_KEY = 'pageConfig';

export async function configForPages(): Promise<Config> {
  const { settings, locked, problems } = await loadSettings();
  return { settings, locked, problems, playbooks: resolvePlaybooks(settings.playbooks) };
}

/**
 * Writes the config in force where content scripts read it at page start (no service-worker round
 * trip on the way to a ready ticket); pages listening to storage follow a change on open tickets.
 */
export async function publishPageConfig(): Promise<void> {
  const config = await configForPages();
  const current = (await browser.storage.local.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY];
  if (JSON.stringify(current) !== JSON.stringify(config))
    await browser.storage.local.set({ [PAGE_CONFIG_KEY]: config });
}
