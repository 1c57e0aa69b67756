import Papa from 'papaparse';
import { t } from '../i18n';
import { ExportProblem } from './problem';

export type Newline = '\r\n' | '\n' | '\r';

/** Far above anything SysAid's description holds: past this, a quote was never closed. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * CSV records from text that arrives in pieces: papaparse's own parser, given the text after the
 * last complete record each time (what papaparse's file streamers do), so a quoted multi-line
 * description split between two chunks comes out whole.
 */
export class CsvRows {
  private readonly parser: Papa.Parser;
  private partial = '';
  /** Records handed out so far (the spreadsheet's row number of the next one, minus 1). */
  records = 0;

  constructor(delimiter: string, newline: Newline) {
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  }

  push(text: string): string[][] {
    return this.parse(this.partial + text, false);
  }

  end(): string[][] {
    return this.parse(this.partial, true);
  }

  private parse(input: string, final: boolean): string[][] {
    const result = this.parser.parse(input, 0, !final) as { data: string[][]; meta: { cursor: number } };
    this.partial = final ? '' : input.slice(result.meta.cursor);
    if (this.partial.length > MAX_RECORD_CHARS)
      throw new ExportProblem(t('teamFile.openQuote', [String(this.records + 1)]));
    this.records += result.data.length;
    return result.data;
  }
}

/** Which line break the file uses, outside quoted text (a description may hold other breaks). */
export function guessNewline(sample: string): Newline {
  const bare = sample.replace(/"[^"]*"/g, '');
  const at = bare.search(/[\r\n]/);
  if (at < 0 || bare[at] === '\n') return '\n';
  return bare[at + 1] === '\n' ? '\r\n' : '\r';
}
