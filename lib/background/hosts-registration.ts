import { browser } from 'wxt/browser';
import { PAGE_SCRIPTS } from '../core/hosts';

const ID = 'custom-sysaid-hosts';

/** "https://sysaid.assefaz.org.br" → "https://sysaid.assefaz.org.br/*" */
export function originToMatch(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * A team's own SysAid host: the content scripts are registered for it once the agent granted the
 * optional host permission (options page), so no broad host access ships in the manifest.
 */
export async function registerCustomHosts(origins: string[]): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const matches: string[] = [];
  for (const origin of origins) {
    try {
      const match = originToMatch(origin);
      if (await browser.permissions.contains({ origins: [match] })) matches.push(match);
    } catch {
      // an invalid origin is reported by the options page; nothing to register
    }
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID, `${ID}-guard`] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (!matches.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: ID,
      matches,
      // As in the manifest: the first read before the main script, both at document_start (the save gate
      // stands before SysAid's first script).
      js: [PAGE_SCRIPTS.firstRead, PAGE_SCRIPTS.page],
      allFrames: true,
      runAt: 'document_start',
    },
    {
      id: `${ID}-guard`,
      matches,
      js: [PAGE_SCRIPTS.guard],
      allFrames: true,
      runAt: 'document_start',
      world: 'MAIN',
    },
  ] as Parameters<typeof browser.scripting.registerContentScripts>[0]);
}
