import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumPath, QUIET_FLAGS } from './chromium';

/** The extension's own API inside its service worker (evaluated there, not here). */
declare const chrome: {
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
    session: { remove(keys: string[]): Promise<void> };
  };
};

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests the browser made anywhere but the replica server (should stay empty). */
  foreignRequests: string[];
  close(): Promise<void>;
}

/** Real Chromium with the e2e build loaded, as an agent's browser would have it. */
export async function launchExtension(): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sysaid-assist-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    viewport: { width: 1280, height: 900 },
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(http:\/\/127\.0\.0\.1|chrome-extension:|data:|blob:|about:)/.test(url)) foreignRequests.push(url);
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    foreignRequests,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What an extension update does to open tabs: the extension reloads under them. */
export async function reloadExtension(ext: ExtensionBrowser): Promise<void> {
  const next = ext.context.waitForEvent('serviceworker', { timeout: 15_000 });
  await ext.worker
    .evaluate(() => {
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
    })
    .catch(() => undefined); // the worker goes away while answering
  ext.worker = await next;
}

/** Everything in storage.local, as text (to prove no personal data is there). */
export async function localStorageText(ext: ExtensionBrowser): Promise<string> {
  return ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}

/** Stores settings as the options page would, then waits for pages to pick them up. */
export async function setSettings(ext: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate(async (p) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, ...p }, settings$: { v: 1 } });
  }, patch);
  await expect
    .poll(() =>
      ext.worker.evaluate(async (p) => {
        const config = (await chrome.storage.local.get('pageConfig')).pageConfig as
          | { settings: Record<string, unknown>; locked: string[] }
          | undefined;
        return Object.entries(p).every(
          ([k, v]) => config?.locked.includes(k) || JSON.stringify(config?.settings[k]) === JSON.stringify(v),
        );
      }, patch),
    )
    .toBe(true);
}

export async function clearSettings(ext: ExtensionBrowser): Promise<void> {
  await ext.worker.evaluate(async () => {
    // The compliance log too: an earlier test's events must never satisfy a later test's assertion.
    await chrome.storage.local.remove([
      'settings',
      'settings$',
      'panelCollapsed',
      'auditLog',
      'auditEvicted',
    ]);
    await chrome.storage.session.remove(['panelCollapsed']);
  });
}

export function panel(page: Page) {
  return page.locator('sysaid-assist');
}

/** The settings ticket pages currently read (for failure reports). */
export async function pageSettings(ext: ExtensionBrowser): Promise<Record<string, unknown> | undefined> {
  return ext.worker.evaluate(
    async () =>
      ((await chrome.storage.local.get('pageConfig')).pageConfig as { settings?: Record<string, unknown> })
        ?.settings,
  );
}
