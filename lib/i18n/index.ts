import { en } from './en';
import { type MessageKey, type Messages, ptBR } from './pt-BR';

export type Language = 'pt-BR' | 'en';

const catalogs: Record<Language, Messages> = { 'pt-BR': ptBR, en };
let current: Messages = ptBR;

/**
 * The panel and options speak pt-BR unless the agent or lead chose English in the options. Unlike
 * browser.i18n (used for the manifest's own strings), this does not follow the browser's language:
 * call-center PCs often run an English Chrome.
 */
export function setLanguage(language: Language): void {
  current = catalogs[language] ?? ptBR;
}

/** `$1`, `$2`… are replaced by `substitutions`, as in browser.i18n messages. */
export function t(key: MessageKey, substitutions: string[] = []): string {
  const message = current[key] ?? ptBR[key];
  return message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

export const i18n = { t };
export type { MessageKey };
