import { callbackPlaybook } from './callback';
import { chatPlaybook } from './chat';
import { type Playbook, playbookSchema } from './schema';
import { surveyPlaybook } from './survey';
import type { Channel } from './vocabulary';

/** The Assefaz playbooks as shipped; parsed once so defaults are applied and the data proven valid. */
export const DEFAULT_PLAYBOOKS: Record<Channel, Playbook> = {
  callback: playbookSchema.parse(callbackPlaybook),
  chat: playbookSchema.parse(chatPlaybook),
  survey: playbookSchema.parse(surveyPlaybook),
};
