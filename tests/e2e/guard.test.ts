import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageSettings, setSettings } from './support/extension';
import { useSysaid } from './support/fixtures';
import { clickSave, radio, settled, textbox, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();

/** A resolved callback with everything but the mother's name. */
async function incompleteTicket(scope: Page | Frame) {
  await radio(scope, 'Canal', 'Ligação ativa / Callback').check();
  await radio(scope, 'Desfecho', 'Resolvido no atendimento').check();
  await typeBeneficiary(scope, ['Nome da mãe']);
  await settled(scope);
}

async function expectBlocked(scope: Page | Frame) {
  const alert = scope.getByRole('alert');
  await alert.waitFor({ timeout: 5000 });
  expect(await alert.textContent()).toContain('Nome da mãe');
  await sysaid.noSaveArrives();
}

describe('save guard: no non-compliant save reaches SysAid', () => {
  it('Aplicar (form.submit from the page) is blocked, the alert names the gap and focus moves to it', async () => {
    const page = await sysaid.openTicket();
    await incompleteTicket(page);
    await clickSave(page, 'ApplyBtn');
    await expectBlocked(page);
    const focused = await page.evaluate(() => {
      const host = document.querySelector('sysaid-assist');
      const el = host?.shadowRoot?.activeElement;
      return el ? host?.shadowRoot?.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    });
    expect(focused).toBe('Nome da mãe');
  });

  it('OK (requestSubmit) is blocked', async () => {
    const page = await sysaid.openTicket();
    await incompleteTicket(page);
    await clickSave(page, 'OKBtn');
    await expectBlocked(page);
  });

  it('Enter in a SysAid field is blocked', async () => {
    const page = await sysaid.openTicket();
    await incompleteTicket(page);
    await page.locator('#title').click();
    await page.keyboard.type('Retorno de ligação');
    await page.keyboard.press('Enter');
    await expectBlocked(page);
    expect(await page.locator('#title').inputValue()).toBe('Retorno de ligação');
  });

  it("the page's own keyboard shortcut (form.submit) is blocked", async () => {
    const page = await sysaid.openTicket();
    await incompleteTicket(page);
    await page.locator('#title').click();
    await page.keyboard.press('Control+s');
    await expectBlocked(page);
  });

  it('a form.submit() called from the page world is blocked', async () => {
    const page = await sysaid.openTicket();
    await incompleteTicket(page);
    await page.evaluate(() => (document.getElementById('srForm') as HTMLFormElement).submit());
    await expectBlocked(page);
  });

  it('once compliant the save goes through untouched, and a double click saves once', async () => {
    const page = await sysaid.openTicket();
    await incompleteTicket(page);
    await textbox(page, 'Nome da mãe').fill('Ana Maria da Silva');
    await settled(page);
    await page.locator('table#ApplyBtn td.center').dblclick();
    const saved = await sysaid.received();
    expect(saved.action).toBe('apply');
    // The page reloaded with the number: a second save of the double click would have come before it.
    await page.getByText(`Service Record #${saved.id}`).waitFor();
    expect(sysaid.submissions()).toHaveLength(1);
  });

  it('the form inside iframe#contentFrame of the SysAid shell is guarded and filled too', async () => {
    const page = await sysaid.ext.context.newPage();
    await page.goto(`${sysaid.server.url}/index.jsp#/SREdit.jsp?id=0&SR_Type=1`);
    const frame = page.frameLocator('iframe#contentFrame');
    await frame.getByRole('radiogroup', { name: 'Canal' }).waitFor({ timeout: 15_000 });
    const inner = page.frame({ name: 'contentFrame' });
    if (!inner) throw new Error('iframe#contentFrame did not load the form');
    await incompleteTicket(inner);
    await clickSave(inner, 'OKBtn');
    await expectBlocked(inner);
    await textbox(inner, 'Nome da mãe').fill('Ana Maria da Silva');
    await settled(inner);
    await clickSave(inner, 'OKBtn');
    await sysaid.received();
    expect(sysaid.submissions()[0]?.captions.custList1).toBe('Sim');
  });

  it('a ticket SysAid marks as callback is held to the callback rules at once', async () => {
    const page = await sysaid.openTicket();
    await page.locator('.custList1_CustomSelect > .selectedTxt').click();
    await page.locator('#addScroll_custList1_CustomSelect li', { hasText: 'Sim' }).click();
    await clickSave(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Escolha o desfecho');
    await expect.poll(() => radio(page, 'Canal', 'Ligação ativa / Callback').isChecked()).toBe(true);
    expect(sysaid.submissions()).toEqual([]);
  });

  it('where policy allows, a written justification lets one save through and is logged', async () => {
    await setSettings(sysaid.ext, { allowOverride: true });
    const page = await sysaid.openTicket();
    await incompleteTicket(page);
    await clickSave(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const reason = page.getByLabel('Justificativa da exceção (fica registrada para o líder)');
    await reason.fill('curta');
    // What the agent types in the alert stays there: focus never jumps to the missing field meanwhile.
    expect(await reason.inputValue()).toBe('curta');
    expect(await textbox(page, 'Nome da mãe').inputValue()).toBe('');
    await page
      .getByRole('button', { name: 'Registrar exceção e liberar o salvamento' })
      .click({ timeout: 10_000 })
      .catch(async (error) => {
        // A rare CI failure: say what the panel showed and what config the page had.
        const panelText = await page.evaluate(
          () =>
            document.querySelector('sysaid-assist')?.shadowRoot?.querySelector('.panel')?.textContent ??
            '(no panel)',
        );
        const config = (await pageSettings(sysaid.ext))?.allowOverride;
        throw new Error(`${error}\npanel: ${panelText}\nallowOverride in pageConfig: ${config}`);
      });
    await page.getByText('Escreva uma justificativa com ao menos 15 caracteres.').waitFor();
    await reason.fill('Beneficiária não soube informar o nome da mãe; retorno agendado.');
    await page.getByRole('button', { name: 'Registrar exceção e liberar o salvamento' }).click();
    await page.getByText('Exceção registrada: clique em salvar novamente.').waitFor();
    await clickSave(page);
    await sysaid.received();
    const log = await sysaid.ext.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return JSON.stringify((await api.storage.local.get('auditLog')).auditLog);
    });
    expect(log).toContain('"kind":"override"');
    expect(log).toContain('retorno agendado');
    expect(log).toContain('motherName');
  });

  it('without that policy no exception is offered', async () => {
    const page = await sysaid.openTicket();
    await incompleteTicket(page);
    await clickSave(page);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('button', { name: 'Registrar exceção e liberar o salvamento' }).count()).toBe(
      0,
    );
  });
});
