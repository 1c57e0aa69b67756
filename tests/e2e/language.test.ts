import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../lib/core/procedures/vocabulary';
import { generateExport } from '../fixtures/exports/generate';
import { PLAYBOOK_WORDS, portugueseIn } from '../support/portuguese';
import { panel, setSettings } from './support/extension';
import { useSysaid } from './support/fixtures';
import { clickSave, radio } from './support/ticket';

const sysaid = useSysaid();

/** The panel's words outside the scripts (which the agent says to the caller, in Portuguese). */
const panelWords = (scope: Parameters<typeof panel>[0]) =>
  panel(scope).evaluate((host) => {
    const copy = host.shadowRoot?.querySelector('.panel')?.cloneNode(true) as HTMLElement | undefined;
    for (const el of copy?.querySelectorAll('.script-text') ?? []) el.remove();
    return copy?.textContent ?? '';
  });

describe('the panel speaks the language the agent chose', () => {
  it('in English, a refused save and the checklist are in English; back to Portuguese on the open ticket', async () => {
    await setSettings(sysaid.ext, { language: 'en' });
    const page = await sysaid.openTicket('', 'Channel');
    await radio(page, 'Channel', 'Ligação ativa / Callback').check();
    await radio(page, 'Outcome', 'Resolvido no atendimento').check();
    await expect.poll(() => page.getByText('Filling the SysAid form…').count(), { timeout: 15_000 }).toBe(0);
    await clickSave(page, 'OKBtn');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 5000 }).catch(async () => {
      throw new Error(`no alert; panel: ${await panelWords(page)}`);
    });
    expect(await alert.textContent()).toContain("Mother's name: Not given.");
    const english = await panelWords(page);
    expect(english).toContain('Ticket check');
    expect(english).toContain('"Status" = Resolvido');
    expect(english).toContain('As the procedure requires.');
    for (const portuguese of ['Conferência do chamado', 'Não informado', 'Deve ser', 'Falta:', 'Nome da mãe'])
      expect(english).not.toContain(portuguese);
    await sysaid.noSaveArrives();

    // A lead switches the team back: the open ticket follows without a reload.
    await setSettings(sysaid.ext, { language: 'pt-BR' });
    await expect.poll(() => panelWords(page)).toContain('Conferência do chamado');
    expect(await panelWords(page)).toContain('Nome da mãe');
  });
});

/** A page's text and the names a screen reader reads there. */
const pageWords = (page: Page) =>
  page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const attr of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(attr) ?? '');
    return parts.join('\n');
  });

/** Words that stay Portuguese by design (lib/core/i18n/index.ts): the procedures' own and SysAid's captions. */
const PROCEDURE_WORDS = [...PLAYBOOK_WORDS, ...Object.values(FIELD_LABELS), 'Português (Brasil)'];

describe('an English-choosing lead reads English on the pages a lead opens', () => {
  const dir = mkdtempSync(join(tmpdir(), 'language-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the options page: no Portuguese but the procedures' and SysAid's own words", async () => {
    await setSettings(sysaid.ext, { language: 'en' });
    const page = await sysaid.ext.context.newPage();
    await page.goto(`chrome-extension://${sysaid.ext.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Assefaz SysAid Assistant — options' }).waitFor();
    const words = await pageWords(page);
    expect(words).toContain('Guard scope');
    expect(await page.title()).toBe('Assefaz SysAid Assistant — options');
    expect(portugueseIn(words, PROCEDURE_WORDS), words).toBeUndefined();
    await page.close();
  });

  it("the team audit: its report, a file it cannot read, and the agents' names aside, no Portuguese", async () => {
    await setSettings(sysaid.ext, { language: 'en' });
    const page = await sysaid.ext.context.newPage();
    await page.goto(`chrome-extension://${sysaid.ext.extensionId}/team.html`);
    await page.getByRole('heading', { name: 'Team compliance' }).waitFor();
    const empty = join(dir, 'vazio.csv');
    writeFileSync(empty, '');
    await page.getByLabel('SysAid export (CSV or XLSX)').setInputFiles(empty);
    await page.getByText('The file is empty.').waitFor();

    const path = join(dir, 'chamados.csv');
    writeFileSync(path, generateExport({ rows: 120, delimiter: ';' }).csv);
    await page.getByLabel('SysAid export (CSV or XLSX)').setInputFiles(path);
    await page.locator('[data-figure="tickets"]').first().waitFor();
    const agents = await page
      .locator('tr[data-agent]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agent') ?? ''));
    const words = await pageWords(page);
    expect(words).toContain('Non-compliant tickets');
    expect(await page.title()).toBe('Team compliance');
    expect(portugueseIn(words, [...PROCEDURE_WORDS, ...agents]), words).toBeUndefined();
    await page.close();
  });
});
