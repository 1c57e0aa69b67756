import { guardPtBR } from './guard-pt-BR';
import type { MessageKey, Messages } from './pt-BR';
import type { Text } from './text';

export type Language = 'pt-BR' | 'en';

/**
 * Catalogs are registered by the pages that bundle them (options, team, background: ./portuguese.ts,
 * ./english.ts) and reach ticket pages inside their config: the content script carries none but the
 * save gate's few sentences, which it may need before the config is read.
 */
const catalogs: Partial<Record<Language, Messages>> = {};

export function registerCatalog(lang: Language, messages: Messages): void {
  catalogs[lang] = messages;
}
let current: Partial<Messages> = guardPtBR;
let language: Language = 'pt-BR';

export function currentLanguage(): Language {
  return language;
}

/**
 * The panel and options speak pt-BR unless the agent or lead chose English in the options. Unlike
 * browser.i18n (used for the manifest's own strings), this does not follow the browser's language:
 * call-center PCs often run an English Chrome.
 */
export function setLanguage(chosen: Language, messages?: Messages): void {
  if (messages) registerCatalog(chosen, messages);
  language = catalogs[chosen] ? chosen : 'pt-BR';
  current = catalogs[language] ?? guardPtBR;
}

/** `$1`, `$2`… are replaced by `substitutions`, as in browser.i18n messages. */
export function t(key: MessageKey, substitutions: string[] = []): string {
  return substitute(current[key] ?? catalogs['pt-BR']?.[key] ?? key, substitutions);
}

/** A sentence from the engine or the adapter, in the language chosen. */
export function say(text: Text): string {
  return t(text.key, text.args as string[] | undefined);
}

export function substitute(message: string, substitutions: string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

export const i18n = { t };
export type { MessageKey };
