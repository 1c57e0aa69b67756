import { type Playbook, playbookSchema } from '../../core/procedures/schema';
import { CHANNELS, type Channel } from '../../core/procedures/vocabulary';
import { type SettingsProblem, settingsProblem } from '../../core/settings/problem';

type PolicyPlaybooks = Partial<Record<Channel, Playbook>>;

export interface PushedPlaybooks {
  /** What applies: each channel the policy brought well-formed, or its last good policy version. */
  value: PolicyPlaybooks;
  /** The channels to remember as the last good policy value. */
  lastGood: PolicyPlaybooks;
  problems: SettingsProblem[];
}

/**
 * The `playbooks` policy as a lead pushes it: the file "Exportar JSON" writes (`{format, version,
 * playbooks: [...]}`) or the bare per-channel object (`{callback: {...}}`). Each channel is taken on its
 * own: a broken one keeps its last good policy version (else the default) and is reported, the others
 * apply. An empty value (Chromium drops what the managed schema does not describe) is said, never
 * silently locked to the defaults. `undefined`: not an object at all (a malformed value, as for any key).
 */
export function pushedPlaybooks(raw: unknown, remembered: unknown): PushedPlaybooks | undefined {
  const entries = entriesOf(raw);
  if (!entries) return undefined;
  const earlier = rememberedPlaybooks(remembered);
  const value: PolicyPlaybooks = {};
  const lastGood: PolicyPlaybooks = { ...earlier };
  const problems: SettingsProblem[] = [];
  if (!entries.length) {
    const kept = Object.keys(earlier).length > 0;
    problems.push(settingsProblem(kept ? 'policyPlaybooksEmptyKept' : 'policyPlaybooksEmptyDefault'));
    return { value: earlier, lastGood, problems };
  }
  for (const [name, pushed] of entries) {
    const parsed = playbookSchema.safeParse(pushed);
    const channel = parsed.success ? parsed.data.id : (name as Channel);
    if (parsed.success && (name === channel || !CHANNELS.includes(name as Channel))) {
      value[channel] = parsed.data;
      lastGood[channel] = parsed.data;
      continue;
    }
    const issue = parsed.success
      ? { path: 'id', message: `"${parsed.data.id}" ≠ "${name}"` }
      : {
          path: parsed.error.issues[0]?.path.join('.') || '(raiz)',
          message: parsed.error.issues[0]?.message ?? '',
        };
    const previous = CHANNELS.includes(channel) ? earlier[channel] : undefined;
    if (previous) value[channel] = previous;
    const key = previous ? 'policyPlaybookInvalidKept' : 'policyPlaybookInvalidDefault';
    problems.push(settingsProblem(key, name, issue.path, issue.message));
  }
  const missing = CHANNELS.filter((c) => !value[c]);
  const present = CHANNELS.filter((c) => value[c]);
  if (missing.length && present.length)
    problems.push(settingsProblem('policyPlaybooksPartial', present.join(', '), missing.join(', ')));
  return { value, lastGood, problems };
}

/** The pushed channels by name: a file's list by each playbook's id (or its place), an object's own keys. */
function entriesOf(raw: unknown): Array<[string, unknown]> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  if (!('playbooks' in value) && !('format' in value)) return Object.entries(value);
  const list = Array.isArray(value.playbooks) ? value.playbooks : [];
  return list.map((p, i) => [idOf(p) ?? `playbooks.${i}`, p]);
}

const idOf = (p: unknown) =>
  p && typeof p === 'object' && typeof (p as { id?: unknown }).id === 'string'
    ? (p as { id: string }).id
    : undefined;

function rememberedPlaybooks(remembered: unknown): PolicyPlaybooks {
  const out: PolicyPlaybooks = {};
  if (!remembered || typeof remembered !== 'object') return out;
  for (const channel of CHANNELS) {
    const parsed = playbookSchema.safeParse((remembered as Record<string, unknown>)[channel]);
    if (parsed.success && parsed.data.id === channel) out[channel] = parsed.data;
  }
  return out;
}
