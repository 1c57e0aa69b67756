import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { reloadExtension } from './support/extension';
import { useSysaid } from './support/fixtures';
import { clickSave, radio, settled, textbox, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();

const OTHER_TAB = 'Este chamado também está aberto em outra aba';

/** The browser's own "Duplicate tab" (it copies the tab's sessionStorage), through the extension's tabs API. */
async function duplicate(url: string) {
  const opened = sysaid.ext.context.waitForEvent('page');
  await sysaid.ext.worker.evaluate(async (address) => {
    const api = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<Array<{ id: number; url?: string }>>;
            duplicate(id: number): Promise<unknown>;
          };
        };
      }
    ).chrome.tabs;
    const [tab] = (await api.query({})).filter((t) => t.url === address);
    if (!tab) throw new Error(`no tab at ${address}`);
    await api.duplicate(tab.id);
  }, url);
  return opened;
}

describe('one page is one tab, whatever runs in it', () => {
  it('after an extension update, the open numbered ticket still keeps its draft (no "another tab")', async () => {
    const page = await sysaid.openTicket();
    await completeNoContact(page);
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    await page.getByText(`Service Record #${saved.id}`).waitFor();
    const oldPanel = await page.locator('sysaid-assist').elementHandle();
    await reloadExtension(sysaid.ext);
    // The new content script replaces the old panel (and takes over the same page's claim on the ticket).
    await expect.poll(() => oldPanel?.evaluate((el) => el.isConnected), { timeout: 15_000 }).toBe(false);
    await textbox(page, 'Número de tentativas').fill('4', { timeout: 15_000 });
    await radio(page, 'Motivo', 'Número não recebe chamadas').check();
    await sysaid.draftKept('noCalls');
    expect(await page.getByText(OTHER_TAB).count()).toBe(0);
  });
});

describe('two tabs never share or swap a draft', () => {
  it('a duplicated tab starts its own new ticket: the original keeps its call', async () => {
    const first = await sysaid.openTicket();
    await radio(first, 'Canal', 'Ligação ativa / Callback').check();
    await textbox(first, 'Nome completo').fill('Hermínia Original Souza');
    await sysaid.draftKept('Hermínia Original');
    const copy = await duplicate(first.url());
    await radio(copy, 'Canal', 'Ligação ativa / Callback').check({ timeout: 15_000 });
    await textbox(copy, 'Nome completo').fill('Jussara Duplicada Lima');
    await sysaid.draftKept('Jussara Duplicada');
    // Both calls are kept, each under its own tab: the copy overwrote nothing.
    await sysaid.draftKept('Hermínia Original');
    await first.reload();
    await first.getByText(/com Hermínia\)/).waitFor({ timeout: 15_000 });
  });

  it('the same numbered ticket in two tabs: the second says so and keeps nothing until the first closes', async () => {
    const first = await sysaid.openTicket();
    await radio(first, 'Canal', 'Ligação ativa / Callback').check();
    await radio(first, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(first);
    await settled(first);
    await clickSave(first, 'OKBtn');
    const saved = await sysaid.received();
    await first.getByText(`Service Record #${saved.id}`).waitFor();
    const second = await sysaid.ext.context.newPage();
    await second.goto(first.url());
    await second.getByText(OTHER_TAB).waitFor({ timeout: 15_000 });
    await textbox(first, 'Nome completo').fill('Leopoldina Primeira Aba');
    await sysaid.draftKept('Leopoldina Primeira');
    await radio(second, 'Canal', 'Ligação ativa / Callback').check();
    await radio(second, 'Desfecho', 'Resolvido no atendimento').check();
    await textbox(second, 'Nome completo').fill('Quitéria Segunda Aba');
    // The second tab writes nothing over the first tab's call.
    await sysaid.draftNeverHolds('Quitéria Segunda');
    await sysaid.draftKept('Leopoldina Primeira');
    await first.close();
    await expect.poll(() => second.getByText(OTHER_TAB).count(), { timeout: 15_000 }).toBe(0);
    await sysaid.draftKept('Quitéria Segunda');
  });
});

async function completeNoContact(page: Page) {
  await radio(page, 'Canal', 'Ligação ativa / Callback').check();
  await radio(page, 'Desfecho', 'Sem comunicação').check();
  await textbox(page, 'Número de tentativas').fill('3');
  await radio(page, 'Motivo', 'Não atendeu').check();
  await settled(page);
}
