import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { type MachinePolicy, machinePolicy, removeStalePolicies } from './support/machine-policy';
import { clickSave, refusedCallback } from './support/ticket';

/**
 * Pilot mode pushed by IT as a real Chromium machine policy while agents have tickets open: it must
 * reach the open ticket with no reload (runs with the other machine-wide tests, after all the rest).
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const sysaid = useSysaid();
let policy: MachinePolicy;

beforeAll(async () => {
  await removeStalePolicies(POLICY_DIR);
  policy = await machinePolicy(POLICY_DIR);
});
afterAll(async () => {
  await policy?.remove();
});

describe('the lead switches the floor to pilot mode by policy', () => {
  it('guardMode "observe" pushed while a ticket is open: the next non-compliant save lands, stamped nao-conforme', async () => {
    const page = await sysaid.openTicket();
    await refusedCallback(page, () => sysaid.noSaveArrives());

    await policy.write({
      '3rdparty': { extensions: { [sysaid.ext.extensionId]: { guardMode: 'observe' } } },
    });
    // What IT does at chrome://policy ("Recarregar políticas"); the file watcher alone takes ~5 s.
    const policyPage = await sysaid.ext.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    await expect
      .poll(
        () =>
          sysaid.ext.worker.evaluate(async () => {
            const api = (
              globalThis as unknown as {
                chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
              }
            ).chrome;
            const config = (await api.storage.local.get('pageConfig')).pageConfig as
              | { settings: { guardMode: string }; locked: string[] }
              | undefined;
            return config?.locked.includes('guardMode') && config.settings.guardMode;
          }),
        { timeout: 15_000 },
      )
      .toBe('observe');
    await policyPage.close();

    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    expect(saved.fields.desc).toContain('resultado=nao-conforme');
  });
});
