import { describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { completeOutcome } from './support/outcomes';
import { clickSave, radio, textbox } from './support/ticket';

const sysaid = useSysaid();
declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

async function logKinds(): Promise<string[]> {
  return sysaid.ext.worker.evaluate(async () =>
    (((await chrome.storage.local.get('auditLog')).auditLog ?? []) as Array<{ kind: string }>).map(
      (e) => e.kind,
    ),
  );
}

describe('a save counts when SysAid took it', () => {
  it('the session expires mid-ticket: nothing counts as compliant, and the next ticket offers the call back', async () => {
    const page = await sysaid.openTicket();
    await completeOutcome(page, 'callback', 'resolved');
    sysaid.server.expire();
    await clickSave(page, 'OKBtn');
    await page.waitForURL(/Login\.jsp/);
    await expect.poll(logKinds).toEqual(['notSaved']);
    expect(sysaid.submissions()).toEqual([]);
    // The agent logs in again; SysAid opens a new ticket in the same tab.
    await page.locator('input[name="password"]').fill('senha');
    await page.getByRole('button', { name: 'Entrar' }).click();
    const recover = page.getByRole('button', { name: 'Recuperar o atendimento não salvo' });
    await recover.waitFor({ timeout: 15_000 });
    expect(await radio(page, 'Canal', 'Ligação ativa / Callback').isChecked()).toBe(false);
    await recover.click();
    await expect.poll(() => textbox(page, 'Nome da mãe').inputValue()).toBe('Ana Maria da Silva');
    await expect.poll(() => page.locator('#CustomColumn79sr').inputValue()).toBe('529.982.247-25');
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    expect(saved.captions.thirdLevelCategory).toBe('Contato realizado');
    // Logged as compliant only now, on the numbered ticket SysAid answered with.
    await expect.poll(logKinds).toEqual(['notSaved', 'compliant']);
  });

  it('a server error answering the save: "not saved" in the log, and the call is offered back', async () => {
    const page = await sysaid.openTicket();
    await completeOutcome(page, 'chat', 'resolved');
    sysaid.server.failNextSave();
    await clickSave(page, 'OKBtn');
    await page.getByText('HTTP 500').waitFor();
    await expect.poll(logKinds).toEqual(['notSaved']);
    await page.goto(`${sysaid.server.url}/SREdit.jsp?id=0&SR_Type=1`);
    await page
      .getByRole('button', { name: 'Recuperar o atendimento não salvo' })
      .waitFor({ timeout: 15_000 });
  });

  it('modern Classic: a save SysAid refuses with its error alert is not counted, and the next click is a new save', async () => {
    const { frame } = await sysaid.openModern();
    await completeOutcome(frame, 'callback', 'resolved');
    sysaid.server.failNextSave();
    await frame.locator('#sr-save-btn').click();
    await expect.poll(logKinds).toEqual(['notSaved']);
    expect(sysaid.submissions()).toEqual([]);
    await frame.locator('#sr-save-btn').click();
    await sysaid.received();
    await expect.poll(logKinds).toEqual(['notSaved', 'compliant']);
  });

  it('a second click while the save is on its way says "Salvando…" and posts the ticket once', async () => {
    const { frame } = await sysaid.openModern();
    await completeOutcome(frame, 'callback', 'resolved');
    sysaid.server.delayNextSave(2000);
    await frame.locator('#sr-save-btn').click();
    await frame.locator('#sr-save-btn').click();
    await frame.getByText('Salvando… aguarde a resposta do SysAid', { exact: false }).waitFor();
    await sysaid.received();
    await frame.getByRole('link', { name: 'Novo' }).waitFor();
    expect(sysaid.submissions()).toHaveLength(1);
  });

  it("SysAid refusing on the page (an inline message, no alert): the agent's fix and next click is a new save", async () => {
    const { frame } = await sysaid.openModern('&inlineValidation=1');
    await completeOutcome(frame, 'callback', 'resolved');
    await frame.locator('input[name="title"]').fill('');
    await frame.locator('#sr-save-btn').click();
    await frame.getByText('Preencha o campo obrigatório: Título').waitFor();
    await frame.locator('input[name="title"]').fill('Retorno ao beneficiário');
    await frame.locator('#sr-save-btn').click();
    const saved = await sysaid.received();
    expect(saved.fields.title).toBe('Retorno ao beneficiário');
  });
});
