import type { Draft } from '../drafts/draft';
import type { Playbook } from '../procedures/schema';
import type { Channel } from '../procedures/vocabulary';
import type { SettingKey, Settings } from './schema';

/** What the background hands a ticket page: validated settings, the playbooks in force, what is locked. */
export interface Config {
  settings: Settings;
  playbooks: Record<Channel, Playbook>;
  locked: SettingKey[];
  problems: string[];
}

export interface TicketOpening {
  config: Config;
  draft: Draft | null;
}
