import { chatProtocolDigits, chatProtocolProblem } from '../br/chat-protocol';
import { normalizeCaption } from '../caption';
import type { Playbook } from '../procedures/schema';
import { CHAT_HEADER_SUFFIX } from './description';
import type { PlaybooksInForce } from './infer';

export function labelsOf(playbook: Playbook): string[] {
  return playbook.outcomes.flatMap((o) =>
    o.required.flatMap((r) => (r.descriptionLabel ? [r.descriptionLabel] : [])),
  );
}

const cache = new WeakMap<Playbook, WeakMap<PlaybooksInForce | Playbook, ReadonlySet<string>>>();

/**
 * Labels whose lines we keep at the top of the description, normalized: this playbook's and those of
 * every playbook in force, so switching channel still finds the lines written under the previous one
 * (in the words of the lead's own playbooks).
 */
export function managedLabelsOf(playbook: Playbook, inForce?: PlaybooksInForce): ReadonlySet<string> {
  let byForce = cache.get(playbook);
  if (!byForce) {
    byForce = new WeakMap();
    cache.set(playbook, byForce);
  }
  const key = inForce ?? playbook;
  let set = byForce.get(key);
  if (!set) {
    const all = [playbook, ...Object.values(inForce ?? {})];
    set = new Set(all.flatMap(labelsOf).map(normalizeCaption));
    byForce.set(key, set);
  }
  return set;
}

/** "12345678901234567890 Atendimento via Chat", or undefined while the protocol is not valid. */
export function chatHeader(protocol: string | undefined): string | undefined {
  if (!protocol || chatProtocolProblem(protocol)) return undefined;
  return `${chatProtocolDigits(protocol)} ${CHAT_HEADER_SUFFIX}`;
}
