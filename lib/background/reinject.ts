import { browser } from 'wxt/browser';
import { PAGE_SCRIPTS } from '../core/hosts';

const GUARD_FILE = `/${PAGE_SCRIPTS.guard}` as const;
const PAGE_FILE = `/${PAGE_SCRIPTS.page}` as const;

/** Where the manifest runs the page scripts: the cloud hosts and any a release or the e2e build baked in. */
export function manifestMatches(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return [...new Set(scripts.flatMap((script) => script.matches ?? []))];
}

/**
 * After an install, update or reload, SysAid tabs already open still run the old content script,
 * whose extension context is gone. Injecting the new scripts gives them a working guard and panel
 * again without the agent reloading (and losing) the ticket; the old script hands over its state.
 */
export async function reinjectIntoOpenTabs(matches: string[]): Promise<number> {
  if (!browser.scripting?.executeScript || !matches.length) return 0;
  let injected = 0;
  // A tab still loading gets the new manifest scripts by itself; injecting into it as well raced its load.
  const tabs = await browser.tabs.query({ url: matches, status: 'complete' }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    const target = { tabId: tab.id, allFrames: true };
    try {
      await browser.scripting.executeScript({
        target,
        files: [GUARD_FILE],
        world: 'MAIN',
        injectImmediately: true,
      } as Parameters<typeof browser.scripting.executeScript>[0]);
      await browser.scripting.executeScript({ target, files: [PAGE_FILE], injectImmediately: true });
      injected++;
    } catch {
      // a tab showing an error page or one we may not script: it gets the scripts on its next load
    }
  }
  return injected;
}
