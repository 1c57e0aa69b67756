import { z } from 'zod';
import { t } from '../i18n';
import { templateSlots } from '../phrases/template';
import { withShippedDefaults } from './upgrade';
import { CHANNELS, DATUM_KEYS, FIELD_KEYS, INTERLOCUTORS, OUTCOMES } from './vocabulary';

const fieldKey = z.enum(FIELD_KEYS);
const datumKey = z.enum(DATUM_KEYS);
/** Every rule says where in the SOP it comes from, so a lead can audit the playbook against it. */
const source = z.string().min(1);

/** Slots a script may use (lib/core/rules/scripts.ts fills them). */
export const KNOWN_SLOTS = [
  'saudacao',
  'Saudacao',
  'otimoPeriodo',
  'despedida',
  'agente',
  'beneficiario',
  'protocolo',
];

export const fixedValueSchema = z.object({
  field: fieldKey,
  value: z.string().min(1),
  source,
});

export const validatorSchema = z.enum([
  'text',
  'fullName',
  'cpf',
  'cnpj',
  'birthDate',
  'attempts',
  'chatProtocol',
  'choice',
]);

export const requirementSchema = z
  .object({
    /** Stable check id, kept across versions so reports can count it. */
    id: z.string().regex(/^[a-z][\w.-]*$/),
    datum: datumKey,
    validator: validatorSchema,
    /** The SysAid field that holds it, when the form has one. */
    field: fieldKey.optional(),
    /** Otherwise a labelled line in the description: `Nome da mãe: …`. */
    descriptionLabel: z.string().min(1).optional(),
    /** For `choice`: the stored text of each accepted answer, keyed by the panel's value. */
    choices: z.record(z.string(), z.string()).optional(),
    /** Only for these interlocutors (chat); all when absent. */
    interlocutors: z.array(z.enum(INTERLOCUTORS)).optional(),
    severity: z.enum(['block', 'warn']).default('block'),
    source,
  })
  .refine((r) => r.field || r.descriptionLabel, {
    error: () => t('settings.playbookNoPlace'),
  })
  .refine((r) => r.validator !== 'choice' || (r.choices && Object.keys(r.choices).length > 0), {
    error: () => t('settings.playbookNoChoices'),
  });

export const outcomeSchema = z.object({
  id: z.enum(OUTCOMES),
  label: z.string().min(1),
  fixed: z.array(fixedValueSchema).default([]),
  /** Fixed category path; when absent the agent categorizes per demand (every level the form offers). */
  categoryPath: z.array(z.string().min(1)).min(1).max(3).optional(),
  categorySource: source,
  /** The agent must choose a destination group, and it may not be one of these. */
  destinationGroup: z.object({ notAllowed: z.array(z.string()), source }).optional(),
  required: z.array(requirementSchema).default([]),
  /** Chat: first line "<20-digit protocol> <chatHeaderWords>", then the whole conversation. */
  chatDescription: z.boolean().default(false),
  /**
   * The words after the protocol on that first line, as the SOP says them. A letter first: the protocol
   * is the digits before them. Absent: the shipped chat outcome's (lib/core/procedures/upgrade.ts).
   */
  chatHeaderWords: z
    .string()
    .max(60)
    .regex(/^\p{L}.*\S$/u, 'Comece por uma letra (o protocolo vem antes).')
    .optional(),
  /** The SOP line the chat description's checks cite; absent: the shipped outcome's, else categorySource. */
  chatDescriptionSource: source.optional(),
  /** After saving, the agent tells the requester the SysAid number. */
  tellSysaidNumber: z.boolean().default(false),
  /** Script ids shown for this outcome, in order. */
  scripts: z.array(z.string()).default([]),
});

/** What a script is for beyond being shown: the shortcuts copy the greeting and closing; the chat timer closes with inactivity. */
export const SCRIPT_ROLES = ['greeting', 'closing', 'inactivity'] as const;
export type ScriptRole = (typeof SCRIPT_ROLES)[number];

export const scriptSchema = z.object({
  id: z.string().regex(/^[a-z][\w-]*$/),
  /** Absent in a file from before roles: the shipped script of the same id lends its role. */
  role: z.enum(SCRIPT_ROLES).optional(),
  title: z.string().min(1),
  text: z.string().min(1),
  /** A step the agent ticks once said (satisfaction survey). */
  step: z.boolean().default(false),
  source,
  /** Why the text is not the SOP's own words (a phrase for an instruction, a typo mended); shown to the agent. */
  adapted: z.string().min(1).max(300).optional(),
});

/** A value SysAid itself puts in a field: replacing it is not news to the agent. */
export const sysaidDefaultSchema = z.object({
  field: fieldKey,
  value: z.string().min(1),
  /** SysAid puts it back when the category changes (a status), not only on a fresh form. */
  resetsOnCategoryChange: z.boolean().default(false),
});

export const playbookSchema = z
  .object({
    id: z.enum(CHANNELS),
    version: z.number().int().positive(),
    label: z.string().min(1),
    sop: z.string().min(1),
    /** Values every outcome of this channel sets (e.g. Ligação Ativa / Callback = Sim). */
    fixed: z.array(fixedValueSchema).default([]),
    /** Chat: the panel asks who is on the other side. */
    asksInterlocutor: z.boolean().default(false),
    /** Lets "Aplicar" through while the status is not final (chat gets its SysAid number early). */
    allowEarlyApply: z.boolean().default(false),
    /**
     * Statuses that close the ticket besides those the outcomes fix; an early Apply is never allowed into
     * them. Absent: the shipped playbook's (lib/core/procedures/upgrade.ts), as for the keys below.
     */
    finalStatuses: z.array(z.string().min(1)).optional(),
    /** What SysAid puts in a fresh form (status "Novo", callback "Não"): the fill replaces it silently. */
    sysaidDefaults: z.array(sysaidDefaultSchema).optional(),
    scripts: z.array(scriptSchema).default([]),
    outcomes: z.array(outcomeSchema).min(1),
  })
  .superRefine((p, ctx) => {
    const scriptIds = new Set(p.scripts.map((s) => s.id));
    p.outcomes.forEach((o, i) => {
      o.scripts.forEach((id, j) => {
        if (!scriptIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['outcomes', i, 'scripts', j],
            message: t('settings.playbookScriptMissing', [id]),
          });
        }
      });
    });
    p.scripts.forEach((script, i) => {
      for (const slot of templateSlots(script.text)) {
        if (!KNOWN_SLOTS.includes(slot)) {
          ctx.addIssue({
            code: 'custom',
            path: ['scripts', i, 'text'],
            message: t('settings.playbookSlotUnknown', [
              `{${slot}}`,
              KNOWN_SLOTS.map((s) => `{${s}}`).join(', '),
            ]),
          });
        }
      }
    });
    const ids = p.outcomes.map((o) => o.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['outcomes'], message: t('settings.playbookOutcomeRepeated') });
    }
  })
  .transform(withShippedDefaults);

export type Requirement = z.infer<typeof requirementSchema>;
export type OutcomeRules = z.infer<typeof outcomeSchema>;
export type Script = z.infer<typeof scriptSchema>;
export type Playbook = z.output<typeof playbookSchema>;
export type SysaidDefault = z.output<typeof sysaidDefaultSchema>;
export type PlaybookInput = z.input<typeof playbookSchema>;
