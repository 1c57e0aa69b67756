import { browser } from 'wxt/browser';
import { pageEn } from '../../core/i18n/en';
import { pagePtBR } from '../../core/i18n/pt-BR';
import { resolvePlaybooks } from '../../core/procedures/io';
import { FIELD_LABELS } from '../../core/procedures/vocabulary';
import type { Config } from '../../core/settings/config';
import { PAGE_CONFIG_KEY, PANEL_COLLAPSED_KEY } from '../../core/settings/page-config-key';
import { FIELD_CAPTIONS, FIELD_NAMES } from '../../core/sysaid/selectors';
import panelCss from '../../ui/panel/panel.css?inline';
import { loadSettings } from './store';

export async function configForPages(): Promise<Config> {
  const { settings, locked, problems } = await loadSettings();
  const messages = settings.language === 'en' ? pageEn : pagePtBR;
  const playbooks = resolvePlaybooks(settings.playbooks);
  const fields = { labels: FIELD_LABELS, captions: FIELD_CAPTIONS, names: FIELD_NAMES };
  return { settings, locked, problems, playbooks, messages, panelCss, fields };
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
  // The mirror first: a page opening between the two writes must not start from the older config
  // after open pages were told of the newer one (they follow storage.local's change event).
  await mirrorForPages(config);
  const current = (await browser.storage.local.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY];
  if (JSON.stringify(current) !== JSON.stringify(config))
    await browser.storage.local.set({ [PAGE_CONFIG_KEY]: config });
}

/**
 * The copy pages read at start (lib/page/assist/boot.ts): storage.session answers faster. Emptied when the
 * browser closes or the extension updates; pages then read storage.local until the next publish.
 */
async function mirrorForPages(config: Config): Promise<void> {
  try {
    const mirrored = await browser.storage.session.get(PANEL_COLLAPSED_KEY);
    const collapsed =
      mirrored[PANEL_COLLAPSED_KEY] !== undefined ? {} : await browser.storage.local.get(PANEL_COLLAPSED_KEY);
    // One string, not the nested object: the browser hands a page one value instead of thousands.
    await browser.storage.session.set({ [PAGE_CONFIG_KEY]: JSON.stringify(config), ...collapsed });
  } catch {
    // Not written (no storage.session here, or its quota is full): an older copy left behind would start
    // pages from the older config, so it goes and pages read storage.local.
    await browser.storage.session.remove(PAGE_CONFIG_KEY).catch(() => undefined);
  }
}
