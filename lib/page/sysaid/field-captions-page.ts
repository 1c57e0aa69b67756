import { FIELD_LABELS } from '../../core/procedures/field-labels';
import type { FieldKey } from '../../core/procedures/vocabulary';
import type { FieldTables } from '../../core/sysaid/field-captions';

/**
 * `../../core/sysaid/field-captions` as the ticket page's content script gets it (wxt.config.ts aliases it there): the
 * field tables come with the page's config (lib/page/assist/boot.ts hands them over before any field is looked
 * up). tests/unit/sysaid/field-captions.test.ts holds them to lib/core/sysaid/selectors.ts.
 */
export const FIELD_CAPTIONS = {} as Record<FieldKey, readonly string[]>;
export const FIELD_NAMES: Partial<Record<FieldKey, readonly string[]>> = {};

export function useFieldTables(tables: FieldTables): void {
  Object.assign(FIELD_LABELS, tables.labels);
  Object.assign(FIELD_CAPTIONS, tables.captions);
  Object.assign(FIELD_NAMES, tables.names);
}
