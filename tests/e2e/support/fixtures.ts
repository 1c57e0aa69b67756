import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type Submission, type SysaidServer, startSysaidServer } from '../../fixtures/server';
import { clearSettings, type ExtensionBrowser, launchExtension } from './extension';

/** One Chromium with the extension and one replica server per test file; fresh state per test. */
export function useSysaid() {
  const env = {} as { ext: ExtensionBrowser; server: SysaidServer };
  beforeAll(async () => {
    env.server = await startSysaidServer();
    env.ext = await launchExtension();
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  beforeEach(async () => {
    env.server.reset();
    await clearSettings(env.ext);
    for (const page of env.ext.context.pages()) await page.close();
  });
  return {
    get ext() {
      return env.ext;
    },
    get server() {
      return env.server;
    },
    /** A new ticket on the classic replica, with the panel mounted (`channelGroup`: its name in the UI language). */
    async openTicket(query = '', channelGroup = 'Canal') {
      const page = await env.ext.context.newPage();
      await page.goto(`${env.server.url}/SREdit.jsp?id=0&SR_Type=1${query}`);
      await page.getByRole('radiogroup', { name: channelGroup }).waitFor({ timeout: 15_000 });
      return page;
    },
    /**
     * The modern Classic SysAid in one tab, as agents use it: the shell, the list in iframe#contentFrame,
     * "Novo", and the ticket form with the panel. `form` is a query string for a replica variant.
     */
    async openModern(form?: string) {
      const page = await env.ext.context.newPage();
      const hash = form === undefined ? '' : `#SREdit.jsp?id=0&SR_Type=1&templateID=3${form}`;
      await page.goto(`${env.server.url}/m/index.jsp${hash}`);
      const frame = page.frame({ name: 'contentFrame' });
      if (!frame) throw new Error('the shell has no iframe#contentFrame');
      if (form === undefined) await frame.getByRole('link', { name: 'Novo' }).click();
      await frame.getByRole('radiogroup', { name: 'Canal' }).waitFor({ timeout: 15_000 });
      return { page, frame };
    },
    /** Waits until the panel's draft holding `text` is in the browser's memory (written after typing stops). */
    async draftKept(text: string) {
      // Up to a few seconds: a duplicated tab writes once it knows the original still has its tab id.
      await expect.poll(() => sessionStorageText(env.ext), { timeout: 5000 }).toContain(text);
    },
    /** Waits until no draft in the browser's memory holds `text` (discarded, or gone after a save). */
    async draftGone(text: string) {
      await expect.poll(() => sessionStorageText(env.ext)).not.toContain(text);
    },
    /**
     * Asserts that no draft comes to hold `text` while a page would have written it (drafts are written
     * 250 ms after typing stops): like `noSaveArrives`, a write that never happens leaves no event to wait on.
     */
    async draftNeverHolds(text: string, windowMs = 1000) {
      const until = Date.now() + windowMs;
      while (Date.now() < until) expect(await sessionStorageText(env.ext)).not.toContain(text);
    },
    /**
     * Asserts that nothing reached SysAid. A refused save leaves no event to wait on, so this gives one
     * that slipped through the time to arrive: the only fixed wait the suite keeps, and on purpose.
     */
    async noSaveArrives(graceMs = 500) {
      await new Promise((r) => setTimeout(r, graceMs));
      expect(env.server.submissions()).toEqual([]);
    },
    submissions(): Submission[] {
      return env.server.submissions();
    },
    /** Waits until SysAid has received exactly one save, and returns it. */
    async received(): Promise<Submission> {
      await expect.poll(() => env.server.submissions().length, { timeout: 10_000 }).toBe(1);
      const [saved] = env.server.submissions();
      if (!saved) throw new Error('no save reached the server');
      return saved;
    },
  };
}

/** Everything in the extension's storage.session, as one string to search. */
function sessionStorageText(ext: {
  worker: { evaluate<T>(fn: () => Promise<T>): Promise<T> };
}): Promise<string> {
  return ext.worker.evaluate(async () =>
    JSON.stringify(
      await (
        globalThis as unknown as {
          chrome: { storage: { session: { get(k: null): Promise<object> } } };
        }
      ).chrome.storage.session.get(null),
    ),
  );
}
