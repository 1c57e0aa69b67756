import { normalizeCaption } from '../caption';
import { FIELD_KEYS, type FieldKey } from '../procedures/vocabulary';
import { FIELD_CAPTIONS } from '../sysaid/selectors';

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

/** Custom fields are captioned in the export as on the form: the adapter's own caption table. */
const customField = (key: FieldKey) => FIELD_CAPTIONS[key];

export const COLUMN_CAPTIONS: Record<ColumnKey, string[]> = {
  id: ['ID', 'Nº', 'Número', 'No', 'Request ID', 'Service Record ID'],
  category1: ['Categoria', 'Category', 'Primeira categoria', '1ª Categoria'],
  category2: [
    'Subcategoria',
    'Sub Category',
    'Subcategory',
    'Sub-Category',
    '2ª Categoria',
    'Segunda categoria',
  ],
  category3: [
    'Categoria de terceiro nível',
    'Third Level Category',
    'Third level category',
    '3ª Categoria',
    'Terceira categoria',
  ],
  status: ['Status', 'Situação'],
  group: ['Grupo admin', 'Admin group', 'Grupo administrador', 'Grupo', 'Assigned group'],
  submitUser: ['Usuário que enviou', 'Submit user', 'Enviado por', 'Submitted by'],
  requestTime: ['Data de abertura', 'Request time', 'Data da solicitação', 'Aberto em', 'Insert time'],
  description: ['Descrição', 'Description'],
  title: [...FIELD_CAPTIONS.title, 'Subject'],
  callback: customField('callback'),
  cpfLookup: customField('cpfLookup'),
  fullName: customField('fullName'),
  motherName: customField('motherName'),
  birthDate: customField('birthDate'),
  plan: customField('plan'),
  cnpj: customField('cnpj'),
  providerEmployee: customField('providerEmployee'),
  complianceStamp: customField('complianceStamp'),
};

export const columnName = (key: ColumnKey) => COLUMN_CAPTIONS[key][0] ?? key;

/** The lead's answer for captions we did not recognise: caption → column (or ignore). */
export type ColumnMap = Record<string, ColumnKey | 'ignore'>;

export interface ColumnLayout {
  /** Where each recognised column is in the row. */
  index: Partial<Record<ColumnKey, number>>;
  /** Captions in the file nobody recognised (the lead may map them). */
  unknown: string[];
  /** Required columns the file does not have. */
  missing: ColumnKey[];
}

const KNOWN = new Map<string, ColumnKey>();
for (const key of COLUMN_KEYS)
  for (const caption of COLUMN_CAPTIONS[key]) KNOWN.set(normalizeCaption(caption), key);

export function detectColumns(header: readonly string[], map: ColumnMap = {}): ColumnLayout {
  const index: Partial<Record<ColumnKey, number>> = {};
  const unknown: string[] = [];
  const mapped = new Map(Object.entries(map).map(([caption, key]) => [normalizeCaption(caption), key]));
  header.forEach((raw, i) => {
    const caption = normalizeCaption(raw);
    const key = mapped.get(caption) ?? KNOWN.get(caption);
    if (key === 'ignore') return;
    if (key && index[key] === undefined) index[key] = i;
    else if (!key && raw.trim()) unknown.push(raw.trim());
  });
  const missing = REQUIRED_COLUMNS.filter((key) => index[key] === undefined);
  return { index, unknown, missing };
}

/** A file with almost none of SysAid's captions is another kind of file altogether. */
export function looksLikeExport(layout: ColumnLayout): boolean {
  return Object.keys(layout.index).length >= 3;
}
