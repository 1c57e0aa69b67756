/**
 * The core flows in real Firefox (ESR), the Firefox build installed as a temporary add-on over
 * WebDriver BiDi. Firefox gives content scripts no storage.session (no setAccessLevel, bug 1724754):
 * the first read, the boot and the drafts go through the background there (lib/page/drafts/page-store.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Submission, type SysaidServer, startSysaidServer } from '../fixtures/server';
import {
  alertText,
  checkFirefoxBuild,
  checkRadio,
  type FirefoxExtension,
  isRadioChecked,
  launchFirefoxExtension,
  settled,
  textboxValue,
  typeBeneficiary,
  typeInto,
  waitForPanel,
} from './support/firefox';
import { stampOf } from './support/outcomes';
import { VALID_CPF } from './support/ticket';

describe('Firefox: the core flows on the classic SysAid replica', () => {
  let server: SysaidServer;
  let ff: FirefoxExtension;

  beforeAll(async () => {
    checkFirefoxBuild();
    server = await startSysaidServer();
    ff = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });
  beforeEach(async () => {
    server.reset();
    for (const page of await ff.browser.pages()) if (page.url() !== 'about:blank') await page.close();
  });

  async function openTicket(): Promise<Page> {
    const page = await ff.browser.newPage();
    await page.goto(`${server.url}/SREdit.jsp?id=0&SR_Type=1`);
    await waitForPanel(page);
    return page;
  }

  async function received(): Promise<Submission> {
    await expect.poll(() => server.submissions().length, { timeout: 10_000 }).toBe(1);
    const [saved] = server.submissions();
    if (!saved) throw new Error('no save reached the server');
    return saved;
  }

  const save = (page: Page, which: 'ApplyBtn' | 'OKBtn' = 'ApplyBtn') =>
    page.click(`table#${which} td.center`);

  it('callback resolved: the panel fills SysAid and the save carries the path, the CPF and the stamp', async () => {
    const page = await openTicket();
    await checkRadio(page, 'Canal', 'Ligação ativa / Callback');
    await checkRadio(page, 'Desfecho', 'Resolvido no atendimento');
    await typeBeneficiary(page);
    await settled(page);
    await save(page);
    const saved = await received();
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

  it("a missing mother's name blocks the save with the alert, and nothing reaches SysAid", async () => {
    const page = await openTicket();
    await checkRadio(page, 'Canal', 'Ligação ativa / Callback');
    await checkRadio(page, 'Desfecho', 'Resolvido no atendimento');
    await typeBeneficiary(page, ['Nome da mãe']);
    await settled(page);
    await save(page, 'OKBtn');
    expect(await alertText(page)).toContain('Nome da mãe');
    // A refused save leaves no event to wait on: a save that slipped through gets this long to arrive.
    await new Promise((r) => setTimeout(r, 500));
    expect(server.submissions()).toEqual([]);
  });

  it('no contact: ATIVO goes into "Consulta beneficiário (CPF)" and is saved', async () => {
    const page = await openTicket();
    await checkRadio(page, 'Canal', 'Ligação ativa / Callback');
    await checkRadio(page, 'Desfecho', 'Sem comunicação');
    await typeInto(page, 'Número de tentativas', '3');
    await checkRadio(page, 'Motivo', 'Não atendeu');
    await settled(page);
    await expect
      .poll(() => page.$eval('#CustomColumn79sr', (el) => (el as HTMLInputElement).value))
      .toBe('ATIVO');
    await save(page, 'OKBtn');
    const saved = await received();
    expect(saved.fields.CustomColumn79sr).toBe('ATIVO');
    expect(saved.captions).toMatchObject({ thirdLevelCategory: 'Sem comunicação' });
  });

  it('after a save, a new ticket at the same address starts blank', async () => {
    const page = await openTicket();
    await checkRadio(page, 'Canal', 'Ligação ativa / Callback');
    await checkRadio(page, 'Desfecho', 'Resolvido no atendimento');
    await typeBeneficiary(page);
    await settled(page);
    await save(page, 'OKBtn');
    const saved = await received();
    await page.waitForFunction(
      (id) => document.body.textContent?.includes(`Service Record #${id}`),
      {},
      saved.id,
    );
    await page.goto(`${server.url}/SREdit.jsp?id=0&SR_Type=1`);
    await waitForPanel(page);
    for (const channel of ['Ligação ativa / Callback', 'Chat', 'Pesquisa de satisfação'])
      expect(await isRadioChecked(page, 'Canal', channel), channel).toBe(false);
    expect(await page.$eval('#CustomColumn79sr', (el) => (el as HTMLInputElement).value)).toBe('');
    expect(await page.$eval('#desc', (el) => (el as HTMLTextAreaElement).value)).toBe('');
    await checkRadio(page, 'Canal', 'Ligação ativa / Callback');
    expect(await textboxValue(page, 'CPF')).toBe('');
    expect(await textboxValue(page, 'Nome completo')).toBe('');
  });

  it('nothing left the machine: every request the browser tried went to 127.0.0.1', () => {
    expect(ff.foreignRequests).toEqual([]);
  });
});
