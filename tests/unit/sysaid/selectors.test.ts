import { beforeEach, describe, expect, it } from 'vitest';
import { CLASSIC, SAVE, SPACES } from '../../../lib/core/sysaid/selectors';
import { loadReplica } from '../support/replica';

type Page = 'classic' | 'modern' | 'spaces';

/**
 * Every selector that knows SysAid's DOM, with the replica pages it must match (each replica rests on
 * the evidence in ../shared/sysaid-dom.md). A selector that stops matching its page fails here first,
 * before any end-to-end test has to find out why a field went missing.
 */
const TABLE: Array<{
  name: string;
  selector: string | readonly string[];
  pages: Page[];
  /** Generic on purpose and only used inside an element found first (why, in a few words). */
  scopedIn?: string;
}> = [
  { name: 'CLASSIC.form', selector: CLASSIC.form, pages: ['classic'] },
  { name: 'CLASSIC.namedForm', selector: CLASSIC.namedForm, pages: ['modern'] },
  { name: 'CLASSIC.fieldRow', selector: CLASSIC.fieldRow, pages: ['classic'] },
  { name: 'CLASSIC.controlCell', selector: CLASSIC.controlCell, pages: ['classic', 'modern'] },
  {
    name: 'CLASSIC.labelAbove',
    selector: CLASSIC.labelAbove,
    pages: ['modern'],
    scopedIn: 'the parent of a Classic control cell',
  },
  { name: 'CLASSIC.comboboxToggle', selector: CLASSIC.comboboxToggle, pages: ['classic', 'modern'] },
  {
    name: 'CLASSIC.comboboxClassSuffix',
    selector: `[class*="${CLASSIC.comboboxClassSuffix}"]`,
    pages: ['classic', 'modern'],
  },
  {
    name: 'CLASSIC.comboboxOptions(status)',
    selector: CLASSIC.comboboxOptions('status'),
    pages: ['classic', 'modern'],
  },
  { name: 'CLASSIC.loading', selector: CLASSIC.loading, pages: ['classic', 'modern'] },
  { name: 'CLASSIC.ticketNumber', selector: CLASSIC.ticketNumber, pages: ['classic', 'modern'] },
  { name: 'SPACES.fieldControl', selector: SPACES.fieldControl, pages: ['spaces'] },
  { name: 'SPACES.label', selector: SPACES.label, pages: ['spaces'], scopedIn: 'a Spaces field control' },
  { name: 'SPACES.combobox', selector: SPACES.combobox, pages: ['spaces'] },
  { name: 'SAVE.byId', selector: SAVE.byId, pages: ['classic', 'modern', 'spaces'] },
  { name: 'SAVE.applyById', selector: SAVE.applyById, pages: ['classic'] },
  // The modern Cancel is a link with no known id (sysaid-dom.md): found by caption, not by id.
  { name: 'SAVE.cancelById', selector: SAVE.cancelById, pages: ['classic'] },
  { name: 'SAVE.clickable', selector: SAVE.clickable, pages: ['classic', 'modern', 'spaces'] },
  { name: 'SAVE.plainClickable', selector: SAVE.plainClickable, pages: ['classic', 'modern', 'spaces'] },
  { name: 'SAVE.modern', selector: SAVE.modern, pages: ['modern'] },
  {
    name: 'SAVE.header',
    selector: SAVE.header,
    pages: ['modern'],
    scopedIn: 'the ancestors of #sr-save-btn',
  },
  { name: 'SAVE.dialog', selector: SAVE.dialog, pages: ['modern'] },
  { name: 'SAVE.inlineValidation', selector: SAVE.inlineValidation, pages: ['modern'] },
  { name: 'SAVE.listWidget', selector: SAVE.listWidget, pages: ['classic', 'modern', 'spaces'] },
];

const matches = (selector: string | readonly string[]) =>
  (typeof selector === 'string' ? [selector] : [...selector]).reduce(
    (n, s) => n + document.querySelectorAll(s).length,
    0,
  );

/*
 * Both ways: a selector matches the replicas its row names and nothing on the others. One that starts
 * matching where it should not (a Classic id on Spaces, a modern header in Classic) would send the
 * locator or the save gate to the wrong element without any field going missing.
 */
describe.each(['classic', 'modern', 'spaces'] as const)('selectors on the %s replica', (page) => {
  beforeEach(() => loadReplica(page));
  const due = TABLE.filter((row) => row.pages.includes(page));
  const foreign = TABLE.filter((row) => !row.pages.includes(page) && !row.scopedIn);
  it.each(due.map((row) => [row.name, row] as const))('%s matches', (_name, row) => {
    expect(matches(row.selector)).toBeGreaterThan(0);
  });
  it.each(foreign.map((row) => [row.name, row] as const))('%s matches nothing', (_name, row) => {
    expect(matches(row.selector)).toBe(0);
  });
});

describe('the selector table', () => {
  it('covers every selector exported by lib/core/sysaid/selectors.ts', () => {
    const named = new Set(TABLE.map((row) => row.name.replace(/\(.*\)$/, '')));
    const exported = [
      ...Object.entries(CLASSIC).map(([k, v]) => [`CLASSIC.${k}`, v] as const),
      ...Object.entries(SPACES).map(([k, v]) => [`SPACES.${k}`, v] as const),
      ...Object.entries(SAVE).map(([k, v]) => [`SAVE.${k}`, v] as const),
    ];
    // Not selectors: prefixes, captions and the unset-list text are checked where they are used.
    const notSelectors = new Set([
      'CLASSIC.rowIdPrefix',
      'CLASSIC.comboboxPlaceholder',
      'CLASSIC.unsetCaption',
      'SPACES.listbox',
      'SPACES.option',
      'SPACES.ticketNumber',
      'SAVE.captions',
      'SAVE.strongCaptions',
      'SAVE.applyCaptions',
      'SAVE.cancelCaptions',
      'SAVE.submit',
    ]);
    const missing = exported
      .map(([name]) => name)
      .filter((name) => !named.has(name) && !notSelectors.has(name));
    expect(missing).toEqual([]);
  });
});
