import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localStorageText, reloadExtension } from './support/extension';
import { useSysaid } from './support/fixtures';
import { completeOutcome } from './support/outcomes';
import { clickSave, radio, settled, sysaidCaption, textbox, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();
const PERSONAL = /529\.?982\.?247|Maria Aparecida|Ana Maria/;

async function expectBlankTicket(scope: Page | Frame) {
  for (const channel of ['Ligação ativa / Callback', 'Chat', 'Pesquisa de satisfação'])
    expect(await radio(scope, 'Canal', channel).isChecked(), channel).toBe(false);
  expect(await scope.locator('#CustomColumn79sr').inputValue()).toBe('');
  expect(await scope.locator('#desc').inputValue()).toBe('');
  expect(await sysaidCaption(scope, 'custList1').textContent()).toBe('Não');
  await radio(scope, 'Canal', 'Ligação ativa / Callback').check();
  expect(await textbox(scope, 'CPF').inputValue()).toBe('');
  expect(await textbox(scope, 'Nome completo').inputValue()).toBe('');
}

const draftKept = () => sysaid.draftKept('Maria Aparecida');

describe('one tab, a whole day: one caller’s data never reaches the next ticket', () => {
  it('modern Classic: list → Novo → save → list → Novo starts blank; a reload offers the call back; Cancel forgets', async () => {
    const { frame } = await sysaid.openModern();
    await completeOutcome(frame, 'callback', 'resolved');
    await frame.locator('#sr-save-btn').click();
    await sysaid.received();
    await frame.getByRole('textbox', { name: 'Pesquisar' }).fill('1001');
    await frame.getByRole('textbox', { name: 'Pesquisar' }).press('Enter');
    await frame.waitForURL(/IncidentsList\.jsp\?search=1001/);
    await frame.getByRole('link', { name: 'Novo' }).click();
    await frame.getByRole('radiogroup', { name: 'Canal' }).waitFor();
    await expectBlankTicket(frame);

    // A reload of this unsaved ticket offers what was typed.
    await typeBeneficiary(frame);
    await draftKept();
    await frame.page().reload();
    const again = frame.page().frame({ name: 'contentFrame' }) ?? frame;
    await again.getByRole('link', { name: 'Novo' }).waitFor(); // the shell reloads on its list
    await again.goto(`${sysaid.server.url}/m/SREdit.jsp?id=0&SR_Type=1&templateID=3`);
    await again.getByRole('radiogroup', { name: 'Canal' }).waitFor();
    await expectBlankTicket(again); // reached from the list, not a reload of the same ticket

    await typeBeneficiary(again);
    await draftKept();
    await again.evaluate(() => location.reload());
    await again.getByRole('button', { name: 'Continuar atendimento anterior' }).click();
    await expect.poll(() => textbox(again, 'Nome completo').inputValue()).toBe('Maria Aparecida da Silva');

    // Cancel: the ticket and its draft are gone.
    await again.locator('.sr-header-buttons').getByText('Cancelar', { exact: true }).click();
    await again.getByRole('link', { name: 'Novo' }).click();
    await again.getByRole('radiogroup', { name: 'Canal' }).waitFor();
    await expectBlankTicket(again);
    expect(await localStorageText(sysaid.ext)).not.toMatch(PERSONAL);
  });

  it('old Classic: a ticket saved with OK, then Novo at the same address, starts blank', async () => {
    const page = await sysaid.openTicket();
    await completeOutcome(page, 'chat', 'resolved');
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    await page.getByText(`Service Record #${saved.id}`).waitFor();
    await page.goto(`${sysaid.server.url}/SREdit.jsp?id=0&SR_Type=1`);
    await page.getByRole('radiogroup', { name: 'Canal' }).waitFor();
    await expectBlankTicket(page);
  });
});

describe('the guard never fails open', () => {
  it.each([
    ['30 ms after DOMContentLoaded', 30],
    ['while the page is still being parsed', -1],
  ])('a save the page makes %s is held and decided, never sent unchecked', async (_when, at) => {
    const page = await sysaid.ext.context.newPage();
    await page.goto(`${sysaid.server.url}/SREdit.jsp?id=0&SR_Type=1&earlySave=${at}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('Escolha o canal');
    await sysaid.noSaveArrives();
  });

  it('a page that rewrites itself (document.open / document.write) still cannot save unchecked', async () => {
    const page = await sysaid.openTicket();
    await page.evaluate(() => {
      // Everything listening on the page is erased by document.open(): a SysAid page that rebuilds itself this way.
      document.open();
      document.write(
        '<form id="srForm" name="srForm" method="post" action="/SREdit.jsp?id=0&SR_Type=1">' +
          '<input name="action" value="ok"><textarea id="desc" name="desc">Ligação</textarea>' +
          '<button type="submit">Salvar</button></form>',
      );
      document.close();
    });
    await page.getByRole('button', { name: 'Salvar' }).click();
    // The panel comes back with the reason, and nothing reached SysAid.
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('Escolha o canal');
    await sysaid.noSaveArrives();
  });

  it('a save with the panel untouched is blocked and logged', async () => {
    const page = await sysaid.openTicket();
    await page.locator('#title').fill('Ligação');
    await clickSave(page, 'OKBtn');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Escolha o canal do atendimento');
    await expect
      .poll(async () => {
        const log = (JSON.parse(await localStorageText(sysaid.ext)).auditLog ?? []) as Array<{
          kind: string;
          checks: string[];
        }>;
        return log.map((e) => `${e.kind}:${e.checks.join(',')}`);
      })
      .toContain('blocked:channel');
    expect(sysaid.submissions()).toEqual([]);
  });

  it('with the panel collapsed, a blocked save still shows the alert and moves focus to the first gap', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page, ['Nome da mãe']);
    await settled(page);
    await page.getByRole('button', { name: 'Recolher painel' }).click();
    await page.getByRole('button', { name: /^Abrir assistente/ }).waitFor();
    await clickSave(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nome da mãe');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const root = document.querySelector('sysaid-assist')?.shadowRoot;
          const el = root?.activeElement;
          return el ? root?.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        }),
      )
      .toBe('Nome da mãe');
    expect(sysaid.submissions()).toEqual([]);
  });

  it('an extension update mid-ticket loses nothing, and the guard works again with no page reload', async () => {
    const { frame } = await sysaid.openModern();
    await radio(frame, 'Canal', 'Ligação ativa / Callback').check();
    await radio(frame, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(frame, ['Nome da mãe']);
    await settled(frame);
    await draftKept();
    expect(await localStorageText(sysaid.ext)).not.toMatch(PERSONAL);

    const oldPanel = await frame.locator('sysaid-assist').elementHandle();
    await reloadExtension(sysaid.ext);
    // The new content script is injected into the open page, replaces the old panel, and takes over
    // what the agent typed from the old script (storage.session was emptied by the update).
    await expect.poll(() => oldPanel?.evaluate((el) => el.isConnected), { timeout: 15_000 }).toBe(false);
    await frame.locator('sysaid-assist').getByRole('radiogroup', { name: 'Canal' }).waitFor();
    expect(await textbox(frame, 'Nome completo').inputValue()).toBe('Maria Aparecida da Silva');
    expect(await textbox(frame, 'CPF').inputValue()).toBe('529.982.247-25');
    expect(await radio(frame, 'Desfecho', 'Resolvido no atendimento').isChecked()).toBe(true);
    expect(await frame.locator('sysaid-assist').count()).toBe(1);
    expect(await localStorageText(sysaid.ext)).not.toMatch(PERSONAL);

    await frame.locator('#sr-save-btn').click();
    await frame.getByRole('alert').waitFor();
    expect(await frame.getByRole('alert').textContent()).toContain('Nome da mãe');
    await sysaid.noSaveArrives(300);
    await textbox(frame, 'Nome da mãe').fill('Ana Maria da Silva');
    await settled(frame);
    await frame.locator('#sr-save-btn').click();
    const saved = await sysaid.received();
    expect(saved.fields.desc).toContain('Nome da mãe: Ana Maria da Silva');
    // The new extension decided it: the old script, cut off from the extension, could log nothing.
    await expect.poll(() => localStorageText(sysaid.ext)).toContain('"kind":"compliant"');
    expect(await localStorageText(sysaid.ext)).not.toMatch(PERSONAL);
  });
});
