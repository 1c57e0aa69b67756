import type { FieldKey } from '../procedures/vocabulary';

/**
 * The captions and names that find each field on SysAid's form (lib/core/sysaid/selectors.ts), as locate.ts
 * reads them. The ticket page's content script gets ./field-captions-page.ts instead (wxt.config.ts): there
 * the tables arrive with the config it reads at start anyway, not inside the script every SysAid page parses.
 */
export { FIELD_CAPTIONS, FIELD_NAMES } from './selectors';

export interface FieldTables {
  /** How agents call each field (lib/core/procedures/field-labels.ts). */
  labels: Record<FieldKey, string>;
  captions: Record<FieldKey, readonly string[]>;
  names: Partial<Record<FieldKey, readonly string[]>>;
}

/** Takes the tables a config carries (lib/background/settings/page-config.ts); built in here, so nothing to do. */
export function useFieldTables(_tables: FieldTables): void {}
