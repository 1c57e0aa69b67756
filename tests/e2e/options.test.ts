import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlaybooks } from '../../lib/procedures/io';
import { localStorageText } from './support/extension';
import { useSysaid } from './support/fixtures';
import { radio, settled, sysaidCaption, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();

async function options() {
  const page = await sysaid.ext.context.newPage();
  await page.goto(`chrome-extension://${sysaid.ext.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Assistente SysAid Assefaz — opções' }).waitFor();
  return page;
}

async function setPolicy(policy: Record<string, unknown> | null) {
  await sysaid.ext.worker.evaluate(async (p) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } };
      }
    ).chrome;
    if (p) await api.storage.local.set({ e2eManagedPolicy: p });
    else await api.storage.local.remove('e2eManagedPolicy');
  }, policy);
}

describe('options page and team-lead policy', () => {
  it("the agent's name typed in the options reaches the scripts", async () => {
    const page = await options();
    const name = page.getByLabel('Seu nome (usado nos roteiros)');
    await name.fill('Joana Prado');
    await name.blur();
    await page.getByText('Salvo.').waitFor();
    const ticket = await sysaid.openTicket();
    await radio(ticket, 'Canal', 'Chat').check();
    await ticket.getByText(/^Assefaz, meu nome Joana Prado, (bom dia|boa tarde|boa noite)!$/).waitFor();
  });

  it('a broken playbook file is refused with each problem; a valid one changes what is enforced', async () => {
    const page = await options();
    const broken = JSON.parse(exportPlaybooks());
    broken.playbooks[0].outcomes[1].label = '';
    const brokenPath = join(tmpdir(), 'procedimentos-quebrado.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    await page.locator('input[type=file]').setInputFiles(brokenPath);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('playbooks.0.outcomes.1.label');

    const valid = JSON.parse(exportPlaybooks());
    valid.playbooks[0].outcomes[1].fixed[0].value = 'Fechado';
    const validPath = join(tmpdir(), 'procedimentos.json');
    writeFileSync(validPath, JSON.stringify(valid));
    await page.locator('input[type=file]').setInputFiles(validPath);
    await page.getByText('Procedimentos importados.').waitFor();

    const ticket = await sysaid.openTicket();
    await radio(ticket, 'Canal', 'Ligação ativa / Callback').check();
    await radio(ticket, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(ticket);
    await settled(ticket);
    await expect.poll(() => sysaidCaption(ticket, 'status').textContent()).toBe('Fechado');
  });

  it('a managed policy locks the setting in the options and changes the playbook the page enforces', async () => {
    const policyPlaybooks = JSON.parse(exportPlaybooks()).playbooks;
    policyPlaybooks[0].outcomes[2].fixed[0].value = 'SEM CONTATO';
    try {
      await setPolicy({ agentName: 'Atendente Assefaz', playbooks: { callback: policyPlaybooks[0] } });
      const page = await options();
      await expect
        .poll(() => page.getByLabel('Seu nome (usado nos roteiros)').inputValue())
        .toBe('Atendente Assefaz');
      expect(await page.getByLabel('Seu nome (usado nos roteiros)').isDisabled()).toBe(true);
      expect(await page.getByText('Gerenciado pela sua organização').count()).toBeGreaterThan(0);

      const ticket = await sysaid.openTicket();
      await radio(ticket, 'Canal', 'Ligação ativa / Callback').check();
      await radio(ticket, 'Desfecho', 'Sem comunicação').check();
      await settled(ticket);
      await expect.poll(() => ticket.locator('#CustomColumn79sr').inputValue()).toBe('SEM CONTATO');
    } finally {
      await setPolicy(null);
    }
  });

  it('a malformed policy value is reported and stays locked at the last good policy value', async () => {
    try {
      await setPolicy({ agentName: 'Ok' });
      const first = await options();
      await expect.poll(() => first.getByLabel('Seu nome (usado nos roteiros)').inputValue()).toBe('Ok');
      await first.close();
      // The next push breaks the value: the name stays the policy's, locked, never the agent's to change.
      await setPolicy({ descriptionMaxChars: 'muito', agentName: 42 });
      const page = await options();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('descriptionMaxChars');
      expect(await alert.textContent()).toContain('"agentName"');
      const name = page.getByLabel('Seu nome (usado nos roteiros)');
      expect(await name.inputValue()).toBe('Ok');
      expect(await name.isDisabled()).toBe(true);
    } finally {
      await setPolicy(null);
    }
  });

  it('the picker maps a renamed field on the page, and the guard then enforces it', async () => {
    const page = await sysaid.openTicket('&renamed=1');
    await page.getByText('Autoteste e mapeamento de campos (líder)').click();
    await page.getByRole('button', { name: 'Mapear: Ligação Ativa / Callback' }).waitFor();
    expect(await page.getByText('NÃO encontrado: mapeie o campo').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Mapear: Ligação Ativa / Callback' }).click();
    await page.getByText('Clique no campo do SysAid que deve ser usado').waitFor();
    await page.locator('#tr_labelId_custList7 td.Form_Label').click();
    await expect.poll(() => page.getByText('encontrado pelo mapeamento').count(), { timeout: 5000 }).toBe(1);
    // The click that picked the field did not open SysAid's list.
    expect(await page.locator('#addScroll_custList7_CustomSelect').isVisible()).toBe(false);
    // The lead's change is in the compliance log, with the selector and no personal data.
    await expect
      .poll(() => localStorageText(sysaid.ext))
      .toContain('"detail":"callback → #tr_labelId_custList7"');

    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await expect.poll(() => sysaidCaption(page, 'custList7').textContent()).toBe('Sim');
    // Set back to Não by hand: the procedure puts Sim again (a fixed field), so it is enforced.
    await page.locator('.custList7_CustomSelect > .selectedTxt').click();
    await page.locator('#addScroll_custList7_CustomSelect li', { hasText: 'Não' }).click();
    await expect.poll(() => sysaidCaption(page, 'custList7').textContent()).toBe('Sim');
    await page
      .getByText('O procedimento define "Ligação Ativa / Callback" = "Sim"', { exact: false })
      .waitFor();
  });

  it('a change of settings reaches a ticket already open: the panel follows without a reload', async () => {
    const ticket = await sysaid.openTicket();
    await radio(ticket, 'Canal', 'Chat').check();
    await ticket.getByText(/^Assefaz, meu nome \[Seu Nome\]/).waitFor();
    await setPolicy({ agentName: 'Rita', allowOverride: true });
    try {
      await ticket.getByText(/^Assefaz, meu nome Rita,/).waitFor({ timeout: 5000 });
      await ticket.locator('table#ApplyBtn td.center').click();
      await ticket
        .getByRole('button', { name: 'Registrar exceção e liberar o salvamento' })
        .waitFor({ timeout: 5000 });
    } finally {
      await setPolicy(null);
    }
  });
});
