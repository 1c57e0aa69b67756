/**
 * One translator for every sentence a person reads. Keys are namespaced (`panel.title`, `team.title`,
 * `cpf.missing`…); each namespace lives in `pt-BR/<ns>.ts` and `en/<ns>.ts`, and a bundle registers only
 * the namespaces it shows: pages and the background all of them (./portuguese.ts, ./english.ts), the
 * lead tools and the form report their own, and ticket pages get theirs inside their config. The content
 * script carries no catalog but the save gate's few sentences, which it may need before the config is read.
 *
 * Portuguese by design, in any language chosen (never translated, and nowhere else justified):
 * - the procedures' own words: the SOP's scripts, the playbooks' channel, outcome, category and status
 *   names, and the closing phrases a notification quotes;
 * - SysAid's captions (fields, columns, options), quoted or named as SysAid shows them;
 * - what is written into SysAid or kept as a record: the stamp and the description lines, the compliance
 *   log's entries and the CSV exports (headers and cells of the log; headers of the team audit's list);
 * - the MAIN-world guard's last-resort alert and the gate's sentences before the config is read;
 * - IT's release tool and the admin kit it writes, and the developer scripts (`npm start`, the bench).
 */

import type { MessageKey, Messages } from './pt-BR';
import { guardPtBR } from './pt-BR/guard';
import type { Text } from './text';

export type Language = 'pt-BR' | 'en';

/** The save gate's sentences first: a ticket page may need them before its config brings the rest. */
const catalogs: { 'pt-BR': Partial<Messages>; en?: Partial<Messages> } = { 'pt-BR': guardPtBR };
let language: Language = 'pt-BR';

/** Adds namespaces to a language's catalog (a bundle registers those it shows). */
export function registerCatalog(lang: Language, messages: Partial<Messages>): void {
  catalogs[lang] = { ...catalogs[lang], ...messages };
}

export function currentLanguage(): Language {
  return language;
}

/**
 * The panel and options speak pt-BR unless the agent or lead chose English in the options. Unlike
 * browser.i18n (used for the manifest's own strings), this does not follow the browser's language:
 * call-center PCs often run an English Chrome.
 */
export function setLanguage(chosen: Language, messages?: Partial<Messages>): void {
  if (messages) registerCatalog(chosen, messages);
  language = catalogs[chosen] ? chosen : 'pt-BR';
}

/** `$1`, `$2`… are replaced by `substitutions`, as in browser.i18n messages. */
export function t(key: MessageKey, substitutions: readonly string[] = []): string {
  return substitute(catalogs[language]?.[key] ?? catalogs['pt-BR'][key] ?? key, substitutions);
}

/** A sentence from the engine or the adapter, in the language chosen. */
export function say(text: Text): string {
  return t(text.key, text.args);
}

export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => substitutions[+n - 1] ?? '');
}

export type { MessageKey };
