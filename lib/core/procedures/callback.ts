import { beneficiaryRequirements } from './beneficiary';
import type { PlaybookInput } from './schema';
import { CALL_DEFAULTS, SHIPPED_FINAL_STATUSES } from './tenant';

// Quotes from docs/sop/6.12-ligacao-ativa-callback.txt
export const CALLBACK_SOP = {
  always: '1 - Sempre selecionar a opção Sim em "Ligação Ativa / Callback"',
  confirm:
    'Confirmação: Solicitar obrigatoriamente os dados: CPF, nome completo, data de nascimento e nome da mãe.',
  cpf: '3 - No campo Consulta beneficiário (CPF), inserir o CPF.',
  categorizeByDemand: '2 - Categorizar o protocolo conforme a demanda',
  resolvedPath: '2 - Categorização: Central de Atendimento > Ligação Ativa / Callback > Contato realizado',
  resolvedStatus: '4 - Selecionar os status Resolvido e finalizar o protocolo.',
  noContactPath: '2 - Categorização: Central de Atendimento > Ligação Ativa / Callback > Sem comunicação.',
  ativo:
    '3 - No campo Consulta beneficiário (CPF), inserir o termo ATIVO, ou seja, este campo sempre deverá estar preenchido.',
  noContactDescription:
    '4 - No campo Descrição, informar o número de tentativas, se o beneficiário não atendeu ou se o número não recebe chamadas.',
  forwardedStatus:
    'PROCEDURES.md (decidido): status Encaminhado e grupo de destino, como no chat; "O padrão do atendimento deve ser igual ao atendimento receptivo."',
} as const;

export const NO_CONTACT_REASONS = {
  notAnswered: 'Beneficiário não atendeu',
  noCalls: 'Número não recebe chamadas',
} as const;

export const callbackScripts: NonNullable<PlaybookInput['scripts']> = [
  {
    id: 'greeting',
    role: 'greeting',
    title: 'Saudação inicial e identificação',
    text: 'Assefaz, {saudacao}! Aqui é {agente} da equipe de atendimento da Assefaz plano de saúde. Percebemos que o (a) senhor (a) entrou em contato conosco anteriormente através deste número. Como posso ajudá-lo (a)? Seja para esclarecer dúvidas, fornecer informações sobre o seu plano de saúde, ou ajudá-lo (a) com qualquer outra questão relacionada?',
    source: 'Saudação Inicial e Identificação',
  },
  {
    id: 'protocol',
    title: 'Protocolo de atendimento',
    text: 'Por favor, anote o protocolo de atendimento {protocolo} para respaldo das informações.',
    source: 'Por favor, anote o protocolo de atendimento [número do protocolo] para respaldo das informações',
  },
  {
    id: 'confirmation',
    title: 'Confirmação de dados',
    text: 'Para confirmar, por favor, informe o CPF, o nome completo, a data de nascimento e o nome da mãe do (a) beneficiário (a).',
    source: CALLBACK_SOP.confirm,
    adapted:
      'o procedimento só diz o que pedir ("Solicitar obrigatoriamente os dados…"); a frase é uma sugestão.',
  },
  {
    id: 'closing',
    role: 'closing',
    title: 'Encerramento',
    text: 'Se precisar de mais alguma coisa ou tiver outras perguntas no futuro, não hesite em entrar em contato conosco novamente. Senhor (a) {beneficiario} por gentileza, aguarde para avaliar o atendimento, a Assefaz agradece o contato, tenha {otimoPeriodo}!',
    source: 'Encerramento/Sugestão/Exemplo',
  },
];

const beneficiary = beneficiaryRequirements(
  { cpf: CALLBACK_SOP.cpf, others: CALLBACK_SOP.confirm },
  { cpfInDescription: false, birthDate: 'required' },
);

export const noContactOutcome: PlaybookInput['outcomes'][number] = {
  id: 'noContact',
  label: 'Sem comunicação',
  categoryPath: ['Central de Atendimento', 'Ligação Ativa / Callback', 'Sem comunicação'],
  categorySource: CALLBACK_SOP.noContactPath,
  fixed: [{ field: 'cpfLookup', value: 'ATIVO', source: CALLBACK_SOP.ativo }],
  required: [
    {
      id: 'attempts',
      datum: 'attempts',
      validator: 'attempts',
      descriptionLabel: 'Tentativas de contato',
      source: CALLBACK_SOP.noContactDescription,
    },
    {
      id: 'noContactReason',
      datum: 'noContactReason',
      validator: 'choice',
      descriptionLabel: 'Motivo',
      choices: NO_CONTACT_REASONS,
      source: CALLBACK_SOP.noContactDescription,
    },
  ],
  scripts: [],
};

export const callbackPlaybook: PlaybookInput = {
  id: 'callback',
  version: 1,
  label: 'Ligação ativa / Callback',
  sop: '6.12 - Ligação Ativa/ Callback',
  // "em todas as ligações o atendente deverá abrir protocolo, informar a (o) interlocutor (a)": the first
  // Aplicar of a new ticket opens it while data is still missing (PROCEDURES.md, "Opening the protocol first").
  allowEarlyApply: true,
  finalStatuses: SHIPPED_FINAL_STATUSES,
  sysaidDefaults: CALL_DEFAULTS,
  fixed: [{ field: 'callback', value: 'Sim', source: CALLBACK_SOP.always }],
  scripts: callbackScripts,
  outcomes: [
    {
      id: 'forwarded',
      label: 'Encaminhado aos setores',
      fixed: [{ field: 'status', value: 'Encaminhado', source: CALLBACK_SOP.forwardedStatus }],
      categorySource: CALLBACK_SOP.categorizeByDemand,
      destinationGroup: { notAllowed: ['Central de Atendimento'], source: CALLBACK_SOP.forwardedStatus },
      required: beneficiary,
      scripts: ['greeting', 'protocol', 'confirmation', 'closing'],
    },
    {
      id: 'resolved',
      label: 'Resolvido no atendimento',
      categoryPath: ['Central de Atendimento', 'Ligação Ativa / Callback', 'Contato realizado'],
      categorySource: CALLBACK_SOP.resolvedPath,
      fixed: [{ field: 'status', value: 'Resolvido', source: CALLBACK_SOP.resolvedStatus }],
      required: beneficiary,
      scripts: ['greeting', 'protocol', 'confirmation', 'closing'],
    },
    noContactOutcome,
  ],
};
