/**
 * What the options page and the compliance log say about the settings and the policy in force (kept
 * apart from the options page's own labels). The log always reads them in Portuguese, like the rest of it.
 */
export const settingsPtBR = {
  storedInvalid: 'As configurações salvas estavam inválidas; foram usados os padrões.',
  policyInvalidKept:
    'Política da organização inválida em "$1" ($2): mantido o último valor válido da política, travado.',
  policyInvalidDefault: 'Política da organização inválida em "$1" ($2): vale o padrão, travado.',
  policyPlaybooksEmptyKept:
    'A política "playbooks" chegou vazia (o navegador descarta o que o esquema da extensão não descreve, ou o arquivo não traz procedimentos): mantidos os últimos procedimentos válidos da política.',
  policyPlaybooksEmptyDefault:
    'A política "playbooks" chegou vazia (o navegador descarta o que o esquema da extensão não descreve, ou o arquivo não traz procedimentos): valem os procedimentos padrão.',
  policyPlaybookInvalidKept:
    'Procedimento "$1" da política inválido em $2 ($3): mantido o último válido da política.',
  policyPlaybookInvalidDefault:
    'Procedimento "$1" da política inválido em $2 ($3): vale o procedimento padrão.',
  policyPlaybooksPartial: 'A política "playbooks" traz só $1; $2 seguem o procedimento padrão.',
  playbooksFromPolicy: 'Em vigor pela política da organização: $1.',
  playbooksNoneFromPolicy:
    'A política da organização não trouxe nenhum procedimento válido: valem os padrões.',
} as const;

export type SettingsMessageKey = keyof typeof settingsPtBR;
