import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditItem } from '../../../lib/background/audit/log';
import { KIND_LABELS } from '../../../lib/background/audit/report';
import { saveSettings } from '../../../lib/background/settings/store';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { startBackground } from '../support/background';

/** The compliance log's details once the background has heard every change. */
async function loggedDetails(count: number): Promise<string[]> {
  let details: string[] = [];
  await vi.waitFor(async () => {
    details = (await auditItem.getValue()).filter((e) => e.kind === 'setting').map((e) => e.detail ?? '');
    expect(details).toHaveLength(count);
  });
  return details;
}

describe('every change of a setting by the agent is in the compliance log', () => {
  beforeEach(() => startBackground());

  it('exceptions, pilot mode, scope and hosts: key and old → new value', async () => {
    await saveSettings({ allowOverride: true });
    await saveSettings({ guardMode: 'observe' });
    await saveSettings({ guardScope: { mode: 'templates', templates: ['3', '7'] } });
    await saveSettings({ customHosts: ['https://sysaid.assefaz.org.br'] });
    expect(await loggedDetails(4)).toEqual([
      'allowOverride: não → sim',
      'guardMode: enforce → observe',
      'guardScope: new → templates (3, 7)',
      'customHosts: + https://sysaid.assefaz.org.br',
    ]);
    expect(KIND_LABELS.setting).toBe('Configuração alterada');
  });

  it('a playbooks import names the channels, never the scripts; a new agent name is not copied into the detail', async () => {
    await saveSettings({ agentName: 'Joana da Silva' });
    await saveSettings({ playbooks: { chat: DEFAULT_PLAYBOOKS.chat } });
    const details = await loggedDetails(2);
    expect(details).toEqual(['agentName: alterado', 'playbooks: chat (personalizado)']);
  });
});
