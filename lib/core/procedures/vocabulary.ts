import { FIELD_LABELS } from './field-labels';
/**
 * What the procedures talk about, named as agents know it. `FieldKey` is a SysAid form field the
 * extension may read or write; `DatumKey` is something the agent learns on the call and types in
 * the panel.
 */
export const FIELD_KEYS = [
  'callback',
  'cpfLookup',
  'category1',
  'category2',
  'category3',
  'status',
  'group',
  'title',
  'description',
  'fullName',
  'motherName',
  'birthDate',
  'plan',
  'cnpj',
  'providerEmployee',
  /** Optional custom field a lead maps for the compliance stamp (else it ends the description). */
  'complianceStamp',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const CATEGORY_FIELDS = ['category1', 'category2', 'category3'] as const;

/** How agents and leads call each field, to name it in messages (lib/core/procedures/field-labels.ts). */
export { FIELD_LABELS };

export const DATUM_KEYS = [
  'cpf',
  'fullName',
  'motherName',
  'birthDate',
  'plan',
  'cnpj',
  'providerEmployee',
  'attempts',
  'noContactReason',
  'chatProtocol',
  'transcript',
  'lowScoreReason',
  'solutionOffered',
  'deadlines',
  'suggestion',
] as const;
export type DatumKey = (typeof DATUM_KEYS)[number];

/** `other`: "Outro atendimento", a contact none of the procedures covers (PROCEDURES.md, "On a real floor"). */
export const CHANNELS = ['callback', 'chat', 'survey', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const OUTCOMES = ['forwarded', 'resolved', 'noContact'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Chat SOP, "IDENTIFICANDO QUE É PRESTADOR". */
export const INTERLOCUTORS = ['beneficiary', 'providerContract', 'providerIntermediation'] as const;
export type Interlocutor = (typeof INTERLOCUTORS)[number];

/** What the agent typed in the panel for one ticket. */
export interface Typed {
  data: Partial<Record<DatumKey, string>>;
  interlocutor?: Interlocutor;
  /** Survey steps the agent ticked, by script id. */
  ticked?: string[];
}

/**
 * How the panel and the checklist name each datum: a datum kept in a field of its own by the field's name
 * (read when asked: on a ticket page the field names arrive with the config).
 */
export const DATUM_LABELS = {
  cpf: 'CPF',
  attempts: 'Número de tentativas',
  noContactReason: 'Motivo',
  chatProtocol: 'Protocolo do chat',
  transcript: 'Conversa',
  lowScoreReason: 'Motivo da nota baixa',
  solutionOffered: 'Solução oferecida',
  deadlines: 'Prazos informados',
  suggestion: 'Sugestão do beneficiário',
} as Record<DatumKey, string>;
for (const field of ['fullName', 'motherName', 'birthDate', 'plan', 'cnpj', 'providerEmployee'] as const)
  Object.defineProperty(DATUM_LABELS, field, { enumerable: true, get: () => FIELD_LABELS[field] });
