import type { settingsPtBR } from '../pt-BR/settings';

/** What the options page says about the settings and the policy in force, in English. */
export const settingsEn: Record<keyof typeof settingsPtBR, string> = {
  'settings.storedInvalid': 'The saved settings were invalid; the defaults were used.',
  'settings.policyInvalidKept':
    'Invalid organization policy in "$1" ($2): the last valid policy value is kept, locked.',
  'settings.policyInvalidDefault': 'Invalid organization policy in "$1" ($2): the default applies, locked.',
  'settings.policyPlaybooksEmptyKept':
    'The "playbooks" policy arrived empty (the browser drops what the extension\'s schema does not describe, or the file has no procedures): the last valid procedures of the policy are kept.',
  'settings.policyPlaybooksEmptyDefault':
    'The "playbooks" policy arrived empty (the browser drops what the extension\'s schema does not describe, or the file has no procedures): the default procedures apply.',
  'settings.policyPlaybookInvalidKept':
    'Invalid procedure "$1" in the policy at $2 ($3): the last valid one of the policy is kept.',
  'settings.policyPlaybookInvalidDefault':
    'Invalid procedure "$1" in the policy at $2 ($3): the default procedure applies.',
  'settings.policyPlaybooksPartial': 'The "playbooks" policy only has $1; $2 follow the default procedure.',
  'settings.playbooksFromPolicy': "In force by the organization's policy: $1.",
  'settings.playbooksNoneFromPolicy':
    "The organization's policy brought no valid procedure: the defaults apply.",
  'settings.playbookWhereFile': '(file)',
  'settings.playbookWhereRoot': '(root)',
  'settings.playbookNotJson': 'The file is not valid JSON: $1',
  'settings.playbookNoPlace': 'Give "field" or "descriptionLabel": the datum needs a place in the ticket.',
  'settings.playbookNoChoices': 'A requirement of type "choice" needs "choices".',
  'settings.playbookScriptMissing': 'Script "$1" does not exist.',
  'settings.playbookSlotUnknown': 'Unknown placeholder $1. Use: $2.',
  'settings.playbookOutcomeRepeated': 'Repeated outcome.',
};
