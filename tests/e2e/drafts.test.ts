import { describe, expect, it } from 'vitest';
import { useSysaid } from './support/fixtures';
import { clickSave, radio, settled, textbox, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();

describe('drafts: what the agent typed survives a reload', () => {
  it('after a reload the call is offered, nothing written; "Continuar atendimento anterior" brings it all back', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Chat').check();
    await radio(page, 'Desfecho', 'Encaminhado aos setores').check();
    await textbox(page, 'Nome completo').fill('Maria Aparecida da Silva');
    await textbox(page, 'Nome da mãe').fill('Ana Maria da Silva');
    await textbox(page, 'Conversa').fill('Beneficiário: Olá\nOperador: Bom dia!');
    await sysaid.draftKept('Beneficiário: Olá');
    await page.reload();
    // A reload asks first: the call is offered with its time and first name, and nothing is written.
    const resume = page.getByRole('button', { name: 'Continuar atendimento anterior' });
    await resume.waitFor({ timeout: 15_000 });
    await page.getByText(/com Maria\)/).waitFor();
    expect(await radio(page, 'Canal', 'Chat').isChecked()).toBe(false);
    expect(await page.locator('textarea[name="desc"]').inputValue()).toBe('');
    await resume.click();
    await expect.poll(() => radio(page, 'Canal', 'Chat').isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('textarea[name="desc"]').inputValue())
      .toContain('Beneficiário: Olá');
    expect(await radio(page, 'Desfecho', 'Encaminhado aos setores').isChecked()).toBe(true);
    expect(await textbox(page, 'Nome completo').inputValue()).toBe('Maria Aparecida da Silva');
    expect(await textbox(page, 'Nome da mãe').inputValue()).toBe('Ana Maria da Silva');
    expect(await textbox(page, 'Conversa').inputValue()).toBe('Beneficiário: Olá\nOperador: Bom dia!');
  });

  it('drafts are kept in session storage only: nothing personal reaches storage.local', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await textbox(page, 'CPF').fill('52998224725');
    await textbox(page, 'Nome completo').fill('Maria Aparecida da Silva');
    await textbox(page, 'Nome da mãe').fill('Ana Maria da Silva');
    await settled(page);
    await page.locator('table#ApplyBtn td.center').click(); // blocked: logs a masked audit entry
    await page.getByRole('alert').waitFor();
    const readLocal = () =>
      sysaid.ext.worker.evaluate(async () => {
        const api = (
          globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }
        ).chrome;
        return JSON.stringify(await api.storage.local.get(null));
      });
    await expect.poll(readLocal, { timeout: 5000 }).toContain('auditLog');
    const local = await readLocal();
    expect(local).not.toMatch(/529\.?982\.?247-?25/);
    expect(local).not.toContain('Maria Aparecida');
    expect(local).not.toContain('Ana Maria');
    expect(local).toContain('***.982.247-**');
  });

  it('a running chat inactivity timer keeps counting after a reload', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Chat').check();
    await page.getByRole('button', { name: 'Iniciar contador de inatividade' }).click();
    const remaining = async () => {
      const text = (await page.getByText('Chamada 1 de 3 em', { exact: false }).textContent()) ?? '';
      const [, minutes, seconds] = /em (\d+):(\d+)/.exec(text) ?? [];
      return Number(minutes) * 60 + Number(seconds);
    };
    // Let the count run down a little, then reload: a restarted timer would show 1:30 again.
    await expect.poll(remaining, { timeout: 10_000 }).toBeLessThanOrEqual(87);
    await sysaid.draftKept('inactivityStartedAt');
    await page.reload();
    await page.getByRole('button', { name: 'Continuar atendimento anterior' }).click({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Parar contador' }).waitFor({ timeout: 15_000 });
    expect(await remaining()).toBeLessThanOrEqual(87);
  });
});

describe('a reload asks before it brings a call back', () => {
  it('"Descartar" leaves the new ticket blank, and the next reload offers nothing', async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await textbox(page, 'Nome completo').fill('Rosângela Descartada Souza');
    // A name no other test types: an earlier test's draft must not satisfy the wait.
    await sysaid.draftKept('Rosângela Descartada');
    await page.reload();
    await page.getByRole('button', { name: 'Descartar' }).click({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Continuar atendimento anterior' }).waitFor({ state: 'detached' });
    // Blank: no channel, so no data boxes either.
    expect(await radio(page, 'Canal', 'Ligação ativa / Callback').isChecked()).toBe(false);
    expect(await textbox(page, 'Nome completo').count()).toBe(0);
    await sysaid.draftGone('Rosângela Descartada');
    await page.reload();
    await page.getByRole('radiogroup', { name: 'Canal' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'Continuar atendimento anterior' }).count()).toBe(0);
  });
});

describe('a saved ticket leaves no personal data behind', () => {
  it("once SysAid shows the saved ticket, the caller's data is gone from the browser's memory", async () => {
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page);
    // Names no other test types: drafts of earlier tests' tabs must not decide the waits.
    await textbox(page, 'Nome completo').fill('Valdirene Salva Pereira');
    await textbox(page, 'Nome da mãe').fill('Genoveva Salva Pereira');
    await settled(page);
    await sysaid.draftKept('Valdirene Salva');
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    await page.getByText(`Service Record #${saved.id}`).waitFor();
    // The numbered ticket's panel goes on (its channel and outcome), with the data only in SysAid.
    await expect.poll(() => radio(page, 'Desfecho', 'Resolvido no atendimento').isChecked()).toBe(true);
    // The numbered ticket's own draft is written (a moment after it opens), without the caller's data.
    await sysaid.draftKept(`SREdit.jsp:${saved.id}"`);
    await sysaid.draftGone('Valdirene Salva');
    await sysaid.draftGone('Genoveva Salva');
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('drafts when the browser memory for them is full', () => {
  it('a 1 MB conversation is kept: the oldest saved calls give way, not the one on screen', async () => {
    const host = new URL(sysaid.server.url).host;
    // Nine saved calls of 1 MB each: Chromium keeps 10 MB of drafts at most.
    await sysaid.ext.worker.evaluate(async (h) => {
      const api = (
        globalThis as unknown as { chrome: { storage: { session: { set(i: object): Promise<void> } } } }
      ).chrome.storage.session;
      for (let i = 0; i < 9; i++) {
        const at = Date.now() - (9 - i) * 60_000;
        await api.set({
          [`draft:${h}/SREdit.jsp:${9000 + i}`]: {
            typed: { data: { transcript: `Antigo ${i} ${'x'.repeat(1_050_000)}` } },
            savedAt: at,
            updatedAt: at,
          },
        });
      }
    }, host);
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Chat').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    // Pasted as a paste lands (one input event): Playwright's fill types 11 000 lines through the editor.
    const pasted = `Beneficiário: Conversa Enorme Atual\n${`Operador: ${'mensagem longa '.repeat(6)}\n`.repeat(11_000)}`;
    await textbox(page, 'Conversa').evaluate((box, text) => {
      (box as HTMLTextAreaElement).value = text;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }, pasted);
    await sysaid.draftKept('Conversa Enorme Atual');
    await sysaid.draftGone('Antigo 0 ');
    await sysaid.draftKept('Antigo 8 ');
    expect(await page.getByText('Não foi possível guardar o rascunho').count()).toBe(0);
  });
});
