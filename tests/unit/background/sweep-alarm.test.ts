import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../support/background';

describe('old drafts are swept all the time, not only after an install', () => {
  beforeEach(() => startBackground());

  it('a browser restart that lost the alarms gets the sweep alarm back', async () => {
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('drafts|sweep')).toBeDefined());
  });
});
