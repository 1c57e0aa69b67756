import { normalizeCaption } from '../caption/caption';
import type { DatumKey } from '../procedures/vocabulary';
import { foldedFinder } from './free-text-find';
import { COUNT_AFTER, COUNT_BEFORE, NO_CALLS, NOT_ANSWERED, WORD_VALUES, WORDS } from './free-text-patterns';

/**
 * What a ticket written by hand states without our labelled lines: "3 tentativas, não atendeu",
 * "Mãe: Ana Souza". Judged as fairly as the extension's own lines (team audit, and the guard when an
 * agent wrote the description in SysAid). Returns the value in the form the validator expects (a
 * choice by its key). Kept terse: it ships in the content script.
 */
export function statedInText(datum: DatumKey, text: string): string | undefined {
  if (!text) return undefined;
  // The checks ask about the same description one datum after another, and again to word a failure:
  // each answer is worked out once per text (an audit reads a year of chat-sized descriptions).
  if (text !== lastText) {
    lastText = text;
    lastFind = undefined;
    textNumber++;
  }
  if (answeredFor.get(datum) === textNumber) return answers.get(datum);
  const answer = findStated(datum, text);
  answers.set(datum, answer);
  answeredFor.set(datum, textNumber);
  return answer;
}

let lastText = '';
/** How the patterns are found in the last text (its fold, worked out once). */
let lastFind: ((pattern: RegExp) => RegExpExecArray | null) | undefined;
// Which text each answer is for (no map cleared and refilled per ticket).
let textNumber = 0;
const answers = new Map<DatumKey, string | undefined>();
const answeredFor = new Map<DatumKey, number>();

function findStated(datum: DatumKey, text: string): string | undefined {
  if (datum === 'attempts' || datum === 'noContactReason') {
    lastFind ??= foldedFinder(text);
    return statedBy(datum, lastFind);
  }
  const labels = HAND_LABELS[datum as keyof typeof HAND_LABELS];
  return labels ? labelledAnywhere(text, labels) : undefined;
}

/** The count or the reason, as the patterns find them in the folded text (`exec`). */
function statedBy(
  datum: 'attempts' | 'noContactReason',
  exec: (pattern: RegExp) => RegExpExecArray | null,
): string | undefined {
  if (datum === 'noContactReason')
    return exec(NO_CALLS) ? 'noCalls' : exec(NOT_ANSWERED) ? 'notAnswered' : undefined;
  const count = (exec(COUNT_BEFORE) ?? exec(COUNT_AFTER))?.[1];
  if (!count) return undefined;
  const word = WORDS.indexOf(count);
  return word === -1 ? count : String(WORD_VALUES[word]);
}

/** The same answer read from the whole fold, without the shortcuts (the tests' reference). */
export const statedInFold = (datum: 'attempts' | 'noContactReason', folded: string) =>
  statedBy(datum, (pattern) => pattern.exec(folded));

/** Labels agents write by hand for each datum, normalized (exported for the tests). */
export const HAND_LABELS = {
  cpf: ['cpf'],
  fullName: ['nome completo', 'nome', 'beneficiario', 'beneficiaria'],
  motherName: ['nome da mae', 'mae', 'filiacao'],
  birthDate: ['data de nascimento', 'nascimento', 'dn', 'data nasc'],
  plan: ['plano assefaz', 'plano'],
};

/** The first line "<label>: <value>" (label under 40 characters) with one of the labels. */
function labelledAnywhere(text: string, labels: string[]): string | undefined {
  // Line by line by index, without splitting a chat-sized text into lines.
  let colon = -1;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (colon < start) colon = text.indexOf(':', start);
    if (colon < 0) return undefined;
    if (colon < end && colon - start > 0 && colon - start < 40) {
      const value = text.slice(colon + 1, end).trim();
      if (value && labels.includes(normalizeCaption(text.slice(start, colon)))) return value;
    }
    start = end + 1;
  }
  return undefined;
}
