import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type SettingKey, type Settings, settingsSchema } from './schema';

/** Settings as the agent or lead saved them (version 1; migrations go here as the schema grows). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export interface EffectiveSettings {
  settings: Settings;
  /** Keys a managed policy sets: shown as "Gerenciado pela sua organização" and not editable. */
  locked: SettingKey[];
  /** Problems found in stored settings or in the policy, in pt-BR; the last good values were kept. */
  problems: string[];
}

/**
 * The settings in force: stored values validated (an invalid one falls back to its default), then
 * overlaid by the managed policy (a malformed policy value is reported and ignored).
 */
export async function loadSettings(): Promise<EffectiveSettings> {
  const problems: string[] = [];
  const stored = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(stored);
  let settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
  if (!parsed.success) problems.push('As configurações salvas estavam inválidas; foram usados os padrões.');
  const { values, locked, problems: policyProblems } = await readPolicy();
  problems.push(...policyProblems);
  settings = { ...settings, ...values };
  return { settings, locked, problems };
}

async function readPolicy(): Promise<{
  values: Partial<Settings>;
  locked: SettingKey[];
  problems: string[];
}> {
  let raw: Record<string, unknown> = {};
  try {
    raw = (await browser.storage.managed.get()) ?? {};
  } catch {
    return { values: {}, locked: [], problems: [] }; // no policy storage on this browser/profile
  }
  const values: Partial<Settings> = {};
  const problems: string[] = [];
  const shape = settingsSchema.shape;
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in shape)) continue;
    const parsed = shape[key as SettingKey].safeParse(value);
    if (parsed.success) (values as Record<string, unknown>)[key] = parsed.data;
    else
      problems.push(`Política da organização inválida em "${key}": ${parsed.error.issues[0]?.message ?? ''}`);
  }
  return { values, locked: Object.keys(values) as SettingKey[], problems };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const current = await settingsItem.getValue();
  await settingsItem.setValue(settingsSchema.parse({ ...current, ...patch }));
}

export function watchSettings(onChange: () => void): () => void {
  return settingsItem.watch(onChange);
}
