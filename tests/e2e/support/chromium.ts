import { existsSync } from 'node:fs';

/** Chromium to drive: CHROME_PATH, else Debian's package. Never skips: no browser is a failure. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium não encontrado em ${path}. Instale com "sudo apt-get update && sudo apt-get install -y chromium" ` +
        'ou aponte CHROME_PATH para um Chromium (o Google Chrome de marca ignora --load-extension desde a versão 137).',
    );
  }
  return path;
}

/** Flags for a closed network: no background traffic, no first-run UI. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
  '--lang=pt-BR',
];
