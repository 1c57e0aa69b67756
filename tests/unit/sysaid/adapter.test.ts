import { beforeEach, describe, expect, it } from 'vitest';
import { CLASSIC, SAVE, SPACES } from '../../../lib/core/sysaid/selectors';
import { isTicketForm, locateFields } from '../../../lib/page/sysaid/locate';
import { isLoading, readSnapshot } from '../../../lib/page/sysaid/read';
import { WriteError, writeControl } from '../../../lib/page/sysaid/write';
import { loadReplica } from '../support/replica';
import { shown } from '../support/shown';

describe('selectors against the committed replicas', () => {
  it('every Classic selector matches the classic replica', () => {
    loadReplica('classic');
    expect(document.querySelector(CLASSIC.form[0])).not.toBeNull();
    expect(document.querySelectorAll(CLASSIC.fieldRow).length).toBeGreaterThan(10);
    expect(document.querySelector(CLASSIC.loading)).not.toBeNull();
    expect(document.querySelector(CLASSIC.ticketNumber[0])).not.toBeNull();
    expect(document.querySelectorAll(CLASSIC.comboboxOptions('status')).length).toBe(5);
    expect(document.querySelector(SAVE.applyById[0])).not.toBeNull();
    expect(document.querySelector('table#OKBtn')?.matches(SAVE.byId.join(','))).toBe(true);
  });

  it('every Spaces selector matches the Spaces replica', () => {
    loadReplica('spaces');
    expect(document.querySelectorAll(SPACES.fieldControl).length).toBeGreaterThan(5);
    expect(document.querySelector(SPACES.combobox)).not.toBeNull();
    expect(document.querySelector(SAVE.byId[3])).not.toBeNull();
  });
});

describe('locating and reading the classic form', () => {
  beforeEach(() => loadReplica('classic'));

  it('the form counts as loading exactly while SysAid shows its loading indicator, however it hides it', () => {
    const indicator = document.querySelector<HTMLElement>(CLASSIC.loading);
    if (!indicator) throw new Error('no loading indicator in the replica');
    expect(isLoading(document)).toBe(false);
    indicator.style.display = 'block';
    expect(isLoading(document)).toBe(true);
    indicator.hidden = true;
    expect(isLoading(document)).toBe(false);
    indicator.hidden = false;
    // Hidden by a stylesheet rather than inline: still read right.
    indicator.removeAttribute('style');
    indicator.className = 'gone';
    document.head.insertAdjacentHTML('beforeend', '<style>.gone { visibility: hidden }</style>');
    expect(isLoading(document)).toBe(false);
    indicator.className = '';
    expect(isLoading(document)).toBe(true);
  });

  it('finds every field the procedures use, by the caption agents see', () => {
    expect(isTicketForm(document)).toBe(true);
    const found = locateFields(document);
    for (const key of [
      'callback',
      'cpfLookup',
      'category1',
      'category2',
      'category3',
      'status',
      'group',
      'title',
      'description',
    ] as const) {
      expect(found.get(key)?.via, key).toBe('label');
    }
    expect(found.get('callback')?.control.kind).toBe('combobox');
    expect(found.has('motherName')).toBe(false);
  });

  it('reads values and options as plain data', () => {
    const snapshot = readSnapshot(document, locateFields(document));
    expect(snapshot.fields.status).toEqual({
      value: 'Novo',
      options: ['Novo', 'Em atendimento', 'Encaminhado', 'Resolvido', 'Fechado'],
    });
    expect(snapshot.fields.callback?.value).toBe('Não');
    expect(snapshot.fields.category2?.options).toEqual([]);
  });

  it('a saved mapping wins; a broken selector falls back to the caption', () => {
    const mapped = locateFields(document, { plan: '#tr_labelId_responsibility', status: '%%%' });
    expect(mapped.get('plan')?.via).toBe('mapping');
    expect(mapped.get('status')?.via).toBe('label');
  });

  it('falls back to SysAid field names when captions are unknown', () => {
    for (const cell of document.querySelectorAll('td.Form_Label')) cell.textContent = '???';
    const found = locateFields(document);
    expect(found.get('status')?.via).toBe('name');
    expect(found.get('category1')?.via).toBe('name');
    expect(found.has('callback')).toBe(false);
  });
});

