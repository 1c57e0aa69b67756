import type { Draft } from '../drafts/draft';
import type { Config } from '../settings/config';
import type { Message } from './schema';

/**
 * What the background answers to each runtime message (lib/core/messages/README.md lists every channel). Types
 * only: pages import this without bundling zod. A message type without a reply here fails the type check.
 */
interface Replies {
  'config:get': Config;
  'draft:get': Draft | null;
  'draft:put': boolean;
  'draft:remove': boolean;
  'mapping:pick': boolean;
  'leadTools:open': boolean;
  /** The form report's text; undefined when the script could not run in that frame. */
  'report:build': string | undefined;
  'inactivity:start': boolean;
  'inactivity:stop': boolean;
  audit: boolean;
}

export type MessageType = Message['type'];

/** Each message type's request (as the schema validates it) and reply. */
export type Protocol = {
  [K in MessageType]: { request: Extract<Message, { type: K }>; reply: Replies[K] };
};

export type Request<K extends MessageType> = Protocol[K]['request'];
export type Reply<K extends MessageType> = Protocol[K]['reply'];
