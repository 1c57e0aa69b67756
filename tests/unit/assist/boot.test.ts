import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readBoot } from '../../../lib/assist/boot';
import type { Config } from '../../../lib/settings/config';
import { publishPageConfig } from '../../../lib/settings/page-config';
import { PAGE_CONFIG_KEY } from '../../../lib/settings/page-config-key';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { resetPolicyMemory, settingsItem } from '../../../lib/settings/store';
import { rememberPanelCollapsed } from '../../../lib/settings/ui-state';

async function publish(allowOverride: boolean) {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, allowOverride });
  await publishPageConfig();
}

describe('what a ticket page starts from', () => {
  it('a config an older version left (no stylesheet) is not used: the page asks the background for the current one', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    await publish(true);
    const current = (await fakeBrowser.storage.local.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY] as Config;
    const { panelCss: _, ...older } = current;
    await fakeBrowser.storage.session.set({ [PAGE_CONFIG_KEY]: older });
    await fakeBrowser.storage.local.set({ [PAGE_CONFIG_KEY]: older });
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(current));
    const boot = await readBoot();
    expect(boot?.config.panelCss).toBe(current.panelCss);
  });

  it('a new page starts with the settings published last, not the ones before', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    await publish(false);
    await publish(true);
    // From the memory copy alone (storage.local is only the fallback).
    await fakeBrowser.storage.local.remove(PAGE_CONFIG_KEY);
    expect((await readBoot())?.config.settings.allowOverride).toBe(true);
  });

  it('the browser just restarted (memory copy gone): the page still starts from the stored config', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    await publish(true);
    await rememberPanelCollapsed(true);
    await fakeBrowser.storage.session.clear();
    const boot = await readBoot();
    expect(boot?.config.settings.allowOverride).toBe(true);
    expect(boot?.panelCollapsed).toBe(true);
  });

  it('the agent collapsed the panel: the next page opens collapsed, also after the config is published again', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    await publish(true);
    await rememberPanelCollapsed(true);
    await publishPageConfig();
    expect((await readBoot())?.panelCollapsed).toBe(true);
    await fakeBrowser.storage.session.clear();
    await publishPageConfig();
    expect((await readBoot())?.panelCollapsed).toBe(true);
  });
});
