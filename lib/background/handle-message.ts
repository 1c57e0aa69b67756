import { browser } from 'wxt/browser';
import type { MessageType, Reply, Request } from '../core/messages/protocol';
import { messageSchema } from '../core/messages/schema';
import type { FieldKey } from '../core/procedures/vocabulary';
import { draftHostOf } from '../page/drafts/draft-keys';
import { recordAudit } from './audit/log';
import { getDraftByKey, putDraftByKey, removeDrafts } from './drafts/store';
import { buildFormReport, openLeadTools, pickFieldSelector } from './lead-tools';
import { startInactivity, stopInactivity } from './schedule/alarms';
import { configForPages } from './settings/page-config';
import { loadSettings, saveSettings } from './settings/store';

type Sender = { id?: string; tab?: { id?: number }; frameId?: number; url?: string };

/** One handler per message type (lib/core/messages/protocol.ts): a missing type or a wrong reply fails the type check. */
type Handlers = { [K in MessageType]: (message: Request<K>, sender: Sender) => Promise<Reply<K>> | Reply<K> };

const handlers: Handlers = {
  'config:get': () => configForPages(),
  'mapping:pick': async (message, sender) => {
    if (sender.tab?.id === undefined) return false;
    const selector = await pickFieldSelector(sender.tab.id, sender.frameId ?? 0);
    return selector ? setMapping(message.field, selector) : false;
  },
  // A draft holds a caller's data: only a page of the SysAid host it belongs to may read or change it.
  'draft:get': (message, sender) =>
    ownDraftKey(message.key, sender.url) ? getDraftByKey(message.key) : null,
  'draft:put': async (message, sender) =>
    ownDraftKey(message.key, sender.url) && putDraftByKey(message.key, message.draft),
  'draft:remove': async (message, sender) => {
    await removeDrafts(message.keys.filter((k) => ownDraftKey(k, sender.url)));
    return true;
  },
  'inactivity:start': async (_, sender) => {
    if (sender.tab?.id !== undefined)
      await startInactivity(sender.tab.id, (await loadSettings()).settings.inactivity);
    return true;
  },
  'inactivity:stop': async (_, sender) => {
    if (sender.tab?.id !== undefined) await stopInactivity(sender.tab.id);
    return true;
  },
  'leadTools:open': (_, sender) =>
    sender.tab?.id === undefined ? false : openLeadTools(sender.tab.id, sender.frameId ?? 0),
  'report:build': (_, sender) =>
    sender.tab?.id === undefined ? undefined : buildFormReport(sender.tab.id, sender.frameId ?? 0),
  audit: async (message) => {
    await recordAudit(message.event, (await loadSettings()).settings.agentName);
    return true;
  },
};

/**
 * Every message the background answers. Only this extension's own pages and content scripts are
 * heard, and only in a shape the schema knows; anything else gets no answer.
 */
export async function handleMessage(raw: unknown, sender: Sender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? answer(parsed.data.type, parsed.data, sender) : undefined;
}

/** Typed by its key, so the handler and the message it gets agree without a cast. */
function answer<K extends MessageType>(type: K, message: Request<K>, sender: Sender) {
  return handlers[type](message, sender);
}

/** A lead's mapping, unless the policy locks it (the change is logged by the settings watcher). */
async function setMapping(field: FieldKey, selector: string): Promise<boolean> {
  const { settings, locked } = await loadSettings();
  if (locked.includes('fieldMapping')) return false;
  await saveSettings({ fieldMapping: { ...settings.fieldMapping, [field]: selector } });
  return true;
}

/** Whether the page asking is on the SysAid host the draft was written for. */
function ownDraftKey(key: string, senderUrl: string | undefined): boolean {
  if (!senderUrl) return false;
  try {
    return draftHostOf(key) === new URL(senderUrl).host;
  } catch {
    return false;
  }
}
