import { chatProtocolDigits, chatProtocolProblem } from '../br/chat-protocol';
import type { OutcomeRules, Playbook } from '../procedures/schema';
import { chatHeaderLine, type ManagedLabels, managedLabels } from './description';
import type { PlaybooksInForce } from './infer';

export function labelsOf(playbook: Playbook): string[] {
  return playbook.outcomes.flatMap((o) =>
    o.required.flatMap((r) => (r.descriptionLabel ? [r.descriptionLabel] : [])),
  );
}

const cache = new WeakMap<Playbook, WeakMap<PlaybooksInForce | Playbook, ManagedLabels>>();

/**
 * Labels whose lines we keep at the top of the description, and the chat headers it may open with:
 * this playbook's and those of every playbook in force, so switching channel still finds the lines
 * written under the previous one (in the words of the lead's own playbooks).
 */
export function managedLabelsOf(playbook: Playbook, inForce?: PlaybooksInForce): ManagedLabels {
  let byForce = cache.get(playbook);
  if (!byForce) {
    byForce = new WeakMap();
    cache.set(playbook, byForce);
  }
  const key = inForce ?? playbook;
  let set = byForce.get(key);
  if (!set) {
    const all = [playbook, ...Object.values(inForce ?? {})];
    set = managedLabels(all.flatMap(labelsOf), all.flatMap(headerWordsOf));
    byForce.set(key, set);
  }
  return set;
}

const headerLines = new WeakMap<Playbook, RegExp>();

/** The chat header lines this playbook's outcomes write (lib/core/rules/infer.ts reads a ticket's channel by it). */
export function chatHeaderOf(playbook: Playbook): RegExp {
  let line = headerLines.get(playbook);
  if (!line) {
    line = chatHeaderLine(headerWordsOf(playbook));
    headerLines.set(playbook, line);
  }
  return line;
}

/** The words a chat description's first line ends with, in this playbook's outcomes. */
export function headerWordsOf(playbook: Playbook): string[] {
  return playbook.outcomes.flatMap((o) =>
    o.chatDescription && o.chatHeaderWords ? [o.chatHeaderWords] : [],
  );
}

/** "12345678901234567890 Atendimento via Chat" (the outcome's words), or undefined while the protocol is not valid. */
export function chatHeader(protocol: string | undefined, rules: OutcomeRules): string | undefined {
  if (!protocol || chatProtocolProblem(protocol) || !rules.chatHeaderWords) return undefined;
  return `${chatProtocolDigits(protocol)} ${rules.chatHeaderWords}`;
}
