import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { resetPolicyMemory } from '../../../lib/background/settings/store';

/** The real background entry on the fake browser, stubbing the parts its start-up touches that the fake lacks. */
export function startBackground(): void {
  resetPolicyMemory();
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined);
  background.main();
}
