import type { MessageKey } from './pt-BR';

/**
 * A sentence for the agent as a catalog key and its parameters: the engine and the adapter return these
 * and stay free of any language; lib/i18n renders them in the language chosen.
 */
export interface Text {
  readonly key: MessageKey;
  readonly args?: readonly string[];
}

export function text(key: MessageKey, ...args: Array<string | number>): Text {
  return args.length ? { key, args: args.map(String) } : { key };
}

/** Words that are not ours to translate (a playbook's label, a category path). */
export const verbatim = (words: string): Text => ({ key: 'text.verbatim', args: [words] });

export const sameText = (a: Text | undefined, b: Text | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.key === b.key &&
    (a.args ?? []).length === (b.args ?? []).length &&
    (a.args ?? []).every((arg, i) => arg === b.args?.[i]));
