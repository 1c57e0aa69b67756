import { t } from '../../core/i18n';
import { CLASSIC, SAVE, SPACES } from '../../core/sysaid/selectors';
import type { SelfTestRow } from '../assist/self-test';
import { labelText } from './label';
import { controlIn, type FieldControl } from './locate';
import { readField } from './read';
import { isTicketFormElement, ticketControlOf } from './save-gate/save-controls';

/**
 * "Relatório do formulário": the structure of the SysAid page a lead has in front of them, so a
 * developer can rebuild it as a replica and write a mapping, answering sysaid-dom.md's open questions.
 * Structure only: no value anyone typed (a text field shows its kind and length), no hidden input's
 * value (the CSRF token), no address query other than SysAid's ids, no names from user lists.
 * One file past 200 lines: the report's sections read top to bottom like the text they write.
 */
interface ReportInput {
  doc: Document;
  extensionVersion: string;
  selfTest: SelfTestRow[];
  now: Date;
}

/** Lists of people (agents, requesters): their options are names, so only their count is shown. */
const USER_LISTS = /user|responsib|assign(ed)?_?to|owner|submit/i;
const SAFE_QUERY = new Set(['id', 'SR_Type', 'templateID', 'templateId', 'fromId']);

const clip = (text: string | null | undefined, max = 80) => {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
};

function safeAddress(loc: Location): string {
  const params = new URLSearchParams(loc.search);
  const kept = [...params.entries()].map(([k, v]) => `${k}=${SAFE_QUERY.has(k) ? v : '…'}`);
  return `${loc.origin}${loc.pathname}${kept.length ? `?${kept.join('&')}` : ''}`;
}

function layoutOf(doc: Document): string {
  const uis: string[] = [];
  if (doc.querySelector(CLASSIC.fieldRow)) uis.push(t('formReport.uiClassicOld'));
  if (doc.querySelector('#sr-save-btn')) uis.push(t('formReport.uiClassicModern'));
  if (doc.querySelector(SPACES.fieldControl)) uis.push('Spaces (React + MUI)');
  return uis.join(' + ') || t('formReport.uiUnknown');
}

function frames(doc: Document): string[] {
  const lines: string[] = [];
  const win = doc.defaultView;
  let self = t('formReport.frameMain');
  try {
    const frame = win?.frameElement;
    if (frame)
      self = t('formReport.frameInside', [
        frame.id || t('formReport.noId'),
        frame.getAttribute('name') ?? '',
      ]);
    else if (win && win.top !== win) self = t('formReport.frameForeign');
  } catch {
    self = t('formReport.frameForeign');
  }
  lines.push(t('formReport.thisForm', [self]));
  for (const f of doc.querySelectorAll('iframe')) {
    let src = f.getAttribute('src') ?? '';
    try {
      src = new URL(src, doc.baseURI).pathname;
    } catch {
      src = '';
    }
    lines.push(`iframe#${f.id || t('formReport.noId')} name="${f.name}" src=${src}`);
  }
  return lines;
}

function kindOf(control: FieldControl | undefined): string {
  if (!control) return t('formReport.noControl');
  switch (control.kind) {
    case 'combobox':
      return t('formReport.stylishSelect', [
        control.name,
        clip(control.wrapper.className),
        t(control.select ? 'formReport.present' : 'formReport.absent'),
      ]);
    case 'select':
      return t('formReport.nativeSelect', [control.select.name]);
    case 'text':
      return `${control.input.tagName.toLowerCase()} type=${control.input.getAttribute('type') ?? 'text'} name="${control.input.name}" id="${control.input.id}"`;
    case 'mui':
      return 'combobox MUI (role=combobox)';
  }
}

function valueShape(control: FieldControl | undefined): string {
  if (!control) return '';
  if (control.kind === 'text') {
    const n = control.input.value.length;
    return n ? t('formReport.textValue', [String(n)]) : t('formReport.emptyValue');
  }
  const name =
    control.kind === 'combobox' ? control.name : control.kind === 'select' ? control.select.name : '';
  const captions =
    control.kind === 'combobox'
      ? (readField(control).options ?? []).map((o) => clip(o, 60))
      : control.kind === 'select'
        ? [...control.select.options].map((o) => clip(o.text, 60))
        : [];
  if (USER_LISTS.test(name)) return t('formReport.peopleOptions', [String(captions.length)]);
  return t('formReport.options', [captions.length ? captions.join(' | ') : t('formReport.noOptions')]);
}

