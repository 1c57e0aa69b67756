import { browser } from 'wxt/browser';
import type { Config } from '../../core/settings/config';
import { PAGE_CONFIG_KEY, PANEL_COLLAPSED_KEY } from '../../core/settings/page-config-key';
import { useFieldTables } from '../../core/sysaid/field-captions';
import { send } from '../messages/client';
import { BOOT_KEYS, takeFirstRead } from './first-read';

export interface Boot {
  config: Config;
  panelCollapsed: boolean;
  /** What the same storage.session read found under the keys asked for; undefined when it could not read there. */
  alsoRead?: Record<string, unknown>;
}

// A config an older version published has no stylesheet: the background is asked for the current one.
// A hand copy of Config's keys (no zod on the page), held to configForPages by tests/unit/assist/hand-copies.test.ts.
export const looksLikeConfig = (v: unknown): v is Config =>
  !!v &&
  typeof v === 'object' &&
  'settings' in v &&
  'playbooks' in v &&
  'locked' in v &&
  'problems' in v &&
  'fields' in v &&
  'messages' in v &&
  typeof (v as Partial<Config>).panelCss === 'string';

/**
 * What a ticket page needs before it can decide a save, with `alsoRead` (the ticket's drafts) in the same
 * request: one round trip at page start, not one per value (each can wait behind a busy browser), usually
 * sent already by the first-read script (first-read.ts). The background mirrors the config into
 * storage.session (memory: answers in a few ms where storage.local's disk-backed read took up to 30 ms);
 * storage.local is read when that mirror is empty (browser just started, extension just updated), and the
 * background is asked only on the very first start. Undefined when the extension is gone.
 */
export async function readBoot(alsoRead: string[] = []): Promise<Boot | undefined> {
  let stored: Record<string, unknown> = {};
  let sessionRead: Record<string, unknown> | undefined;
  try {
    const keys = [...BOOT_KEYS, ...alsoRead];
    const read = await (takeFirstRead(keys) ?? browser.storage.session.get(keys));
    sessionRead = read;
    stored = read;
    const mirrored = stored[PAGE_CONFIG_KEY];
    if (typeof mirrored === 'string') stored = { ...stored, [PAGE_CONFIG_KEY]: JSON.parse(mirrored) };
  } catch {
    // not opened to content scripts here (Firefox), or unreadable: storage.local below
  }
  if (!looksLikeConfig(stored[PAGE_CONFIG_KEY])) {
    try {
      stored = await browser.storage.local.get(BOOT_KEYS);
    } catch {
      return undefined;
    }
  }
  const config = looksLikeConfig(stored[PAGE_CONFIG_KEY])
    ? stored[PAGE_CONFIG_KEY]
    : await send({ type: 'config:get' });
  if (!config) return undefined;
  useFieldTables(config.fields);
  return {
    config,
    panelCollapsed: stored[PANEL_COLLAPSED_KEY] === true,
    alsoRead: sessionRead && Object.fromEntries(alsoRead.map((key) => [key, sessionRead[key]])),
  };
}

/** Calls `onChange` with each config the background publishes (policy, settings, language); returns what stops it. */
export function watchConfig(onChange: (config: Config) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[PAGE_CONFIG_KEY]?.newValue;
    if (area !== 'local' || !looksLikeConfig(next)) return;
    useFieldTables(next.fields);
    onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
