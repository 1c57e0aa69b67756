import { normalizeCaption, phraseScan } from '../caption';
import type { DatumKey } from '../procedures/vocabulary';

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
    lastPlain = lastOpening = lastPieces = undefined;
    textNumber++;
  }
  if (answeredFor.get(datum) === textNumber) return answers.get(datum);
  const answer = findStated(datum, text);
  answers.set(datum, answer);
  answeredFor.set(datum, textNumber);
  return answer;
}

let lastText = '';
let lastPlain: string | undefined;
let lastOpening: string | undefined;
let lastPieces: number | undefined;
// Which text each answer is for (no map cleared and refilled per ticket).
let textNumber = 0;
const answers = new Map<DatumKey, string | undefined>();
const answeredFor = new Map<DatumKey, number>();

function findStated(datum: DatumKey, text: string): string | undefined {
  if (datum === 'attempts' || datum === 'noContactReason')
    return statedBy(datum, (pattern) => {
      lastPieces ??= PIECES(text);
      return lastPieces & (PIECES_OF.get(pattern) as number) ? firstMatch(text, pattern) : null;
    });
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

/**
 * `pattern.exec(normalizeCaption(text))`. A hand-written ticket states it at the top ("3 tentativas, não
 * atendeu", then the conversation): a match found well inside the fold of the text's opening is the
 * same match (the patterns span fewer than MATCH_SPAN characters), and the rest is not folded.
 */
function firstMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  if (text.length > OPENING) {
    // A surrogate pair is not cut in two.
    const cut = OPENING - (isHighSurrogate(text.charCodeAt(OPENING - 1)) ? 1 : 0);
    lastOpening ??= normalizeCaption(text.slice(0, cut));
    const early = pattern.exec(lastOpening);
    if (early && early.index + MATCH_SPAN < lastOpening.length) return early;
  }
  lastPlain ??= normalizeCaption(text);
  return pattern.exec(lastPlain);
}

const OPENING = 400;
const MATCH_SPAN = 48;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

const WORDS = ['um', 'uma', 'dois', 'duas', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'];
const WORD_VALUES = [1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const COUNT = `(\\d{1,2}|${WORDS.join('|')})`;
const COUNT_BEFORE = new RegExp(`\\b${COUNT} (?:tentativas?|ligacoes|chamadas)\\b`);
const COUNT_AFTER = new RegExp(`\\btentativas?(?: de (?:contato|ligacao))? ${COUNT}\\b`);
// The SOP's two reasons, as agents write them.
const NOT_ANSWERED = /\b(nao atend|sem resposta|ninguem atendeu|caixa postal|chamou ate cair)/;
const NO_CALLS =
  /\b(nao recebe (chamadas|ligacoes)|numero (inexistente|invalido|nao existe)|fora de area|desligado)/;

// Every match of a pattern holds one of its pieces (uncommon letters first: the scan is quicker), so a
// chat-sized text with none is not folded. tests/unit/rules/free-text.test.ts holds them to the patterns.
const PIECES = phraseScan([
  ['tativ', 'igacoe', 'hamada'],
  ['ao atend', 'sposta', 'guem atend', 'xa postal', 'ate cair'],
  ['receb', 'xist', 'invalid', 'fora de area', 'deslig'],
]);
const PIECES_OF = new Map([
  [COUNT_BEFORE, 1],
  [COUNT_AFTER, 1],
  [NOT_ANSWERED, 2],
  [NO_CALLS, 4],
]);

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