/** Every field container the adapter knows how to read, with its label as shown. */
function fieldRows(doc: Document): string[] {
  const lines: string[] = [];
  const seen = new Set<Element>();
  const add = (key: string, label: string, container: Element) => {
    const control = controlIn(container);
    const el = control?.kind === 'combobox' ? control.wrapper : container;
    if (seen.has(el)) return;
    seen.add(el);
    lines.push(`- [${key}] "${clip(label)}" → ${kindOf(control)}; ${valueShape(control)}`);
  };
  for (const row of doc.querySelectorAll(CLASSIC.fieldRow)) {
    const label = [...row.children].find((c) => !c.matches(CLASSIC.controlCell));
    add(row.id.replace(CLASSIC.rowIdPrefix, ''), labelText(label ?? row), row);
  }
  for (const cell of doc.querySelectorAll(CLASSIC.controlCell)) {
    if (cell.closest(CLASSIC.fieldRow)) continue;
    const label = cell.parentElement?.querySelector(`:scope > ${CLASSIC.labelAbove}`);
    const key = cell.parentElement?.getAttribute('data-key') ?? cell.parentElement?.id ?? '';
    add(key || t('formReport.noKey'), label ? labelText(label) : t('formReport.noLabel'), cell);
    // Unlabeled widgets beside the first one (the modern category levels 2 and 3).
    for (const widget of [...cell.querySelectorAll(`[class*="${CLASSIC.comboboxClassSuffix}"]`)].slice(1)) {
      add(t('formReport.noOwnLabel'), '', widget);
    }
  }
  for (const control of doc.querySelectorAll(SPACES.fieldControl)) {
    add('MUI', control.querySelector(SPACES.label)?.textContent ?? '', control);
  }
  return lines;
}

function formsAndHidden(doc: Document): string[] {
  return [...doc.forms].map((form) => {
    const hidden = [...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map(
      (i) => i.name || i.id,
    );
    let action = '';
    try {
      action = new URL(form.getAttribute('action') || doc.location.href, doc.baseURI).pathname;
    } catch {
      action = '';
    }
    return (
      `form id="${form.id}" name="${form.getAttribute('name') ?? ''}" method=${form.method} action=${action}` +
      ` (${t(isTicketFormElement(form) ? 'formReport.ticketForm' : 'formReport.otherForm')}); ` +
      t('formReport.formLine', [String(form.elements.length), hidden.join(', ') || t('formReport.none')])
    );
  });
}

const ROLE_KEYS = {
  apply: 'formReport.apply',
  cancel: 'formReport.cancel',
  save: 'formReport.save',
} as const;
const VIA_KEYS = {
  mapping: 'formReport.viaMapping',
  label: 'formReport.viaLabel',
  name: 'formReport.viaName',
} as const;

const handlerNames = (el: Element) =>
  [...(el.getAttribute('onclick') ?? '').matchAll(/([A-Za-z_$][\w$.]*)\s*\(/g)].map((m) => m[1]).join(', ');

function saveControls(doc: Document): string[] {
  const candidates = doc.querySelectorAll(
    `${SAVE.byId.join(', ')}, ${SAVE.cancelById.join(', ')}, ${SAVE.clickable}`,
  );
  const lines: string[] = [];
  for (const el of candidates) {
    const control = ticketControlOf(el);
    if (!control || control.el !== el) continue;
    const caption = clip(el instanceof HTMLInputElement ? el.value : el.textContent, 40);
    const id = el.id ? `#${el.id}` : t('formReport.noId');
    const role = t(ROLE_KEYS[control.role]);
    const details = [clip(el.getAttribute('class')), caption, handlerNames(el) || t('formReport.noInline')];
    lines.push(`- ${role}: <${el.tagName.toLowerCase()}> ${t('formReport.saveLine', [id, ...details])}`);
  }
  return lines;
}

function categoryLevels(doc: Document): string[] {
  return ['problem_type', 'subcategory', 'thirdLevelCategory'].map((name, i) => {
    const present =
      doc.querySelector(`.${name}${CLASSIC.comboboxClassSuffix}`) ?? doc.querySelector(`[name="${name}"]`);
    return t('formReport.level', [
      String(i + 1),
      name,
      t(present ? 'formReport.present' : 'formReport.absentHere'),
    ]);
  });
}

export function formReport(input: ReportInput): string {
  const { doc } = input;
  const found = input.selfTest.map(
    (r) =>
      `- ${r.label}: ${r.found ? t('formReport.foundVia', [t(VIA_KEYS[r.via ?? 'name'])]) : t(r.fallback ? 'formReport.fallback' : 'formReport.missing')}`,
  );
  const sections: Array<[string, string[]]> = [
    [
      t('formReport.sectionPage'),
      [
        t('formReport.generated', [input.now.toISOString(), input.extensionVersion]),
        t('formReport.address', [safeAddress(doc.location)]),
        t('formReport.ui', [layoutOf(doc)]),
        t('formReport.pageLanguage', [doc.documentElement.lang || t('formReport.notGiven')]),
      ],
    ],
    [t('formReport.sectionFrames'), frames(doc)],
    [t('formReport.sectionForms'), formsAndHidden(doc)],
    [t('formReport.sectionFields'), fieldRows(doc)],
    [t('formReport.sectionCategory'), categoryLevels(doc)],
    [t('formReport.sectionSaves'), saveControls(doc)],
    [t('formReport.sectionProcedure'), found],
  ];
  const nothing = t('formReport.nothing');
  const body = sections.map(([title, lines]) => `## ${title}\n${lines.join('\n') || nothing}`).join('\n\n');
  return `# ${t('formReport.title')}\n\n${body}\n`;
}
