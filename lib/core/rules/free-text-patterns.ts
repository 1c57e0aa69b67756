/** How agents write a count of attempts and the SOP's two no-contact reasons, on the folded text. */
export const WORDS = [
  'um',
  'uma',
  'dois',
  'duas',
  'tres',
  'quatro',
  'cinco',
  'seis',
  'sete',
  'oito',
  'nove',
  'dez',
];
export const WORD_VALUES = [1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const COUNT = `(\\d{1,2}|${WORDS.join('|')})`;
export const COUNT_BEFORE = new RegExp(`\\b${COUNT} (?:tentativas?|ligacoes|chamadas)\\b`);
export const COUNT_AFTER = new RegExp(`\\btentativas?(?: de (?:contato|ligacao))? ${COUNT}\\b`);
// The SOP's two reasons, as agents write them.
export const NOT_ANSWERED = /\b(nao atend|sem resposta|ninguem atendeu|caixa postal|chamou ate cair)/;
export const NO_CALLS =
  /\b(nao recebe (chamadas|ligacoes)|numero (inexistente|invalido|nao existe)|fora de area|desligado)/;
