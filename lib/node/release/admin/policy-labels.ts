/** What the Group Policy editor shows for each key; a key without a label shows its own name. */
export type AdmLanguage = 'pt-BR' | 'en-US';

export const POLICY_LABELS: Record<AdmLanguage, Record<string, string>> = {
  'pt-BR': {
    agentName: 'Nome do atendente nos roteiros',
    language: 'Idioma do painel e das opções',
    fieldMapping: 'Mapeamento de campos do SysAid (JSON)',
    customHosts: 'Endereços do SysAid próprio (JSON)',
    playbooks: 'Procedimentos por canal (JSON)',
    descriptionMaxChars: 'Tamanho máximo da descrição do SysAid',
    categoryLoadTimeoutMs: 'Tempo máximo de carregamento da categoria (ms)',
    inactivity: 'Regra de inatividade do chat (JSON)',
    pauses: 'Cronograma de pausas (JSON)',
    allowOverride: 'Permitir salvar com justificativa',
    guardScope: 'Chamados conferidos pelo guarda (JSON)',
    draftTtlHours: 'Horas de validade de um rascunho',
    guardMode: 'Modo do guarda: bloquear ou só observar (piloto)',
  },
  'en-US': {
    agentName: "Agent's name in the scripts",
    language: 'Panel and options language',
    fieldMapping: 'SysAid field mapping (JSON)',
    customHosts: "The team's own SysAid addresses (JSON)",
    playbooks: 'Playbooks per channel (JSON)',
    descriptionMaxChars: "SysAid description's maximum length",
    categoryLoadTimeoutMs: 'Category load timeout (ms)',
    inactivity: 'Chat inactivity rule (JSON)',
    pauses: 'Pause schedule (JSON)',
    allowOverride: 'Allow saving with a justification',
    guardScope: 'Tickets the guard checks (JSON)',
    draftTtlHours: 'Hours a draft is kept',
    guardMode: 'Guard mode: block or only observe (pilot)',
  },
};

export const ADM_TEXT: Record<AdmLanguage, Record<string, string>> = {
  'pt-BR': {
    title: 'Assistente SysAid Assefaz',
    description: 'Configuração da extensão Assistente SysAid Assefaz por política.',
    category: 'Assistente SysAid Assefaz',
    supported: '{browser} com a extensão Assistente SysAid Assefaz instalada',
    json: 'Valor em JSON',
    number: 'Valor',
    text: 'Texto',
    choice: 'Opção',
    example: 'Exemplo',
    locked:
      'Um valor definido aqui vence e aparece como "Gerenciado pela sua organização"; um valor inválido é ignorado e informado no painel.',
  },
  'en-US': {
    title: 'Assefaz SysAid Assistant',
    description: 'Policy configuration of the Assefaz SysAid Assistant extension.',
    category: 'Assefaz SysAid Assistant',
    supported: '{browser} with the Assefaz SysAid Assistant extension installed',
    json: 'JSON value',
    number: 'Value',
    text: 'Text',
    choice: 'Choice',
    example: 'Example',
    locked:
      'A value set here wins and shows as "Managed by your organization"; an invalid value is ignored and reported in the panel.',
  },
};
