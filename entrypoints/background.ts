import '../lib/core/i18n/portuguese';
import '../lib/core/i18n/english';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recordAudit } from '../lib/background/audit/log';
import { logPolicyProblems } from '../lib/background/audit/policy-log';
import { settingChanges } from '../lib/background/audit/setting-log';
import { openDraftsToContentScripts, sweepDrafts } from '../lib/background/drafts/store';
import { handleMessage } from '../lib/background/handle-message';
import { originToMatch, registerCustomHosts } from '../lib/background/hosts-registration';
import { manifestMatches, reinjectIntoOpenTabs } from '../lib/background/reinject';
import {
  meaningOf,
  notificationFor,
  schedulePauses,
  stopInactivity,
} from '../lib/background/schedule/alarms';
import { publishPageConfig } from '../lib/background/settings/page-config';
import { E2E_POLICY_KEY, forgetPolicy, loadSettings, watchSettings } from '../lib/background/settings/store';
import { setLanguage } from '../lib/core/i18n';
import { COMMANDS } from '../lib/core/messages/commands';
import { ensureHandoffKey } from '../lib/page/assist/handoff-key';

const SWEEP_ALARM = 'drafts|sweep';

async function ensureSweepAlarm(): Promise<void> {
  if (!(await browser.alarms.get(SWEEP_ALARM)))
    await browser.alarms.create(SWEEP_ALARM, { periodInMinutes: 30 });
}

export default defineBackground(() => {
  void openDraftsToContentScripts();
  void publishPageConfig(); // warms the slow first policy read too
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (import.meta.env.MODE === 'e2e' && E2E_POLICY_KEY in changes)) {
      forgetPolicy();
      void publishPageConfig(); // open tickets follow the new policy
    }
    if (area === 'local' && 'policyCache' in changes) {
      // A fresh policy arrived: pages follow it, and the log says what in it did not take.
      void publishPageConfig();
      void loadSettings().then(({ settings, problems }) => logPolicyProblems(problems, settings.agentName));
    }
  });
  const applySettings = async () => {
    const { settings, problems } = await loadSettings();
    await logPolicyProblems(problems, settings.agentName);
    await publishPageConfig();
    await schedulePauses(settings.pauses);
    await registerCustomHosts(settings.customHosts);
    return settings;
  };
  browser.runtime.onInstalled.addListener(async () => {
    await openDraftsToContentScripts();
    await ensureHandoffKey();
    const settings = await applySettings();
    await ensureSweepAlarm();
    const matches = [
      ...manifestMatches(),
      ...settings.customHosts.flatMap((h) => {
        try {
          return [originToMatch(h)];
        } catch {
          return [];
        }
      }),
    ];
    await reinjectIntoOpenTabs(matches);
  });
  browser.runtime.onStartup.addListener(async () => {
    await openDraftsToContentScripts();
    // Alarms may not survive a browser restart: without this one, old drafts would wait for the next install.
    await ensureSweepAlarm();
    await applySettings();
  });
  watchSettings((next, previous) => {
    void applySettings();
    // Whoever changed a setting (options page, panel picker, an import), the lead sees it in the log.
    for (const { kind, detail } of settingChanges(previous, next))
      void recordAudit({ kind, checks: [], detail }, next?.agentName ?? '');
  });
  browser.permissions.onAdded?.addListener(() => void applySettings());

  // Chrome applies a waiting update when the extension reloads; the open pages hand their state over.
  browser.runtime.onUpdateAvailable.addListener(() => browser.runtime.reload());

  browser.runtime.onMessage.addListener(handleMessage);
  browser.tabs.onRemoved.addListener((tabId) => void stopInactivity(tabId));

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === SWEEP_ALARM) {
      const { settings } = await loadSettings();
      await sweepDrafts(settings.draftTtlHours * 3_600_000);
      return;
    }
    const meaning = meaningOf(alarm.name);
    if (!meaning) return;
    // The worker may have just woken: the notification speaks the language chosen now.
    setLanguage((await loadSettings()).settings.language);
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
