import { cliPtBR } from './cli';
import { formReportPtBR } from './form-report';
import { leadPtBR } from './lead';
import { notifyPtBR } from './notify';
import { optionsPtBR } from './options';
import { panelPtBR } from './panel';
import { rulesPtBR } from './rules';
import { settingsPtBR } from './settings';
import { teamPtBR } from './team';
import { teamFilePtBR } from './team-file';

/** What a ticket page says (panel, checks, gate): the part of the catalog its config carries. */
export const pagePtBR = { ...rulesPtBR, ...panelPtBR };

/** Every namespace in Brazilian Portuguese, the default: the catalog's shape, which English must match. */
export const ptBR = {
  ...pagePtBR,
  ...optionsPtBR,
  ...settingsPtBR,
  ...teamPtBR,
  ...teamFilePtBR,
  ...cliPtBR,
  ...leadPtBR,
  ...notifyPtBR,
  ...formReportPtBR,
};

export type MessageKey = keyof typeof ptBR;
export type Messages = Record<MessageKey, string>;
export type PageMessages = Record<keyof typeof pagePtBR, string>;
