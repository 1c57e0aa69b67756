import { currentLanguage, substitute } from './index';
import { optionsEn } from './options-en';
import { type OptionsKey, optionsPtBR } from './options-pt-BR';

/** The options page's own strings; the panel's catalog stays small for the content script. */
export const optionsI18n = {
  t(key: OptionsKey, substitutions: string[] = []): string {
    const catalog: Record<OptionsKey, string> = currentLanguage() === 'en' ? optionsEn : optionsPtBR;
    return substitute(catalog[key] ?? optionsPtBR[key], substitutions);
  },
};
