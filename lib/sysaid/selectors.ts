/**
 * Every selector that knows SysAid's DOM, as ordered fallback lists. Each names the page it serves
 * and the fact in ../shared/sysaid-dom.md it rests on; tests/unit/sysaid/selectors.test.ts checks
 * each against the committed replicas.
 */
import type { FieldKey } from '../procedures/vocabulary';

export const CLASSIC = {
  /** SREdit.jsp: the form element is #srForm [confirmed]. */
  form: ['#srForm', 'form[name="srForm"]'],
  /** Each field in tr#tr_labelId_<key> [confirmed]. */
  fieldRow: 'tr[id^="tr_labelId_"]',
  rowIdPrefix: 'tr_labelId_',
  /** The control cell [confirmed]; the label is in another, plain cell [inferred]. */
  controlCell: '.Form_Ctrl_Fields',
  /** Stylish Select wrapper div#<N>_<field> (N varies between renders) holds these [confirmed]. */
  comboboxText: '.selectedTxt > span, .selectedTxt',
  comboboxToggle: '.selectedTxt',
  comboboxOptions: (field: string) => `#addScroll_${field}_CustomSelect > ul > li`,
  /** Shown while a category change re-renders sections [confirmed]. */
  loading: '#formLoadingIndicator',
  /** "Incident #123" [confirmed]. */
  ticketNumber: ['.UI_Form_BreadCrumbs_Label > span'],
} as const;

export const SPACES = {
  /** MUI form controls [confirmed classes]; the label inside [inferred]. */
  fieldControl: '.MuiFormControl-root',
  label: '.MuiFormLabel-root, .MuiInputLabel-root, label',
  /** role=combobox / listbox / option [guess]. */
  combobox: '[role="combobox"]',
  listbox: '[role="listbox"]',
  option: '[role="option"]',
  ticketNumber: ['[data-testid="ticket-id"]', '#ticket-id'],
} as const;

/**
 * Save controls: Apply and OK tables in Classic [confirmed], the Spaces save button by its test hook
 * [confirmed], and any plain submit control as a last resort.
 */
export const SAVE_CONTROLS = [
  'table#ApplyBtn',
  'table#OKBtn',
  '[data-testid="action-line-save-button"]',
  '[data-cy="action-line-save-button"]',
  'input[type="submit"]',
  'button[type="submit"]',
] as const;

/** The Classic Apply button: the only one a playbook may let through early. */
export const APPLY_CONTROL = 'table#ApplyBtn';

/** Captions a field is known by: Assefaz's, SysAid's pt-BR and English defaults. */
export const FIELD_CAPTIONS: Record<FieldKey, string[]> = {
  callback: ['Ligação Ativa / Callback', 'Ligação Ativa', 'Callback'],
  cpfLookup: ['Consulta beneficiário (CPF)', 'Consulta beneficiário', 'CPF do beneficiário'],
  category1: ['Categoria', 'Category', '1ª Categoria'],
  category2: ['2ª Categoria', 'Subcategoria', 'Sub-Category', 'Subcategory', 'Segunda categoria'],
  category3: ['3ª Categoria', 'Terceira categoria', 'Third Level Category', 'Third Category'],
  status: ['Status', 'Situação'],
  group: ['Grupo', 'Grupo atribuído', 'Grupo responsável', 'Assigned Group', 'Group'],
  title: ['Título', 'Title', 'Assunto'],
  description: ['Descrição', 'Description'],
  fullName: ['Nome completo', 'Nome do beneficiário'],
  motherName: ['Nome da mãe'],
  birthDate: ['Data de nascimento'],
  plan: ['Plano Assefaz', 'Plano'],
  cnpj: ['CNPJ', 'CNPJ do prestador'],
  providerEmployee: ['Colaborador do prestador', 'Nome do colaborador prestador'],
};

/** Field names/ids of the Classic form [confirmed] and the API names Spaces may use [guess]. */
export const FIELD_NAMES: Partial<Record<FieldKey, string[]>> = {
  category1: ['problem_type'],
  category2: ['subcategory', 'problem_sub_type'],
  category3: ['thirdLevelCategory', 'third_level_category'],
  status: ['status'],
  group: ['assigned_group'],
  title: ['title'],
  description: ['desc', 'description'],
};
