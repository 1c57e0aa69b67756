import type { SettingKey, Settings } from '../../core/settings/schema';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { mappingChanges } from './mapping-log';

type Summary = (before: Settings, after: Settings) => string;

const yesNo = (value: boolean) => (value ? 'sim' : 'não');
const scope = (s: Settings['guardScope']) =>
  s.mode === 'templates' ? `templates (${s.templates.join(', ')})` : s.mode;
const plain = (value: unknown) => (typeof value === 'object' ? JSON.stringify(value) : String(value));

function listChange(before: string[], after: string[]): string {
  const added = after.filter((v) => !before.includes(v)).map((v) => `+ ${v}`);
  const removed = before.filter((v) => !after.includes(v)).map((v) => `− ${v}`);
  return [...added, ...removed].join('; ');
}

/** Which channels changed and to what: the scripts themselves stay out of the log (long, and not the point). */
function playbooksChange(before: Settings['playbooks'], after: Settings['playbooks']): string {
  const channels = [...new Set([...Object.keys(before), ...Object.keys(after)])] as Array<keyof typeof after>;
  return channels
    .filter((c) => JSON.stringify(before[c]) !== JSON.stringify(after[c]))
    .map((c) => `${c} (${after[c] ? 'personalizado' : 'padrão'})`)
    .join(', ');
}

/**
 * How each setting's change reads in the log: key and old → new value, summarised, never personal data
 * (the agent's name is said to have changed, not copied; pause labels and scripts are left out).
 */
const SUMMARIES: Record<Exclude<SettingKey, 'fieldMapping'>, Summary> = {
  language: (b, a) => `${b.language} → ${a.language}`,
  agentName: () => 'alterado',
  customHosts: (b, a) => listChange(b.customHosts, a.customHosts),
  playbooks: (b, a) => playbooksChange(b.playbooks, a.playbooks),
  descriptionMaxChars: (b, a) => `${b.descriptionMaxChars} → ${a.descriptionMaxChars}`,
  categoryLoadTimeoutMs: (b, a) => `${b.categoryLoadTimeoutMs} → ${a.categoryLoadTimeoutMs}`,
  inactivity: (b, a) => `${plain(b.inactivity)} → ${plain(a.inactivity)}`,
  pauses: (b, a) =>
    listChange(
      b.pauses.map((p) => p.time),
      a.pauses.map((p) => p.time),
    ) || 'rótulos alterados',
  allowOverride: (b, a) => `${yesNo(b.allowOverride)} → ${yesNo(a.allowOverride)}`,
  guardMode: (b, a) => `${b.guardMode} → ${a.guardMode}`,
  guardScope: (b, a) => `${scope(b.guardScope)} → ${scope(a.guardScope)}`,
  draftTtlHours: (b, a) => `${b.draftTtlHours} → ${a.draftTtlHours}`,
};

interface SettingChange {
  kind: 'setting' | 'mapping';
  detail: string;
}

/** Every change between two saved settings, as log details (a field mapping keeps its own kind). */
export function settingChanges(previous: Settings | null, next: Settings | null): SettingChange[] {
  const before = previous ?? DEFAULT_SETTINGS;
  const after = next ?? DEFAULT_SETTINGS;
  const changes: SettingChange[] = mappingChanges(before.fieldMapping, after.fieldMapping).map((detail) => ({
    kind: 'mapping',
    detail,
  }));
  for (const [key, summary] of Object.entries(SUMMARIES) as Array<[SettingKey, Summary]>) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    changes.push({ kind: 'setting', detail: `${key}: ${summary(before, after)}`.slice(0, 400) });
  }
  return changes;
}
