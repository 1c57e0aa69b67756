import { beneficiaryRequirements } from './beneficiary';
import type { PlaybookInput } from './schema';
import { NEW_TICKET_STATUS, SHIPPED_FINAL_STATUSES } from './tenant';

// PROCEDURES.md, "On a real floor": a contact none of the procedures covers (an inbound question, say).
// Nothing channel-specific is written; the customer's own rule for every ticket still holds.
export const OTHER_SOURCE = {
  every:
    'PROCEDURES.md, "Outro atendimento": nome completo, CPF, nome da mãe e plano continuam obrigatórios (regra do cliente para todo chamado).',
  categorize: 'PROCEDURES.md, "Outro atendimento": categorizar conforme a demanda.',
} as const;

const beneficiary = beneficiaryRequirements(
  { cpf: OTHER_SOURCE.every, others: OTHER_SOURCE.every },
  { cpfInDescription: true, birthDate: 'confirmation' },
);

export const otherPlaybook: PlaybookInput = {
  id: 'other',
  version: 1,
  label: 'Outro atendimento',
  sop: 'Outro atendimento (sem procedimento próprio)',
  finalStatuses: SHIPPED_FINAL_STATUSES,
  sysaidDefaults: NEW_TICKET_STATUS,
  outcomes: [
    {
      id: 'forwarded',
      label: 'Encaminhado aos setores',
      categorySource: OTHER_SOURCE.categorize,
      required: beneficiary,
    },
    {
      id: 'resolved',
      label: 'Resolvido no atendimento',
      categorySource: OTHER_SOURCE.categorize,
      required: beneficiary,
    },
  ],
};
