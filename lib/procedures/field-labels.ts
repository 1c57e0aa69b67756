import type { FieldKey } from './vocabulary';

/**
 * How agents and leads call each SysAid field (messages, the options page, the reports). The ticket page's
 * content script gets ./field-labels-page.ts instead (wxt.config.ts): the labels come with its config.
 */
export const FIELD_LABELS: Record<FieldKey, string> = {
  callback: 'Ligação Ativa / Callback',
  cpfLookup: 'Consulta beneficiário (CPF)',
  category1: 'Categoria',
  category2: '2ª Categoria',
  category3: '3ª Categoria',
  status: 'Status',
  group: 'Grupo',
  title: 'Título',
  description: 'Descrição',
  fullName: 'Nome completo',
  motherName: 'Nome da mãe',
  birthDate: 'Data de nascimento',
  plan: 'Plano Assefaz',
  cnpj: 'CNPJ',
  providerEmployee: 'Colaborador do prestador',
  complianceStamp: 'Carimbo de conformidade',
};
