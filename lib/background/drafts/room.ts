import { DRAFT_PREFIX } from '../../page/drafts/draft-keys';

/** What drafts are kept in: storage.session, or a stand-in with the same three calls. */
export interface DraftArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const isQuotaError = (error: unknown) => /quota/i.test(String(error));

interface Stored {
  updatedAt?: unknown;
  savedAt?: unknown;
  leftAt?: unknown;
  sent?: unknown;
}

/** What drafts may take in storage.session before a write is refused (Chromium's quota: 10 MB). */
const QUOTA_BYTES = 10 * 1024 * 1024;

/**
 * Which drafts give way when the browser's memory for drafts is full (10 MB in Chromium; a chat
 * conversation may be 1 MB): first the calls already saved to SysAid, then the others, oldest first.
 * Never `keep`, the ticket being written, nor a call whose save is on its way or was never taken.
 */
export function evictionOrder(all: Record<string, unknown>, keep: string): string[] {
  const drafts = Object.entries(all)
    .filter(([k]) => k.startsWith(DRAFT_PREFIX) && k !== keep)
    .map(([key, v]) => ({ key, d: (v ?? {}) as Stored }))
    // A save on its way or one SysAid never took ("Recuperar o atendimento não salvo") never gives way.
    .filter(({ d }) => d.sent === undefined)
    .map(({ key, d }) => {
      const saved = d.savedAt !== undefined || d.leftAt !== undefined;
      return { key, saved, at: typeof d.updatedAt === 'number' ? d.updatedAt : 0 };
    });
  drafts.sort((a, b) => Number(b.saved) - Number(a.saved) || a.at - b.at);
  return drafts.map((d) => d.key);
}

/**
 * Writes a draft; when the browser says its memory is full, older drafts give way one at a time
 * (evictionOrder) until the current ticket fits. Rejects only when it does not fit even alone.
 */
export async function putMakingRoom(area: DraftArea, key: string, value: unknown): Promise<void> {
  try {
    return await area.set({ [key]: value });
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    // Too big even alone: nothing else is thrown away for it.
    if (JSON.stringify(value).length + key.length > QUOTA_BYTES) throw error;
  }
  const order = evictionOrder(await area.get(null), key);
  for (const victim of order) {
    await area.remove([victim]);
    try {
      return await area.set({ [key]: value });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
    }
  }
  await area.set({ [key]: value });
}
