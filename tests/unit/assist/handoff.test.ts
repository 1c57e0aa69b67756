import { describe, expect, it } from 'vitest';
import { type HandoffState, offerHandoff, requestHandoff } from '../../../lib/page/assist/handoff';
import { BLANK_DRAFT } from '../../../lib/page/drafts/blank';

const key = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]) as Promise<CryptoKey>;
const state = (ticket: string): HandoffState => ({ ticket, draft: BLANK_DRAFT, audit: [] });

/** A page window as both content scripts see it: messages posted in it come back with it as their source. */
function pageWindow(): Window {
  const win = new EventTarget() as unknown as Window & Record<string, unknown>;
  Object.assign(win, {
    crypto,
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
    postMessage: (data: unknown) =>
      setTimeout(() => {
        const event = new Event('message') as MessageEvent;
        Object.defineProperties(event, { data: { value: data }, source: { value: win } });
        win.dispatchEvent(event);
      }),
  });
  return win;
}

describe('update hand-over between content scripts', () => {
  it('an old hand-over recorded by the page cannot be replayed to a later script', async () => {
    const window = pageWindow();
    const k = await key();
    const recorded: unknown[] = [];
    const record = (e: MessageEvent) => {
      if ((e.data as { type?: string })?.type === 'sysaid-assist:handoff') recorded.push(e.data);
    };
    window.addEventListener('message', record);
    const stop = offerHandoff(window, k, () => state('old-ticket'));
    expect((await requestHandoff(window, k, 1000))?.ticket).toBe('old-ticket');
    stop();
    expect(recorded).toHaveLength(1);
    // The page answers the next request with the hand-over it saw before.
    const replay = (e: MessageEvent) => {
      if ((e.data as { type?: string })?.type === 'sysaid-assist:handoff-request')
        window.postMessage(recorded[0], '*');
    };
    window.addEventListener('message', replay);
    try {
      expect(await requestHandoff(window, k, 300)).toBeUndefined();
    } finally {
      window.removeEventListener('message', replay);
      window.removeEventListener('message', record);
    }
  });
});
