import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { loadSettings, resetPolicyMemory, saveSettings } from '../../../lib/settings/store';

describe('settings', () => {
  beforeEach(() => resetPolicyMemory());

  it('defaults: pt-BR, SOP inactivity timings, every save gated', async () => {
    const { settings, locked, problems } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.language).toBe('pt-BR');
    expect(settings.inactivity).toEqual({ callEverySeconds: 90, calls: 3, closeAfterSeconds: 300 });
    expect(settings.allowOverride).toBe(false);
    expect(locked).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a corrupted stored value falls back to the defaults and says so', async () => {
    await fakeBrowser.storage.local.set({ settings: { agentName: 42 } });
    const { settings, problems } = await loadSettings();
    expect(settings.agentName).toBe('');
    expect(problems[0]).toMatch(/inválidas/);
  });

  it('a managed policy wins and locks its keys; a malformed policy value is reported and ignored', async () => {
    await saveSettings({ agentName: 'Joana', allowOverride: false });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      allowOverride: true,
      descriptionMaxChars: 'muito',
      unknownKey: 1,
    } as never);
    const { settings, locked, problems } = await loadSettings();
    expect(settings.allowOverride).toBe(true);
    expect(settings.agentName).toBe('Joana');
    expect(settings.descriptionMaxChars).toBe(DEFAULT_SETTINGS.descriptionMaxChars);
    expect(locked).toEqual(['allowOverride']);
    expect(problems.join(' ')).toContain('descriptionMaxChars');
  });
});
