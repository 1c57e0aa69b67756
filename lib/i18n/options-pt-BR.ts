import { settingsPtBR } from './settings-pt-BR';

/** Options page text in Brazilian Portuguese (kept out of the content script). */
export const optionsPtBR = {
  ...settingsPtBR,
  optionsTitle: 'Assistente SysAid Assefaz — opções',
  saved: 'Salvo.',
  save: 'Salvar',
  partAgent: 'Para o atendente',
  partAgentHelp: 'O que cada atendente ajusta para si, neste navegador.',
  partLead: 'Para o líder ou a TI',
  partLeadHelp:
    'Como a extensão confere os chamados da equipe. Em geral vem da política da organização, que a TI instala.',
  partLeadHelpLocked:
    'Como a extensão confere os chamados da equipe. O que a política da organização define aparece como "$1" e não pode ser mudado aqui.',
  lockedByPolicy: 'Definido pela sua organização',
  sectionAgent: 'Nome e idioma',
  agentName: 'Seu nome (usado nos roteiros)',
  language: 'Idioma do painel',
  sectionPauses: 'Pausas agendadas',
  pausesHelp: 'Um aviso aparece em cada horário (horário de Brasília), mesmo com o SysAid em segundo plano.',
  pauseTime: 'Horário',
  pauseLabel: 'Descrição da pausa',
  pauseAdd: 'Adicionar pausa',
  pauseRemove: 'Remover',
  sectionInactivity: 'Inatividade do chat',
  sectionScope: 'Escopo do guarda',
  scopeHelp:
    'Quais chamados a extensão confere antes de salvar. Fora do escopo, o salvamento nunca é bloqueado e fica registrado como "fora do escopo".',
  scopeTitle: 'Chamados conferidos',
  scopeNew: 'Chamados novos e os em que o atendente escolheu um canal (padrão)',
  scopeAll: 'Todos os chamados',
  scopeTemplates: 'Só estes modelos do SysAid (templateID), além dos com canal escolhido',
  scopeTemplatesList: 'Modelos (separados por vírgula)',
  draftTtl: 'Esquecer rascunhos após (horas)',
  inactivityEvery: 'Intervalo entre chamadas (segundos)',
  inactivityCalls: 'Número de chamadas',
  inactivityCloseAfter: 'Encerrar após (segundos)',
  sectionHosts: 'Endereços do SysAid',
  hostsHelp:
    'O SysAid em nuvem (*.sysaidit.com) já funciona. Para um SysAid próprio, informe o endereço: o navegador pedirá permissão.',
  hostAdd: 'Adicionar endereço',
  hostInvalid: 'Endereço inválido: use algo como https://sysaid.exemplo.org.br',
  hostDenied: 'Permissão negada pelo navegador: o endereço não foi adicionado.',
  sectionMapping: 'Mapeamento de campos',
  mappingHelp:
    'Para campos que o SysAid da equipe nomeia de outro jeito: um seletor CSS da linha ou do campo (ex.: #tr_labelId_CustomColumn80sr). Vazio = encontrar pelo nome do campo.',
  mappingInvalid: 'Seletor CSS inválido: $1',
  sectionPlaybooks: 'Procedimentos',
  playbooksHelp:
    'Exporte, edite e importe os procedimentos em JSON. Um arquivo inválido é recusado e os procedimentos em uso continuam valendo.',
  playbooksExport: 'Exportar JSON',
  playbooksImport: 'Importar JSON',
  playbooksReset: 'Restaurar os procedimentos padrão',
  playbooksImported: 'Procedimentos importados.',
  playbooksRejected: 'Arquivo recusado; nada foi alterado. Problemas:',
  sectionReport: 'Relatório de conformidade',
  reportEmpty: 'Nenhum evento registrado ainda.',
  reportByCheck: 'Pendências mais comuns',
  reportByDay: 'Por dia',
  reportDay: 'Dia',
  reportBlocked: 'Bloqueados',
  reportCompliant: 'Conformes',
  reportOverride: 'Exceções',
  reportCheck: 'Verificação',
  reportCount: 'Vezes',
  reportFormFaults: 'Formulário do SysAid diferente do procedimento',
  reportFormFaultsHelp:
    'Salvamentos em que o formulário do SysAid não tinha o que o procedimento pede (não é falha do atendente). Corrija o mapeamento de campos ou o procedimento.',
  reportFormFault: 'O que faltou no formulário',
  reportFormFaultSaves: 'Exceções por formulário',
  reportObserved: 'Modo piloto (seriam bloqueados)',
  sectionGuard: 'Guarda do salvamento',
  guardModeTitle: 'Modo do guarda',
  guardModeHelp:
    'Em "Piloto", nada é bloqueado: o painel funciona igual, o que seria bloqueado é registrado e carimbado como não conforme. Use-o para a implantação num SysAid novo; depois, "Bloquear".',
  guardModeEnforce: 'Bloquear o salvamento fora do procedimento (padrão)',
  guardModeObserve: 'Piloto: só registrar, sem bloquear',
  allowOverride:
    'Permitir que o atendente salve um chamado bloqueado com uma justificativa escrita (registrada como exceção)',
  reportCsv: 'Exportar CSV (Excel)',
  reportNearFull:
    'O registro está quase cheio ($1 de $2 eventos): exporte o CSV; os eventos mais antigos serão descartados primeiro.',
  reportEvicted: '$1 eventos antigos já foram descartados.',
  policyProblems: 'Problemas na configuração:',
  sectionTeam: 'Conformidade da equipe',
  teamHelp:
    'Audite os chamados de toda a equipe a partir de uma exportação do SysAid (CSV ou XLSX), com as mesmas regras do guarda. O arquivo não sai deste computador.',
  teamOpen: 'Abrir a auditoria da equipe',
} as const;

export type OptionsKey = keyof typeof optionsPtBR;
