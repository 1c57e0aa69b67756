import { describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { completeOutcome, EVERY_OUTCOME } from './support/outcomes';
import { chooseInSysaid, clickSave, radio, settled, sysaidCaption, textbox } from './support/ticket';

const sysaid = useSysaid();
const noSaveFor = async (ms: number) => {
  await new Promise((r) => setTimeout(r, ms)); // a save that slipped through would have arrived by now
  expect(sysaid.submissions()).toEqual([]);
};

describe('both Classic layouts: every outcome of every playbook reaches SysAid as the procedure says', () => {
  it.each(EVERY_OUTCOME)(
    'modern Classic, Salvar (XHR, back to the list): %s / %s',
    async (channel, outcome) => {
      const { frame } = await sysaid.openModern();
      const expected = await completeOutcome(frame, channel, outcome);
      await frame.locator('#sr-save-btn').click();
      const saved = await sysaid.received();
      expect(saved).toMatchObject({ page: 'modern', action: 'save', token: 'ok' });
      expect(saved.captions).toMatchObject(expected);
      await frame.getByRole('link', { name: 'Novo' }).waitFor(); // SysAid went back to the list
    },
  );

  it.each(EVERY_OUTCOME)('old Classic, Aplicar: %s / %s', async (channel, outcome) => {
    const page = await sysaid.openTicket();
    const expected = await completeOutcome(page, channel, outcome);
    await clickSave(page, 'ApplyBtn');
    const saved = await sysaid.received();
    expect(saved).toMatchObject({ page: 'classic', action: 'apply' });
    expect(saved.captions).toMatchObject(expected);
  });
});

describe('modern Classic: every save path is guarded', () => {
  const header = (frame: import('playwright-core').Frame, caption: string) =>
    frame.locator('.sr-header-buttons').getByText(caption, { exact: true });

  it('Aplicar (found by its caption), Salvar, Ctrl+S and a page-world submit() are blocked; then each goes', async () => {
    const { frame } = await sysaid.openModern();
    // SysAid's own mandatory category, so that its ValidateFrm() lets Ctrl+S reach the save.
    await chooseInSysaid(frame, 'problem_type', 'Cadastro');
    await settled(frame);
    const paths = {
      Aplicar: () => header(frame, 'Aplicar').click(),
      Salvar: () => frame.locator('#sr-save-btn').click(),
      'Ctrl+S': async () => {
        await frame.locator('#title').click();
        await frame.page().keyboard.press('Control+s');
      },
      'submit()': () => frame.evaluate(() => (document.forms.namedItem('frm') as HTMLFormElement).submit()),
    };
    for (const [name, save] of Object.entries(paths)) {
      await save();
      await frame.getByRole('alert').waitFor();
      expect(await frame.getByRole('alert').textContent(), name).toContain('Escolha o canal');
      await frame.getByRole('button', { name: 'Fechar aviso' }).click();
    }
    await noSaveFor(500);
    await completeOutcome(frame, 'callback', 'noContact');
    await paths['submit()']();
    const saved = await sysaid.received();
    expect(saved).toMatchObject({ page: 'modern', token: 'ok' });
    expect(saved.captions.thirdLevelCategory).toBe('Sem comunicação');
  });

  it('Enter and arrows on a focused SysAid widget choose in the list and are never taken for a save', async () => {
    const { frame } = await sysaid.openModern();
    await frame.locator('.status_CustomSelect').focus();
    await frame.page().keyboard.press('ArrowDown');
    await frame.page().keyboard.press('Enter');
    await expect.poll(() => sysaidCaption(frame, 'status').textContent()).toBe('Em atendimento');
    expect(await frame.getByRole('alert').count()).toBe(0);
    await noSaveFor(300);
  });

  it("the guard decides on the form at the moment of the save: an agent's pick that fired no DOM event counts", async () => {
    const { frame } = await sysaid.openModern();
    await completeOutcome(frame, 'chat', 'resolved');
    await radio(frame, 'Desfecho', 'Encaminhado aos setores').check();
    await settled(frame);
    // Pick the group by hand and save in one go: no event, no observer turn in between.
    const pickAndSave = (group: string) =>
      frame.evaluate((caption) => {
        (document.querySelector('.assigned_group_CustomSelect > .selectedTxt') as HTMLElement).click();
        const li = [...document.querySelectorAll('#addScroll_assigned_group_CustomSelect li')].find(
          (x) => x.textContent === caption,
        ) as HTMLElement;
        li.click();
        (document.getElementById('sr-save-btn') as HTMLElement).click();
      }, group);
    await pickAndSave('Central de Atendimento'); // forwarded to the agent's own group: refused
    await frame.getByRole('alert').waitFor();
    expect(await frame.getByRole('alert').textContent()).toContain('Grupo de destino');
    await noSaveFor(300);
    await pickAndSave('Cadastro'); // a sector: the same instant, the save goes
    const saved = await sysaid.received();
    expect(saved.captions).toMatchObject({ assigned_group: 'Cadastro', status: 'Encaminhado' });
  });

  it("SysAid refusing a save with its own alert(): the agent's immediate retry is a new save", async () => {
    const { frame, page } = await sysaid.openModern();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await completeOutcome(frame, 'callback', 'noContact');
    await frame.locator('#title').fill('');
    await frame.locator('#sr-save-btn').click();
    await expect.poll(() => dialogs).toEqual(['Preencha o campo obrigatório: Título']);
    expect(sysaid.submissions()).toEqual([]);
    await frame.locator('#title').fill('Retorno de ligação');
    await frame.locator('#sr-save-btn').click();
    const saved = await sysaid.received();
    expect(saved.fields.title).toBe('Retorno de ligação');
  });

  it('English captions and a slow category level on the modern layout', async () => {
    const { frame } = await sysaid.openModern('&englishLabels=1&catDelay=1500');
    const expected = await completeOutcome(frame, 'callback', 'resolved');
    await expect
      .poll(() => sysaidCaption(frame, 'thirdLevelCategory').textContent(), { timeout: 15_000 })
      .toBe('Contato realizado');
    await frame.locator('#sr-save-btn').click();
    expect((await sysaid.received()).captions).toMatchObject(expected);
  });

  it('a field missing from the form is named in the panel, never silently ignored', async () => {
    const { frame } = await sysaid.openModern('&missing=CustomColumn79sr');
    await radio(frame, 'Canal', 'Ligação ativa / Callback').check();
    await radio(frame, 'Desfecho', 'Resolvido no atendimento').check();
    await textbox(frame, 'CPF').fill('52998224725');
    await frame
      .getByText('Campo "Consulta beneficiário (CPF)" não encontrado no formulário do SysAid', {
        exact: false,
      })
      .first()
      .waitFor();
    await chooseInSysaid(frame, 'status', 'Resolvido');
    await frame.locator('#sr-save-btn').click();
    await frame.getByRole('alert').waitFor();
    await noSaveFor(300);
  });
});
