/**
 * A ticket's description read once for the audit: the same answers as `splitStamp` and
 * `parseDescription` (lib/rules), without their whole-text regex passes and copies. A chat ticket's
 * description is 0.5–3 KB and a year's export holds a million of them; the checks only need the
 * stamp line, the block at the top and whether anything follows it. The compiled judge's property
 * test (tests/unit/team-audit/compiled-judge.test.ts) holds these to the reference on odd texts.
 */
import { normalizeCaption } from '../caption';
import { CHAT_HEADER_LINE } from '../rules/description';
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
  labelled: Map<string, string>;
  /** Whether anything but blanks follows the block (`parseDescription(…).body.trim() !== ''`). */
  hasBody: boolean;
}

const NON_BLANK = /\S/g;

/**
 * `parseDescription(text, managed)`, reading lines only up to the end of the block at the top.
 * `labelled`: a map to fill (emptied first), so a million rows need not make a million maps.
 */
export function scanDescription(
  text: string,
  managed: ReadonlySet<string>,
  labelled = new Map<string, string>(),
): ScannedDescription {
  const input = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const lines = new LineReader(input);
  let line = lines.next();
  while (line !== undefined && line.trim() === '') line = lines.next();
  let header: string | undefined;
  if (line !== undefined && CHAT_HEADER_LINE.test(line)) {
    header = line.trim();
    line = lines.next();
  }
  labelled.clear();
  for (; line !== undefined; line = lines.next()) {
    if (!readLabelled(line)) break;
    const label = normalizeCaption(found.label);
    if (!managed.has(label)) break;
    if (!labelled.has(label)) labelled.set(label, found.value.trim());
  }
  let hasBody = false;
  if (line !== undefined) {
    NON_BLANK.lastIndex = lines.lineStart;
    hasBody = NON_BLANK.test(input);
  }
  return { header, labelled, hasBody };
}

/** The last line `readLabelled` matched: its label and value (one object, no match array per line). */
const found = { label: '', value: '' };

/**
 * `LABELLED_LINE.exec(line)` (/^\s*([^:\n]{2,40}):\s?(.*)$/) on a line without "\n", by hand: the label
 * runs to the first colon, after as many leading blanks as leave it 2–40 characters long; the value
 * is what follows the colon (and one blank), and holds no line break.
 */
function readLabelled(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon < 0) return false;
  let blanks = 0;
  while (blanks < colon && isSpace(line.charCodeAt(blanks))) blanks++;
  const start = Math.min(blanks, colon - 2);
  if (start < 0 || start < colon - 40) return false;
  const skip = colon + 1 < line.length && isSpace(line.charCodeAt(colon + 1)) ? 2 : 1;
  for (let i = colon + skip; i < line.length; i++) if (isLineBreak(line.charCodeAt(i))) return false;
  found.label = line.slice(start, colon);
  found.value = line.slice(colon + skip);
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

/** `text.split('\n')`, one line at a time. */
class LineReader {
  private at = 0;
  /** Where the line last returned starts. */
  lineStart = 0;
  constructor(private readonly text: string) {}

  next(): string | undefined {
    if (this.at > this.text.length) return undefined;
    this.lineStart = this.at;
    const end = this.text.indexOf('\n', this.at);
    const stop = end < 0 ? this.text.length : end;
    this.at = stop + 1;
    return this.text.slice(this.lineStart, stop);
  }
}

const isBlankChar = (code: number) => code === 0x20 || code === 0x09;
/** Where a multiline `^` matches after: \n, \r, U+2028, U+2029. */
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
