import { describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { stampOf } from './support/outcomes';
import { chooseInSysaid, clickSave, radio, settled, textbox, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();
const PROTOCOL = '20241105123456789012';
const normalize = (text?: string) => text?.replace(/\r\n/g, '\n');

async function chat(outcome: 'Encaminhado aos setores' | 'Resolvido no atendimento', transcript: string) {
  const page = await sysaid.openTicket();
  await radio(page, 'Canal', 'Chat').check();
  await radio(page, 'Desfecho', outcome).check();
  await typeBeneficiary(page);
  await textbox(page, 'Protocolo do chat').fill('2024.1105 1234-5678 9012');
  await textbox(page, 'Conversa').fill(transcript);
  await settled(page);
  await chooseInSysaid(page, 'problem_type', 'Cadastro');
  await expect.poll(() => page.locator('#addScroll_subcategory_CustomSelect li').count()).toBeGreaterThan(1);
  await chooseInSysaid(page, 'subcategory', 'Segunda via de carteirinha');
  await settled(page);
  return page;
}

describe('Chat registered in SysAid', () => {
  it('forwarded: protocol + "Atendimento via Chat", the conversation, Encaminhado, the chosen group; then the number to tell', async () => {
    const page = await chat('Encaminhado aos setores', 'Beneficiário: Preciso da 2ª via.\nOperador: Claro!');
    await chooseInSysaid(page, 'assigned_group', 'Cadastro');
    await settled(page);
    await clickSave(page);
    const saved = await sysaid.received();
    expect(saved.captions).toMatchObject({
      status: 'Encaminhado',
      assigned_group: 'Cadastro',
      problem_type: 'Cadastro',
    });
    expect(saved.captions.custList1).toBe('Não'); // not a callback
    const desc = normalize(saved.fields.desc) ?? '';
    expect(desc.split('\n')[0]).toBe(`${PROTOCOL} Atendimento via Chat`);
    expect(desc).toContain('Nome da mãe: Ana Maria da Silva');
    expect(desc).toContain('Plano Assefaz: Assefaz Nacional');
    expect(saved.fields.CustomColumn79sr).toBe('529.982.247-25'); // the form has a field for it
    // The conversation, then the compliance stamp as the last line.
    expect(
      desc.endsWith(`Beneficiário: Preciso da 2ª via.\nOperador: Claro!\n\n${stampOf('chat', 'forwarded')}`),
    ).toBe(true);
    // The form comes back with the SysAid number, and the panel says to tell it.
    await page.getByText(`Protocolo SysAid nº ${saved.id}`).waitFor({ timeout: 10_000 });
  });

  it('resolved: status Resolvido and group Central de Atendimento, no number to tell', async () => {
    const page = await chat('Resolvido no atendimento', 'Beneficiário: Obrigado.');
    await clickSave(page, 'OKBtn');
    await sysaid.received();
    expect(sysaid.submissions()[0]?.captions).toMatchObject({
      status: 'Resolvido',
      assigned_group: 'Central de Atendimento',
    });
    await page.getByRole('radiogroup', { name: 'Canal' }).waitFor();
    expect(await page.getByText(/Protocolo SysAid nº/).count()).toBe(0);
  });

  it('a 19-digit protocol gets a clear message and blocks the save', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Chat').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await textbox(page, 'Protocolo do chat').fill(PROTOCOL.slice(1));
    await textbox(page, 'Conversa').click();
    await page.getByText('O protocolo do chat deve ter 20 dígitos (tem 19).').first().waitFor();
    await clickSave(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('20 dígitos (tem 19)');
    expect(await textbox(page, 'Protocolo do chat').inputValue()).toBe(PROTOCOL.slice(1));
    expect(sysaid.submissions()).toEqual([]);
  });

  it('HTML and scripts in a pasted conversation stay inert text, in the panel and in SysAid', async () => {
    const xss = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>negrito</b>';
    const page = await chat('Resolvido no atendimento', xss);
    expect(await textbox(page, 'Conversa').inputValue()).toBe(xss);
    expect(await page.locator('#desc').inputValue()).toContain(xss);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const injected = await page.evaluate(
      () => document.querySelector('sysaid-assist')?.shadowRoot?.querySelectorAll('img, b, script').length,
    );
    expect(injected).toBe(0);
  });

  it('a 1 MB conversation is kept in the panel and trimmed for SysAid with a visible warning', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Chat').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    const big = `INICIO ${'Beneficiário: mensagem longa. '.repeat(34_000)} FIM`;
    await textbox(page, 'Conversa').fill(big);
    await page
      .getByText(/caracteres a mais do que a descrição do SysAid comporta/)
      .waitFor({ timeout: 15_000 });
    await settled(page);
    expect((await textbox(page, 'Conversa').inputValue()).length).toBe(big.length);
    const desc = await page.locator('#desc').inputValue();
    expect(desc.length).toBeLessThanOrEqual(60_000);
    expect(desc).toContain('INICIO');
    expect(desc).toContain('FIM');
  });

  it('a provider on a contractual matter gives a CNPJ (alphanumeric accepted) and the employee name', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Chat').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await radio(page, 'Interlocutor', 'Prestador (assunto contratual)').check();
    expect(await textbox(page, 'Nome da mãe').count()).toBe(0);
    await textbox(page, 'CNPJ').fill('12abc34501de35');
    expect(await textbox(page, 'CNPJ').inputValue()).toBe('12.ABC.345/01DE-35');
    await textbox(page, 'Colaborador do prestador').fill('João Pereira');
    await settled(page);
    expect(await page.locator('#desc').inputValue()).toContain('CNPJ do prestador: 12.ABC.345/01DE-35');
  });
});
