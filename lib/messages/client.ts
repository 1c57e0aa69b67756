import { browser } from 'wxt/browser';
import type { Message } from './schema';

/**
 * Sends to the background. Returns undefined instead of throwing when the extension was reloaded
 * under the page ("context invalidated"): the panel keeps working on what it has in memory.
 */
export async function send<T = unknown>(message: Message): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as T;
  } catch {
    return undefined;
  }
}
