import { z } from 'zod';
import { playbookSchema } from '../procedures/schema';
import { CHANNELS, FIELD_KEYS } from '../procedures/vocabulary';
import { DEFAULT_DESCRIPTION_MAX_CHARS } from '../rules/evaluate';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use o formato HH:MM.');

export const pauseSchema = z.object({ time, label: z.string().min(1).max(60) });

export const settingsSchema = z.object({
  /** Panel and options language; pt-BR unless chosen otherwise. */
  language: z.enum(['pt-BR', 'en']).default('pt-BR'),
  /** Fills "[Seu Nome]" in the scripts. */
  agentName: z.string().max(80).default(''),
  /** A lead's selector for a field SysAid names differently in their tenant. */
  fieldMapping: z.partialRecord(z.enum(FIELD_KEYS), z.string().min(1)).default({}),
  /** A team's own SysAid hosts (origins), granted at run time. */
  customHosts: z.array(z.string().url()).default([]),
  /** A lead's versions of the playbooks; a channel absent here uses the default. */
  playbooks: z.partialRecord(z.enum(CHANNELS), playbookSchema).default({}),
  /** What SysAid's description holds [guess: a setting until a lead confirms it]. */
  descriptionMaxChars: z.number().int().min(1000).max(10_000_000).default(DEFAULT_DESCRIPTION_MAX_CHARS),
  /** How long a category level may take to load before the agent is told. */
  categoryLoadTimeoutMs: z.number().int().min(500).max(120_000).default(10_000),
  /** Chat SOP: 3 calls about 1 min 30 s apart, close at 5 minutes. */
  inactivity: z
    .object({
      callEverySeconds: z.number().min(1).max(600).default(90),
      calls: z.number().int().min(1).max(10).default(3),
      closeAfterSeconds: z.number().min(1).max(3600).default(300),
    })
    .default({ callEverySeconds: 90, calls: 3, closeAfterSeconds: 300 }),
  pauses: z.array(pauseSchema).max(20).default([]),
  /** A lead may let agents save a blocked ticket with a written justification. */
  allowOverride: z.boolean().default(false),
  /**
   * Pilot mode (PROCEDURES.md, "On a real floor"): `observe` blocks nothing, logs what would have been
   * blocked and stamps it `resultado=nao-conforme`; `enforce` blocks.
   */
  guardMode: z.enum(['enforce', 'observe']).default('enforce'),
  /** Which tickets the guard enforces (PROCEDURES.md, "Scope"). */
  guardScope: z
    .object({
      mode: z.enum(['new', 'all', 'templates']).default('new'),
      templates: z.array(z.string().min(1).max(40)).max(200).default([]),
    })
    .default({ mode: 'new', templates: [] }),
  /** A draft older than this (one shift) is forgotten: it belongs to a call long over. */
  draftTtlHours: z.number().min(1).max(48).default(12),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
