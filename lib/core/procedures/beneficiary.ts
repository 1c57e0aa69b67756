import { descriptionLabel } from './captions';
import type { PlaybookInput } from './schema';
import type { Interlocutor } from './vocabulary';

type RequirementInput = NonNullable<PlaybookInput['outcomes'][number]['required']>[number];

/**
 * The beneficiary's identification, shared by every contact that reached someone. Each datum goes
 * to the form's own field when the tenant has one, otherwise to a labelled description line.
 */
export function beneficiaryRequirements(
  sop: { cpf: string; others: string; birthDate?: string },
  options: {
    cpfInDescription: boolean;
    /** Required in the ticket (callback), or a confirmation the agent records (chat, SOP step 2). */
    birthDate: 'required' | 'confirmation';
    interlocutors?: Interlocutor[];
  },
): RequirementInput[] {
  const only = options.interlocutors ? { interlocutors: options.interlocutors } : {};
  const list: RequirementInput[] = [
    {
      id: 'cpf',
      datum: 'cpf',
      validator: 'cpf',
      field: 'cpfLookup',
      ...(options.cpfInDescription ? { descriptionLabel: descriptionLabel('cpfLookup') } : {}),
      source: sop.cpf,
      ...only,
    },
    {
      id: 'fullName',
      datum: 'fullName',
      validator: 'fullName',
      field: 'fullName',
      descriptionLabel: descriptionLabel('fullName'),
      source: sop.others,
      ...only,
    },
    {
      id: 'motherName',
      datum: 'motherName',
      validator: 'text',
      field: 'motherName',
      descriptionLabel: descriptionLabel('motherName'),
      source: sop.others,
      ...only,
    },
  ];
  list.push({
    id: 'birthDate',
    datum: 'birthDate',
    validator: 'birthDate',
    field: 'birthDate',
    descriptionLabel: descriptionLabel('birthDate'),
    severity: options.birthDate === 'required' ? 'block' : 'warn',
    source: options.birthDate === 'required' ? sop.others : (sop.birthDate ?? sop.others),
    ...only,
  });
  list.push({
    id: 'plan',
    datum: 'plan',
    validator: 'text',
    field: 'plan',
    descriptionLabel: descriptionLabel('plan'),
    source:
      options.birthDate === 'required' ? 'PROCEDURES.md: plano exigido como no chat (decidido).' : sop.others,
    ...only,
  });
  return list;
}
