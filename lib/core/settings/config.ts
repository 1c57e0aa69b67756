import type { PageMessages } from '../i18n/pt-BR';
import type { Playbook } from '../procedures/schema';
import type { Channel } from '../procedures/vocabulary';
import type { FieldTables } from '../sysaid/field-captions';
import type { SettingsProblem } from './problem';
import type { SettingKey, Settings } from './schema';

/** What the background hands a ticket page: validated settings, the playbooks in force, what is locked. */
export interface Config {
  settings: Settings;
  playbooks: Record<Channel, Playbook>;
  locked: SettingKey[];
  problems: SettingsProblem[];
  /**
   * The panel's stylesheet: it travels with the config, read at page start anyway, not inside the
   * content script every SysAid page parses (and still needs no web-accessible resource).
   */
  panelCss: string;
  /** How SysAid's form names each field (lib/core/sysaid/selectors.ts): the content script carries no copy. */
  fields: FieldTables;
  /** The panel's catalog in the language chosen (the content script carries none). */
  messages: PageMessages;
}
