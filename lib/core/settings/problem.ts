import type { MessageKey } from '../i18n';

type SettingsKey = Extract<MessageKey, `settings.${string}`>;
type SettingsName = SettingsKey extends `settings.${infer Name}` ? Name : never;

/**
 * A problem with the stored settings or the policy in force, as a catalog key and its parameters
 * (lib/core/i18n/*\/settings.ts): the options page says it in the language chosen, the log in Portuguese.
 */
export interface SettingsProblem {
  key: SettingsKey;
  args?: string[];
}

export const settingsProblem = (name: SettingsName, ...args: string[]): SettingsProblem => {
  const key: SettingsKey = `settings.${name}`;
  return args.length ? { key, args } : { key };
};

/** Whether it is about the organization's policy (the log records those). */
export const fromPolicy = (p: SettingsProblem): boolean => p.key.startsWith('settings.policy');
