import { callbackPlaybook } from './callback';
import { chatPlaybook } from './chat';
import { completePlaybook } from './complete';
import { otherPlaybook } from './other';
import type { Playbook } from './schema';
import { surveyPlaybook } from './survey';
import type { Channel } from './vocabulary';

/** The Assefaz playbooks as shipped (tests/unit/procedures prove them valid against the schema). */
export const DEFAULT_PLAYBOOKS: Record<Channel, Playbook> = {
  callback: completePlaybook(callbackPlaybook),
  chat: completePlaybook(chatPlaybook),
  survey: completePlaybook(surveyPlaybook),
  other: completePlaybook(otherPlaybook),
};
