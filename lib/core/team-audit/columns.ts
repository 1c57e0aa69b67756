import { normalizeCaption } from '../caption/caption';
import { captionsFor } from '../procedures/captions';
import { FIELD_KEYS, type FieldKey } from '../procedures/vocabulary';

/**
 * The columns of SysAid's list export the audit reads, and the captions SysAid writes for them in
 * pt-BR and English. Custom fields are found by their labels on the Assefaz form.
 */

/** Without these the verdicts would be wrong, so the audit refuses to run and names them. */
export const REQUIRED_COLUMNS = [
  'id',
  'category1',
  'category2',
  'category3',
  'status',
  'group',
  'submitUser',
  'requestTime',
  'description',
  'callback',
  'cpfLookup',
] as const;

/** Every other field of the form is read when the export has it (custom fields, the stamp's column). */
export type ColumnKey = (typeof REQUIRED_COLUMNS)[number] | FieldKey;
const REQUIRED: ReadonlySet<string> = new Set(REQUIRED_COLUMNS);
export const COLUMN_KEYS: readonly ColumnKey[] = [
  ...REQUIRED_COLUMNS,
  ...FIELD_KEYS.filter((key) => !REQUIRED.has(key)),
];

/**
 * A form field's column is captioned as the field's table says (lib/core/procedures/captions.ts: `export`, or
 * as on the form, as custom fields are); the audit's own columns (who, when, the ID) only here.
 */
export const COLUMN_CAPTIONS: Record<ColumnKey, readonly string[]> = {
  // "#" is every pt-BR tenant's ID caption; it is matched as written (normalising it gives "").
  id: ['#', 'ID', 'Nº', 'Número', 'No', 'Request ID', 'Service Record ID'],
  // Not "Usuário Solicitante" / "Usuário a ser Atendido": that is who asked (often the beneficiary's
  // side), not the agent who registered the ticket; taking it would credit the wrong person.
  submitUser: ['Usuário que enviou', 'Submit user', 'Enviado por', 'Submitted by'],
  requestTime: [
    'Data de abertura',
    'Request time',
    'Data de solicitação',
    'Data da solicitação',
    'Hora da solicitação',
    'Data de requisição',
    'Aberto em',
    'Insert time',
  ],
  ...captionsFor((c) => c.export ?? c.form),
};

/** Read only when the file has none of the key's own captions (one tenant's status is "Legenda"). */
const FALLBACK_CAPTIONS: Partial<Record<ColumnKey, readonly string[]>> = { status: ['Legenda'] };

/** Request-time captions whose dates are written month first (English lists). */
const ENGLISH_DATE_CAPTIONS = new Set(['request time', 'insert time']);

/** The lead's words for a column: the caption SysAid's pt-BR list shows ("#" reads as "ID" here). */
export const columnName = (key: ColumnKey) => (key === 'id' ? 'ID' : (COLUMN_CAPTIONS[key][0] ?? key));

/** "#" is a caption of its own; anything else is compared as an agent reads it. */
export function captionKey(raw: string): string {
  const trimmed = raw.trim();
  return trimmed === '#' ? '#' : normalizeCaption(trimmed);
}

/** The lead's answer for captions we did not recognise: caption → column (or ignore). */
export type ColumnMap = Record<string, ColumnKey | 'ignore'>;

export interface ColumnLayout {
  /** Where each recognised column is in the row. */
  index: Partial<Record<ColumnKey, number>>;
  /** Captions in the file nobody recognised (the lead may map them). */
  unknown: string[];
  /** Required columns the file does not have. */
  missing: ColumnKey[];
  /** Whether the request time's caption is English (dates month first unless the values say not). */
  englishDates: boolean;
}

const KNOWN = new Map<string, ColumnKey>();
for (const key of COLUMN_KEYS)
  for (const caption of COLUMN_CAPTIONS[key]) KNOWN.set(captionKey(caption), key);
const FALLBACK = new Map<string, ColumnKey>();
for (const [key, captions] of Object.entries(FALLBACK_CAPTIONS))
  for (const caption of captions) FALLBACK.set(captionKey(caption), key as ColumnKey);

export function detectColumns(header: readonly string[], map: ColumnMap = {}): ColumnLayout {
  const index: Partial<Record<ColumnKey, number>> = {};
  const unknown: string[] = [];
  const fallbacks: Array<[ColumnKey, number, string]> = [];
  const mapped = new Map(Object.entries(map).map(([caption, key]) => [captionKey(caption), key]));
  header.forEach((raw, i) => {
    const caption = captionKey(raw);
    // The list's icon-only "Alert" column exports with no caption: never a column, never "unknown".
    if (!caption) return;
    const key = mapped.get(caption) ?? KNOWN.get(caption);
    if (key === 'ignore') return;
    if (key && index[key] === undefined) index[key] = i;
    else if (key) return;
    else if (FALLBACK.has(caption)) fallbacks.push([FALLBACK.get(caption) as ColumnKey, i, raw.trim()]);
    else unknown.push(raw.trim());
  });
  for (const [key, i, raw] of fallbacks)
    if (index[key] === undefined) index[key] = i;
    else unknown.push(raw);
  const missing = REQUIRED_COLUMNS.filter((key) => index[key] === undefined);
  const dateAt = index.requestTime;
  const englishDates = dateAt !== undefined && ENGLISH_DATE_CAPTIONS.has(captionKey(header[dateAt] ?? ''));
  return { index, unknown, missing, englishDates };
}

/** A file with almost none of SysAid's captions is another kind of file altogether. */
export function looksLikeExport(layout: ColumnLayout): boolean {
  return Object.keys(layout.index).length >= 3;
}
