import { chatProtocolProblem } from '../../br/chat-protocol';
import { type Text, text } from '../../i18n/text';
import type { OutcomeRules } from '../../procedures/schema';
import { headerProtocol } from '../description';
import type { Check } from '../types';
import { made } from './made';

const PROTOCOL_LABEL = text('label.chatProtocol');
const TRANSCRIPT_LABEL = text('label.transcript');
/** The SOP line the playbook cites for the chat description. */
const sourceOf = (rules: OutcomeRules) => rules.chatDescriptionSource ?? rules.categorySource;

/** Whether the description's first line is the chat header (`chatProtocolCheck` passes). */
export const chatHeaderPasses = (header: string | undefined): boolean =>
  headerProtocol(header)?.length === 20;

/** The description opens with the 20-digit chat protocol and the outcome's header words. */
export function chatProtocolCheck(
  header: string | undefined,
  typedProtocol: string | undefined,
  rules: OutcomeRules,
): Check {
  const check = (ok: boolean, wrong: boolean, message: Text) =>
    made(
      'chatProtocol',
      'block',
      PROTOCOL_LABEL,
      'description',
      ok,
      wrong,
      message,
      sourceOf(rules),
      'chatProtocol',
    );
  if (chatHeaderPasses(header)) return check(true, false, text('check.chatHeaderOk'));
  // A protocol typed but not valid is wrong, not missing.
  const problem = typedProtocol?.trim() ? chatProtocolProblem(typedProtocol) : undefined;
  if (problem) return check(false, true, problem);
  return check(false, false, text('check.chatProtocolMissing', rules.chatHeaderWords ?? ''));
}

/** The whole conversation is in the description, below the labelled lines (the stamp never counts). */
export const transcriptCheck = (body: string, rules: OutcomeRules): Check =>
  transcriptPresentCheck(body.trim() !== '', rules);

/** The same check from whether anything but blanks follows the labelled lines. */
export function transcriptPresentCheck(ok: boolean, rules: OutcomeRules): Check {
  return made(
    'transcript',
    'block',
    TRANSCRIPT_LABEL,
    'description',
    ok,
    false,
    text(ok ? 'check.transcriptOk' : 'check.transcriptMissing'),
    sourceOf(rules),
    'transcript',
  );
}
