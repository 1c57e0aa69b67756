import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve('tests/fixtures/sysaid');

/**
 * Loads a committed replica page into the test document and runs its scripts, the way the server
 * and a browser would (boot data injected, then catalog, widgets and page script in order).
 */
const PAGES = {
  classic: { file: 'classic/SREdit.html', scripts: ['shared/stylish-select.js', 'classic/sr-edit.js'] },
  modern: { file: 'modern/SREdit.html', scripts: ['shared/stylish-select.js', 'modern/sr-form.js'] },
  spaces: { file: 'spaces/ticket.html', scripts: ['spaces/spaces.js'] },
};

export function loadReplica(page: keyof typeof PAGES, variant: Record<string, unknown> = {}) {
  const { file, scripts: own } = PAGES[page];
  const html = readFileSync(resolve(ROOT, file), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, '');
  const w = window as unknown as Record<string, unknown>;
  w.__TICKET__ = { id: '0', values: {} };
  w.__VARIANT__ = { catDelay: 0, ...variant };
  const scripts = ['catalog.js', ...own];
  for (const script of scripts) new Function(readFileSync(resolve(ROOT, script), 'utf8'))();
}
