import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishPageConfig } from '../../../lib/background/settings/page-config';
import { resetPolicyMemory, settingsItem } from '../../../lib/background/settings/store';
import type { Draft } from '../../../lib/core/drafts/draft';
import type { Config } from '../../../lib/core/settings/config';
import { PAGE_CONFIG_KEY } from '../../../lib/core/settings/page-config-key';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings/schema';
import { readBoot } from '../../../lib/page/assist/boot';
import { startFirstRead, startingDraftKeys } from '../../../lib/page/assist/first-read';
import { openDraft, readDrafts } from '../../../lib/page/assist/open-draft';
import { pageDraftStore } from '../../../lib/page/drafts/page-store';
import { rememberPanelCollapsed } from '../../../lib/page/ui-state';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

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
      const boot = await readBoot(startingDraftKeys(ticket, 'tab1'));
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
    const boot = await readBoot(startingDraftKeys('host/SREdit.jsp:novo', 'tab1'));
    expect(boot?.alsoRead).toBeUndefined();
    const stored = await readDrafts(store, 'host/SREdit.jsp:novo', boot?.alsoRead);
    expect(stored.own?.channel).toBe('callback');
  });
});

describe('the read a ticket page sends before its main script', () => {
  const page = (search: string) =>
    ({
      location: { host: 'host', pathname: '/SREdit.jsp', search, hash: '' },
      sessionStorage: { getItem: () => 'tab1', setItem: () => undefined },
      crypto,
    }) as unknown as Window;

  /** Published settings and one stored draft, then the first-read script runs on the page at `search`. */
  async function pageStarts(draftOf: string, channel: 'callback' | 'chat', search: string) {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    await publish(true);
    await pageDraftStore('tab1').put(draftOf, { channel, typed: { data: {} }, updatedAt: Date.now() });
    vi.stubGlobal('chrome', fakeBrowser);
    startFirstRead(page(search));
  }

  it('is the one the page starts from: a reload gets the draft and the config without asking again', async () => {
    await pageStarts('host/SREdit.jsp:novo', 'callback', '?id=0');
    const asked = vi.spyOn(fakeBrowser.storage.session, 'get');
    const boot = await readBoot(startingDraftKeys('host/SREdit.jsp:novo', 'tab1'));
    expect(asked).not.toHaveBeenCalled();
    expect(boot?.config.settings.allowOverride).toBe(true);
    expect(boot?.alsoRead?.['draft:host/SREdit.jsp:novo#tab1']).toMatchObject({ channel: 'callback' });
    // Taken once: the next page start asks for itself.
    await readBoot(startingDraftKeys('host/SREdit.jsp:novo', 'tab1'));
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('sent for another ticket (SysAid moved on meanwhile), it is not used: the page reads its own', async () => {
    await pageStarts('host/SREdit.jsp:1002', 'chat', '?id=1001');
    const boot = await readBoot(startingDraftKeys('host/SREdit.jsp:1002', 'tab1'));
    expect(boot?.alsoRead?.['draft:host/SREdit.jsp:1002']).toMatchObject({ channel: 'chat' });
  });
});
