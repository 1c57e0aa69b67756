import { describe, expect, it, vi } from 'vitest';
import type { FieldKey } from '../../../lib/core/procedures/vocabulary';
import { locateFields } from '../../../lib/page/sysaid/locate';
import { isLoading, readField } from '../../../lib/page/sysaid/read';
import { writeControl } from '../../../lib/page/sysaid/write';
import { loadReplica } from '../support/replica';

/** Every list the procedures read, on both Classic layouts, with the value the replica's catalog gives it. */
const LISTS: Array<{ key: FieldKey; pick: string }> = [
  { key: 'category1', pick: 'Central de Atendimento' },
  { key: 'status', pick: 'Resolvido' },
  { key: 'group', pick: 'Autorizações' },
  { key: 'callback', pick: 'Sim' },
];

/** The renderings seen on real tenants: caption plain, caption inside span.defaultText, placeholder plain. */
const RENDERINGS = [{}, { widget: 'defaultText' }, { plainPlaceholder: 'Selecione' }];

function list(key: FieldKey) {
  const field = locateFields(document).get(key);
  if (field?.control.kind !== 'combobox') throw new Error(`${key} is not a Stylish Select here`);
  return field.control;
}

describe.each(['classic', 'modern'] as const)(
  'a list on the %s layout reads what its hidden select holds',
  (page) => {
    describe.each(RENDERINGS)('rendering %o', (variant) => {
      it.each(LISTS)(
        '$key: unset is empty, a pick by hand is seen, the fill takes',
        async ({ key, pick }) => {
          loadReplica(page, variant);
          const pickByHand = async (caption: string) => {
            // A click on the widget's item, no DOM event (what SysAid's widget does).
            const item = [...list(key).wrapper.querySelectorAll('li')].find(
              (li) => li.textContent === caption,
            );
            if (!item) throw new Error(`no item ${caption} in ${key}`);
            item.click();
            await vi.waitFor(() => expect(isLoading(document)).toBe(false));
          };
          if (key === 'group') {
            // A forwarded ticket's group, unset: whatever the widget shows, it never reads as a group.
            await pickByHand('none');
            expect(readField(list(key)).value).toBe('');
          }
          await pickByHand(pick);
          expect(readField(list(key)).value).toBe(pick);
          expect(readField(list(key)).shown).toBeUndefined();
          // The fill writes another value and reads it back (it would re-pick forever if it read '').
          const other = readField(list(key)).options?.find((o) => o !== pick) ?? '';
          await writeControl(list(key), other);
          await vi.waitFor(() => expect(isLoading(document)).toBe(false));
          expect(readField(list(key)).value).toBe(other);
        },
      );
    });
  },
);

describe('a widget that disagrees with its hidden select', () => {
  it('reads the select, and says what the widget shows', () => {
    loadReplica('classic');
    const control = list('status');
    const shownText = control.wrapper.querySelector('.selectedTxt');
    if (!shownText) throw new Error('no widget text');
    shownText.textContent = 'Encaminhado';
    expect(readField(control)).toMatchObject({ value: 'Novo', shown: 'Encaminhado' });
  });
});

describe('a label that shares its cell with the list', () => {
  it('is the label text alone, so the field is found', () => {
    loadReplica('classic', { sharedCell: true, widget: 'defaultText' });
    const found = locateFields(document);
    expect(found.get('callback')?.caption).toBe('Ligação Ativa / Callback');
    expect(found.get('status')?.caption).toBe('Status');
  });
});
