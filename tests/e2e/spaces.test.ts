import { describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { radio, settled, textbox, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();

describe('SysAid Spaces (React + MUI) ticket page', () => {
  async function open() {
    const page = await sysaid.ext.context.newPage();
    await page.goto(`${sysaid.server.url}/spaces/ticket?id=0`);
    await page.getByRole('radiogroup', { name: 'Canal' }).waitFor({ timeout: 15_000 });
    return page;
  }
  const save = (page: Awaited<ReturnType<typeof open>>) =>
    page.locator('[data-testid="action-line-save-button"]').click();

  it('fills React-controlled inputs and MUI selects so the app state (what it saves) has them', async () => {
    const page = await open();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page);
    await settled(page);
    await save(page);
    const saved = await sysaid.received();
    expect(saved.fields).toMatchObject({
      cust_list1: 'Sim',
      problem_type: 'Central de Atendimento',
      problem_sub_type: 'Ligação Ativa / Callback',
      third_level_category: 'Contato realizado',
      status: 'Resolvido',
      cust_text1: '529.982.247-25',
    });
    expect(saved.fields.description).toContain('Nome da mãe: Ana Maria da Silva');
  });

  it('the save button is guarded: nothing is sent while data is missing', async () => {
    const page = await open();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page, ['CPF']);
    await settled(page);
    await save(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('CPF');
    await sysaid.noSaveArrives();
    await textbox(page, 'CPF').fill('52998224725');
    await settled(page);
    await save(page);
    await sysaid.received();
  });

  it('SPA navigation to another ticket: a blank panel there, the first draft back on return', async () => {
    const page = await open();
    await radio(page, 'Canal', 'Chat').check();
    await textbox(page, 'Nome completo').fill('Maria Aparecida da Silva');
    await sysaid.draftKept('Maria Aparecida');
    await page.getByText('Abrir o chamado #2002').click();
    await expect.poll(() => radio(page, 'Canal', 'Chat').isChecked(), { timeout: 5000 }).toBe(false);
    // An existing ticket nobody chose a channel for: blank, and out of the guard's scope (said so).
    expect(await page.getByText('Fora do escopo do guarda', { exact: false }).count()).toBe(1);
    await page.goBack();
    await expect.poll(() => radio(page, 'Canal', 'Chat').isChecked(), { timeout: 5000 }).toBe(true);
    expect(await textbox(page, 'Nome completo').inputValue()).toBe('Maria Aparecida da Silva');
  });
});
