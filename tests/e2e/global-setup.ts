import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './support/chromium';
import { EXTENSION_DIR } from './support/extension';
import { checkFirefoxBuild, firefoxPath } from './support/firefox';

/** Fails the run up front, with a clear message, when the browser or the e2e build is missing. */
export default function setup() {
  chromiumPath();
  firefoxPath();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Build de e2e não encontrado em ${EXTENSION_DIR}: rode "npm run build:e2e" antes.`);
  }
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ matches: string[] }>;
  };
  if (!manifest.content_scripts?.some((c) => c.matches.includes('http://127.0.0.1/*'))) {
    throw new Error(
      'O build em .output/chrome-mv3 não é o de e2e (não injeta em 127.0.0.1): rode "npm run build:e2e".',
    );
  }
  checkFirefoxBuild();
}
