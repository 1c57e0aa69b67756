import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext as PageContext } from '../../lib/page/content-script-context-page';

/*
 * The ticket page's content script runs on lib/page/content-script-context-page.ts instead of WXT's class
 * (wxt.config.ts). It must stop and be stopped by the other version's script across an update, and have
 * every member the code calls on `ctx`: TypeScript sees WXT's type there, so only this test can tell.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the page content script context', () => {
  it('has every member the extension uses on a content script context', () => {
    const used = new Set<string>();
    for (const file of [...sources('lib'), ...sources('entrypoints')]) {
      const text = readFileSync(file, 'utf8');
      for (const [, member] of text.matchAll(/\bctx\??\.(\w+)/g)) used.add(member as string);
      for (const [, names] of text.matchAll(/(?:Pick|Omit)<\s*ContentScriptContext,([^>]+)>/g))
        for (const [, member] of (names as string).matchAll(/'(\w+)'/g)) used.add(member as string);
    }
    // The phases get the context as their `Life` (lib/page/assist/phases/sequence.ts).
    const life =
      readFileSync('lib/page/assist/phases/sequence.ts', 'utf8').match(/interface Life \{([^}]*)\}/)?.[1] ??
      '';
    for (const [, member] of life.matchAll(/readonly (\w+)/g)) used.add(member as string);
    // Other objects named ctx (zod refinements, the rules' contexts) have members WXT's class lacks.
    const contextMembers = [...used].filter((member) => member in WxtContext.prototype);
    expect(contextMembers).toEqual(expect.arrayContaining(['addEventListener', 'isInvalid', 'signal']));
    const page = new PageContext('sysaid');
    expect(contextMembers.filter((member) => !(member in page))).toEqual([]);
  });

  it('an update: the new script stops the old one, whichever class each was built with', () => {
    const old = new WxtContext('sysaid');
    const page = new PageContext('sysaid');
    expect(old.signal.aborted).toBe(true);
    expect(page.isInvalid).toBe(false);
    const newer = new WxtContext('sysaid');
    expect(page.isInvalid).toBe(true);
    expect(newer.isInvalid).toBe(false);
    // Another content script of the extension (the save gate's) is not this one's successor.
    const next = new PageContext('sysaid');
    new PageContext('sysaid-guard');
    expect(next.isInvalid).toBe(false);
    newer.abort();
  });

  it('SysAid moving to another address in place fires wxt:locationchange, until the context goes', () => {
    vi.useFakeTimers();
    try {
      const page = new PageContext('sysaid');
      const moves: string[] = [];
      page.addEventListener(window, 'wxt:locationchange', () => moves.push(location.search));
      history.pushState({}, '', '/SREdit.jsp?id=1002');
      vi.advanceTimersByTime(1000);
      expect(moves).toEqual(['?id=1002']);
      new PageContext('sysaid'); // a newer script: this one stops listening
      history.pushState({}, '', '/SREdit.jsp?id=1003');
      vi.advanceTimersByTime(2000);
      expect(moves).toEqual(['?id=1002']);
    } finally {
      vi.useRealTimers();
    }
  });
});
