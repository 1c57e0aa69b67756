import { normalizeCaption } from '../caption';
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
    lastPlain = undefined;
    answers.clear();
  }
  if (answers.has(datum)) return answers.get(datum);
  const answer = findStated(datum, text);
  answers.set(datum, answer);
  return answer;
}

let lastText = '';
let lastPlain: string | undefined;
const answers = new Map<DatumKey, string | undefined>();

function findStated(datum: DatumKey, text: string): string | undefined {
  if (datum === 'attempts') {
    lastPlain ??= normalizeCaption(text);
    const count = (COUNT_BEFORE.exec(lastPlain) ?? COUNT_AFTER.exec(lastPlain))?.[1];
    if (!count) return undefined;
    const word = WORDS.indexOf(count);
    return word === -1 ? count : String(WORD_VALUES[word]);
  }
  if (datum === 'noContactReason') {
    lastPlain ??= normalizeCaption(text);
    return NO_CALLS.test(lastPlain) ? 'noCalls' : NOT_ANSWERED.test(lastPlain) ? 'notAnswered' : undefined;
  }
  const labels = LABELS[datum as keyof typeof LABELS];
  return labels ? labelledAnywhere(text, labels) : undefined;
}

const WORDS = ['um', 'uma', 'dois', 'duas', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'];
const WORD_VALUES = [1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const COUNT = `(\\d{1,2}|${WORDS.join('|')})`;
const COUNT_BEFORE = new RegExp(`\\b${COUNT} (?:tentativas?|ligacoes|chamadas)\\b`);
const COUNT_AFTER = new RegExp(`\\btentativas?(?: de (?:contato|ligacao))? ${COUNT}\\b`);
// The SOP's two reasons, as agents write them.
const NOT_ANSWERED = /\b(nao atend|sem resposta|ninguem atendeu|caixa postal|chamou ate cair)/;
const NO_CALLS =
  /\b(nao recebe (chamadas|ligacoes)|numero (inexistente|invalido|nao existe)|fora de area|desligado)/;

const LABELS = {
  cpf: ['cpf'],
  fullName: ['nome completo', 'nome', 'beneficiario', 'beneficiaria'],
  motherName: ['nome da mae', 'mae', 'filiacao'],
  birthDate: ['data de nascimento', 'nascimento', 'dn', 'data nasc'],
  plan: ['plano assefaz', 'plano'],
};

function labelledAnywhere(text: string, labels: string[]): string | undefined {
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    const value = line.slice(colon + 1).trim();
    if (colon > 0 && colon < 40 && value && labels.includes(normalizeCaption(line.slice(0, colon))))
      return value;
  }
  return undefined;
}
