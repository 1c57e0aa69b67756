import type { SettingsMessageKey } from '../i18n/settings-pt-BR';

/**
 * A problem with the stored settings or the policy in force, as a catalog key and its parameters
 * (lib/i18n/settings-*.ts): the options page says it in the language chosen, the log in Portuguese.
 */
export interface SettingsProblem {
  key: SettingsMessageKey;
  args?: string[];
}

export const settingsProblem = (key: SettingsMessageKey, ...args: string[]): SettingsProblem =>
  args.length ? { key, args } : { key };

/** Whether it is about the organization's policy (the log records those). */
export const fromPolicy = (p: SettingsProblem): boolean => p.key.startsWith('policy');
