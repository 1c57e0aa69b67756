import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStamp } from '../../lib/core/rules/stamp';
import { asWindows1252, generateExport } from '../fixtures/exports/generate';
import { writeExport } from '../fixtures/exports/write';
import { useSysaid } from './support/fixtures';
import { completeOutcome } from './support/outcomes';
import { clickSave } from './support/ticket';

const sysaid = useSysaid();
const dir = mkdtempSync(join(tmpdir(), 'team-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = promisify(execFile);

async function cli(...args: string[]) {
  const { stdout } = await run(resolve('node_modules/.bin/tsx'), [resolve('scripts/audit.ts'), ...args]);
  return stdout;
}

async function teamPage(): Promise<Page> {
  const page = await sysaid.ext.context.newPage();
  await page.goto(`chrome-extension://${sysaid.ext.extensionId}/team.html`);
  await page.getByRole('heading', { name: 'Conformidade da equipe' }).waitFor();
  return page;
}

const figure = (page: Page, id: string) =>
  page.locator(`[data-figure="${id}"] .value, span[data-figure="${id}"]`).first();

/** The page's figures, per agent and per check, against what `npm run audit -- --json` printed. */
async function expectCliFigures(page: Page, printed: Record<string, unknown>) {
  for (const key of ['tickets', 'inScope', 'compliant', 'nonCompliant', 'outOfScope', 'stamped'])
    expect(Number(await figure(page, key).textContent()), key).toBe(printed[key]);
  for (const [agent, numbers] of Object.entries(printed.byAgent as Record<string, Record<string, number>>)) {
    const cells = await page.locator(`tr[data-agent="${agent}"] td`).allTextContents();
    expect(cells.slice(0, 3).map(Number), agent).toEqual([
      numbers.tickets,
      numbers.compliant,
      numbers.nonCompliant,
    ]);
  }
  for (const [check, failures] of Object.entries(printed.byCheck as Record<string, number>))
    expect(await page.locator(`tr[data-check="${check}"] td`).nth(1).textContent(), check).toBe(
      String(failures),
    );
}

/** Clicks "Exportar lista (CSV)" and reads the downloaded file's lines (the header first). */
async function downloadList(page: Page, timeout = 30_000): Promise<string[]> {
  const download = page.waitForEvent('download', { timeout });
  await page.getByRole('button', { name: 'Exportar lista (CSV)' }).click();
  const file = await (await download).path();
  return readFileSync(file, 'utf8').trim().split('\r\n');
}

describe('team compliance: the audit of a SysAid export', () => {
  it('the page audits an export in real Chromium and shows the numbers the CLI prints for the same file', async () => {
    const { csv, expected } = generateExport({ rows: 600, delimiter: ',' });
    const path = join(dir, 'chamados-1252.csv');
    writeFileSync(path, asWindows1252(csv)); // SysAid on an older server: Windows-1252
    const printed = JSON.parse(await cli(path, '--json'));
    expect(printed).toMatchObject(expected);

    const page = await teamPage();
    await page.getByLabel('Exportação do SysAid (CSV ou XLSX)').setInputFiles(path);
    await figure(page, 'tickets').waitFor();
    await expectCliFigures(page, printed);
    expect(await page.locator('.heatmap tbody tr').count()).toBe(Object.keys(printed.byAgent).length);
    expect(await page.getByRole('img', { name: 'Por atendente' }).count()).toBe(1);
    // The list of non-compliant tickets goes out as CSV, every row of it.
    const lines = await downloadList(page);
    expect(lines.length - 1).toBe(printed.nonCompliant);
    expect(lines.join('\n')).not.toMatch(/\d{3}\.\d{3}\.\d{3}-\d{2}/);
  });

  it('a 300 MB export: the page shows its progress, then the figures the CLI prints, and the whole list', async () => {
    // Chat-sized descriptions, as a call center's months of tickets: about 160 000 of them.
    const path = join(dir, 'chamados-300mb.csv');
    try {
      const size = await writeExport(path, { rows: 160_000, realistic: true, days: 180 });
      expect(size).toBeGreaterThan(290 * 1024 * 1024);
      const printed = JSON.parse(await cli(path, '--json'));
      const page = await teamPage();
      await page.getByLabel('Exportação do SysAid (CSV ou XLSX)').setInputFiles(path);
      // Progress by bytes while the worker reads: "Auditando: 12 de 300 MB (6.000 chamados)".
      await page.getByText(/^Auditando: [\d.,]+ de 30\d MB \([\d.]+ chamados\)$/).waitFor();
      expect(await page.getByRole('progressbar').getAttribute('max')).toBe(String(size));
      await figure(page, 'tickets').waitFor({ timeout: 60_000 });
      await expectCliFigures(page, printed);
      expect(await figure(page, 'stampContradicted').textContent()).toBe(String(printed.stampContradicted));
      // 200 on screen; the download has every one of the tens of thousands.
      expect(await page.locator('table.list tbody tr').count()).toBe(200);
      await page
        .getByText(`Mostrando os primeiros 200 de ${printed.nonCompliant}.`, { exact: false })
        .waitFor();
      const lines = await downloadList(page, 60_000);
      expect(lines.length - 1).toBe(printed.nonCompliant);
    } finally {
      rmSync(path, { force: true });
    }
  }, 90_000);

  it('the stamp a real save writes into the ticket is found again by the audit of its export', async () => {
    const page = await sysaid.openTicket();
    await completeOutcome(page, 'callback', 'resolved');
    await clickSave(page, 'OKBtn');
    const saved = await sysaid.received();
    const description = (saved.fields.desc ?? '').replace(/\r\n/g, '\n');
    const stamp = parseStamp(description);
    expect(stamp).toMatchObject({
      playbookId: 'callback',
      channel: 'callback',
      outcome: 'resolved',
      result: 'conforme',
    });
    expect(description.match(/\[Assefaz-Guia\]/g)).toHaveLength(1);
    // What SysAid's list export would hold for that ticket.
    const c = saved.captions;
    const header =
      'ID;Categoria;Subcategoria;Categoria de terceiro nível;Status;Grupo admin;Usuário que enviou;Data de abertura;Descrição;Ligação Ativa / Callback;Consulta beneficiário (CPF)';
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const row = [
      '501',
      c.problem_type,
      c.subcategory,
      c.thirdLevelCategory,
      c.status,
      c.assigned_group,
      'joana.lima',
      '24/11/2026 10:15',
      description,
      c.custList1,
      saved.fields.CustomColumn79sr ?? '',
    ].map((v) => quote(v ?? ''));
    const path = join(dir, 'um-chamado.csv');
    writeFileSync(path, `${header}\r\n${row.join(';')}\r\n`);
    const printed = JSON.parse(await cli(path, '--json'));
    expect(printed).toMatchObject({ tickets: 1, stamped: 1, compliant: 1, nonCompliant: 0, outOfScope: 0 });
  });

  it('bad input: an empty file, then a renamed column the lead maps once and the page remembers', async () => {
    const page = await teamPage();
    const empty = join(dir, 'vazio.csv');
    writeFileSync(empty, '');
    await page.getByLabel('Exportação do SysAid (CSV ou XLSX)').setInputFiles(empty);
    await page.getByRole('alert').getByText('O arquivo está vazio.').waitFor();

    const { csv, expected } = generateExport({ rows: 50 });
    const renamed = join(dir, 'renomeado.csv');
    writeFileSync(renamed, csv.replace('Grupo admin', 'Equipe responsável'));
    await page.getByLabel('Exportação do SysAid (CSV ou XLSX)').setInputFiles(renamed);
    await page
      .getByRole('alert')
      .getByText(/Faltam colunas na exportação: Grupo admin\./)
      .waitFor();
    await page.getByLabel('Grupo admin').selectOption('Equipe responsável');
    await page.getByRole('button', { name: 'Guardar e auditar de novo' }).click();
    await expect.poll(() => figure(page, 'compliant').textContent()).toBe(String(expected.compliant));

    const again = await teamPage();
    await again.getByLabel('Exportação do SysAid (CSV ou XLSX)').setInputFiles(renamed);
    await expect.poll(() => figure(again, 'tickets').textContent()).toBe(String(expected.tickets));
  });

  it('a large export shows progress and can be cancelled; the page stays responsive meanwhile', async () => {
    const { csv } = generateExport({ rows: 150_000 });
    const path = join(dir, 'grande.csv');
    writeFileSync(path, csv);
    const page = await teamPage();
    await page.getByLabel('Exportação do SysAid (CSV ou XLSX)').setInputFiles(path);
    await page.getByRole('progressbar').waitFor();
    // The page answers while the worker audits: a click on the link is handled at once.
    expect(await page.evaluate(() => document.title)).toBe('Conformidade da equipe');
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    expect(await page.locator('[data-figure]').count()).toBe(0);
  });
});
