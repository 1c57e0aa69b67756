import { browser } from 'wxt/browser';
import type { Reply } from '../../core/messages/protocol';
import type { Message } from '../../core/messages/schema';

/**
 * Sends to the background; the reply is typed by the protocol map. Returns undefined instead of throwing
 * when the extension was reloaded under the page ("context invalidated"): the panel keeps working on what
 * it has in memory.
 */
export async function send<M extends Message>(message: M): Promise<Reply<M['type']> | undefined> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
