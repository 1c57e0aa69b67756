import { EXCEL_BOM, excelRow } from '../csv/excel';
import { inPortuguese } from '../i18n/in-portuguese';
import type { NonCompliantEntry } from './report';

/**
 * Every non-compliant ticket of an audit as the CSV a lead opens in Excel (lib/core/csv/excel.ts: a BOM,
 * semicolons, quoted and formula-safe cells), handed over in pieces: the CLI writes them to a file and
 * the page to a Blob, so a file with a million misses is never one string in memory. The failures
 * are already CPF-masked by the tally.
 */
export class NonCompliantCsv {
  private text: string;
  /** Tickets listed so far. */
  rows = 0;

  constructor() {
    this.text =
      EXCEL_BOM +
      excelRow([
        inPortuguese('team.ticket'),
        inPortuguese('team.agent'),
        inPortuguese('team.day'),
        inPortuguese('team.what'),
      ]);
  }

  readonly add = (entry: NonCompliantEntry): void => {
    this.text += excelRow([entry.id, entry.agent, entry.day, entry.failed]);
    this.rows++;
  };

  /** Characters waiting to be taken. */
  get pending(): number {
    return this.text.length;
  }

  /** The text added since the last take. */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}

/** A file the list is written to piece by piece (`npm run audit -- … --csv <file>`). */
export interface OutputFile {
  /** Resolves once the text is handed to the disk (a slow disk slows the audit, never fills memory). */
  write: (text: string) => Promise<void>;
  close: () => Promise<void>;
  /** Closes and deletes it (the audit failed: no half list left behind). */
  discard: () => Promise<void>;
}

/** The list is handed to the disk in pieces of about this many characters. */
const PIECE = 1 << 20;

/** The CLI's list: filled as tickets are judged, written out after each chunk of the export. */
export class ListFile {
  private readonly csv = new NonCompliantCsv();
  /** A write failed (the disk, not the export, is the problem). */
  failed = false;

  constructor(private readonly file: OutputFile) {}

  readonly add = this.csv.add;

  get rows(): number {
    return this.csv.rows;
  }

  readonly flush = async (): Promise<void> => {
    if (this.csv.pending >= PIECE) await this.write(this.csv.take());
  };

  async finish(): Promise<void> {
    await this.write(this.csv.take());
    await this.file.close();
  }

  discard(): Promise<void> {
    return this.file.discard().catch(() => undefined);
  }

  private async write(text: string): Promise<void> {
    try {
      await this.file.write(text);
    } catch (error) {
      this.failed = true;
      throw error;
    }
  }
}
