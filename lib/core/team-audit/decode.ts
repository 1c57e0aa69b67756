/**
 * SysAid exports CSV in UTF-8 (with or without BOM) or, from older servers and Excel round trips,
 * Windows-1252. Anything else gets a message the lead can act on, never a report of garbled text.
 * The file arrives in chunks: the encoding is decided on the first DETECT_BYTES, and a character
 * split between two chunks is held until its last byte comes (TextDecoder's stream mode).
 */

import { t } from '../i18n';
import { ExportProblem } from './problem';

type Encoding = 'UTF-8' | 'Windows-1252';

/** Enough for the header and the first rows, where pt-BR captions ("Descrição") show the encoding. */
const DETECT_BYTES = 64 * 1024;
/** The double-encoding check reads this much: a real export shows it in its first rows. */
const DOUBLE_CHECK_CHARS = 200_000;

// WHATWG windows-1252 maps these five undefined bytes to C1 controls: no real 1252 text has them.
const UNDEFINED_IN_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;
// UTF-8 read back as 1252 and saved again ("AtenÃ§Ã£o"): the accents are lost for good.
const DOUBLE_ENCODED = /Ã[\u0080-\u00bf§£©¡³ª´º­]/;
const NON_ASCII = /[\u0080-\uffff]/;

export class ExportDecoder {
  encoding: Encoding | undefined;
  private decoder: TextDecoder | undefined;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private asciiSoFar = true;
  /** While all text was ASCII: the non-ASCII bytes the UTF-8 decoder holds at a chunk's end. */
  private held: Uint8Array = new Uint8Array(0);
  private checkedChars = 0;
  private sawText = false;

  /** Text of the bytes so far (maybe "" while the encoding is still being decided). */
  push(bytes: Uint8Array): string {
    if (bytes.includes(0)) throw new ExportProblem(t('teamFile.binary'));
    if (this.decoder) return this.decode(bytes, false);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    return this.pendingBytes < DETECT_BYTES ? '' : this.start(false);
  }

  /** The rest of the text; throws when the file had no text at all. */
  end(): string {
    const text = this.decoder ? this.decode(new Uint8Array(0), true) : this.start(true);
    if (!this.sawText) throw new ExportProblem(t('teamFile.empty'));
    return text;
  }

  private start(final: boolean): string {
    const prefix = concat(this.pending, this.pendingBytes);
    this.pending = [];
    const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    try {
      const text = utf8.decode(prefix, { stream: !final });
      this.decoder = utf8;
      this.encoding = 'UTF-8';
      this.held = heldTail(prefix);
      return this.checked(text);
    } catch {
      this.use1252();
      return this.decode(prefix, final);
    }
  }

  private use1252(): void {
    this.decoder = new TextDecoder('windows-1252');
    this.encoding = 'Windows-1252';
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    const decoder = this.decoder as TextDecoder;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !final });
    } catch {
      // Plain ASCII reads the same in both: a 1252 file whose first accent comes late is still 1252.
      if (!this.asciiSoFar || this.encoding !== 'UTF-8') throw new ExportProblem(t('teamFile.corrupted'));
      this.use1252();
      return this.decode(concat([this.held, bytes], this.held.length + bytes.length), final);
    }
    if (this.asciiSoFar && this.encoding === 'UTF-8') this.held = heldTail(bytes);
    if (this.encoding === 'Windows-1252' && UNDEFINED_IN_1252.test(text))
      throw new ExportProblem(t('teamFile.corrupted'));
    return this.checked(text);
  }

  private checked(text: string): string {
    if (this.asciiSoFar && NON_ASCII.test(text)) this.asciiSoFar = false;
    if (!this.sawText && /\S/.test(text)) this.sawText = true;
    if (this.checkedChars < DOUBLE_CHECK_CHARS) {
      this.checkedChars += text.length;
      if (DOUBLE_ENCODED.test(text.slice(0, DOUBLE_CHECK_CHARS)))
        throw new ExportProblem(t('teamFile.doubleEncoded'));
    }
    return text;
  }
}

/** The trailing bytes of an incomplete UTF-8 sequence (at most 3). */
function heldTail(bytes: Uint8Array): Uint8Array {
  let start = bytes.length;
  while (start > 0 && bytes.length - start < 3 && (bytes[start - 1] as number) >= 0x80) start--;
  return bytes.slice(start);
}

/** The parts as one array of `length` bytes (the one part itself when there is one). */
export function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const all = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; problem: string };

/** A whole file at once (tests, small inputs): the same decisions as the stream. */
export function decodeExport(bytes: Uint8Array): Decoded {
  const decoder = new ExportDecoder();
  try {
    if (bytes.length === 0) throw new ExportProblem(t('teamFile.empty'));
    const text = decoder.push(bytes) + decoder.end();
    return { ok: true, text, encoding: decoder.encoding as Encoding };
  } catch (error) {
    if (error instanceof ExportProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
