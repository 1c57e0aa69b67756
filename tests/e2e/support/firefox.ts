import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { expect } from 'vitest';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

/** Firefox to drive: FIREFOX_PATH, else Debian's firefox-esr. Never skips: no browser is a failure. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox não encontrado em ${path}. Instale com "sudo apt-get update && sudo apt-get install -y firefox-esr" ` +
        'ou aponte FIREFOX_PATH para um Firefox 140 ou mais novo.',
    );
  }
  return path;
}

/** The Firefox e2e build must exist and inject on the replica's loopback origin. */
export function checkFirefoxBuild(): void {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: Array<{ matches: string[] }> })
    : undefined;
  if (!manifest?.content_scripts?.some((c) => c.matches.includes('http://127.0.0.1/*'))) {
    throw new Error(
      `Build de e2e do Firefox não encontrado em ${FIREFOX_EXTENSION_DIR}: rode "npm run build:e2e" antes.`,
    );
  }
}

export interface FirefoxExtension {
  browser: Browser;
  extensionId: string;
  /** Every request the browser tried to send off 127.0.0.1, whoever made it (should stay empty). */
  foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * Everything off loopback goes through this proxy, which records and refuses it: the extension's
 * background and content scripts included, which a page's request events would not show.
 */
async function recordingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  return {
    port: (proxy.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((r) => proxy.close(() => r())),
  };
}

/** Real Firefox over WebDriver BiDi with the Firefox build installed as a temporary add-on. */
export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const proxy = await recordingProxy();
  const profile = await mkdtemp(join(tmpdir(), 'sysaid-assist-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // Release builds ignore services.settings.server unless told this is a test (Remote Settings' own switch).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'intl.locale.requested': 'pt-BR',
      'intl.accept_languages': 'pt-BR',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      // Loopback (the replica) stays direct: Firefox never proxies it unless told to.
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own Remote Settings (blocklists, etc.) would call Mozilla: sent to a closed local port.
      'services.settings.server': 'http://127.0.0.1:9/v1',
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    extensionId,
    foreignRequests: proxy.seen,
    close: async () => {
      await browser.close();
      await proxy.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/*
 * The panel's controls by their labels, looked up in the open shadow root of <sysaid-assist>
 * (accessibility-tree queries do not work over BiDi). Each lookup waits until the control is there.
 */
type Kind = 'radio' | 'textbox' | 'alert' | 'radiogroup';

function findInPanel(kind: Kind, name: string, group: string): Element | null {
  const root = document.querySelector('sysaid-assist')?.shadowRoot;
  if (!root) return null;
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const groupNamed = (label: string) =>
    [...root.querySelectorAll('[role=radiogroup]')].find(
      (g) =>
        (g.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => text(root.getElementById(id)))
          .join(' ') === label,
    ) ?? null;
  if (kind === 'alert') return root.querySelector('[role=alert]');
  if (kind === 'radiogroup') return groupNamed(name);
  if (kind === 'radio') {
    const inputs = [...(groupNamed(group)?.querySelectorAll('input[type=radio]') ?? [])];
    return inputs.find((i) => text(i.closest('label')) === name) ?? null;
  }
  return (
    [...root.querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea')].find((el) => {
      const field = el as HTMLInputElement;
      return (field.getAttribute('aria-label') ?? text(field.labels?.[0])) === name;
    }) ?? null
  );
}

async function panelElement(page: Page, kind: Kind, name: string, group = '', timeout = 15_000) {
  const handle = await page.waitForFunction(findInPanel, { timeout, polling: 100 }, kind, name, group);
  const element = handle.asElement();
  if (!element) throw new Error(`no ${kind} "${name}" in the panel`);
  return element as ElementHandle<HTMLElement>;
}

export async function checkRadio(page: Page, group: string, name: string): Promise<void> {
  const radio = await panelElement(page, 'radio', name, group);
  await radio.click();
  await expect.poll(() => radio.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
}

export async function isRadioChecked(page: Page, group: string, name: string): Promise<boolean> {
  const radio = await panelElement(page, 'radio', name, group);
  return radio.evaluate((el) => (el as HTMLInputElement).checked);
}

/** Types into a panel field as an agent does, key by key. */
export async function typeInto(page: Page, label: string, value: string): Promise<void> {
  const field = await panelElement(page, 'textbox', label);
  await field.click();
  await field.type(value);
}

export async function textboxValue(page: Page, label: string): Promise<string> {
  const field = await panelElement(page, 'textbox', label);
  return field.evaluate((el) => (el as HTMLInputElement).value);
}

export async function waitForPanel(page: Page, timeout = 15_000): Promise<void> {
  await panelElement(page, 'radiogroup', 'Canal', '', timeout);
}

export async function alertText(page: Page, timeout = 5_000): Promise<string> {
  const alert = await panelElement(page, 'alert', '', '', timeout);
  return alert.evaluate((el) => el.textContent ?? '');
}

/** The beneficiary as confirmed on the call (the same data as the Chromium tests). */
export async function typeBeneficiary(page: Page, skip: string[] = []): Promise<void> {
  const data: Record<string, string> = {
    CPF: '52998224725',
    'Nome completo': 'Maria Aparecida da Silva',
    'Nome da mãe': 'Ana Maria da Silva',
    'Data de nascimento': '01021980',
    'Plano Assefaz': 'Assefaz Nacional',
  };
  for (const [label, value] of Object.entries(data))
    if (!skip.includes(label)) await typeInto(page, label, value);
}

/** Waits until the extension has settled the form (no fill in progress). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !(document.querySelector('sysaid-assist')?.shadowRoot?.textContent ?? '').includes(
        'Preenchendo o formulário do SysAid…',
      ),
    { timeout: 15_000, polling: 100 },
  );
}
