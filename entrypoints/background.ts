import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../lib/background/handle-message';
import { restoreStashedDrafts, stashDraftsForUpdate } from '../lib/drafts/store';
import { registerCustomHosts } from '../lib/hosts-registration';
import { COMMANDS } from '../lib/messages/commands';
import { meaningOf, notificationFor, schedulePauses } from '../lib/schedule/alarms';
import { E2E_POLICY_KEY, forgetPolicy, loadSettings, watchSettings } from '../lib/settings/store';

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

  browser.runtime.onMessage.addListener(handleMessage);

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
  });

  browser.commands.onCommand.addListener(async (name) => {
    if (!(COMMANDS as readonly string[]).includes(name)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs.sendMessage(tab.id, { type: 'command', name }).catch(() => undefined);
  });
});
