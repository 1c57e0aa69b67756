/**
 * What the options page and the compliance log say about the settings and the policy in force (kept
 * apart from the options page's own labels). The log always reads them in Portuguese, like the rest of it.
 */
export const settingsPtBR = {
  'settings.storedInvalid': 'As configurações salvas estavam inválidas; foram usados os padrões.',
  'settings.policyInvalidKept':
    'Política da organização inválida em "$1" ($2): mantido o último valor válido da política, travado.',
  'settings.policyInvalidDefault': 'Política da organização inválida em "$1" ($2): vale o padrão, travado.',
  'settings.policyPlaybooksEmptyKept':
    'A política "playbooks" chegou vazia (o navegador descarta o que o esquema da extensão não descreve, ou o arquivo não traz procedimentos): mantidos os últimos procedimentos válidos da política.',
  'settings.policyPlaybooksEmptyDefault':
    'A política "playbooks" chegou vazia (o navegador descarta o que o esquema da extensão não descreve, ou o arquivo não traz procedimentos): valem os procedimentos padrão.',
  'settings.policyPlaybookInvalidKept':
    'Procedimento "$1" da política inválido em $2 ($3): mantido o último válido da política.',
  'settings.policyPlaybookInvalidDefault':
    'Procedimento "$1" da política inválido em $2 ($3): vale o procedimento padrão.',
  'settings.policyPlaybooksPartial': 'A política "playbooks" traz só $1; $2 seguem o procedimento padrão.',
  'settings.playbooksFromPolicy': 'Em vigor pela política da organização: $1.',
  'settings.playbooksNoneFromPolicy':
    'A política da organização não trouxe nenhum procedimento válido: valem os padrões.',
  'settings.playbookWhereFile': '(arquivo)',
  'settings.playbookWhereRoot': '(raiz)',
  'settings.playbookNotJson': 'O arquivo não é um JSON válido: $1',
  'settings.playbookNoPlace':
    'Informe "field" ou "descriptionLabel": o dado precisa ter um lugar no chamado.',
  'settings.playbookNoChoices': 'Um requisito do tipo "choice" precisa de "choices".',
  'settings.playbookScriptMissing': 'Script "$1" não existe.',
  'settings.playbookSlotUnknown': 'Marcador $1 desconhecido. Use: $2.',
  'settings.playbookOutcomeRepeated': 'Desfecho repetido.',
} as const;
