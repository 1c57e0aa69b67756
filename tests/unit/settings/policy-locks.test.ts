import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, resetPolicyMemory, saveSettings } from '../../../lib/background/settings/store';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings/schema';
import { saidProblems } from '../support/problems';

/** The browser's policy engine: each call to `setPolicy` is what the next fresh read returns. */
function policyEngine() {
  const get = vi.spyOn(fakeBrowser.storage.managed, 'get');
  return (policy: Record<string, unknown>) => {
    get.mockResolvedValue(policy as never);
    resetPolicyMemory(); // a changed policy: the background reads it again
  };
}

describe('policy locks never fail open', () => {
  beforeEach(() => resetPolicyMemory());

  it('a malformed value keeps the last good policy value, stays locked and is reported', async () => {
    const setPolicy = policyEngine();
    setPolicy({ allowOverride: false, descriptionMaxChars: 20_000 });
    expect((await loadSettings()).settings.descriptionMaxChars).toBe(20_000);

    // The admin's next push breaks both values; the agent had tried to loosen them meanwhile.
    setPolicy({ allowOverride: 'sim', descriptionMaxChars: 'muito' });
    await saveSettings({ allowOverride: true, descriptionMaxChars: 50_000, agentName: 'Joana' });
    const { settings, locked, problems } = await loadSettings();
    expect(settings.allowOverride).toBe(false);
    expect(settings.descriptionMaxChars).toBe(20_000);
    expect(locked).toEqual(expect.arrayContaining(['allowOverride', 'descriptionMaxChars']));
    expect(settings.agentName).toBe('Joana');
    expect(saidProblems(problems).join(' ')).toMatch(/allowOverride.*último valor válido da política/);
  });

  it('a malformed value never seen good before: the default, still locked, never the agent value', async () => {
    const setPolicy = policyEngine();
    await saveSettings({ guardMode: 'observe' });
    setPolicy({ guardMode: 'desligado' });
    await saveSettings({ guardMode: 'observe' });
    const { settings, locked, problems } = await loadSettings();
    expect(settings.guardMode).toBe(DEFAULT_SETTINGS.guardMode);
    expect(locked).toContain('guardMode');
    expect(saidProblems(problems).join(' ')).toContain('guardMode');
  });

  it('the last good policy value survives a restart of the browser', async () => {
    const setPolicy = policyEngine();
    setPolicy({ guardScope: { mode: 'all', templates: [] } });
    await loadSettings();
    setPolicy({ guardScope: { mode: 'todos' } });
    expect((await loadSettings()).settings.guardScope.mode).toBe('all');
  });
});
