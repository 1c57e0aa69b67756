import { describe, expect, it } from 'vitest';
import { setSettings } from './support/extension';
import { useSysaid } from './support/fixtures';
import { completeOutcome } from './support/outcomes';
import {
  clickSave,
  radio,
  refusedCallback,
  settled,
  sysaidCaption,
  textbox,
  typeBeneficiary,
} from './support/ticket';

const sysaid = useSysaid();

/** A callback resolved, every datum typed: whatever still blocks is the SysAid form's fault. */
async function completeCallback(query: string) {
  const page = await sysaid.openTicket(query);
  await radio(page, 'Canal', 'Ligação ativa / Callback').check();
  await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
  await typeBeneficiary(page);
  await settled(page);
  return page;
}

/** The save is refused as the form's fault, then goes through with the agent's justification. */
async function justifyAndSave(page: Awaited<ReturnType<typeof completeCallback>>, why: string) {
  await clickSave(page, 'OKBtn');
  const alert = page.getByRole('alert');
  await alert.getByText('O formulário do SysAid é diferente do procedimento', { exact: false }).waitFor();
  // Exceptions are off (the default), yet the agent is never stuck on the form's fault.
  await alert.getByRole('textbox', { name: /^Justificativa/ }).fill(why);
  await alert.getByRole('button', { name: /^Registrar exceção/ }).click();
  await page.getByText('Exceção registrada', { exact: false }).waitFor();
  await clickSave(page, 'OKBtn');
  return sysaid.received();
}

async function auditLog() {
  return sysaid.ext.worker.evaluate(
    async () =>
      ((await chrome.storage.local.get('auditLog')).auditLog ?? []) as Array<{
        kind: string;
        formFaults?: string[];
        checks: string[];
      }>,
  );
}
declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

describe('on a SysAid that differs from our replicas, the guard never stops the agent', () => {
  it('status "Resolvido" renamed "Resolvida": saved with a justification, logged and stamped as a form fault', async () => {
    const page = await completeCallback('&rename=Resolvido:Resolvida');
    const saved = await justifyAndSave(page, 'O SysAid não tem o status Resolvido');
    expect(saved.fields.desc).toMatch(/resultado=excecao; excecao=\w+; motivo=formulario;/);
    expect(saved.captions.thirdLevelCategory).toBe('Contato realizado');
    await expect
      .poll(auditLog)
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'formFault', formFaults: ['missingOption:status=Resolvido'] }),
        ]),
      );
    expect((await auditLog()).some((e) => e.kind === 'compliant')).toBe(false);
  });

  it('a template without "Ligação Ativa / Callback": the same way out, naming the field', async () => {
    const page = await completeCallback('&missing=custList1');
    const saved = await justifyAndSave(page, 'Este modelo não tem o campo de callback');
    expect(saved.fields.desc).toContain('motivo=formulario');
    await expect
      .poll(auditLog)
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'formFault', formFaults: ['missingField:callback'] }),
        ]),
      );
  });

  it('missing data is still blocked with no way around it when exceptions are off', async () => {
    const page = await sysaid.openTicket('&rename=Resolvido:Resolvida');
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page, ['Nome da mãe']);
    await settled(page);
    await clickSave(page, 'OKBtn');
    const alert = page.getByRole('alert');
    await alert.getByText('Nome da mãe', { exact: false }).waitFor();
    expect(await alert.getByRole('button', { name: /^Registrar exceção/ }).count()).toBe(0);
    await sysaid.noSaveArrives();
  });

  it('pilot mode switched on while a ticket is open: the next non-compliant save lands, stamped nao-conforme', async () => {
    const page = await sysaid.openTicket();
    await refusedCallback(page, () => sysaid.noSaveArrives());
    await setSettings(sysaid.ext, { guardMode: 'observe' });
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    expect(saved.fields.desc).toContain('resultado=nao-conforme');
    await expect
      .poll(auditLog)
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'observed', checks: expect.arrayContaining(['motherName']) }),
        ]),
      );
  });

  it('"Outro atendimento": saved with the four data, without Callback = Sim, stamped canal=outro', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Outro atendimento').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page);
    await settled(page);
    // Categorized by demand, by hand: nothing channel-specific is written.
    await page.locator('.problem_type_CustomSelect > .selectedTxt').click();
    await page
      .locator('#addScroll_problem_type_CustomSelect li')
      .getByText('Financeiro', { exact: true })
      .click();
    await page
      .locator('#addScroll_subcategory_CustomSelect li')
      .getByText('Boleto', { exact: true })
      .waitFor({ state: 'attached' });
    await page.locator('.subcategory_CustomSelect > .selectedTxt').click();
    await page.locator('#addScroll_subcategory_CustomSelect li').getByText('Boleto', { exact: true }).click();
    await settled(page);
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    expect(saved.captions.custList1).toBe('Não');
    expect(saved.fields.CustomColumn79sr).toBe('529.982.247-25');
    expect(saved.fields.desc).toContain('Nome da mãe: Ana Maria da Silva');
    expect(saved.fields.desc).toContain('canal=outro; desfecho=resolved; resultado=conforme');
  });
});

