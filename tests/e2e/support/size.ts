import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_SCRIPTS } from '../../../lib/core/hosts';

/** What every SysAid page parses, may not grow past this (gzip -9, the main content script + the first read). */
export const CONTENT_SCRIPT_BUDGET_KB = 35;

/** The built scripts a SysAid page gets, in KB gzip (level 9), as `npm test` and `npm run bench` weigh them. */
export async function pageScriptSizes(extensionDir: string) {
  const kb = async (file: string) =>
    gzipSync(await readFile(join(extensionDir, file)), { level: 9 }).length / 1024;
  const main = await kb(PAGE_SCRIPTS.page);
  const firstRead = await kb(PAGE_SCRIPTS.firstRead);
  return { main, firstRead, contentScript: main + firstRead, guard: await kb(PAGE_SCRIPTS.guard) };
}