describe('writing like a person', () => {
  beforeEach(() => loadReplica('classic'));

  it('a Stylish Select: the visible text and the hidden select agree afterwards', async () => {
    const status = locateFields(document).get('status');
    if (!status) throw new Error('status not found');
    expect(await writeControl(status.control, 'Resolvido')).toBe(true);
    expect(document.querySelector('div[id$="_status"] .selectedTxt')?.textContent).toBe('Resolvido');
    expect(document.querySelector<HTMLSelectElement>('select[name="status"]')?.selectedOptions[0]?.text).toBe(
      'Resolvido',
    );
    expect(await writeControl(status.control, 'Resolvido')).toBe(false);
  });

  it('an option that does not exist is a clear pt-BR error', async () => {
    const status = locateFields(document).get('status');
    if (!status) throw new Error('status not found');
    const error = await writeControl(status.control, 'Cancelado').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(shown((error as WriteError).reason)).toBe('a opção "Cancelado" não existe nesta lista do SysAid.');
  });

  it('a text field gets input and change events', async () => {
    const cpf = locateFields(document).get('cpfLookup');
    if (cpf?.control.kind !== 'text') throw new Error('cpf not found');
    const events: string[] = [];
    for (const type of ['input', 'change']) cpf.control.input.addEventListener(type, () => events.push(type));
    await writeControl(cpf.control, 'ATIVO');
    expect(cpf.control.input.value).toBe('ATIVO');
    expect(events).toEqual(['input', 'change']);
  });
});

describe('Spaces: React-controlled inputs', () => {
  it('the prototype setter reaches app state where a plain assignment would not', async () => {
    loadReplica('spaces');
    const desc = locateFields(document).get('description');
    if (desc?.control.kind !== 'text') throw new Error('description not found');
    desc.control.input.value = 'plain assignment';
    desc.control.input.dispatchEvent(new Event('input', { bubbles: true }));
    desc.control.input.dispatchEvent(new FocusEvent('blur'));
    expect(desc.control.input.value).toBe(''); // React re-rendered from its state
    await writeControl(desc.control, 'via setter');
    expect(desc.control.input.value).toBe('via setter');
  });
});

describe('the modern Classic form, as the evidence shows it', () => {
  beforeEach(() => loadReplica('modern'));

  it('finds fields by the label above them (red * ignored) and the unlabeled category levels by name', () => {
    const found = locateFields(document);
    expect(found.get('status')?.via).toBe('label');
    expect(found.get('group')?.caption).toBe('Grupo admin');
    expect(found.get('category1')?.via).toBe('label');
    expect(found.has('category2')).toBe(false); // level 2 appears only once level 1 has children
    const readOnce = readSnapshot(document, found);
    expect(readOnce.fields.category1?.value).toBe(''); // the placeholder is not a value
    expect(readOnce.fields.group?.value).toBe(''); // "none" is not a value
    expect(readOnce.fields.status?.value).toBe('Novo');
  });

  it('the widget is found by its class token; the numeric-id div is its grandparent', () => {
    const status = locateFields(document).get('status');
    if (status?.control.kind !== 'combobox') throw new Error('status is not a Stylish Select');
    expect(status.control.name).toBe('status');
    expect(status.control.wrapper.id).toBe('');
    expect(status.control.wrapper.parentElement?.id).toMatch(/^\d+_status$/);
    expect(status.control.select?.name).toBe('status');
  });

  it("an agent's pick fires no DOM change event, and a re-read sees it", () => {
    const events: string[] = [];
    document.addEventListener('change', () => events.push('change'), true);
    document.querySelector<HTMLElement>('.status_CustomSelect .selectedTxt')?.click();
    const li = [...document.querySelectorAll<HTMLElement>('#addScroll_status_CustomSelect li')].find(
      (x) => x.textContent === 'Resolvido',
    );
    li?.click();
    expect(events).toEqual([]);
    expect(readSnapshot(document, locateFields(document)).fields.status?.value).toBe('Resolvido');
  });

  it('a real change on the hidden select re-syncs the widget', () => {
    const select = document.querySelector<HTMLSelectElement>('select[name="status"]');
    if (!select) throw new Error('no hidden select');
    const option = [...select.options].find((o) => o.text === 'Encaminhado');
    select.value = option?.value ?? '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.querySelector('.status_CustomSelect .selectedTxt')?.textContent).toBe('Encaminhado');
  });
});
