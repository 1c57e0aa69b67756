import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { resetPolicyMemory } from '../../../lib/settings/store';

describe('old drafts are swept all the time, not only after an install', () => {
  beforeEach(() => {
    resetPolicyMemory();
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined);
    background.main();
  });

  it('a browser restart that lost the alarms gets the sweep alarm back', async () => {
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('drafts|sweep')).toBeDefined());
  });
});
