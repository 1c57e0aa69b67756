import { describe, expect, it } from 'vitest';
import { setSettings } from './support/extension';
import { useSysaid } from './support/fixtures';
import {
  clickSave,
  radio,
  settled,
  sysaidCaption,
  textbox,
  typeBeneficiary,
  VALID_CPF,
} from './support/ticket';

const sysaid = useSysaid();

async function resolvedCallback(query: string) {
  const page = await sysaid.openTicket(query);
  await page.locator('#title').fill('Retorno ao beneficiário');
  await radio(page, 'Canal', 'Ligação ativa / Callback').check();
  await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
  await typeBeneficiary(page);
  return page;
}

describe('SysAid misbehaving: nothing the agent typed is lost', () => {
  it('a category level that takes 3 s: the fill waits for it, a save meanwhile is held, then all is right', async () => {
    const page = await resolvedCallback('&catDelay=3000');
    await page.getByText('Preenchendo o formulário do SysAid…').waitFor({ timeout: 5000 });
    await clickSave(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Aguarde');
    await settled(page);
    expect(await sysaidCaption(page, 'thirdLevelCategory').textContent()).toBe('Contato realizado');
    expect(await sysaidCaption(page, 'status').textContent()).toBe('Resolvido');
    expect(await textbox(page, 'Nome da mãe').inputValue()).toBe('Ana Maria da Silva');
    expect(await page.locator('#title').inputValue()).toBe('Retorno ao beneficiário');
    expect(sysaid.submissions()).toEqual([]);
    await clickSave(page);
    await sysaid.received();
    expect(sysaid.submissions()[0]?.captions.thirdLevelCategory).toBe('Contato realizado');
  });

  it('a level slower than the time-out is reported by name instead of hanging', async () => {
    await setSettings(sysaid.ext, { categoryLoadTimeoutMs: 1000 });
    const page = await resolvedCallback('&catDelay=4000');
    await page
      .getByText(/não carregou em 1 s/)
      .first()
      .waitFor({ timeout: 10_000 });
  });

  it('SysAid re-rendering the whole form during the fill: the fill follows the new elements', async () => {
    const page = await resolvedCallback('&rerenderAll=1&catDelay=500');
    await settled(page);
    expect(await sysaidCaption(page, 'custList1').textContent()).toBe('Sim');
    expect(await page.locator('#CustomColumn79sr').inputValue()).toBe(VALID_CPF);
    expect(await page.locator('#title').inputValue()).toBe('Retorno ao beneficiário');
    await clickSave(page);
    await sysaid.received();
    expect(sysaid.submissions()[0]?.captions).toMatchObject({ custList1: 'Sim', status: 'Resolvido' });
  });

  it('a missing field is named in the panel and in the refused save', async () => {
    const page = await resolvedCallback('&missing=CustomColumn79sr');
    await settled(page);
    await page
      .getByText('Campo "Consulta beneficiário (CPF)" não encontrado', { exact: false })
      .first()
      .waitFor();
    await clickSave(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Consulta beneficiário (CPF)');
    expect(sysaid.submissions()).toEqual([]);
  });

  it('a renamed label: reported, then a lead maps it and the guard enforces it', async () => {
    let page = await resolvedCallback('&renamed=1');
    await settled(page);
    await page
      .getByText('Campo "Ligação Ativa / Callback" não encontrado', { exact: false })
      .first()
      .waitFor();
    await setSettings(sysaid.ext, { fieldMapping: { callback: '#tr_labelId_custList7' } });
    page = await resolvedCallback('&renamed=1');
    await settled(page);
    expect(await sysaidCaption(page, 'custList7').textContent()).toBe('Sim');
    await clickSave(page);
    await sysaid.received();
    expect(sysaid.submissions()[0]?.captions.custList7).toBe('Sim');
  });

  it("SysAid's English captions are recognized too", async () => {
    const page = await resolvedCallback('&englishLabels=1');
    await settled(page);
    expect(await sysaidCaption(page, 'problem_type').textContent()).toBe('Central de Atendimento');
    expect(await page.locator('#desc').inputValue()).toContain('Nome da mãe: Ana Maria da Silva');
  });

  it('the agent editing a SysAid field by hand is not overwritten by the panel, and is told so', async () => {
    const page = await sysaid.openTicket();
    await page.locator('#CustomColumn79sr').fill('111.444.777-35');
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await textbox(page, 'CPF').fill('52998224725');
    await settled(page);
    expect(await page.locator('#CustomColumn79sr').inputValue()).toBe('111.444.777-35');
    await page.getByText('"Consulta beneficiário (CPF)" foi editado no SysAid', { exact: false }).waitFor();
  });
});
