import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, resetPolicyMemory } from '../../../lib/background/settings/store';
import { setLanguage } from '../../../lib/core/i18n';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { exportPlaybooks } from '../../../lib/core/procedures/io';
import { saidProblems } from '../support/problems';

function push(playbooks: unknown) {
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ playbooks } as never);
  resetPolicyMemory(); // a changed policy: the background reads it again
}

const exported = () => JSON.parse(exportPlaybooks());

describe('the playbooks a lead pushes by policy', () => {
  beforeEach(() => resetPolicyMemory());

  it('the file "Exportar JSON" writes, as it is: every channel in force, locked, nothing to report', async () => {
    const file = exported();
    file.playbooks[0].outcomes[1].fixed[0].value = 'Encerrado';
    push(file);
    const { settings, locked, problems } = await loadSettings();
    expect(locked).toContain('playbooks');
    expect(settings.playbooks.callback?.outcomes[1]?.fixed[0]?.value).toBe('Encerrado');
    expect(settings.playbooks.chat).toEqual(DEFAULT_PLAYBOOKS.chat);
    expect(saidProblems(problems)).toEqual([]);
  });

  it('the bare per-channel object; a partial one says which channels follow the default', async () => {
    push({ callback: DEFAULT_PLAYBOOKS.callback });
    const { settings, problems } = await loadSettings();
    expect(Object.keys(settings.playbooks)).toEqual(['callback']);
    expect(saidProblems(problems)).toEqual([
      'A política "playbooks" traz só callback; chat, survey, other seguem o procedimento padrão.',
    ]);
  });

  it('an empty value (what Chromium leaves of a shape its schema does not describe) is said, not silent', async () => {
    push({});
    const { locked, problems } = await loadSettings();
    expect(locked).toContain('playbooks');
    expect(saidProblems(problems).join(' ')).toMatch(/chegou vazia.*valem os procedimentos padrão/);
    setLanguage('en');
    expect(saidProblems(problems).join(' ')).toMatch(/arrived empty.*the default procedures apply/);
    setLanguage('pt-BR');
  });

  it('a broken channel keeps its last good policy version and is named with its path; the others apply', async () => {
    push(exported());
    await loadSettings();
    const file = exported();
    file.playbooks[1].outcomes[0].label = '';
    file.playbooks[0].outcomes[1].fixed[0].value = 'Encerrado';
    push(file);
    const { settings, problems } = await loadSettings();
    expect(settings.playbooks.chat).toEqual(DEFAULT_PLAYBOOKS.chat);
    expect(settings.playbooks.callback?.outcomes[1]?.fixed[0]?.value).toBe('Encerrado');
    expect(saidProblems(problems)).toEqual([
      expect.stringMatching(
        /^Procedimento "chat" da política inválido em outcomes\.0\.label .*mantido o último válido/,
      ),
    ]);
  });
});
