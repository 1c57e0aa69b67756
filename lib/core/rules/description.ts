import { normalizeCaption } from '../caption/caption';

/**
 * What our block at the top of a description is made of, in the words of the playbooks in force: the
 * labels of its lines (normalized), and the chat header line (the SOP's "n.º do protocolo Chat (20
 * dígitos) seguido da informação Atendimento via Chat", in the playbook's `chatHeaderWords`).
 */
export interface ManagedLabels extends ReadonlySet<string> {
  /** A whole line "<protocol> <words>"; group 1 is the protocol. */
  readonly chatHeader: RegExp;
}

export function managedLabels(labels: Iterable<string>, headerWords: Iterable<string>): ManagedLabels {
  return Object.assign(new Set([...labels].map(normalizeCaption)), {
    chatHeader: chatHeaderLine(headerWords),
  });
}

const NEVER = /(?!)/;
const literally = (words: string) => words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole line "<protocol> <one of the words>", case ignored as agents type it (a never-matching one without words). */
export function chatHeaderLine(headerWords: Iterable<string>): RegExp {
  const words = [...new Set(headerWords)].map(literally).filter(Boolean);
  return words.length ? new RegExp(`^\\s*([\\d .-]+?)\\s+(?:${words.join('|')})\\s*$`, 'i') : NEVER;
}

const LABELLED_LINE = /^\s*([^:\n]{2,40}):\s?(.*)$/;

export interface DescriptionBlock {
  /** The chat header line, when the outcome asks for it. */
  header?: string;
  /** Labelled lines the procedure keeps at the top, in order. */
  lines: Array<{ label: string; value: string }>;
  /** Labels of lines we may have written before but no longer want (another outcome's data). */
  retired: Array<{ label: string; value: string }>;
  /** The conversation; `undefined` leaves whatever is there alone. */
  transcript?: string;
  /** What we wrote as conversation last time, so it is replaced instead of duplicated. */
  previousTranscript?: string;
}

export interface ParsedDescription {
  header?: string;
  /** Labelled lines of the managed block at the top, normalized label → value. */
  labelled: Map<string, string>;
  /** Everything below the managed block. */
  body: string;
}

/**
 * Our block is the run at the very top: an optional chat header, then `Label: value` lines with
 * labels we manage. Only that run is ever rewritten, so nothing the agent wrote below is lost.
 */
export function parseDescription(text: string, managedLabels: ManagedLabels): ParsedDescription {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && lines[i]?.trim() === '') i++;
  let header: string | undefined;
  const first = lines[i];
  if (first !== undefined && managedLabels.chatHeader.test(first)) {
    header = first.trim();
    i++;
  }
  const labelled = new Map<string, string>();
  for (; i < lines.length; i++) {
    const match = LABELLED_LINE.exec(lines[i] ?? '');
    const label = match ? normalizeCaption(match[1] ?? '') : '';
    if (!match || !managedLabels.has(label)) break;
    if (!labelled.has(label)) labelled.set(label, (match[2] ?? '').trim());
  }
  const body = trimBlankLines(lines.slice(i)).join('\n');
  return { header, labelled, body };
}

/** parseDescription(text).header without splitting the whole text (the channel is read on every ticket). */
export function descriptionHeader(text: string, chatHeader: RegExp): string | undefined {
  let start = 0;
  while (start < text.length && /\s/.test(text[start] as string)) start++;
  if (start === text.length) return undefined;
  const from = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('\r', start)) + 1;
  const lf = text.indexOf('\n', start);
  const cr = text.indexOf('\r', start);
  const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  const line = end < 0 ? text.slice(from) : text.slice(from, end);
  return chatHeader.test(line) ? line.trim() : undefined;
}

/**
 * The digits of a chat header's protocol (a header as parsing found it). The header's words start with a
 * letter (lib/core/procedures/schema.ts), so the protocol is the run of digits, spaces, dots and dashes before them.
 */
export function headerProtocol(header: string | undefined): string | undefined {
  const match = header ? PROTOCOL_RUN.exec(header) : null;
  return match?.[1]?.replace(/\D/g, '');
}
const PROTOCOL_RUN = /^\s*([\d .-]+?)\s+\p{L}/u;

export function composeDescription(current: string, block: DescriptionBlock, managedLabels: ManagedLabels) {
  const parsed = parseDescription(current, managedLabels);
  const wanted = new Map(block.lines.map((l) => [normalizeCaption(l.label), l]));
  const retired = new Map(block.retired.map((l) => [normalizeCaption(l.label), l.value]));
  const out: string[] = [];
  if (block.header) out.push(block.header);
  else if (parsed.header) out.push(parsed.header);
  for (const line of block.lines) out.push(`${line.label}: ${line.value}`);
  // Lines the agent wrote in the block themselves stay, unless they are exactly what we retired.
  for (const [label, value] of parsed.labelled) {
    if (wanted.has(label) || retired.get(label) === value) continue;
    const original = findOriginalLabel(current, label) ?? label;
    out.push(`${original}: ${value}`);
  }
  const body = placeTranscript(parsed.body, block.transcript, block.previousTranscript);
  return [out.join('\n'), body].filter((part) => part.trim() !== '').join('\n\n');
}

/**
 * How much conversation still fits in `max` characters: the description composed without it, measured
 * by the same code that writes it (two characters for the blank line between the block and the text).
 */
export function transcriptRoom(
  current: string,
  block: Omit<DescriptionBlock, 'transcript'>,
  managedLabels: ManagedLabels,
  max: number,
): number {
  const without = composeDescription(current, { ...block, transcript: '' }, managedLabels);
  return Math.max(0, max - without.length - 2);
}

function placeTranscript(body: string, transcript: string | undefined, previous: string | undefined): string {
  if (transcript === undefined) return body;
  for (const old of [previous, transcript]) {
    if (old && body.includes(old)) return body.replace(old, () => transcript);
  }
  if (!transcript) return body;
  return body ? `${transcript}\n\n${body}` : transcript;
}

function findOriginalLabel(text: string, normalized: string): string | undefined {
  for (const line of text.split('\n')) {
    const match = LABELLED_LINE.exec(line);
    if (match && normalizeCaption(match[1] ?? '') === normalized) return (match[1] ?? '').trim();
  }
  return undefined;
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start++;
  while (end > start && lines[end - 1]?.trim() === '') end--;
  return lines.slice(start, end);
}

/**
 * Fits the conversation into what SysAid can store, cutting the middle (the request at the start
 * and the outcome at the end matter most) with a visible marker.
 */
export const TRANSCRIPT_CUT_MARKER =
  '\n[… trecho da conversa removido: não coube no limite da descrição do SysAid …]\n';

export function fitTranscript(transcript: string, room: number): { text: string; cut: number } {
  if (transcript.length <= room) return { text: transcript, cut: 0 };
  const keep = Math.max(0, room - TRANSCRIPT_CUT_MARKER.length);
  const head = Math.ceil(keep / 2);
  const tail = keep - head;
  const text = transcript.slice(0, head) + TRANSCRIPT_CUT_MARKER + (tail > 0 ? transcript.slice(-tail) : '');
  return { text, cut: transcript.length - head - tail };
}
