import { describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { clickSave, radio, settled, textbox, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();
const normalize = (text?: string) => text?.replace(/\r\n/g, '\n');

describe('Pesquisa de satisfação (follow-up call under the callback SOP)', () => {
  it('resolved: callback Sim, Contato realizado, Resolvido, and the survey notes in the description', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Pesquisa de satisfação').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page);
    await textbox(page, 'Motivo da nota baixa').fill('Demora na autorização');
    await textbox(page, 'Solução oferecida').fill('Autorização liberada conforme RN 566');
    await textbox(page, 'Sugestão do beneficiário').fill('Retorno mais rápido');
    for (const step of [
      '1. Saudação',
      '2. Objetivo da ligação',
      '3. Motivação',
      '4. Sugestão',
      '5. Encerramento',
    ]) {
      await page
        .locator('sysaid-assist li.script', { hasText: step })
        .getByRole('checkbox', { name: 'Etapa dita' })
        .check();
    }
    await settled(page);
    await clickSave(page);
    const saved = await sysaid.received();
    expect(saved.captions).toMatchObject({
      custList1: 'Sim',
      thirdLevelCategory: 'Contato realizado',
      status: 'Resolvido',
    });
    const desc = normalize(saved.fields.desc) ?? '';
    expect(desc).toContain('Motivo da nota baixa: Demora na autorização');
    expect(desc).toContain('Solução oferecida: Autorização liberada conforme RN 566');
    expect(desc).toContain('Sugestão do beneficiário: Retorno mais rápido');
  });

  it('forwarded needs the deadlines the agent gave; without them nothing is saved', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Pesquisa de satisfação').check();
    await radio(page, 'Desfecho', 'Encaminhado aos setores').check();
    await typeBeneficiary(page);
    await textbox(page, 'Motivo da nota baixa').fill('Demora');
    await textbox(page, 'Solução oferecida').fill('Encaminhado à Ouvidoria');
    await settled(page);
    await clickSave(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Prazos informados');
    expect(sysaid.submissions()).toEqual([]);
  });
});

describe('every required datum, when missing, is named and stops the save', () => {
  it.each(['CPF', 'Nome completo', 'Nome da mãe', 'Data de nascimento', 'Plano Assefaz'])(
    'callback resolved without %s',
    async (missing) => {
      const page = await sysaid.openTicket();
      await radio(page, 'Canal', 'Ligação ativa / Callback').check();
      await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
      await typeBeneficiary(page, [missing]);
      await settled(page);
      await clickSave(page);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const items = await alert.locator('li').allTextContents();
      expect(items).toHaveLength(1);
      expect(items[0]).toContain(missing);
      await sysaid.noSaveArrives();
    },
  );
});
