import { browser } from 'wxt/browser';
import { en } from '../i18n/english';
import { resolvePlaybooks } from '../procedures/io';
import type { Config } from './config';
import { PAGE_CONFIG_KEY } from './page-config-key';
import { loadSettings } from './store';

export async function configForPages(): Promise<Config> {
  const { settings, locked, problems } = await loadSettings();
  const messages = settings.language === 'en' ? en : undefined;
  return { settings, locked, problems, playbooks: resolvePlaybooks(settings.playbooks), messages };
}

let queue: Promise<void> = Promise.resolve();

/**
 * Writes the config in force where content scripts read it at page start (no service-worker round
 * trip on the way to a ready ticket); pages listening to storage follow a change on open tickets.
 * Writes run one after another: two quick changes must never leave the older config in force.
 */
export function publishPageConfig(): Promise<void> {
  const run = queue.then(writePageConfig);
  queue = run.catch(() => undefined);
  return run;
}

async function writePageConfig(): Promise<void> {
  const config = await configForPages();
  const current = (await browser.storage.local.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY];
  if (JSON.stringify(current) !== JSON.stringify(config))
    await browser.storage.local.set({ [PAGE_CONFIG_KEY]: config });
}
