/**
 * A ticket's description read once for the audit: the same answers as `splitStamp` and
 * `parseDescription` (lib/rules), without their whole-text regex passes and copies. A chat ticket's
 * description is 0.5–3 KB and a year's export holds a million of them; the checks only need the
 * stamp line, the block at the top and whether anything follows it. The compiled judge's property
 * test (tests/unit/team-audit/compiled-judge.test.ts) holds these to the reference on odd texts.
 */
import { normalizeCaption } from '../caption/caption';
import type { LabelLookup } from '../rules/checks/requirement';
import type { ManagedLabels } from '../rules/description';
import { STAMP_PREFIX } from '../rules/stamp';

/** `splitStamp(text)`: the text without its stamp lines, and the last stamp line (trimmed). */
export function splitStampOnce(text: string): { text: string; stampLine?: string } {
  let at = text.indexOf(STAMP_PREFIX);
  if (at < 0) return { text };
  let rest = '';
  let kept = 0;
  let last: string | undefined;
  for (; at >= 0; at = text.indexOf(STAMP_PREFIX, at + 1)) {
    // A stamp line: the prefix after nothing but spaces and tabs from a line's start (/^[ \t]*…$/gm).
    let start = at;
    while (start > 0 && isBlankChar(text.charCodeAt(start - 1))) start--;
    if (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) continue;
    let end = text.indexOf('\n', at + STAMP_PREFIX.length);
    if (end < 0) end = text.length;
    rest += text.slice(kept, start);
    kept = end;
    last = text.slice(start, end);
    at = end - 1;
  }
  if (last === undefined) return { text };
  rest += text.slice(kept);
  if (rest.includes('\n\n\n')) rest = rest.replace(/\n{3,}/g, '\n\n');
  return { text: rest.trimEnd(), stampLine: last.trim() };
}

export interface ScannedDescription {
  /** The chat header line, trimmed, when the description opens with one. */
  header?: string;
  /** The managed block's labelled lines, normalized label → value (the first of each label). */
  labelled: LabelledLines;
  /** Whether anything but blanks follows the block (`parseDescription(…).body.trim() !== ''`). */
  hasBody: boolean;
}

/**
 * The block's few labelled lines in order, as a Map would hold them: refilled row after row, so a million
 * descriptions make no million maps.
 */
export class LabelledLines implements LabelLookup {
  private readonly labels: string[] = [];
  private readonly values: string[] = [];
  private count = 0;

  get(label: string): string | undefined {
    const at = this.indexOf(label);
    return at < 0 ? undefined : this.values[at];
  }

  has(label: string): boolean {
    return this.indexOf(label) >= 0;
  }

  private indexOf(label: string): number {
    for (let i = 0; i < this.count; i++) if (this.labels[i] === label) return i;
    return -1;
  }

  add(label: string, value: string): void {
    this.labels[this.count] = label;
    this.values[this.count++] = value;
  }

  clear(): void {
    this.count = 0;
  }

  /** [label, value] in order (the tests compare them with parseDescription's Map). */
  entries(): Array<[string, string]> {
    return this.labels.slice(0, this.count).map((label, i) => [label, this.values[i] as string]);
  }
}

const NON_BLANK = /\S/g;

/**
 * `parseDescription(text, managed)`, reading lines only up to the end of the block at the top.
 * `into`: the result of the previous row, refilled.
 */
export function scanDescription(
  text: string,
  managed: ManagedLabels,
  into: ScannedDescription = { labelled: new LabelledLines(), hasBody: false },
): ScannedDescription {
  const labelled = into.labelled;
  const input = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // Lines as `split('\n')` gives them, by their bounds: [start, end), the last one ending the text.
  let start = 0;
  let end = lineEnd(input, start);
  while (start <= input.length && isBlank(input, start, end)) {
    start = end + 1;
    end = lineEnd(input, start);
  }
  let header: string | undefined;
  const first = start <= input.length ? input.slice(start, end) : undefined;
  if (first !== undefined && managed.chatHeader.test(first)) {
    header = first.trim();
    start = end + 1;
    end = lineEnd(input, start);
  }
  labelled.clear();
  for (; start <= input.length; start = end + 1, end = lineEnd(input, start)) {
    if (!readLabelled(input, start, end)) break;
    const label = normalizeCaption(found.label);
    if (!managed.has(label)) break;
    if (!labelled.has(label)) labelled.add(label, found.value.trim());
  }
  let hasBody = false;
  if (start <= input.length) {
    NON_BLANK.lastIndex = start;
    hasBody = NON_BLANK.test(input);
  }
  into.header = header;
  into.hasBody = hasBody;
  return into;
}

const lineEnd = (text: string, start: number) => {
  const newline = start < text.length ? text.indexOf('\n', start) : -1;
  return newline < 0 ? text.length : newline;
};

/** `line.trim() === ''`: trim drops exactly what `\s` matches. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The last line `readLabelled` matched: its label and value (one object, no match array per line). */
const found = { label: '', value: '' };

/**
 * `LABELLED_LINE.exec(line)` (/^\s*([^:\n]{2,40}):\s?(.*)$/) on the line [start, end), by hand: the label
 * runs to the first colon, after as many leading blanks as leave it 2–40 characters long; the value
 * is what follows the colon (and one blank), and holds no line break.
 */
function readLabelled(text: string, start: number, end: number): boolean {
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon >= end) return false;
  let blanks = start;
  while (blanks < colon && isSpace(text.charCodeAt(blanks))) blanks++;
  const labelStart = Math.min(blanks, colon - 2);
  if (labelStart < start || labelStart < colon - 40) return false;
  const skip = colon + 1 < end && isSpace(text.charCodeAt(colon + 1)) ? 2 : 1;
  for (let i = colon + skip; i < end; i++) if (isLineBreak(text.charCodeAt(i))) return false;
  found.label = text.slice(labelStart, colon);
  found.value = text.slice(colon + skip, end);
  return true;
}

/** `\s` in a regular expression: WhiteSpace and LineTerminator as ECMAScript lists them. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isBlankChar = (code: number) => code === 0x20 || code === 0x09;
/** Where a multiline `^` matches after: \n, \r, U+2028, U+2029. */
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
