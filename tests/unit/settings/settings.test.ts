import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, resetPolicyMemory, saveSettings } from '../../../lib/background/settings/store';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings/schema';
import { saidProblems } from '../support/problems';

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
    expect(saidProblems(problems)[0]).toMatch(/inválidas/);
  });

  it('a managed policy wins and locks its keys, a malformed one too (reported, default kept: no good value yet)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      allowOverride: true,
      descriptionMaxChars: 'muito',
      unknownKey: 1,
    } as never);
    await saveSettings({ agentName: 'Joana', allowOverride: false });
    const { settings, locked, problems } = await loadSettings();
    expect(settings.allowOverride).toBe(true);
    expect(settings.agentName).toBe('Joana');
    expect(settings.descriptionMaxChars).toBe(DEFAULT_SETTINGS.descriptionMaxChars);
    expect(locked).toEqual(['allowOverride', 'descriptionMaxChars']);
    expect(saidProblems(problems).join(' ')).toContain('descriptionMaxChars');
  });

  it('a key the policy locks is never written, whoever asks (options page, field picker)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      pauses: [{ time: '10:00', label: 'Pausa 1' }],
    } as never);
    await saveSettings({ pauses: [], agentName: 'Joana' });
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as {
      pauses: unknown[];
      agentName: string;
    };
    expect(stored.agentName).toBe('Joana');
    expect(stored.pauses).toEqual([]); // untouched default, not the agent's attempt
    await saveSettings({ pauses: [{ time: '11:00', label: 'Minha pausa' }] });
    const again = (await fakeBrowser.storage.local.get('settings')).settings as { pauses: unknown[] };
    expect(again.pauses).toEqual([]);
    expect((await loadSettings()).settings.pauses).toEqual([{ time: '10:00', label: 'Pausa 1' }]);
  });
});