describe('the widget as unseen tenants render it: the hidden select decides', () => {
  it.each(['&widget=defaultText', '&plainPlaceholder=Selecione'])(
    'modern Classic %s: the fill ends, a pick by hand is seen, an unset group is refused',
    async (variant) => {
      const { frame } = await sysaid.openModern(variant);
      await radio(frame, 'Canal', 'Chat').check();
      await radio(frame, 'Desfecho', 'Encaminhado aos setores').check();
      await typeBeneficiary(frame);
      await textbox(frame, 'Protocolo do chat').fill('20241105123456789012');
      await textbox(frame, 'Conversa').fill('Beneficiário: Olá');
      await settled(frame);
      expect(await sysaidCaption(frame, 'status').textContent()).toBe('Encaminhado');
      // Categorized by hand (the chat is per demand); the panel sees the pick though no DOM event fires.
      await frame.locator('.problem_type_CustomSelect > .selectedTxt').click();
      await frame
        .locator('#addScroll_problem_type_CustomSelect li')
        .getByText('Financeiro', { exact: true })
        .click();
      await frame.locator('.subcategory_CustomSelect').waitFor();
      await frame.locator('.subcategory_CustomSelect > .selectedTxt').click();
      await frame
        .locator('#addScroll_subcategory_CustomSelect li')
        .getByText('Boleto', { exact: true })
        .click();
      await settled(frame);
      await frame.locator('#sr-save-btn').click();
      const alert = frame.getByRole('alert');
      await alert.getByText('Grupo de destino', { exact: false }).waitFor();
      await sysaid.noSaveArrives();
    },
  );
});

describe('other SysAid pages with the same buttons are left alone', () => {
  it('a new end user: no panel, and its OK saves untouched', async () => {
    const page = await sysaid.ext.context.newPage();
    await page.goto(`${sysaid.server.url}/EndUserEdit.jsp`);
    await page.locator('input[name="first_name"]').fill('Novo usuário');
    await page.locator('table#OKBtn td.center').click();
    const saved = await sysaid.received();
    expect(saved).toMatchObject({ page: 'other', action: 'ok', fields: { first_name: 'Novo usuário' } });
    await page.waitForURL(/saved=1/);
    expect(await page.locator('sysaid-assist').count()).toBe(0);
  });

  it('the "Add a note" popup over a ticket: its Aplicar saves untouched, the ticket keeps its guard', async () => {
    const page = await sysaid.openTicket('&notePopup=1');
    const popup = page.frameLocator('iframe#dhtml_popup1');
    await popup.locator('textarea[name="desc"]').fill('Nota interna');
    await popup.locator('table#ApplyBtn td.center').click();
    const saved = await sysaid.received();
    expect(saved).toMatchObject({ page: 'other', action: 'apply', fields: { desc: 'Nota interna' } });
    expect(await popup.locator('sysaid-assist').count()).toBe(0);
    // The ticket itself is still guarded: its own save with no channel is refused.
    await clickSave(page, 'OKBtn');
    await page.getByRole('alert').getByText('Escolha o canal', { exact: false }).waitFor();
    expect(sysaid.submissions()).toHaveLength(1);
  });
});

describe('an early Aplicar opens the protocol once', () => {
  it('SysAid answering Aplicar at the same new-ticket address: the second Aplicar is held to the whole procedure', async () => {
    const page = await sysaid.openTicket('&applyKeepsNew=1');
    await radio(page, 'Canal', 'Pesquisa de satisfação').check();
    await settled(page);
    await clickSave(page, 'ApplyBtn');
    const opened = await sysaid.received();
    expect(opened.fields.desc).toContain('resultado=aberto');
    // The answer is the same ticket, still at id=0: the panel starts again (a survey ticket shows no
    // channel by itself, so the agent picks it again), and the form keeps the stamp.
    await expect.poll(() => page.locator('textarea[name="desc"]').inputValue()).toContain('resultado=aberto');
    await radio(page, 'Canal', 'Pesquisa de satisfação').check();
    await settled(page);
    await clickSave(page, 'ApplyBtn');
    await page.getByRole('alert').getByText('Escolha o desfecho', { exact: false }).waitFor();
    expect(sysaid.submissions()).toHaveLength(1);
  });
});

describe("SysAid's own requests that are not saves", () => {
  it('a save posted over XHR by a control we do not know ("Gravar") is still refused on an incomplete ticket', async () => {
    const page = await sysaid.openTicket('&cascadeXhr=1');
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await settled(page);
    await page.evaluate(() => {
      const gravar = document.createElement('div');
      gravar.textContent = 'Gravar';
      gravar.addEventListener('click', () => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', location.pathname + location.search);
        xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
        xhr.send(
          new URLSearchParams(
            new FormData(document.getElementById('srForm') as HTMLFormElement) as unknown as Record<
              string,
              string
            >,
          ).toString(),
        );
      });
      document.getElementById('srForm')?.append(gravar);
    });
    await page.getByText('Gravar', { exact: true }).click();
    await sysaid.noSaveArrives();
  });

  it.each([
    ['resolved', { thirdLevelCategory: 'Contato realizado' }],
    ['forwarded', { problem_type: 'Autorizações' }],
  ] as const)(
    'a category cascade posting the form over XHR still loads (callback %s), and the save goes through',
    async (outcome, expected) => {
      const page = await sysaid.openTicket('&cascadeXhr=1');
      await completeOutcome(page, 'callback', outcome);
      await clickSave(page, 'OKBtn');
      const saved = await sysaid.received();
      expect(saved.captions).toMatchObject(expected);
    },
  );
});
