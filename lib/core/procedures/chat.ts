import { beneficiaryRequirements } from './beneficiary';
import { descriptionLabel } from './captions';
import type { PlaybookInput } from './schema';
import { NEW_TICKET_STATUS, SHIPPED_FINAL_STATUSES } from './tenant';

// Quotes from docs/sop/chat-mosia-sysaid.txt
export const CHAT_SOP = {
  description:
    'inserir o n.º do protocolo Chat (20 dígitos) seguido da informação Atendimento via Chat … no campo descrição e toda a conversa realizada',
  mandatory: '4 - Inserir obrigatoriamente as informações: Nome completo. CPF. Nome da mãe. Plano Assefaz.',
  categorize: '1 - Categorizar conforme a solicitação.',
  forwardedStatus: '2 - Selecionar o status Encaminhado;',
  forwardedGroup: '3 - Selecionar o Grupo a ser destinada a demanda.',
  resolvedStatus: '2 - Selecionar o status Resolvido;',
  resolvedGroup: '3 - Manter o Grupo a Central de Atendimento.',
  confirm:
    '2º - … Em seguida, proceder com confirmação dos dados pessoais: Nome completo, nome da mãe e data do nascimento.',
  provider: 'Sendo informações contratuais, solicitar CNPJ da empresa, nome do colaborador prestador;',
} as const;

/** The chat SOP's words after the protocol on the description's first line. */
const CHAT_HEADER_WORDS = 'Atendimento via Chat';

const beneficiary = beneficiaryRequirements(
  { cpf: CHAT_SOP.mandatory, others: CHAT_SOP.mandatory, birthDate: CHAT_SOP.confirm },
  {
    cpfInDescription: true,
    birthDate: 'confirmation',
    interlocutors: ['beneficiary', 'providerIntermediation'],
  },
);

const provider: NonNullable<PlaybookInput['outcomes'][number]['required']> = [
  {
    id: 'cnpj',
    datum: 'cnpj',
    validator: 'cnpj',
    field: 'cnpj',
    descriptionLabel: descriptionLabel('cnpj'),
    interlocutors: ['providerContract'],
    source: CHAT_SOP.provider,
  },
  {
    id: 'providerEmployee',
    datum: 'providerEmployee',
    validator: 'text',
    field: 'providerEmployee',
    descriptionLabel: descriptionLabel('providerEmployee'),
    interlocutors: ['providerContract'],
    source: CHAT_SOP.provider,
  },
];

const chatScripts = ['opening', 'help', 'ask-cpf', 'update-data', 'wait-1', 'wait-2', 'wait-3', 'closing'];

export const chatPlaybook: PlaybookInput = {
  id: 'chat',
  version: 1,
  label: 'Chat',
  sop: 'Sistema Chat - Mosia / Sistema de registro - SysAid',
  asksInterlocutor: true,
  allowEarlyApply: false,
  finalStatuses: SHIPPED_FINAL_STATUSES,
  sysaidDefaults: NEW_TICKET_STATUS,
  scripts: [
    {
      id: 'opening',
      role: 'greeting',
      title: 'Fraseologia inicial',
      text: 'Assefaz, meu nome {agente}, {saudacao}!',
      source: '1º - Assefaz, meu nome XXXX, bom dia, boa tarde ou boa noite!',
    },
    {
      id: 'help',
      title: 'Em que posso ajudar',
      text: 'Sr.ª ou Sr. {beneficiario}, em que posso ajudar?',
      source: 'Sr.ª ou Sr. XXX, em que posso ajudar?',
    },
    {
      id: 'ask-cpf',
      title: 'Pedido de CPF',
      text: 'Sr.(A) {beneficiario}, por favor, me informe o número do CPF.',
      source:
        '2º - Sr.(A) XXX, por favor, me informe o número do CPF. Em seguida, proceder com confirmação dos dados pessoais: Nome completo, nome da mãe e data do nascimento.',
    },
    {
      id: 'update-data',
      title: 'Atualização cadastral',
      text: 'Sr.(a) {beneficiario}, para mantermos seu cadastro atualizado, por favor, confirme seu endereço, telefone e e-mail.',
      source: '3º - Atualizar os dados cadastrais.Ex: Endereço, telefone e e-mail.',
      adapted: 'o procedimento só diz o que fazer ("Atualizar os dados cadastrais"); a frase é uma sugestão.',
    },
    {
      id: 'wait-1',
      title: 'Espera (1)',
      text: 'Sr. (a) {beneficiario}, aguarde um momento por gentileza, enquanto verifico a informação.',
      source: 'Sr. (a) XXXXXX, aguarde um momento por gentileza, enquanto verifico a informação.',
    },
    {
      id: 'wait-2',
      title: 'Espera (2)',
      text: 'Sr. (a) {beneficiario}, continue a aguardar por favor.',
      source: 'Sr. (a) XXXXXX, continue a aguardar por favor.',
    },
    {
      id: 'wait-3',
      title: 'Espera (3)',
      text: 'Sr. (a) {beneficiario}, obrigado por aguardar e desculpe pela demora.',
      source: 'Sr. (a) XXXXXX, obrigado por aguardar e desculpe pela demora.',
    },
    {
      id: 'closing',
      role: 'closing',
      title: 'Finalização padrão',
      text: 'A Assefaz, agradece o contato e deseja {despedida}',
      source: 'A Assefaz, agradece o contato e deseja um Bom Dia! - Boa Tarde! - Boa Noite!',
    },
    {
      id: 'inactivity',
      role: 'inactivity',
      title: 'Encerramento por inatividade',
      text: 'Por falta de comunicação, o atendimento será encerrado. A Assefaz, agradece o contato e deseja {despedida}',
      source:
        '"Por falta de comunicação, o atendimento será encerrado. A Assefaz, agradece o contato e deseja um Bom Dia! - Boa Tarde! - Boa Noite!"',
    },
    {
      id: 'sysaid-number',
      title: 'Número do protocolo SysAid',
      text: 'Sr.(a) {beneficiario}, o número do seu protocolo SysAid é {protocolo}, para acompanhamento posterior.',
      source: '5 - Informar o nº do protocolo SysAid ao solicitante para acompanhamento posterior.',
      adapted:
        'o procedimento só diz o que fazer ("Informar o nº do protocolo SysAid ao solicitante"); a frase é uma sugestão.',
    },
  ],
  outcomes: [
    {
      id: 'forwarded',
      label: 'Encaminhado aos setores',
      fixed: [{ field: 'status', value: 'Encaminhado', source: CHAT_SOP.forwardedStatus }],
      categorySource: CHAT_SOP.categorize,
      destinationGroup: { notAllowed: ['Central de Atendimento'], source: CHAT_SOP.forwardedGroup },
      required: [...beneficiary, ...provider],
      chatDescription: true,
      chatHeaderWords: CHAT_HEADER_WORDS,
      chatDescriptionSource: CHAT_SOP.description,
      tellSysaidNumber: true,
      scripts: [...chatScripts, 'sysaid-number', 'inactivity'],
    },
    {
      id: 'resolved',
      label: 'Resolvido no atendimento',
      fixed: [
        { field: 'status', value: 'Resolvido', source: CHAT_SOP.resolvedStatus },
        { field: 'group', value: 'Central de Atendimento', source: CHAT_SOP.resolvedGroup },
      ],
      categorySource: CHAT_SOP.categorize,
      required: [...beneficiary, ...provider],
      chatDescription: true,
      chatHeaderWords: CHAT_HEADER_WORDS,
      chatDescriptionSource: CHAT_SOP.description,
      scripts: [...chatScripts, 'inactivity'],
    },
  ],
};
