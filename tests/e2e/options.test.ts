import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportPlaybooks } from '../../lib/core/procedures/io';
import { localStorageText } from './support/extension';
import { useSysaid } from './support/fixtures';
import { radio, settled, sysaidCaption, typeBeneficiary } from './support/ticket';

const sysaid = useSysaid();

async function options() {
  const page = await sysaid.ext.context.newPage();
  await page.goto(`chrome-extension://${sysaid.ext.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Assistente SysAid Assefaz — opções' }).waitFor();
  return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's serious and critical findings on the whole page. */
async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(ctx: unknown): Promise<{ violations: Array<{ id: string; impact: string }> }> };
    };
    const result = await axe.run(document);
    return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id);
  });
}

/** What assistive technology reads as a control's description (its aria-describedby targets). */
function description(control: Locator): Promise<string> {
  return control.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim(),
  );
}

async function setPolicy(policy: Record<string, unknown> | null) {
  await sysaid.ext.worker.evaluate(async (p) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } };
      }
    ).chrome;
    if (p) await api.storage.local.set({ e2eManagedPolicy: p });
    else await api.storage.local.remove('e2eManagedPolicy');
  }, policy);
}

describe('options page and team-lead policy', () => {
  it("the agent's name typed in the options reaches the scripts", async () => {
    const page = await options();
    const name = page.getByLabel('Seu nome (usado nos roteiros)');
    await name.fill('Joana Prado');
    await name.blur();
    await page.getByText('Salvo.').waitFor();
    const ticket = await sysaid.openTicket();
    await radio(ticket, 'Canal', 'Chat').check();
    await ticket.getByText(/^Assefaz, meu nome Joana Prado, (bom dia|boa tarde|boa noite)!$/).waitFor();
  });

  it('a broken playbook file is refused with each problem; a valid one changes what is enforced', async () => {
    const page = await options();
    const broken = JSON.parse(exportPlaybooks());
    broken.playbooks[0].outcomes[1].label = '';
    const brokenPath = join(tmpdir(), 'procedimentos-quebrado.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    await page.locator('input[type=file]').setInputFiles(brokenPath);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('playbooks.0.outcomes.1.label');

    const valid = JSON.parse(exportPlaybooks());
    valid.playbooks[0].outcomes[1].fixed[0].value = 'Fechado';
    const validPath = join(tmpdir(), 'procedimentos.json');
    writeFileSync(validPath, JSON.stringify(valid));
    await page.locator('input[type=file]').setInputFiles(validPath);
    await page.getByText('Procedimentos importados.').waitFor();

    const ticket = await sysaid.openTicket();
    await radio(ticket, 'Canal', 'Ligação ativa / Callback').check();
    await radio(ticket, 'Desfecho', 'Resolvido no atendimento').check();
    await typeBeneficiary(ticket);
    await settled(ticket);
    await expect.poll(() => sysaidCaption(ticket, 'status').textContent()).toBe('Fechado');
  });

  it('a managed policy locks the setting in the options and changes the playbook the page enforces', async () => {
    const policyPlaybooks = JSON.parse(exportPlaybooks()).playbooks;
    policyPlaybooks[0].outcomes[2].fixed[0].value = 'SEM CONTATO';
    try {
      await setPolicy({ agentName: 'Atendente Assefaz', playbooks: { callback: policyPlaybooks[0] } });
      const page = await options();
      await expect
        .poll(() => page.getByLabel('Seu nome (usado nos roteiros)').inputValue())
        .toBe('Atendente Assefaz');
      expect(await page.getByLabel('Seu nome (usado nos roteiros)').isDisabled()).toBe(true);
      expect(await page.getByText('Definido pela sua organização').count()).toBeGreaterThan(0);

      const ticket = await sysaid.openTicket();
      await radio(ticket, 'Canal', 'Ligação ativa / Callback').check();
      await radio(ticket, 'Desfecho', 'Sem comunicação').check();
      await settled(ticket);
      await expect.poll(() => ticket.locator('#CustomColumn79sr').inputValue()).toBe('SEM CONTATO');
    } finally {
      await setPolicy(null);
    }
  });

  it('a malformed policy value is reported and stays locked at the last good policy value', async () => {
    try {
      await setPolicy({ agentName: 'Ok' });
      const first = await options();
      await expect.poll(() => first.getByLabel('Seu nome (usado nos roteiros)').inputValue()).toBe('Ok');
      await first.close();
      // The next push breaks the value: the name stays the policy's, locked, never the agent's to change.
      await setPolicy({ descriptionMaxChars: 'muito', agentName: 42 });
      const page = await options();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('descriptionMaxChars');
      expect(await alert.textContent()).toContain('"agentName"');
      const name = page.getByLabel('Seu nome (usado nos roteiros)');
      expect(await name.inputValue()).toBe('Ok');
      expect(await name.isDisabled()).toBe(true);
    } finally {
      await setPolicy(null);
    }
  });

  it('the picker maps a renamed field on the page, and the guard then enforces it', async () => {
    const page = await sysaid.openTicket('&renamed=1');
    await page.getByText('Autoteste e mapeamento de campos (líder)').click();
    await page.getByRole('button', { name: 'Mapear: Ligação Ativa / Callback' }).waitFor();
    expect(await page.getByText('NÃO encontrado: mapeie o campo').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Mapear: Ligação Ativa / Callback' }).click();
    await page.getByText('Clique no campo do SysAid que deve ser usado').waitFor();
    await page.locator('#tr_labelId_custList7 td.Form_Label').click();
    await expect.poll(() => page.getByText('encontrado pelo mapeamento').count(), { timeout: 5000 }).toBe(1);
    // The click that picked the field did not open SysAid's list.
    expect(await page.locator('#addScroll_custList7_CustomSelect').isVisible()).toBe(false);
    // The lead's change is in the compliance log, with the selector and no personal data.
    await expect
      .poll(() => localStorageText(sysaid.ext))
      .toContain('"detail":"callback → #tr_labelId_custList7"');

    await radio(page, 'Canal', 'Ligação ativa / Callback').check();
    await expect.poll(() => sysaidCaption(page, 'custList7').textContent()).toBe('Sim');
    // Set back to Não by hand: the procedure puts Sim again (a fixed field), so it is enforced.
    await page.locator('.custList7_CustomSelect > .selectedTxt').click();
    await page.locator('#addScroll_custList7_CustomSelect li', { hasText: 'Não' }).click();
    await expect.poll(() => sysaidCaption(page, 'custList7').textContent()).toBe('Sim');
    await page
      .getByText('O procedimento define "Ligação Ativa / Callback" = "Sim"', { exact: false })
      .waitFor();
  });

  it('a change of settings reaches a ticket already open: the panel follows without a reload', async () => {
    const ticket = await sysaid.openTicket();
    await radio(ticket, 'Canal', 'Chat').check();
    await ticket.getByText(/^Assefaz, meu nome \[Seu Nome\]/).waitFor();
    await setPolicy({ agentName: 'Rita', allowOverride: true });
    try {
      await ticket.getByText(/^Assefaz, meu nome Rita,/).waitFor({ timeout: 5000 });
      await ticket.locator('table#ApplyBtn td.center').click();
      await ticket
        .getByRole('button', { name: 'Registrar exceção e liberar o salvamento' })
        .waitFor({ timeout: 5000 });
    } finally {
      await setPolicy(null);
    }
  });

  it("the agent's part and the lead's part are separate regions, each headed; axe finds nothing serious", async () => {
    const page = await options();
    const agent = page.getByRole('region', { name: 'Para o atendente' });
    const lead = page.getByRole('region', { name: 'Para o líder ou a TI' });
    expect(await agent.getByRole('heading', { level: 2, name: 'Para o atendente' }).count()).toBe(1);
    expect(await lead.getByRole('heading', { level: 2, name: 'Para o líder ou a TI' }).count()).toBe(1);
    // What an agent sets is in the agent's part only; what a lead or IT sets, in the lead's part only.
    for (const name of ['Seu nome (usado nos roteiros)', 'Idioma do painel', 'Número de chamadas']) {
      expect(await agent.getByLabel(name).count(), name).toBe(1);
      expect(await lead.getByLabel(name).count(), name).toBe(0);
    }
    expect(await agent.getByRole('heading', { name: 'Pausas agendadas' }).count()).toBe(1);
    for (const heading of [
      'Escopo do guarda',
      'Endereços do SysAid',
      'Mapeamento de campos',
      'Procedimentos',
    ]) {
      expect(await lead.getByRole('heading', { name: heading }).count(), heading).toBe(1);
      expect(await agent.getByRole('heading', { name: heading }).count(), heading).toBe(0);
    }
    for (const group of ['Modo do guarda', 'Chamados conferidos'])
      expect(await lead.getByRole('group', { name: group }).count(), group).toBe(1);
    expect(await lead.getByRole('checkbox', { name: /justificativa escrita/ }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('a policy pushed while the page is open locks its values there, each saying why; lifted, they free up', async () => {
    const page = await options();
    const name = page.getByLabel('Seu nome (usado nos roteiros)');
    const guardMode = page.getByRole('group', { name: 'Modo do guarda' });
    expect(await name.isDisabled()).toBe(false);
    expect(await page.getByText('Definido pela sua organização').count()).toBe(0);
    try {
      await setPolicy({ agentName: 'Rita', guardMode: 'observe' });
      await expect.poll(() => name.inputValue(), { timeout: 5000 }).toBe('Rita');
      expect(await name.isDisabled()).toBe(true);
      expect(await description(name)).toBe('Definido pela sua organização');
      // The radio group is locked as one value: every choice disabled, the pilot checked, the reason read.
      expect(await description(guardMode)).toBe('Definido pela sua organização');
      expect(await guardMode.getByRole('radio', { name: /^Piloto/ }).isChecked()).toBe(true);
      for (const choice of await guardMode.getByRole('radio').all())
        expect(await choice.isDisabled()).toBe(true);
      // A value the policy does not set stays the lead's to change, with no reason beside it.
      const ttl = page.getByLabel('Esquecer rascunhos após (horas)');
      expect(await ttl.isDisabled()).toBe(false);
      expect(await description(ttl)).toBe('');
      expect(
        await page
          .getByRole('group', { name: 'Chamados conferidos' })
          .getByRole('radio')
          .first()
          .isDisabled(),
      ).toBe(false);
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await setPolicy(null);
    }
    await expect.poll(() => name.isDisabled(), { timeout: 5000 }).toBe(false);
    expect(await page.getByText('Definido pela sua organização').count()).toBe(0);
  });

  it("each radio's circle is on its label's line, left of the text", async () => {
    const page = await options();
    const radios = page.getByRole('region', { name: 'Para o líder ou a TI' }).getByRole('radio');
    expect(await radios.count()).toBe(5);
    for (const radio of await radios.all()) {
      const circle = await radio.boundingBox();
      const text = await radio.locator('xpath=following-sibling::*[1]').boundingBox();
      if (!circle || !text) throw new Error('a radio or its label is not rendered');
      const middle = circle.y + circle.height / 2;
      expect(middle).toBeGreaterThanOrEqual(text.y);
      expect(middle).toBeLessThanOrEqual(text.y + text.height);
      expect(circle.x + circle.width).toBeLessThanOrEqual(text.x);
    }
  });
});
