import { CALLBACK_SOP, callbackPlaybook } from './callback';
import type { PlaybookInput } from './schema';
import { CALL_DEFAULTS, SHIPPED_FINAL_STATUSES } from './tenant';

// "Pesquisa de Satisfação" in docs/sop/6.12-ligacao-ativa-callback.txt; an outbound call under the
// same SOP ("Em todas as ligações…"), so the callback outcomes apply (PROCEDURES.md, decided).
const SURVEY_NOTES =
  'PROCEDURES.md (decidido): notas da pesquisa na descrição — motivo da nota baixa, solução oferecida, prazos se encaminhado, sugestão.';

type OutcomeInput = PlaybookInput['outcomes'][number];
type RequirementInput = NonNullable<OutcomeInput['required']>[number];

const notes = (forwarded: boolean): RequirementInput[] => [
  {
    id: 'lowScoreReason',
    datum: 'lowScoreReason',
    validator: 'text',
    descriptionLabel: 'Motivo da nota baixa',
    source: SURVEY_NOTES,
  },
  {
    id: 'solutionOffered',
    datum: 'solutionOffered',
    validator: 'text',
    descriptionLabel: 'Solução oferecida',
    source: 'Motivação: … oferecer a solução conforme previsto nos fluxos de RN e/ou legislação vigente.',
  },
  ...(forwarded
    ? [
        {
          id: 'deadlines',
          datum: 'deadlines',
          validator: 'text',
          descriptionLabel: 'Prazos informados',
          source: 'OBS: Havendo a necessidade de demandar para outros setores, orientar sobre os prazos.',
        } satisfies RequirementInput,
      ]
    : []),
  {
    id: 'suggestion',
    datum: 'suggestion',
    validator: 'text',
    descriptionLabel: 'Sugestão do beneficiário',
    severity: 'warn',
    source: 'Operador: Há algo que você acha que poderíamos melhorar?',
  },
];

const steps = [
  'survey-greeting',
  'survey-objective',
  'survey-motivation',
  'survey-improve',
  'survey-closing',
];

function withSurvey(outcome: OutcomeInput): OutcomeInput {
  if (outcome.id === 'noContact') return outcome;
  return {
    ...outcome,
    required: [...(outcome.required ?? []), ...notes(outcome.id === 'forwarded')],
    scripts: steps,
  };
}

export const surveyPlaybook: PlaybookInput = {
  id: 'survey',
  version: 1,
  label: 'Pesquisa de satisfação',
  sop: '6.12 - Ligação Ativa/ Callback — Pesquisa de Satisfação',
  // "em todas as ligações o atendente deverá abrir protocolo, informar a (o) interlocutor (a)": the first
  // Aplicar of a new ticket opens it while data is still missing (PROCEDURES.md, "Opening the protocol first").
  allowEarlyApply: true,
  finalStatuses: SHIPPED_FINAL_STATUSES,
  sysaidDefaults: CALL_DEFAULTS,
  fixed: [{ field: 'callback', value: 'Sim', source: CALLBACK_SOP.always }],
  scripts: [
    {
      id: 'survey-greeting',
      role: 'greeting',
      title: '1. Saudação',
      text: '{Saudacao}, Falo com {beneficiario}? Aqui é {agente} da Assefaz, tudo bem?',
      step: true,
      source:
        'Operador: Boa/bom dia/tarde, Falo com [Nome do (a) interlocutor (a)]? Aqui é [Seu Nome] da Assefaz, tudo bem?',
    },
    {
      id: 'survey-objective',
      title: '2. Objetivo da ligação',
      text: 'O motivo da ligação é para saber como tem sido sua experiência em nossos atendimentos, observamos que em um dos contatos realizados pelo (a) Sr.(a), a nota da pesquisa de satisfação foi avaliada com uma nota baixa. O (a) Sr.(a) poderia falar no momento?',
      step: true,
      source: 'Objetivo da Ligação',
      adapted:
        'o texto do procedimento tem um erro de digitação ("em dos contatos realizados pelo (a) Sr.(a./Sr., … A Sra./Sr. poderia"); aqui, "em um dos contatos realizados pelo (a) Sr.(a), … O (a) Sr.(a) poderia".',
    },
    {
      id: 'survey-motivation',
      title: '3. Motivação',
      text: 'Entender o motivo da insatisfação e oferecer a solução conforme previsto nos fluxos de RN e/ou legislação vigente. OBS: Havendo a necessidade de demandar para outros setores, orientar sobre os prazos.',
      step: true,
      source: 'Motivação',
    },
    {
      id: 'survey-improve',
      title: '4. Sugestão',
      text: 'Há algo que você acha que poderíamos melhorar?',
      step: true,
      source: 'Após disponibilizar a orientação',
    },
    {
      id: 'survey-closing',
      role: 'closing',
      title: '5. Encerramento',
      text: 'Agradeço muito por compartilhar suas opiniões, {beneficiario}. Sua satisfação é muito importante para nós. Se tiver mais alguma sugestão ou dúvida, por favor, não hesite em nos contatar. Desejo {otimoPeriodo}! E lembre-se, estamos sempre aqui para ajudar!',
      step: true,
      source: 'Encerramento',
      adapted:
        'as duas falas do encerramento numa só, com o período do dia ("Desejo uma ótima tarde!") no lugar de "Desejo um ótimo dia!".',
    },
  ],
  outcomes: callbackPlaybook.outcomes.map(withSurvey),
};
