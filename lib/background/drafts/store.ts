import { browser } from 'wxt/browser';
import { draftSchema } from '../../core/drafts/draft';
import { DRAFT_PREFIX } from '../../page/drafts/draft-keys';
import { putMakingRoom } from './room';

/**
 * The background's side of drafts: storage.session (memory only, emptied when the browser closes or
 * the extension updates; LGPD). Nothing personal is ever written to storage.local: across an update
 * the open page hands its state to the new content script itself (lib/page/assist/handoff.ts).
 */
export async function openDraftsToContentScripts(): Promise<void> {
  try {
    await browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
  } catch {
    // not supported here (Firefox): pages fall back to messages
  }
}

export async function getDraftByKey(key: string) {
  if (!key.startsWith(DRAFT_PREFIX)) return null;
  const parsed = draftSchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

export async function putDraftByKey(key: string, draft: unknown): Promise<boolean> {
  if (!key.startsWith(DRAFT_PREFIX)) return false;
  await putMakingRoom(browser.storage.session, key, draftSchema.parse(draft));
  return true;
}

export async function removeDrafts(keys: string[]): Promise<void> {
  await browser.storage.session.remove(keys.filter((k) => k.startsWith(DRAFT_PREFIX)));
}

/** Forgets drafts older than a shift: their calls are long over. */
export async function sweepDrafts(ttlMs: number, now = Date.now()): Promise<number> {
  const all = await browser.storage.session.get(null);
  const expired = Object.entries(all)
    .filter(([k]) => k.startsWith(DRAFT_PREFIX))
    .filter(([, v]) => {
      const updatedAt = (v as { updatedAt?: unknown } | null)?.updatedAt;
      return typeof updatedAt !== 'number' || now - updatedAt >= ttlMs;
    })
    .map(([k]) => k);
  if (expired.length) await browser.storage.session.remove(expired);
  return expired.length;
}
