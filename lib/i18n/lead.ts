import { currentLanguage } from './index';
import { leadEn } from './lead-en';
import { type LeadKey, leadPtBR } from './lead-pt-BR';

export const leadI18n = {
  t(key: LeadKey): string {
    return (currentLanguage() === 'en' ? leadEn : leadPtBR)[key];
  },
};
