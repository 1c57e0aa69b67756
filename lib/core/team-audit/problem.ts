import type { ColumnKey } from './columns';

/** Why a file cannot be audited, in the lead's words; thrown from deep in the stream, caught once. */
export class ExportProblem extends Error {
  constructor(
    message: string,
    /** When columns are missing: what the file has that we did not recognise (the lead maps them). */
    readonly missing?: ColumnKey[],
    readonly unknown?: string[],
  ) {
    super(message);
  }
}
