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

/** Same key and same parameters: both are built by `text()` / `verbatim()`, so their JSON is comparable. */
export const sameText = (a: Text | undefined, b: Text | undefined): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);
