import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadSettings,
  resetPolicyMemory,
  watchEffectiveSettings,
} from '../../../lib/background/settings/store';

/** Resolves at the watcher's next call, with the settings in force then. */
function nextChange(stopAll: Array<() => void>) {
  return new Promise<Awaited<ReturnType<typeof loadSettings>>>((resolve) => {
    const stop = watchEffectiveSettings(() => {
      stop();
      void loadSettings().then(resolve);
    });
    stopAll.push(stop);
  });
}

describe('a page left open follows the settings in force', () => {
  const stops: Array<() => void> = [];
  beforeEach(() => {
    resetPolicyMemory();
    for (const stop of stops.splice(0)) stop();
  });

  it('a policy pushed, then lifted, while the page is open: its values and locks come and go', async () => {
    expect((await loadSettings()).locked).toEqual([]);
    const pushed = nextChange(stops);
    await fakeBrowser.storage.managed.set({ agentName: 'Rita' });
    const locked = await pushed;
    expect(locked.settings.agentName).toBe('Rita');
    expect(locked.locked).toEqual(['agentName']);

    const lifted = nextChange(stops);
    await fakeBrowser.storage.managed.remove('agentName');
    const free = await lifted;
    expect(free.settings.agentName).toBe('');
    expect(free.locked).toEqual([]);
  });

  it('a stop ends the watching', async () => {
    let calls = 0;
    const stop = watchEffectiveSettings(() => calls++);
    stop();
    await fakeBrowser.storage.managed.set({ agentName: 'Rita' });
    await fakeBrowser.storage.local.set({ settings: { agentName: 'Joana' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(0);
  });
});
