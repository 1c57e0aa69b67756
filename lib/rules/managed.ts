import { chatProtocolDigits, chatProtocolProblem } from '../br/chat-protocol';
import { normalizeCaption } from '../caption';
import type { Playbook } from '../procedures/schema';
import { CHAT_HEADER_SUFFIX } from './description';

/**
 * Description labels of the shipped playbooks (a unit test keeps this in step with them), listed here
 * so the content script need not carry the playbooks' text to recognise lines written under another
 * channel.
 */
export const SHIPPED_LABELS = [
  'CPF',
  'Nome completo',
  'Nome da mãe',
  'Data de nascimento',
  'Plano Assefaz',
  'CNPJ do prestador',
  'Colaborador do prestador',
  'Tentativas de contato',
  'Motivo',
  'Motivo da nota baixa',
  'Solução oferecida',
  'Prazos informados',
  'Sugestão do beneficiário',
];
const cache = new WeakMap<Playbook, ReadonlySet<string>>();

export function labelsOf(playbook: Playbook): string[] {
  return playbook.outcomes.flatMap((o) =>
    o.required.flatMap((r) => (r.descriptionLabel ? [r.descriptionLabel] : [])),
  );
}

/**
 * Labels whose lines we keep at the top of the description: this playbook's and the defaults', so
 * switching channel still finds the lines written under the previous one.
 */
export function managedLabelsOf(playbook: Playbook): ReadonlySet<string> {
  let set = cache.get(playbook);
  if (!set) {
    set = new Set([...SHIPPED_LABELS, ...labelsOf(playbook)].map(normalizeCaption));
    cache.set(playbook, set);
  }
  return set;
}

/** "12345678901234567890 Atendimento via Chat", or undefined while the protocol is not valid. */
export function chatHeader(protocol: string | undefined): string | undefined {
  if (!protocol || chatProtocolProblem(protocol)) return undefined;
  return `${chatProtocolDigits(protocol)} ${CHAT_HEADER_SUFFIX}`;
}
