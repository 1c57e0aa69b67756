import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditItem } from '../../../lib/background/audit/log';
import { startBackground } from '../support/background';

const settingDetails = async () =>
  (await auditItem.getValue()).filter((e) => e.kind === 'setting').map((e) => e.detail);

describe('a policy that did not take is in the compliance log', () => {
  it('an empty "playbooks" push is logged once, in Portuguese, when the background reads the policy', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ playbooks: {} } as never);
    startBackground();
    await vi.waitFor(async () =>
      expect(await settingDetails()).toEqual([
        expect.stringMatching(/^política: A política "playbooks" chegou vazia/),
      ]),
    );
    // IT pushes again, adding a broken key: only what is new is logged.
    get.mockResolvedValue({ playbooks: {}, guardMode: 'desligado' } as never);
    await fakeBrowser.storage.managed.set({ changed: true });
    await vi.waitFor(async () => expect(await settingDetails()).toHaveLength(2));
    expect((await settingDetails())[1]).toMatch(/^política: Política da organização inválida em "guardMode"/);
  });
});
