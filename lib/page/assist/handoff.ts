import type { Draft } from '../../core/drafts/draft';
import type { AuditMessage } from '../../core/messages/schema';

/** What an old content script hands to the new one inside the page when the extension updates. */
export interface HandoffState {
  ticket: string;
  draft: Draft;
  /** Events the old script could not log any more (its extension context was gone). */
  audit: AuditMessage[];
  /** The one-time token that lets the new gate take over the MAIN-world guard (HeldSaves.rekey). */
  token?: string;
}

const REQUEST = 'sysaid-assist:handoff-request';
const REPLY = 'sysaid-assist:handoff';
/** A request or reply older (or newer) than this is not the update happening now: a replay. */
const FRESH_MS = 30_000;

interface Sealed {
  type: typeof REQUEST | typeof REPLY;
  iv: Uint8Array;
  data: ArrayBuffer;
}
interface Stamp {
  nonce: string;
  at: number;
}

const isSealed = (d: unknown, type: Sealed['type']): d is Sealed =>
  !!d && typeof d === 'object' && (d as Sealed).type === type && (d as Sealed).data instanceof ArrayBuffer;
const fresh = (stamp: Partial<Stamp>, now: number) =>
  typeof stamp.nonce === 'string' && typeof stamp.at === 'number' && Math.abs(now - stamp.at) < FRESH_MS;

async function seal(win: Window, key: CryptoKey, type: Sealed['type'], value: unknown): Promise<Sealed> {
  const iv = win.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  return { type, iv, data: await win.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain) };
}

async function open<T>(win: Window, key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await win.crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: new Uint8Array(sealed.iv) },
    key,
    sealed.data,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/**
 * Answers a newer content script's request with this one's state, encrypted: the page's scripts see
 * the messages but can neither read nor forge them. A request is answered once, and only while fresh,
 * so one the page recorded and plays again gets nothing. Listens without the extension (it may be gone
 * by then). `forged` hears of requests that are not sealed with the key.
 */
export function offerHandoff(
  win: Window,
  key: CryptoKey,
  state: () => HandoffState | undefined,
  forged: () => void = () => {},
): () => void {
  const answered = new Set<string>();
  const onMessage = async (event: MessageEvent) => {
    if (event.source !== win || !isSealed(event.data, REQUEST)) return;
    let stamp: Partial<Stamp>;
    try {
      stamp = await open<Partial<Stamp>>(win, key, event.data);
    } catch {
      return forged();
    }
    if (!fresh(stamp, Date.now()) || answered.has(stamp.nonce as string)) return forged();
    answered.add(stamp.nonce as string);
    const current = state();
    if (!current) return;
    win.postMessage(await seal(win, key, REPLY, { nonce: stamp.nonce, at: Date.now(), state: current }), '*');
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
  const nonce = Array.from(win.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16)).join('');
  return new Promise((resolve) => {
    const finish = (value: HandoffState | undefined) => {
      win.removeEventListener('message', onMessage);
      win.clearTimeout(timer);
      resolve(value);
    };
    const onMessage = async (event: MessageEvent) => {
      if (event.source !== win || !isSealed(event.data, REPLY)) return;
      try {
        const reply = await open<Partial<Stamp> & { state?: HandoffState }>(win, key, event.data);
        // Only the answer to this request, now: a recorded one carries another nonce.
        if (reply.nonce === nonce && fresh(reply, Date.now()) && reply.state) finish(reply.state);
      } catch {
        // not ours, or tampered with: keep waiting for the real one
      }
    };
    const timer = win.setTimeout(() => finish(undefined), timeoutMs);
    win.addEventListener('message', onMessage);
    void seal(win, key, REQUEST, { nonce, at: Date.now() } satisfies Stamp).then((request) =>
      win.postMessage(request, '*'),
    );
  });
}
