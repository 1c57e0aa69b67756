/**
 * `npm start`: builds the extension, serves the SysAid demo form on 127.0.0.1 and opens Chromium with
 * the extension loaded. With a display it stays open for you to try; without one it walks through
 * tickets headless, prints what the extension did and saves screenshots.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startSysaidServer } from '../tests/fixtures/server';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const EXTENSION = resolve('.output/chrome-mv3');
const SHOTS = resolve('docs/screenshots');

function step(text: string) {
  console.log(`▶ ${text}`);
}

if (!existsSync(CHROME)) {
  console.error(
    `Chromium não encontrado em ${CHROME}.\n` +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Ou aponte CHROME_PATH para um Chromium/Edge. O Google Chrome de marca ignora --load-extension\n' +
      '  desde a versão 137: nele, carregue .output/chrome-mv3 em chrome://extensions > "Carregar sem compactação".',
  );
  process.exit(1);
}

step('Gerando a extensão (npm run build:e2e)…');
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startSysaidServer(Number(process.env.PORT ?? 8765)).catch(async () =>
  startSysaidServer(0),
);
const demo = `${server.url}/index.jsp#/SREdit.jsp?id=0&SR_Type=1`;
const modernDemo = `${server.url}/m/index.jsp`;
step(`SysAid de demonstração (Classic moderno: lista → Novo → chamado) em ${modernDemo}`);
step(`Formulário Classic antigo em ${demo}`);

const headed =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) &&
  !process.env.CI &&
  !process.argv.includes('--headless');
const context = await chromium.launchPersistentContext(
  await mkdtemp(join(tmpdir(), 'sysaid-assist-start-')),
  {
    executablePath: CHROME,
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 900 },
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    args: [
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
  },
);

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(modernDemo);
  step('Chromium aberto com a extensão. Feche a janela (ou Ctrl+C) para encerrar.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

mkdirSync(SHOTS, { recursive: true });
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  console.log(`  📷 docs/screenshots/${name}.png`);
};
const panelText = (page: Page, role: 'radiogroup' | 'alert', name?: string) =>
  page.getByRole(role, name ? { name } : undefined).first();

try {
  const page = await context.newPage();
  await page.goto(`${server.url}/SREdit.jsp?id=0&SR_Type=1`);
  await panelText(page, 'radiogroup', 'Canal').waitFor({ timeout: 15_000 });
  step('Painel montado no formulário (sysaid-assist).');
  await shot(page, '1-painel');

  await page.getByRole('radio', { name: 'Ligação ativa / Callback', exact: true }).check();
  await page.getByRole('radio', { name: 'Resolvido no atendimento', exact: true }).check();
  await page.getByRole('textbox', { name: 'CPF', exact: true }).fill('52998224725');
  await page.getByRole('textbox', { name: 'Nome completo', exact: true }).fill('Maria Aparecida da Silva');
  await page.getByRole('textbox', { name: 'Data de nascimento', exact: true }).fill('01021980');
  await page.getByRole('textbox', { name: 'Plano Assefaz', exact: true }).fill('Assefaz Nacional');
  await page.waitForTimeout(2500);
  const caption = (field: string) => page.locator(`.${field}_CustomSelect > .selectedTxt`).textContent();
  step(
    `Canal Ligação ativa / Desfecho Resolvido: o SysAid ficou com Ligação Ativa / Callback = ${await caption('custList1')}, ` +
      `categoria ${await caption('problem_type')} > ${await caption('subcategory')} > ${await caption('thirdLevelCategory')}, ` +
      `status ${await caption('status')}, CPF ${await page.locator('#CustomColumn79sr').inputValue()}.`,
  );
  await shot(page, '2-callback-preenchido');

  await page.locator('table#ApplyBtn td.center').click();
  const alert = panelText(page, 'alert');
  await alert.waitFor({ timeout: 5000 });
  const missing = (await alert.locator('li').allTextContents()).join('; ');
  step(`Salvar sem o nome da mãe foi bloqueado. O aviso lista: ${missing}`);
  step(`Registros recebidos pelo SysAid até agora: ${server.submissions().length}.`);
  await shot(page, '3-salvamento-bloqueado');

  await page.getByRole('textbox', { name: 'Nome da mãe', exact: true }).fill('Ana Maria da Silva');
  await page.waitForTimeout(800);
  await page.locator('table#ApplyBtn td.center').click();
  await page.waitForURL(/id=\d{4}/, { timeout: 10_000 });
  const saved = server.submissions().at(-1);
  step(`Salvo. O SysAid recebeu o chamado #${saved?.id}:`);
  for (const [k, v] of Object.entries({ ...saved?.fields, ...saved?.captions })) {
    if (v) console.log(`    ${k} = ${String(v).replace(/\r?\n/g, ' ⏎ ')}`);
  }
  await panelText(page, 'radiogroup', 'Canal').waitFor();
  await shot(page, '4-salvo');

  const chat = await context.newPage();
  await chat.goto(`${server.url}/SREdit.jsp?id=0&SR_Type=1`);
  await panelText(chat, 'radiogroup', 'Canal').waitFor({ timeout: 15_000 });
  await chat.getByRole('radio', { name: 'Chat', exact: true }).check();
  await chat.getByRole('radio', { name: 'Encaminhado aos setores', exact: true }).check();
  await chat.getByRole('textbox', { name: 'Protocolo do chat', exact: true }).fill('2024 1105 1234 5678 901');
  await chat
    .getByRole('textbox', { name: 'Conversa', exact: true })
    .fill('Beneficiário: Olá, preciso de autorização.\nOperador: Bom dia! Vou verificar.');
  await chat.getByRole('textbox', { name: 'Protocolo do chat', exact: true }).blur();
  await chat.waitForTimeout(800);
  step('Chat com protocolo de 19 dígitos: o painel avisa o erro em português.');
  await shot(chat, '5-chat-protocolo-invalido');
  await chat.close();

  const worker = context.serviceWorkers()[0];
  const id = worker ? new URL(worker.url()).host : '';
  if (id) {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    step('Página de opções (atendente, pausas, mapeamento, procedimentos, relatório de conformidade).');
    await options.setViewportSize({ width: 1280, height: 1400 });
    await shot(options, '6-opcoes');
  }
  step('Demonstração concluída.');
} finally {
  await context.close();
  await server.close();
}
