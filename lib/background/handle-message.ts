import { browser } from 'wxt/browser';
import { recordAudit } from '../audit/log';
import { draftHostOf } from '../drafts/draft-keys';
import { getDraftByKey, putDraftByKey, removeDrafts } from '../drafts/store';
import { messageSchema } from '../messages/schema';
import type { FieldKey } from '../procedures/vocabulary';
import { startInactivity, stopInactivity } from '../schedule/alarms';
import { configForPages } from '../settings/page-config';
import { loadSettings, saveSettings } from '../settings/store';
import { buildFormReport, openLeadTools, pickFieldSelector } from './lead-tools';

/**
 * Every message the background answers. Only this extension's own pages and content scripts are
 * heard, and only in a shape the schema knows; anything else gets no answer.
 */
export async function handleMessage(
  raw: unknown,
  sender: { id?: string; tab?: { id?: number }; frameId?: number; url?: string },
): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const message = parsed.data;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'config:get':
      return configForPages();
    case 'mapping:pick': {
      if (tabId === undefined) return false;
      const selector = await pickFieldSelector(tabId, sender.frameId ?? 0);
      return selector ? setMapping(message.field, selector) : false;
    }
    // A draft holds a caller's data: only a page of the SysAid host it belongs to may read or change it.
    case 'draft:get':
      return ownDraftKey(message.key, sender.url) ? getDraftByKey(message.key) : null;
    case 'draft:put':
      return ownDraftKey(message.key, sender.url) && putDraftByKey(message.key, message.draft);
    case 'draft:remove':
      await removeDrafts(message.keys.filter((k) => ownDraftKey(k, sender.url)));
      return true;
    case 'inactivity:start':
      if (tabId !== undefined) await startInactivity(tabId, (await loadSettings()).settings.inactivity);
      return true;
    case 'inactivity:stop':
      if (tabId !== undefined) await stopInactivity(tabId);
      return true;
    case 'leadTools:open':
      return tabId === undefined ? false : openLeadTools(tabId, sender.frameId ?? 0);
    case 'report:build':
      return tabId === undefined ? undefined : buildFormReport(tabId, sender.frameId ?? 0);
    case 'audit':
      await recordAudit(message.event, (await loadSettings()).settings.agentName);
      return true;
  }
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
