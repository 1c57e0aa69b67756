/**
 * Every selector that knows SysAid's DOM, as ordered fallback lists. Each names the page it serves
 * and the fact in ../shared/sysaid-dom.md it rests on; tests/unit/sysaid/selectors.test.ts checks
 * each against the committed replicas.
 */
import { captionsFor } from '../procedures/captions';
import type { FieldKey } from '../procedures/vocabulary';

export const CLASSIC = {
  /** SREdit.jsp: the form element is #srForm [confirmed]. */
  form: ['#srForm', 'form[name="srForm"]'],
  /** SysAid-generated forms validate then call document.frm.submit() [confirmed]. */
  namedForm: 'form[name="frm"]',
  /** Each field in tr#tr_labelId_<key> [confirmed]. */
  fieldRow: 'tr[id^="tr_labelId_"]',
  rowIdPrefix: 'tr_labelId_',
  /** The control cell [confirmed]; the label is in another, plain cell [inferred]. */
  controlCell: '.Form_Ctrl_Fields',
  /** Modern Classic: the label above the control cell, `Form_Ctrl_Label` or `<label title>` [confirmed]. */
  labelAbove: 'label, .Form_Ctrl_Label',
  /**
   * Stylish Select [confirmed]: div#<N>_<field> (N varies between renders) > the widget
   * `.newListSelected.<field>_CustomSelect` (no id) > `.selectedTxt`, which shows the caption or a
   * `.defaultText` placeholder; an unset list reads "none".
   */
  comboboxToggle: '.selectedTxt',
  comboboxClassSuffix: '_CustomSelect',
  comboboxPlaceholder: '.defaultText',
  unsetCaption: 'none',
  comboboxOptions: (field: string) => `#addScroll_${field}_CustomSelect > ul > li`,
  /** Shown while a category change re-renders sections [confirmed]. */
  loading: '#formLoadingIndicator',
  /** "Incident #123" in the old layout; the modern breadcrumb's last part [confirmed]. */
  ticketNumber: ['.UI_Form_BreadCrumbs_Label > span', '.breadcrumbs-wrapper-title-2'],
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
 * Save controls. Known by id: the old Classic Apply/OK tables [confirmed], the modern Classic Save
 * `#sr-save-btn` [confirmed], the Spaces save button's test hooks [confirmed]. The modern Apply has no
 * known id [unknown]: it is found by caption inside the header that holds `#sr-save-btn`.
 */
export const SAVE = {
  byId: [
    'table#ApplyBtn',
    'table#OKBtn',
    '#sr-save-btn',
    '[data-testid="action-line-save-button"]',
    '[data-cy="action-line-save-button"]',
  ],
  /** The only save a playbook may let through early ("Aplicar": save and stay). */
  applyById: ['table#ApplyBtn'],
  captions: ['Aplicar', 'Apply', 'Salvar', 'Save', 'OK'],
  /**
   * Captions that save wherever they are on a ticket page (menu items such as "Ações" → "Salvar e fechar",
   * `div`/`span` buttons) [inferred from SysAid's Actions menu; exact captions per tenant unknown].
   */
  strongCaptions: [
    'Salvar e fechar',
    'Salvar e novo',
    'Salvar e sair',
    'Salvar e continuar',
    'Save & Close',
    'Save and Close',
    'Save & New',
    'Save and New',
  ],
  applyCaptions: ['Aplicar', 'Apply'],
  /** Cancel leaves the ticket unsaved: its draft is dropped. `#sr-cancel-btn` is a [guess] beside `#sr-save-btn`. */
  cancelById: ['table#CancelBtn', '#sr-cancel-btn'],
  /**
   * SysAid's inline validation message, when it refuses a save on the page instead of with alert()
   * [guess: the form-structure report of the real page should confirm it].
   */
  inlineValidation: '.validation-error, .field-validation-error, .error-message, .Form_Ctrl_Error',
  /** A dialog over the form (confirmations, pickers) [guess: jQuery UI, Bootstrap, native]: its "Cancelar" is not the ticket's. */
  dialog: '[role="dialog"], [role="alertdialog"], dialog, .ui-dialog, .modal',
  cancelCaptions: ['Cancelar', 'Cancel'],
  /**
   * SysAid's list widgets, where a click picks an option (never a save): Stylish Select's widget and its
   * option list [confirmed], ARIA lists [guess].
   */
  listWidget: '.newListSelected, [id^="addScroll_"], [role="listbox"], [role="option"], [role="combobox"]',
  /** What a person clicks in a header: buttons, links and the old three-part tables. */
  clickable:
    'button, a, input[type="button"], input[type="submit"], [role="button"], [role="menuitem"], table.Button3Parts',
  /** Elements SysAid makes clickable with a handler only (`div`/`span` buttons, menu `li`s). */
  plainClickable: 'div, span, li',
  /** The modern Classic's Save [confirmed]: Apply and Cancel are found beside it, by caption. */
  modern: '#sr-save-btn',
  /** The header row around #sr-save-btn [confirmed position, container guessed]. */
  header: 'header, [class*="header" i], [id*="header" i], [class*="toolbar" i], .Form_Buttons',
  /** Plain submit controls count only inside a ticket form (never a search box or login form). */
  submit: 'input[type="submit"], button[type="submit"], button:not([type])',
} as const;

/**
 * Requests that save a service record, for the page-world backstop (saves SysAid's own code makes over
 * XHR/fetch): a POST/PUT to the Classic form's JSPs [confirmed URLs; that the modern Save posts SREdit.jsp
 * over XHR is inferred] or to the REST record endpoint Spaces may use [confirmed API, its use by Spaces a
 * guess]. The category cascade also posts the form over AJAX [confirmed]; its URL is [unknown]: a request
 * that names a refresh is not a save [guess — check against the form-structure report of the real page].
 */
export const SAVE_REQUESTS = {
  methods: ['POST', 'PUT'],
  endpoints: [/\/(SREdit|SubmitSR)\.jsp(\?|#|$)/i],
  /** SysAid's REST save of a service record (Spaces) [confirmed path]: never a section reload. */
  api: /\/api\/v1\/sr(\/\d+)?\/?(\?|#|$)/i,
  notSaves: [/[?&](ajax[a-z]*|refresh[a-z]*|reload[a-z]*|updateCategory)=/i],
  /** A form-encoded body that carries these Classic fields is the ticket form, whatever the URL [confirmed names]. */
  bodyFields: ['problem_type', 'assigned_group'],
} as const;

/**
 * The pages that show a service record (PROCEDURES.md, "Service records only"): the Classic form
 * `SREdit.jsp` and the end-user `SubmitSR.jsp` [confirmed], a Spaces ticket under `/spaces/…ticket…`
 * [guess: exact path unknown]. Every other SysAid page (end users, assets, CIs, note and attachment popups,
 * login) has no panel and no guard, even with the same `table#OKBtn` / `#ApplyBtn` buttons.
 */
export const TICKET_PAGES: readonly RegExp[] = [
  /\/(SREdit|SubmitSR)\.jsp$/i,
  /\/spaces\/(.*\/)?tickets?(\/|$)/i,
];

/** SysAid's login form: a password box [guess: any SysAid page with one is where an expired session lands]. */
export const LOGIN_PAGE = 'input[type="password"]';

/** Captions a field is known by on the ticket form (lib/core/procedures/captions.ts, `form`). */
export const FIELD_CAPTIONS: Record<FieldKey, readonly string[]> = /* @__PURE__ */ captionsFor((c) => c.form);

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
