import { currentLanguage, substitute } from './index';
import { teamEn } from './team-en';
import { type TeamKey, teamPtBR } from './team-pt-BR';

export const teamI18n = {
  t(key: TeamKey, substitutions: string[] = []): string {
    const catalog: Record<TeamKey, string> = currentLanguage() === 'en' ? teamEn : teamPtBR;
    return substitute(catalog[key], substitutions);
  },
};
