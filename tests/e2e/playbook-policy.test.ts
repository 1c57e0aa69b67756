import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encerradoPlaybookFile } from '../fixtures/playbooks/encerrado';
import { useSysaid } from './support/fixtures';
import { type MachinePolicy, machinePolicy, removeStalePolicies } from './support/machine-policy';
import { categorize, stampOf } from './support/outcomes';
import { clickSave, radio, settled, typeBeneficiary } from './support/ticket';

/**
 * Issue #24: a lead whose SysAid says "Encerrado" (not "Resolvido") and "Contato efetuado" (not "Contato
 * realizado") edits the file "Exportar JSON" wrote and pushes it, as it is, as the `playbooks` policy (a
 * real Chromium machine policy: runs with the other machine-wide tests, after all the rest).
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const TENANT = '&tenant=encerrado';
const sysaid = useSysaid();
let policy: MachinePolicy;

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

/** The status the resolved callback sets in the config ticket pages read. */
function resolvedStatusInForce() {
  return sysaid.ext.worker.evaluate(async () => {
    const config = (await chrome.storage.local.get('pageConfig')).pageConfig as
      | { playbooks: { callback: { outcomes: Array<{ id: string; fixed: Array<{ value: string }> }> } } }
      | undefined;
    return config?.playbooks.callback.outcomes.find((o) => o.id === 'resolved')?.fixed[0]?.value;
  });
}

beforeAll(async () => {
  await removeStalePolicies(POLICY_DIR);
  policy = await machinePolicy(POLICY_DIR);
  await policy.write({
    '3rdparty': { extensions: { [sysaid.ext.extensionId]: { playbooks: encerradoPlaybookFile() } } },
  });
  // What IT does at chrome://policy ("Recarregar políticas"); the file watcher alone takes ~5 s.
  const policyPage = await sysaid.ext.context.newPage();
  await policyPage.goto('chrome://policy');
  await policyPage.locator('#reload-policies').click();
  // In a hook (expect.poll is for tests): the same polling, until the pushed playbook is in force.
  await vi.waitFor(async () => expect(await resolvedStatusInForce()).toBe('Encerrado'), {
    timeout: 15_000,
    interval: 100,
  });
  await policyPage.close();
});
afterAll(async () => {
  await policy?.remove();
});

describe("a pushed playbook in the tenant's own words", () => {
  it('callback resolved: the panel fills "Contato efetuado" and "Encerrado", and the save lands compliant', async () => {
    const page = await sysaid.openTicket(TENANT);
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page);
    await settled(page);
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    expect(saved.captions).toMatchObject({
      custList1: 'Sim',
      problem_type: 'Central de Atendimento',
      subcategory: 'Ligação Ativa / Callback',
      thirdLevelCategory: 'Contato efetuado',
      status: 'Encerrado',
    });
    expect(saved.fields.desc).toContain(stampOf('callback', 'resolved'));
  });

  it('a ticket categorized by hand in those words: the panel recognises the channel and the outcome', async () => {
    const page = await sysaid.openTicket(TENANT);
    await categorize(page, ['Central de Atendimento', 'Ligação Ativa / Callback', 'Contato efetuado']);
    await expect.poll(() => radio(page, 'Canal', 'Ligação ativa / Callback').isChecked()).toBe(true);
    await expect.poll(() => radio(page, 'Desfecho', 'Resolvido no atendimento').isChecked()).toBe(true);
    await page.getByText('Canal identificado pelo próprio chamado', { exact: false }).waitFor();
    await typeBeneficiary(page);
    await settled(page);
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    expect(saved.captions).toMatchObject({ custList1: 'Sim', status: 'Encerrado' });
  });

  it('the options page names the procedures the policy put in force, with nothing to report', async () => {
    const page = await sysaid.ext.context.newPage();
    await page.goto(`chrome-extension://${sysaid.ext.extensionId}/options.html`);
    const section = page.getByRole('region', { name: /Procedimentos/ });
    await section
      .getByText('Em vigor pela política da organização: Ligação ativa / Callback (v1)', { exact: false })
      .waitFor();
    expect(await page.getByText('Problemas na configuração').count()).toBe(0);
  });
});
