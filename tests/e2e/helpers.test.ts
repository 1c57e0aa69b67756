import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setSettings } from './support/extension';
import { useSysaid } from './support/fixtures';
import { radio, settled, textbox, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page) {
  // Evaluated, not added as a <script>: Chromium 156 refuses inline script tags under the page's CSP here.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const host = document.querySelector('sysaid-assist');
    const result = await (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
          ): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: unknown[] }> }>;
        };
      }
    ).axe.run({ include: [[host ? 'sysaid-assist' : 'body']] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
    }));
  });
}

describe('chat inactivity helper', () => {
  it('reminds to call at each interval and offers the closing phrase at the end, with notifications', async () => {
    await setSettings(sysaid.ext, { inactivity: { callEverySeconds: 2, calls: 3, closeAfterSeconds: 7 } });
    const page = await sysaid.openTicket();
    await radio(page, 'Canal', 'Chat').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await page.getByRole('button', { name: 'Iniciar contador de inatividade' }).click();
    await page.getByText('Chamada 1 de 3 em', { exact: false }).waitFor();
    await page.getByText('Chame o beneficiário agora (chamada 1 de 3).').waitFor({ timeout: 5000 });
    // The agent switches to the chat app: the background keeps time.
    const other = await sysaid.ext.context.newPage();
    await other.goto('about:blank');
    // Wait on the background's own alarms: each call, then the close, as notifications.
    const notificationIds = () =>
      sysaid.ext.worker.evaluate(async () =>
        Object.keys(
          await (
            globalThis as unknown as { chrome: { notifications: { getAll(): Promise<object> } } }
          ).chrome.notifications.getAll(),
        ),
      );
    await expect
      .poll(notificationIds, { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('|close|')]));
    expect((await notificationIds()).some((n) => n.includes('|1|'))).toBe(true);
    await page.bringToFront();
    await page.getByText('Sem resposta: encerre com a frase de inatividade.').waitFor();
    const closing = await page.locator('sysaid-assist .inactivity .script-text').textContent();
    expect(closing).toMatch(
      /^Por falta de comunicação, o atendimento será encerrado\. A Assefaz, agradece o contato e deseja (um Bom Dia!|uma Boa Tarde!|uma Boa Noite!)$/,
    );
  });
});

describe('accessibility and privacy', () => {
  it('axe finds no serious or critical violation in the panel, in each main state', async () => {
    const page = await sysaid.openTicket();
    const serious = (list: Awaited<ReturnType<typeof axe>>) =>
      list.filter((v) => ['serious', 'critical'].includes(v.impact));
    expect(serious(await axe(page))).toEqual([]);
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Sem comunicação').check();
    expect(serious(await axe(page))).toEqual([]);
    await radio(page, 'Canal', 'Chat').check();
    await radio(page, 'Desfecho', 'Encaminhado aos setores').check();
    await textbox(page, 'CPF').fill('123');
    await textbox(page, 'Nome completo').click();
    await page.locator('table#ApplyBtn td.center').click();
    await page.getByRole('alert').waitFor();
    expect(serious(await axe(page))).toEqual([]);
    // The check does look inside the shadow root: an unnamed button there is caught.
    await page.evaluate(() => {
      document
        .querySelector('sysaid-assist')
        ?.shadowRoot?.querySelector('.panel')
        ?.append(document.createElement('button'));
    });
    expect((await axe(page)).map((v) => v.id)).toContain('button-name');
  });

  it('a whole ticket makes no network request and logs no CPF or name', async () => {
    const logs: string[] = [];
    const page = await sysaid.openTicket();
    page.on('console', (m) => logs.push(m.text()));
    sysaid.ext.worker.on('console', (m) => logs.push(m.text()));
    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await radio(page, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(page);
    await settled(page);
    await page.locator('table#ApplyBtn td.center').click();
    await sysaid.received();
    expect(sysaid.ext.foreignRequests).toEqual([]);
    const text = logs.join('\n');
    expect(text).not.toMatch(/529\.?982\.?247/);
    expect(text).not.toContain('Maria Aparecida');
  });
});
