import type { SelfTestRow } from '../assist/self-test';
import { labelText } from './label';
import { controlIn, type FieldControl } from './locate';
import { readField } from './read';
import { isTicketFormElement, ticketControlOf } from './save-controls';
import { CLASSIC, SAVE, SPACES } from './selectors';

/**
 * "Relatório do formulário": the structure of the SysAid page a lead has in front of them, so a
 * developer can rebuild it as a replica and write a mapping, answering sysaid-dom.md's open questions.
 * Structure only: no value anyone typed (a text field shows its kind and length), no hidden input's
 * value (the CSRF token), no address query other than SysAid's ids, no names from user lists.
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
  if (doc.querySelector(CLASSIC.fieldRow)) uis.push('Classic antigo (linhas tr#tr_labelId_<campo>)');
  if (doc.querySelector('#sr-save-btn')) uis.push('Classic moderno (#sr-save-btn no cabeçalho)');
  if (doc.querySelector(SPACES.fieldControl)) uis.push('Spaces (React + MUI)');
  return uis.join(' + ') || 'não reconhecido';
}

function frames(doc: Document): string[] {
  const lines: string[] = [];
  const win = doc.defaultView;
  let self = 'documento principal';
  try {
    const frame = win?.frameElement;
    if (frame) self = `dentro de iframe#${frame.id || '(sem id)'} name="${frame.getAttribute('name') ?? ''}"`;
    else if (win && win.top !== win) self = 'dentro de um iframe de outra origem';
  } catch {
    self = 'dentro de um iframe de outra origem';
  }
  lines.push(`Este formulário: ${self}`);
  for (const f of doc.querySelectorAll('iframe')) {
    let src = f.getAttribute('src') ?? '';
    try {
      src = new URL(src, doc.baseURI).pathname;
    } catch {
      src = '';
    }
    lines.push(`iframe#${f.id || '(sem id)'} name="${f.name}" src=${src}`);
  }
  return lines;
}

function kindOf(control: FieldControl | undefined): string {
  if (!control) return 'sem controle reconhecido';
  switch (control.kind) {
    case 'combobox':
      return `Stylish Select (${control.name}; classes "${clip(control.wrapper.className)}"; select oculto ${control.select ? 'presente' : 'ausente'})`;
    case 'select':
      return `select nativo (name="${control.select.name}")`;
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
    return n ? `valor: texto com ${n} caractere(s)` : 'valor: vazio';
  }
  const name =
    control.kind === 'combobox' ? control.name : control.kind === 'select' ? control.select.name : '';
  const captions =
    control.kind === 'combobox'
      ? (readField(control).options ?? []).map((o) => clip(o, 60))
      : control.kind === 'select'
        ? [...control.select.options].map((o) => clip(o.text, 60))
        : [];
  if (USER_LISTS.test(name)) return `opções: ${captions.length} (lista de pessoas: nomes omitidos)`;
  return `opções: ${captions.length ? captions.join(' | ') : '(nenhuma)'}`;
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
    add(key || '(sem chave)', label ? labelText(label) : '(sem rótulo)', cell);
    // Unlabeled widgets beside the first one (the modern category levels 2 and 3).
    for (const widget of [...cell.querySelectorAll(`[class*="${CLASSIC.comboboxClassSuffix}"]`)].slice(1)) {
      add('(sem rótulo próprio)', '', widget);
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
      ` (${isTicketFormElement(form) ? 'formulário do chamado' : 'outro formulário: nunca bloqueado'}); ` +
      `${form.elements.length} elementos; campos ocultos (só nomes): ${hidden.join(', ') || 'nenhum'}`
    );
  });
}

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
    const id = el.id ? `#${el.id}` : '(sem id)';
    lines.push(
      `- ${control.role === 'apply' ? 'Aplicar' : control.role === 'cancel' ? 'Cancelar' : 'Salvar'}: ` +
        `<${el.tagName.toLowerCase()}> ${id} classes "${clip(el.getAttribute('class'))}" legenda "${caption}"` +
        `; onclick: ${handlerNames(el) || '(nenhum inline)'}`,
    );
  }
  return lines;
}

function categoryLevels(doc: Document): string[] {
  return ['problem_type', 'subcategory', 'thirdLevelCategory'].map((name, i) => {
    const present =
      doc.querySelector(`.${name}${CLASSIC.comboboxClassSuffix}`) ?? doc.querySelector(`[name="${name}"]`);
    return `Nível ${i + 1} (${name}): ${present ? 'presente' : 'ausente nesta tela'}`;
  });
}

export function formReport(input: ReportInput): string {
  const { doc } = input;
  const found = input.selfTest.map(
    (r) =>
      `- ${r.label}: ${r.found ? `encontrado (${r.via === 'mapping' ? 'mapeamento' : r.via === 'label' ? 'rótulo' : 'nome interno'})` : r.fallback ? 'sem campo próprio (vai para a descrição)' : 'NÃO encontrado'}`,
  );
  const sections: Array<[string, string[]]> = [
    [
      'Página',
      [
        `Gerado em ${input.now.toISOString()} pela extensão ${input.extensionVersion}`,
        `Endereço: ${safeAddress(doc.location)}`,
        `Interface: ${layoutOf(doc)}`,
        `Idioma da página: ${doc.documentElement.lang || '(não informado)'}`,
      ],
    ],
    ['Frames', frames(doc)],
    ['Formulários', formsAndHidden(doc)],
    ['Campos', fieldRows(doc)],
    ['Categoria', categoryLevels(doc)],
    ['Controles de salvar', saveControls(doc)],
    ['Campos do procedimento', found],
  ];
  const body = sections.map(([title, lines]) => `## ${title}\n${lines.join('\n') || '(nada)'}`).join('\n\n');
  return `# Relatório do formulário (SysAid)\n\n${body}\n`;
}
