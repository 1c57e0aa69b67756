import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recordAudit } from '../lib/audit/log';
import {
  deleteDraft,
  getDraft,
  putDraft,
  restoreStashedDrafts,
  stashDraftsForUpdate,
} from '../lib/drafts/store';
import { registerCustomHosts } from '../lib/hosts-registration';
import { COMMANDS } from '../lib/messages/commands';
import { messageSchema } from '../lib/messages/schema';
import { resolvePlaybooks } from '../lib/procedures/io';
import {
  meaningOf,
  notificationFor,
  schedulePauses,
  startInactivity,
  stopInactivity,
} from '../lib/schedule/alarms';
import type { Config, TicketOpening } from '../lib/settings/config';
import {
  E2E_POLICY_KEY,
  forgetPolicy,
  loadSettings,
  saveSettings,
  watchSettings,
} from '../lib/settings/store';

async function configForPages(): Promise<Config> {
  const { settings, locked, problems } = await loadSettings();
  return { settings, locked, problems, playbooks: resolvePlaybooks(settings.playbooks) };
}

export default defineBackground(() => {
  void loadSettings(); // warm the policy read: Chromium may take seconds the first time
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (import.meta.env.MODE === 'e2e' && E2E_POLICY_KEY in changes)) {
      forgetPolicy();
      void loadSettings(); // refreshes the cached policy, which pages listen to
    }
  });
  const applySettings = async () => {
    const { settings } = await loadSettings();
    await schedulePauses(settings.pauses);
    await registerCustomHosts(settings.customHosts);
  };
  browser.runtime.onInstalled.addListener(async () => {
    await restoreStashedDrafts();
    await applySettings();
  });
  browser.runtime.onStartup.addListener(applySettings);
  watchSettings(() => void applySettings());
  browser.permissions.onAdded?.addListener(() => void applySettings());

  // Keep the agents' drafts when Chrome installs an update (storage.session does not survive it).
  browser.runtime.onUpdateAvailable.addListener(async () => {
    await stashDraftsForUpdate();
    browser.runtime.reload();
  });

  browser.runtime.onMessage.addListener(async (raw, sender) => {
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
      case 'draft:delete':
        await deleteDraft(message.ticket, tabId);
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
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    const meaning = meaningOf(alarm.name);
    if (!meaning) return;
    const { title, message } = notificationFor(meaning);
    await browser.notifications.create(alarm.name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
      priority: 2,
      requireInteraction: meaning.kind !== 'pause',
    });
    if (meaning.kind !== 'pause') {
      await browser.tabs
        .sendMessage(meaning.tabId, { type: 'inactivity', alarm: alarm.name })
        .catch(() => undefined);
    }
  });

  browser.commands.onCommand.addListener(async (name) => {
    if (!(COMMANDS as readonly string[]).includes(name)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs.sendMessage(tab.id, { type: 'command', name }).catch(() => undefined);
  });
});
