import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishPageConfig } from '../../../lib/background/settings/page-config';
import { resetPolicyMemory, settingsItem } from '../../../lib/background/settings/store';
import { PAGE_CONFIG_KEY } from '../../../lib/core/settings/page-config-key';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings/schema';

describe('page config', () => {
  afterEach(() => vi.restoreAllMocks());

  it('two quick changes: the open tickets end with the newer settings, never the older', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    const older = { ...DEFAULT_SETTINGS, allowOverride: false };
    const newer = { ...DEFAULT_SETTINGS, allowOverride: true };
    // The first read is slow (a waking worker, a policy read): it must not land after the second.
    vi.spyOn(settingsItem, 'getValue')
      .mockImplementationOnce(() => new Promise((resolve) => setTimeout(() => resolve(older), 30)))
      .mockResolvedValue(newer);
    await Promise.all([publishPageConfig(), publishPageConfig()]);
    const stored = (await fakeBrowser.storage.local.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY] as {
      settings: { allowOverride: boolean };
    };
    expect(stored.settings.allowOverride).toBe(true);
  });

  it('a memory copy that cannot be written is removed: no page starts from the older config', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, guardMode: 'enforce' });
    await publishPageConfig();
    expect((await fakeBrowser.storage.session.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY]).toContain('"enforce"');

    // The lead turns pilot mode off... on; storage.session is full (quota) when the copy is rewritten.
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, guardMode: 'observe' });
    await publishPageConfig();
    expect((await fakeBrowser.storage.session.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY]).toBeUndefined();
    const local = (await fakeBrowser.storage.local.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY] as {
      settings: { guardMode: string };
    };
    expect(local.settings.guardMode).toBe('observe');
  });
});
