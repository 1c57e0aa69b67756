import { storage } from '@wxt-dev/storage';
import { type SettingsProblem, settingsProblem } from '../../core/settings/problem';
import { DEFAULT_SETTINGS, type SettingKey, type Settings, settingsSchema } from '../../core/settings/schema';
import { pushedPlaybooks } from './policy-playbooks';

/**
 * Each policy key's last value that parsed, kept so a malformed push (a typo in a GPO, a half-written
 * policies.json) never hands the key back to the agent or to the default. No personal data: policy only.
 */
export const lastGoodPolicyItem = storage.defineItem<Record<string, unknown>>('local:policyLastGood', {
  fallback: {},
});

export interface PolicyOverlay {
  values: Partial<Settings>;
  /** Every settings key the policy names, well-formed or not: a lock never fails open. */
  locked: SettingKey[];
  problems: SettingsProblem[];
  /** The last good values to remember from now on. */
  lastGood: Record<string, unknown>;
}

/**
 * What the policy imposes. A malformed value keeps the key locked at the last good policy value, or at
 * the default when the policy never had a good one (never the agent's own value).
 */
export function overlayPolicy(
  raw: Record<string, unknown>,
  remembered: Record<string, unknown>,
): PolicyOverlay {
  const values: Record<string, unknown> = {};
  const locked: SettingKey[] = [];
  const problems: SettingsProblem[] = [];
  const lastGood = { ...remembered };
  const shape = settingsSchema.shape;
  for (const [name, value] of Object.entries(raw)) {
    if (!(name in shape)) continue;
    const key = name as SettingKey;
    locked.push(key);
    const playbooks = key === 'playbooks' ? pushedPlaybooks(value, remembered.playbooks) : undefined;
    if (playbooks) {
      values.playbooks = playbooks.value;
      lastGood.playbooks = playbooks.lastGood;
      problems.push(...playbooks.problems);
      continue;
    }
    const parsed = shape[key].safeParse(value);
    if (parsed.success) {
      values[key] = parsed.data;
      lastGood[key] = parsed.data;
      continue;
    }
    const earlier = key in remembered ? shape[key].safeParse(remembered[key]) : undefined;
    values[key] = earlier?.success ? earlier.data : DEFAULT_SETTINGS[key];
    const detail = parsed.error.issues[0]?.message ?? '';
    problems.push(
      settingsProblem(earlier?.success ? 'policyInvalidKept' : 'policyInvalidDefault', key, detail),
    );
  }
  return { values: values as Partial<Settings>, locked, problems, lastGood };
}
