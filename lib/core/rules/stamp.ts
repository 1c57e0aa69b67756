import type { Channel, Outcome } from '../procedures/vocabulary';

/**
 * The compliance stamp: one machine-readable line the guard writes into every ticket it lets
 * through, so SysAid's own reports and exports carry the verdict. No personal data, ever.
 *
 *   [Assefaz-Guia] v=1; playbook=callback@1; canal=callback; desfecho=resolved; resultado=conforme; ext=0.1.0
 *
 * `resultado` is `conforme`, `excecao` (with `excecao=<id>` of the justified exception in the
 * compliance log, and `motivo=formulario` when the SysAid form, not the data, differed from the procedure),
 * `aberto` (the protocol opened early by Aplicar; the final save replaces it) or `nao-conforme` (pilot
 * mode let a save through that the guard would have blocked).
 */
export const STAMP_PREFIX = '[Assefaz-Guia]';
export const STAMP_VERSION = 1;
export const STAMP_RESULTS = ['conforme', 'excecao', 'aberto', 'nao-conforme'] as const;
export type StampResult = (typeof STAMP_RESULTS)[number];

export interface Stamp {
  playbookId: string;
  playbookVersion: number;
  channel: Channel;
  outcome?: Outcome;
  result: StampResult;
  exceptionId?: string;
  /** Why an exception was needed: the SysAid form differed from the procedure. */
  reason?: 'formulario';
  extensionVersion: string;
}

const LINE = /^[ \t]*\[Assefaz-Guia\][^\n]*$/gm;

/** The stamp speaks the lead's language where a channel id would not: `canal=outro`. */
const STAMP_CHANNEL: Partial<Record<Channel, string>> = { other: 'outro' };
const CHANNEL_OF_STAMP: Record<string, Channel> = { outro: 'other' };

export function formatStamp(stamp: Stamp): string {
  const parts = [
    `v=${STAMP_VERSION}`,
    `playbook=${stamp.playbookId}@${stamp.playbookVersion}`,
    `canal=${STAMP_CHANNEL[stamp.channel] ?? stamp.channel}`,
    `desfecho=${stamp.outcome ?? '-'}`,
    `resultado=${stamp.result}`,
    ...(stamp.exceptionId ? [`excecao=${stamp.exceptionId}`] : []),
    ...(stamp.reason ? [`motivo=${stamp.reason}`] : []),
    `ext=${stamp.extensionVersion}`,
  ];
  return `${STAMP_PREFIX} ${parts.join('; ')}`;
}

/** The last stamp in a text (a description or a custom field), or undefined. */
export function parseStamp(text: string): Stamp | undefined {
  if (!text.includes(STAMP_PREFIX)) return undefined;
  const lines = text.match(LINE);
  const line = lines?.[lines.length - 1];
  return line ? stampOfLine(line) : undefined;
}

/** The stamp one stamp line states (a line `splitStamp` found), or undefined when it is not a valid one. */
export function stampOfLine(line: string): Stamp | undefined {
  const fields = new Map<string, string>();
  for (const part of line.trim().slice(STAMP_PREFIX.length).split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const playbook = /^([\w-]+)@(\d+)$/.exec(fields.get('playbook') ?? '');
  const channel = fields.get('canal');
  const result = fields.get('resultado') as StampResult | undefined;
  if (!playbook || !channel || !result || !STAMP_RESULTS.includes(result)) return undefined;
  const outcome = fields.get('desfecho');
  return {
    playbookId: playbook[1] ?? '',
    playbookVersion: Number(playbook[2]),
    channel: CHANNEL_OF_STAMP[channel] ?? (channel as Channel),
    outcome: outcome && outcome !== '-' ? (outcome as Outcome) : undefined,
    result,
    exceptionId: fields.get('excecao'),
    reason: fields.get('motivo') === 'formulario' ? 'formulario' : undefined,
    extensionVersion: fields.get('ext') ?? '',
  };
}

/** The text without any stamp line (what the procedure's checks read), and the last stamp line. */
export function splitStamp(text: string): { text: string; stampLine?: string } {
  if (!text.includes(STAMP_PREFIX)) return { text };
  const lines = text.match(LINE);
  if (!lines) return { text };
  return {
    text: text
      .replace(LINE, '')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd(),
    stampLine: lines.at(-1)?.trim(),
  };
}

/** A re-save replaces the stamp, never adds a second one; it goes last, after a blank line. */
export function withStamp(text: string, line: string): string {
  const rest = splitStamp(text).text;
  return rest ? `${rest}\n\n${line}` : line;
}
