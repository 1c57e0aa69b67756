import { describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { completeOutcome, EVERY_OUTCOME } from './support/outcomes';
import { chooseInSysaid, clickSave, radio, settled, sysaidCaption, textbox } from './support/ticket';

const sysaid = useSysaid();
const noSaveFor = (ms: number) => sysaid.noSaveArrives(ms);

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
    // The extension is filling the same lists: a list opened meanwhile is re-rendered under the click.
    await settled(frame);
    await chooseInSysaid(frame, 'status', 'Resolvido');
    await frame.locator('#sr-save-btn').click();
    await frame.getByRole('alert').waitFor();
    await noSaveFor(300);
  });
});

describe('the panel sits beside SysAid, never over it', () => {
  it.each([
    [1366, 768],
    [1920, 1080],
  ])(
    'at %i×%i every save control of both layouts is clickable with the panel open',
    async (width, height) => {
      const { page, frame } = await sysaid.openModern();
      await page.setViewportSize({ width, height });
      const panelBox = await frame.locator('sysaid-assist .panel').boundingBox();
      for (const control of [
        frame.locator('.sr-header-buttons').getByText('Aplicar', { exact: true }),
        frame.locator('#sr-save-btn'),
        frame.locator('.sr-header-buttons').getByText('Cancelar', { exact: true }),
        frame.locator('#title'),
      ]) {
        // trial: every actionability check of a real click (nothing covers it), without clicking.
        await control.click({ trial: true, timeout: 3000 });
        const box = await control.boundingBox();
        expect(box && panelBox && box.x + box.width <= panelBox.x).toBe(true);
      }
      const old = await sysaid.openTicket();
      await old.setViewportSize({ width, height });
      for (const id of ['ApplyBtn', 'OKBtn', 'CancelBtn'])
        await old.locator(`table#${id} td.center`).click({ trial: true, timeout: 3000 });
      // …and the saves really go through from there, the panel still open.
      await completeOutcome(frame, 'callback', 'noContact');
      await frame.locator('#sr-save-btn').click({ timeout: 3000 });
      await sysaid.received();
    },
  );
});

describe('"Relatório do formulário" for the team lead', () => {
  it('the self-test builds a report of the page with no value anyone typed', async () => {
    const { frame } = await sysaid.openModern('&beneficiaryFields=1');
    await completeOutcome(frame, 'chat', 'resolved');
    await frame.getByText('Autoteste e mapeamento de campos (líder)').click();
    await frame.getByRole('button', { name: 'Gerar relatório do formulário' }).click();
    const report = await frame.getByRole('textbox', { name: 'Relatório do formulário' }).inputValue();
    expect(report).toContain('Classic moderno');
    expect(report).toContain('#sr-save-btn');
    expect(report).toContain('X_TOKEN_assefaz');
    expect(report).toContain('Consulta beneficiário (CPF)');
    for (const typed of [
      '529.982.247-25',
      '52998224725',
      'Maria Aparecida',
      'Ana Maria',
      'Bom dia!',
      '20241105123456789012',
    ])
      expect(report, typed).not.toContain(typed);
    const token = await frame.locator('input[name="X_TOKEN_assefaz"]').inputValue();
    expect(report).not.toContain(token);
    await frame.getByRole('button', { name: 'Baixar' }).waitFor();
  });
});
