import { FIELD_KEYS, type FieldKey } from '../procedures/vocabulary';
import type { FieldState, FormSnapshot } from '../rules/snapshot';
import { COLUMN_KEYS, type ColumnKey } from './columns';

type Index = Partial<Record<ColumnKey, number>>;

// Columns that are ticket fields; the rest (id, agent, date) describe the ticket.
const FIELD_COLUMNS = COLUMN_KEYS.filter((key): key is ColumnKey & FieldKey =>
  (FIELD_KEYS as readonly string[]).includes(key),
);

/** Where each ticket field is in a row, worked out once per file (not once per row). */
function fieldColumns(index: Index): Array<[FieldKey, number]> {
  const at: Array<[FieldKey, number]> = [];
  for (const key of FIELD_COLUMNS) {
    const i = index[key];
    if (i !== undefined) at.push([key, i]);
  }
  return at;
}

/** A cell as the form shows it: the export writes SysAid's line breaks as CRLF. */
const cellValue = (row: readonly string[], i: number) => {
  const value = row[i] ?? '';
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
};

/** A fresh snapshot per row (the reference judge's). */
function fieldReader(index: Index): (row: readonly string[]) => FormSnapshot {
  const at = fieldColumns(index);
  return (row) => {
    const fields: FormSnapshot['fields'] = {};
    for (const [key, i] of at) fields[key] = { value: cellValue(row, i) };
    return { fields };
  };
}

export function snapshotOf(row: readonly string[], index: Index): FormSnapshot {
  return fieldReader(index)(row);
}

/**
 * One snapshot for a whole file, its values replaced row after row (the compiled judge's): a million
 * rows make no million snapshots. Whatever reads it must not keep it past the row; the checks copy
 * what they quote.
 */
export class RowFields {
  readonly snapshot: FormSnapshot = { fields: {} };
  // Two plain arrays, read by index: no tuple to take apart per field per row.
  private readonly states: FieldState[] = [];
  private readonly columns: number[] = [];

  constructor(index: Index) {
    for (const [key, i] of fieldColumns(index)) {
      const state: FieldState = { value: '' };
      this.snapshot.fields[key] = state;
      this.states.push(state);
      this.columns.push(i);
    }
  }

  load(row: readonly string[]): FormSnapshot {
    for (let k = 0; k < this.states.length; k++)
      (this.states[k] as FieldState).value = cellValue(row, this.columns[k] as number);
    return this.snapshot;
  }
}
