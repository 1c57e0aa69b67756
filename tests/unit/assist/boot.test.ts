import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readBoot } from '../../../lib/assist/boot';
import { draftStorageKeys, openDraft, readDrafts } from '../../../lib/assist/open-draft';
import type { Draft } from '../../../lib/drafts/draft';
import { pageDraftStore } from '../../../lib/drafts/page-store';
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

  it('a reloaded ticket restores what the agent typed from the same first read as the config; a ticket just saved as new keeps its draft', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    await publish(true);
    const store = pageDraftStore('tab1');
    const typed: Draft = {
      channel: 'chat',
      typed: { data: { fullName: 'Maria Aparecida' } },
      updatedAt: Date.now(),
    };
    const open = async (ticket: string, navigation: 'reload' | 'other') => {
      const boot = await readBoot(draftStorageKeys(store, ticket));
      return openDraft(
        store,
        ticket,
        navigation,
        3_600_000,
        Date.now(),
        readDrafts(store, ticket, boot?.alsoRead),
      );
    };
    await store.put('host/SREdit.jsp:novo', typed);
    expect((await open('host/SREdit.jsp:novo', 'reload'))?.typed.data.fullName).toBe('Maria Aparecida');
    // Saved: SysAid shows the same ticket under its new number.
    const now = Date.now();
    await store.put('host/SREdit.jsp:novo', { ...typed, savedAt: now, leftAt: now });
    expect((await open('host/SREdit.jsp:1001', 'other'))?.typed.data.fullName).toBe('Maria Aparecida');
    expect(await open('host/SREdit.jsp:novo', 'reload')).toBeUndefined();
  });

  it('where a page cannot read storage.session itself, the draft is still restored (asked again, not lost)', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    await publish(true);
    const store = pageDraftStore('tab1');
    await store.put('host/SREdit.jsp:novo', {
      channel: 'callback',
      typed: { data: {} },
      updatedAt: Date.now(),
    });
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValueOnce(
      new Error('Access to storage is not allowed'),
    );
    const boot = await readBoot(draftStorageKeys(store, 'host/SREdit.jsp:novo'));
    expect(boot?.alsoRead).toBeUndefined();
    const stored = await readDrafts(store, 'host/SREdit.jsp:novo', boot?.alsoRead);
    expect(stored.own?.channel).toBe('callback');
  });
});
