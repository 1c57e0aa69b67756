import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { type SettingsProblem, settingsProblem } from '../../core/settings/problem';
import { DEFAULT_SETTINGS, type SettingKey, type Settings, settingsSchema } from '../../core/settings/schema';
import { lastGoodPolicyItem, overlayPolicy } from './policy';

/** Settings as the agent or lead saved them (version 1; migrations go here as the schema grows). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export interface EffectiveSettings {
  settings: Settings;
  /** Keys a managed policy sets: shown as "Gerenciado pela sua organização" and not editable. */
  locked: SettingKey[];
  /** Problems found in stored settings or in the policy; the last good values were kept. */
  problems: SettingsProblem[];
}

/**
 * The settings in force: stored values validated (an invalid one falls back to its default), then
 * overlaid by the managed policy (a malformed policy value is reported and stays locked at the last good
 * policy value).
 */
export async function loadSettings(): Promise<EffectiveSettings> {
  const problems: SettingsProblem[] = [];
  const stored = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(stored);
  let settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
  if (!parsed.success) problems.push(settingsProblem('storedInvalid'));
  const { values, locked, problems: policyProblems } = await readPolicy();
  problems.push(...policyProblems);
  settings = { ...settings, ...values };
  return { settings, locked, problems };
}

/** The last policy seen, kept so a slow policy read never lets a page start without it. */
export const policyCacheItem = storage.defineItem<Record<string, unknown>>('local:policyCache', {
  fallback: {},
});
const POLICY_WAIT_MS = 50;
let managedRead: Promise<Record<string, unknown>> | undefined;
/** The policy in force as far as we know: the last fresh read, or the cache until one arrives. */
let knownPolicy: Record<string, unknown> | undefined;

/** Chromium can take seconds to answer storage.managed the first time; read once, then reuse. */
function managedPolicy(): Promise<Record<string, unknown>> {
  managedRead ??= readManagedStorage()
    .then(async (raw) => {
      const policy = (raw ?? {}) as Record<string, unknown>;
      knownPolicy = policy;
      if (JSON.stringify(policy) !== JSON.stringify(await policyCacheItem.getValue())) {
        await policyCacheItem.setValue(policy); // pages listening reload their config
      }
      return policy;
    })
    .catch(() => ({})); // no policy storage on this browser/profile
  return managedRead;
}

/** E2E builds only: tests stand in for the browser's policy engine (compiled out of releases). */
export const E2E_POLICY_KEY = 'e2eManagedPolicy';

async function readManagedStorage(): Promise<Record<string, unknown>> {
  if (import.meta.env.MODE === 'e2e') {
    const stand = (await browser.storage.local.get(E2E_POLICY_KEY))[E2E_POLICY_KEY];
    if (stand && typeof stand === 'object') return stand as Record<string, unknown>;
  }
  return (await browser.storage.managed.get()) ?? {};
}

/** A policy change makes the next load read it again. */
export function forgetPolicy(): void {
  managedRead = undefined;
}

/** A fresh background (tests): no policy known at all yet. */
export function resetPolicyMemory(): void {
  managedRead = undefined;
  knownPolicy = undefined;
}

async function readPolicy(): Promise<{
  values: Partial<Settings>;
  locked: SettingKey[];
  problems: SettingsProblem[];
}> {
  const fresh = managedPolicy();
  // While a slow first read is pending, pages go on with the cached policy instead of waiting for it;
  // the fresh one, once in, updates the cache and pages reload their config.
  knownPolicy ??= await Promise.race([
    fresh,
    new Promise<Record<string, unknown>>((resolve) =>
      setTimeout(() => void policyCacheItem.getValue().then(resolve), POLICY_WAIT_MS),
    ),
  ]);
  const remembered = await lastGoodPolicyItem.getValue();
  const { values, locked, problems, lastGood } = overlayPolicy(knownPolicy, remembered);
  if (JSON.stringify(lastGood) !== JSON.stringify(remembered)) await lastGoodPolicyItem.setValue(lastGood);
  return { values, locked, problems };
}

/** Saves what the agent or lead changed; a key the policy locks is never written, whoever asks. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const { locked } = await readPolicy();
  const free = Object.fromEntries(Object.entries(patch).filter(([k]) => !locked.includes(k as SettingKey)));
  const current = await settingsItem.getValue();
  await settingsItem.setValue(settingsSchema.parse({ ...current, ...free }));
}

export function watchSettings(
  onChange: (next: Settings | null, previous: Settings | null) => void,
): () => void {
  return settingsItem.watch(onChange);
}

/**
 * Calls `onChange` whenever the settings in force may differ: the stored settings, or the policy
 * (storage.managed, or the policy cache another page refreshed). This page's own memory of the policy
 * is read afresh first, so a page left open never shows a lock the organization lifted, or misses a
 * new one.
 */
export function watchEffectiveSettings(onChange: () => void): () => void {
  const unwatch = settingsItem.watch(() => onChange());
  const listener = (changes: Record<string, unknown>, area: string) => {
    const policy =
      area === 'managed' ||
      (area === 'local' &&
        ('policyCache' in changes || (import.meta.env.MODE === 'e2e' && E2E_POLICY_KEY in changes)));
    if (!policy) return;
    forgetPolicy();
    void managedPolicy().then(() => onChange());
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    unwatch();
    browser.storage.onChanged.removeListener(listener);
  };
}
