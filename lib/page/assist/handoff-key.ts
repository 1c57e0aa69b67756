import { browser } from 'wxt/browser';

/**
 * A random AES key (not personal data) in storage.local, so the state an old content script hands to
 * the new one through the page (after an update) is unreadable to the page's own scripts.
 */
export const HANDOFF_KEY = 'handoffKey';

export async function ensureHandoffKey(): Promise<void> {
  if ((await browser.storage.local.get(HANDOFF_KEY))[HANDOFF_KEY]) return;
  const raw = crypto.getRandomValues(new Uint8Array(32));
  await browser.storage.local.set({ [HANDOFF_KEY]: btoa(String.fromCharCode(...raw)) });
}

export async function importHandoffKey(encoded: unknown): Promise<CryptoKey | undefined> {
  if (typeof encoded !== 'string') return undefined;
  try {
    const raw = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    return await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } catch {
    return undefined;
  }
}

/** The key from storage.local; undefined when there is none or the extension is gone. */
export function readHandoffKey(): Promise<CryptoKey | undefined> {
  return browser.storage.local
    .get(HANDOFF_KEY)
    .then((stored) => importHandoffKey(stored[HANDOFF_KEY]))
    .catch(() => undefined);
}
