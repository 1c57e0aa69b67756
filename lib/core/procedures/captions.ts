import type { FieldKey } from './vocabulary';

/**
 * Every caption a SysAid field is known by: one entry per field, each list named by where it is used.
 * Everything else that names a field derives from here (FIELD_LABELS, lib/core/sysaid/selectors.ts'
 * FIELD_CAPTIONS, lib/core/team-audit/columns.ts, the default playbooks' description lines).
 */
export interface FieldCaptions {
  /** How agents and leads call the field: names it in messages, the options page and the reports. */
  name: string;
  /** On SysAid's ticket form, in the order they are tried: Assefaz's, SysAid's pt-BR and English defaults. */
  form: readonly string[];
  /** Column captions of SysAid's list export, the lead's word for the column first; absent: the form's. */
  export?: readonly string[];
  /** The label of the line written in the description when the form lacks the field (default playbooks). */
  description?: string;
}

export const FIELD_CAPTION_TABLE: Readonly<Record<FieldKey, FieldCaptions>> = {
  callback: {
    name: 'Ligação Ativa / Callback',
    form: ['Ligação Ativa / Callback', 'Ligação Ativa', 'Callback'],
  },
  cpfLookup: {
    name: 'Consulta beneficiário (CPF)',
    form: ['Consulta beneficiário (CPF)', 'Consulta beneficiário', 'CPF do beneficiário'],
    description: 'CPF',
  },
  category1: {
    name: 'Categoria',
    form: ['Categoria', 'Category', '1ª Categoria'],
    export: ['Categoria', 'Category', 'Primeira categoria', '1ª Categoria'],
  },
  category2: {
    name: '2ª Categoria',
    form: ['2ª Categoria', 'Subcategoria', 'Sub-Category', 'Subcategory', 'Segunda categoria'],
    export: [
      'Subcategoria',
      'Sub Category',
      'Subcategory',
      'Sub-Category',
      '2ª Categoria',
      'Segunda categoria',
    ],
  },
  category3: {
    name: '3ª Categoria',
    form: ['3ª Categoria', 'Terceira categoria', 'Third Level Category', 'Third Category'],
    export: [
      'Categoria de terceiro nível',
      'Third Level Category',
      'Third level category',
      'Categoria de 3º Nível',
      '3ª Categoria',
      'Terceira categoria',
    ],
  },
  status: { name: 'Status', form: ['Status', 'Situação'] },
  group: {
    name: 'Grupo',
    form: [
      'Grupo',
      'Grupo admin',
      'Admin group',
      'Grupo atribuído',
      'Grupo responsável',
      'Assigned Group',
      'Group',
    ],
    export: [
      'Grupo admin',
      'Admin group',
      'Grupo solucionador',
      'Equipe de Atendimento',
      'Grupo administrador',
      'Grupo',
      'Assigned group',
    ],
  },
  title: {
    name: 'Título',
    form: ['Título', 'Title', 'Assunto'],
    export: ['Título', 'Title', 'Assunto', 'Subject'],
  },
  description: { name: 'Descrição', form: ['Descrição', 'Description'] },
  fullName: {
    name: 'Nome completo',
    form: ['Nome completo', 'Nome do beneficiário'],
    description: 'Nome completo',
  },
  motherName: { name: 'Nome da mãe', form: ['Nome da mãe'], description: 'Nome da mãe' },
  birthDate: { name: 'Data de nascimento', form: ['Data de nascimento'], description: 'Data de nascimento' },
  plan: { name: 'Plano Assefaz', form: ['Plano Assefaz', 'Plano'], description: 'Plano Assefaz' },
  cnpj: { name: 'CNPJ', form: ['CNPJ', 'CNPJ do prestador'], description: 'CNPJ do prestador' },
  providerEmployee: {
    name: 'Colaborador do prestador',
    form: ['Colaborador do prestador', 'Nome do colaborador prestador'],
    description: 'Colaborador do prestador',
  },
  /** Optional custom field a lead maps for the compliance stamp (else it ends the description). */
  complianceStamp: { name: 'Carimbo de conformidade', form: ['Carimbo de conformidade', 'Compliance stamp'] },
};

/** One use of every field's captions, as a table by field. */
export function captionsFor<U>(use: (entry: FieldCaptions) => U): Record<FieldKey, U> {
  return Object.fromEntries(
    Object.entries(FIELD_CAPTION_TABLE).map(([key, entry]) => [key, use(entry)]),
  ) as Record<FieldKey, U>;
}

/** The description line's label of a field the default playbooks write there. */
export function descriptionLabel(field: FieldKey): string {
  const label = FIELD_CAPTION_TABLE[field].description;
  if (!label) throw new Error(`No description line for ${field}`);
  return label;
}
