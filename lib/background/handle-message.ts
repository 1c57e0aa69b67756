import { browser } from 'wxt/browser';
import { recordAudit } from '../audit/log';
import { getDraft, putDraft } from '../drafts/store';
import { messageSchema } from '../messages/schema';
import { resolvePlaybooks } from '../procedures/io';
import { startInactivity, stopInactivity } from '../schedule/alarms';
import type { Config, TicketOpening } from '../settings/config';
import { loadSettings, saveSettings } from '../settings/store';

export async function configForPages(): Promise<Config> {
  const { settings, locked, problems } = await loadSettings();
  return { settings, locked, problems, playbooks: resolvePlaybooks(settings.playbooks) };
}

/**
 * Every message the background answers. Only this extension's own pages and content scripts are
 * heard, and only in a shape the schema knows; anything else gets no answer.
 */
export async function handleMessage(
  raw: unknown,
  sender: { id?: string; tab?: { id?: number } },
): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const message = parsed.data;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'config:get':
      return configForPages();
    case 'ticket:open': {
      const [config, draft] = await Promise.all([configForPages(), getDraft(message.ticket, tabId)]);
      return { config, draft } satisfies TicketOpening;
    }
    case 'mapping:set': {
      const { settings, locked } = await loadSettings();
      if (locked.includes('fieldMapping')) return false;
      await saveSettings({ fieldMapping: { ...settings.fieldMapping, [message.field]: message.selector } });
      return true;
    }
    case 'draft:get':
      return getDraft(message.ticket, tabId);
    case 'draft:put':
      await putDraft(message.ticket, tabId, message.draft);
      return true;
    case 'inactivity:start':
      if (tabId !== undefined) await startInactivity(tabId, (await loadSettings()).settings.inactivity);
      return true;
    case 'inactivity:stop':
      if (tabId !== undefined) await stopInactivity(tabId);
      return true;
    case 'audit':
      await recordAudit(message.event, (await loadSettings()).settings.agentName);
      return true;
  }
}
