import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import ptBR from 'zod/v4/locales/pt-BR.js';
import { currentLanguage, t } from '../i18n';
import { DEFAULT_PLAYBOOKS } from './defaults';
import { type Playbook, playbookSchema } from './schema';
import { CHANNELS, type Channel } from './vocabulary';

// zod's own messages (a wrong type, a missing key) in the language chosen, like ours.
const zodErrors = { 'pt-BR': ptBR().localeError, en: en().localeError };

export const playbookFileSchema = z.object({
  format: z.literal('sysaid-assist/playbooks'),
  version: z.literal(1),
  playbooks: z.array(playbookSchema).min(1),
});

export interface ImportProblem {
  /** Where in the file, as the lead would look for it: `playbooks.0.outcomes.1.label`. */
  path: string;
  message: string;
}

export type ImportResult =
  | { ok: true; playbooks: Partial<Record<Channel, Playbook>> }
  | { ok: false; problems: ImportProblem[] };

/** Parses an exported playbook file. On any error nothing is returned, so the playbooks in use stay. */
export function importPlaybooks(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: t('settings.playbookWhereFile'), message: t('settings.playbookNotJson', [detail]) }],
    };
  }
  const parsed = playbookFileSchema.safeParse(json, {
    error: (issue) => zodErrors[currentLanguage()](issue),
  });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.length ? issue.path.join('.') : t('settings.playbookWhereRoot'),
        message: issue.message,
      })),
    };
  }
  const playbooks: Partial<Record<Channel, Playbook>> = {};
  for (const playbook of parsed.data.playbooks) playbooks[playbook.id] = playbook;
  return { ok: true, playbooks };
}

export function exportPlaybooks(playbooks: Partial<Record<Channel, Playbook>> = DEFAULT_PLAYBOOKS): string {
  const list = CHANNELS.map((c) => playbooks[c]).filter((p): p is Playbook => Boolean(p));
  return JSON.stringify({ format: 'sysaid-assist/playbooks', version: 1, playbooks: list }, null, 2);
}

/** The playbooks in force: the defaults, each replaced by a lead's or a policy's version. */
export function resolvePlaybooks(...overrides: Array<Partial<Record<Channel, Playbook>> | undefined>) {
  return Object.assign({}, DEFAULT_PLAYBOOKS, ...overrides.filter(Boolean)) as Record<Channel, Playbook>;
}
