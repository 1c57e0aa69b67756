import { describe, expect, it } from 'vitest';
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
