import type { Draft } from '../drafts/draft';
import type { AuditMessage } from '../messages/schema';

/** What an old content script hands to the new one inside the page when the extension updates. */
export interface HandoffState {
  ticket: string;
  draft: Draft;
  /** Events the old script could not log any more (its extension context was gone). */
  audit: AuditMessage[];
}

const REQUEST = 'sysaid-assist:handoff-request';
const REPLY = 'sysaid-assist:handoff';

interface Reply {
  type: typeof REPLY;
  iv: Uint8Array;
  data: ArrayBuffer;
}

const isReply = (d: unknown): d is Reply =>
  !!d && typeof d === 'object' && (d as Reply).type === REPLY && (d as Reply).data instanceof ArrayBuffer;

/**
 * Answers a newer content script's request with this one's state, encrypted: the page's scripts see
 * the messages but cannot read them. Listens without the extension (it may be gone by then).
 */
export function offerHandoff(win: Window, key: CryptoKey, state: () => HandoffState | undefined): () => void {
  const onMessage = async (event: MessageEvent) => {
    if (event.source !== win || (event.data as { type?: string })?.type !== REQUEST) return;
    const current = state();
    if (!current) return;
    const iv = win.crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify(current));
    const data = await win.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
    win.postMessage({ type: REPLY, iv, data } satisfies Reply, '*');
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

/** Asks an older content script in this page for its state; undefined when none answers in time. */
export function requestHandoff(
  win: Window,
  key: CryptoKey,
  timeoutMs: number,
): Promise<HandoffState | undefined> {
  return new Promise((resolve) => {
    const finish = (value: HandoffState | undefined) => {
      win.removeEventListener('message', onMessage);
      win.clearTimeout(timer);
      resolve(value);
    };
    const onMessage = async (event: MessageEvent) => {
      if (event.source !== win || !isReply(event.data)) return;
      try {
        const plain = await win.crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: new Uint8Array(event.data.iv) },
          key,
          event.data.data,
        );
        finish(JSON.parse(new TextDecoder().decode(plain)) as HandoffState);
      } catch {
        // not ours, or tampered with: keep waiting for the real one
      }
    };
    const timer = win.setTimeout(() => finish(undefined), timeoutMs);
    win.addEventListener('message', onMessage);
    win.postMessage({ type: REQUEST }, '*');
  });
}
