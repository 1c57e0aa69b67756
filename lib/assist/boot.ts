import { browser } from 'wxt/browser';
import { send } from '../messages/client';
import type { Config } from '../settings/config';
import { PAGE_CONFIG_KEY } from '../settings/page-config-key';
import { PANEL_COLLAPSED_KEY } from '../settings/ui-state';
import { HANDOFF_KEY, importHandoffKey } from './handoff-key';

export interface Boot {
  config: Config;
  handoffKey?: CryptoKey;
  panelCollapsed: boolean;
}

const looksLikeConfig = (v: unknown): v is Config =>
  !!v && typeof v === 'object' && 'settings' in v && 'playbooks' in v && 'locked' in v;

/**
 * What a ticket page needs before it can decide a save, in one read of storage.local (the background
 * publishes the validated config there). Only when that is missing (the very first start) does it ask
 * the background. Undefined when the extension is gone.
 */
export async function readBoot(): Promise<Boot | undefined> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await browser.storage.local.get([PAGE_CONFIG_KEY, HANDOFF_KEY, PANEL_COLLAPSED_KEY]);
  } catch {
    return undefined;
  }
  const config = looksLikeConfig(stored[PAGE_CONFIG_KEY])
    ? stored[PAGE_CONFIG_KEY]
    : await send<Config>({ type: 'config:get' });
  if (!config) return undefined;
  return {
    config,
    handoffKey: await importHandoffKey(stored[HANDOFF_KEY]),
    panelCollapsed: stored[PANEL_COLLAPSED_KEY] === true,
  };
}

/** Calls `onChange` with each config the background publishes (policy, settings, language). */
export function watchConfig(onChange: (config: Config) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[PAGE_CONFIG_KEY]?.newValue;
    if (area === 'local' && looksLikeConfig(next)) onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
