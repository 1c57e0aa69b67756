import { describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { stampOf } from './support/outcomes';
import {
  chooseInSysaid,
  clickSave,
  radio,
  settled,
  sysaidCaption,
  textbox,
  typeBeneficiary,
  VALID_CPF,
} from './support/ticket';

const sysaid = useSysaid();

describe('Ligação ativa / Callback on the classic SysAid form', () => {
  it('picking the channel sets "Ligação Ativa / Callback" = Sim by itself', async () => {
    const page = await sysaid.openTicket();
    await expect.poll(() => sysaidCaption(page, 'custList1').textContent()).toBe('Não');
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await expect.poll(() => sysaidCaption(page, 'custList1').textContent()).toBe('Sim');
    // The hidden select SysAid posts agrees with what the agent sees.
    await expect
      .poll(() => page.locator('select[name="custList1"] option:checked').textContent())
      .toBe('Sim');
  });

  it('no contact: saves Sim, the Sem comunicação path, ATIVO and the attempts', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Sem comunicação').check();
    await textbox(page, 'Número de tentativas').fill('3');
    await radio(page, 'Motivo', 'Não atendeu').check();
    await settled(page);
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    expect(saved.captions).toMatchObject({
      custList1: 'Sim',
      problem_type: 'Central de Atendimento',
      subcategory: 'Ligação Ativa / Callback',
      thirdLevelCategory: 'Sem comunicação',
    });
    expect(saved.fields.CustomColumn79sr).toBe('ATIVO');
    expect(saved.fields.desc?.replace(/\r\n/g, '\n')).toBe(
      `Tentativas de contato: 3\nMotivo: Beneficiário não atendeu\n\n${stampOf('callback', 'noContact')}`,
    );
  });

  it('resolved: saves the Contato realizado path, the CPF, Resolvido and the beneficiary lines', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page);
    await settled(page);
    await clickSave(page);
    const saved = await sysaid.received();
    expect(saved.captions).toMatchObject({
      custList1: 'Sim',
      problem_type: 'Central de Atendimento',
      subcategory: 'Ligação Ativa / Callback',
      thirdLevelCategory: 'Contato realizado',
      status: 'Resolvido',
    });
    expect(saved.fields.CustomColumn79sr).toBe(VALID_CPF);
    expect(saved.fields.desc?.replace(/\r\n/g, '\n')).toBe(
      `Nome completo: Maria Aparecida da Silva\nNome da mãe: Ana Maria da Silva\nData de nascimento: 01/02/1980\nPlano Assefaz: Assefaz Nacional\n\n${stampOf('callback', 'resolved')}`,
    );
  });

  it('forwarded: the agent categorizes per demand and picks the sector; status Encaminhado', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Encaminhado aos setores').check();
    await typeBeneficiary(page);
    await settled(page);
    await chooseInSysaid(page, 'problem_type', 'Autorizações');
    await expect
      .poll(() => page.locator('#addScroll_subcategory_CustomSelect li').count())
      .toBeGreaterThan(1);
    await chooseInSysaid(page, 'subcategory', 'Exames');
    await expect
      .poll(() => page.locator('#addScroll_thirdLevelCategory_CustomSelect li').count())
      .toBeGreaterThan(1);
    await chooseInSysaid(page, 'thirdLevelCategory', 'Ressonância');
    await settled(page);
    await chooseInSysaid(page, 'assigned_group', 'Autorizações');
    await settled(page);
    await expect.poll(() => sysaidCaption(page, 'status').textContent()).toBe('Encaminhado');
    await clickSave(page);
    await sysaid.received();
    expect(sysaid.submissions()[0]?.captions).toMatchObject({
      custList1: 'Sim',
      problem_type: 'Autorizações',
      subcategory: 'Exames',
      thirdLevelCategory: 'Ressonância',
      status: 'Encaminhado',
      assigned_group: 'Autorizações',
    });
  });
});
