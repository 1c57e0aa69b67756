import type { Messages, PageMessages } from '../pt-BR';
import { cliEn } from './cli';
import { formReportEn } from './form-report';
import { leadEn } from './lead';
import { notifyEn } from './notify';
import { optionsEn } from './options';
import { panelEn } from './panel';
import { rulesEn } from './rules';
import { settingsEn } from './settings';
import { teamEn } from './team';
import { teamFileEn } from './team-file';

/** What a ticket page says, in English. */
export const pageEn: PageMessages = { ...rulesEn, ...panelEn };

/** Every namespace in English: a key missing in a namespace fails the type check there. */
export const en: Messages = {
  ...pageEn,
  ...optionsEn,
  ...settingsEn,
  ...teamEn,
  ...teamFileEn,
  ...cliEn,
  ...leadEn,
  ...notifyEn,
  ...formReportEn,
};
