/**
 * The real install and update path (issue 22): no --load-extension. A release signed with a key made
 * here is served from 127.0.0.1 and force-installed by a machine policy file, as IT would on Linux
 * (no domain-join condition there). Writes under /etc/chromium/policies/managed/: run as root, alone
 * (the e2e project runs files serially).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { release } from '../../lib/node/release/release';
import { type SysaidServer, startSysaidServer } from '../fixtures/server';
import { writeTestKey } from '../unit/release/test-key';
import { chromiumPath, QUIET_FLAGS } from './support/chromium';
import { type MachinePolicy, machinePolicy, removeStalePolicies } from './support/machine-policy';
import { radio, settled, textbox, typeBeneficiary } from './support/ticket';
import { serveReleaseFolder } from './support/update-server';

declare const chrome: {
  management: { getSelf(): Promise<{ installType: string; mayDisable: boolean; version: string }> };
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
  runtime: {
    requestUpdateCheck(): Promise<{ status: string } | [string]>;
    getManifest(): { version: string };
  };
};

const POLICY_DIR = '/etc/chromium/policies/managed';
// Playwright's defaults that would stop a policy install and update: gone, and from our flags too.
const NETWORK_OFF = ['--disable-extensions', '--disable-background-networking', '--disable-component-update'];
const V1 = '40.0.0';
const V2 = '40.0.1';

function policyFor(extensionId: string | undefined, updateUrl: string): object {
  return extensionId
    ? {
        // Chromium's default (0) bars DevTools, hence this test's CDP, from policy-installed extensions.
        DeveloperToolsAvailability: 1,
        ExtensionSettings: {
          [extensionId]: {
            installation_mode: 'force_installed',
            update_url: updateUrl,
            toolbar_pin: 'force_pinned',
          },
        },
        '3rdparty': {
          extensions: { [extensionId]: { agentName: 'Agente da Política', categoryLoadTimeoutMs: 12000 } },
        },
      }
    : {};
}

describe('IT installs and updates the extension by policy, as on the floor', { timeout: 300_000 }, () => {
  let root: string;
  let server: SysaidServer;
  let intranet: Awaited<ReturnType<typeof serveReleaseFolder>>;
  let context: BrowserContext | undefined;
  let extensionId: string;
  let keyPath: string;
  let policy: MachinePolicy | undefined;
  const outDir = () => join(root, 'intranet');
  const updateUrl = () => `${intranet.url}/updates.xml`;

  beforeAll(async () => {
    await removeStalePolicies(POLICY_DIR);
    policy = await machinePolicy(POLICY_DIR);
    root = await mkdtemp(join(tmpdir(), 'sysaid-install-'));
    keyPath = writeTestKey(root);
    server = await startSysaidServer();
    intranet = await serveReleaseFolder(join(root, 'intranet'));
    const released = await release({
      keyPath,
      updateUrl: updateUrl(),
      hosts: [server.url],
      version: V1,
      outDir: outDir(),
      browsers: ['chrome'],
    });
    extensionId = released.extensionId;
    await policy.write(policyFor(extensionId, updateUrl()));
  }, 240_000);

  afterAll(async () => {
    await policy?.remove();
    await context?.close();
    await server?.close();
    await intranet?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  /** The extension's service worker running `version`, once the browser has it. */
  async function workerAt(version: string): Promise<Worker> {
    let found: Worker | undefined;
    await expect
      .poll(
        async () => {
          for (const worker of context?.serviceWorkers() ?? []) {
            if (!worker.url().startsWith(`chrome-extension://${extensionId}/`)) continue;
            const running = await worker.evaluate(() => chrome.runtime.getManifest().version).catch(() => '');
            if (running === version) found = worker;
          }
          return found !== undefined;
        },
        {
          timeout: 60_000,
          interval: 500,
          message: `version ${version} of ${extensionId} never ran (not installed from the policy's update_url?)`,
        },
      )
      .toBe(true);
    if (!found) throw new Error(`version ${version} never ran`);
    return found;
  }

  it('force-installs, locked, configured by 3rdparty; an update mid-ticket loses nothing; removal uninstalls', async () => {
    const userDataDir = join(root, 'profile');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      locale: 'pt-BR',
      timezoneId: 'America/Sao_Paulo',
      ignoreDefaultArgs: NETWORK_OFF,
      args: QUIET_FLAGS.filter((flag) => !NETWORK_OFF.includes(flag)),
    });
    let worker = await workerAt(V1);
    const self = await worker.evaluate(() => chrome.management.getSelf());
    expect(self).toMatchObject({ installType: 'admin', mayDisable: false, version: V1 });
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.managed.get()), { timeout: 30_000 })
      .toMatchObject({ agentName: 'Agente da Política', categoryLoadTimeoutMs: 12000 });

    // The replica's origin came in with --host: the panel runs there with no permission prompt.
    const page = await context.newPage();
    await page.goto(`${server.url}/m/index.jsp`);
    const frame = page.frame({ name: 'contentFrame' });
    if (!frame) throw new Error('the shell has no iframe#contentFrame');
    await frame.getByRole('link', { name: 'Novo' }).click();
    await frame.getByRole('radiogroup', { name: 'Canal' }).waitFor({ timeout: 30_000 });
    await radio(frame, 'Canal', 'Ligação ativa / Callback').check();
    await radio(frame, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(frame, ['Nome da mãe']);
    await settled(frame);

    // IT publishes N+1 to the same place; the browser is told to look now instead of in a few hours.
    await release({
      keyPath,
      updateUrl: updateUrl(),
      hosts: [server.url],
      version: V2,
      outDir: outDir(),
      browsers: ['chrome'],
    });
    const oldPanel = await frame.locator('sysaid-assist').elementHandle();
    // A profile's first check is never throttled (later ones back off for minutes): it must see N+1.
    const check = await worker.evaluate(() => chrome.runtime.requestUpdateCheck());
    expect(Array.isArray(check) ? check[0] : check.status).toBe('update_available');
    worker = await workerAt(V2);
    expect(await worker.evaluate(() => chrome.management.getSelf())).toMatchObject({
      installType: 'admin',
      version: V2,
    });

    // The open ticket: the new version's panel took over what was typed, and its guard blocks.
    await expect.poll(() => oldPanel?.evaluate((el) => el.isConnected), { timeout: 30_000 }).toBe(false);
    await frame.locator('sysaid-assist').getByRole('radiogroup', { name: 'Canal' }).waitFor();
    expect(await textbox(frame, 'Nome completo').inputValue()).toBe('Maria Aparecida da Silva');
    expect(await textbox(frame, 'CPF').inputValue()).toBe('529.982.247-25');
    await frame.locator('#sr-save-btn').click();
    await frame.getByRole('alert').waitFor();
    expect(await frame.getByRole('alert').textContent()).toContain('Nome da mãe');
    expect(server.submissions()).toEqual([]);

    // The ID taken out of the policy: the browser uninstalls the extension.
    let uninstalled = false;
    worker.once('close', () => {
      uninstalled = true;
    });
    await policy?.write(policyFor(undefined, updateUrl()));
    // What IT does at chrome://policy ("Recarregar políticas"); the file watcher alone takes ~5 s.
    const policyPage = await context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    await expect.poll(() => uninstalled, { timeout: 60_000 }).toBe(true);
    const after = await context.newPage();
    await after.goto(`${server.url}/SREdit.jsp?id=0&SR_Type=1`, { waitUntil: 'load' });
    expect(await after.locator('sysaid-assist').count()).toBe(0);
  });
});
