import type { DatumKey } from '../procedures/vocabulary';
import { normalizeCaption } from './text';

/**
 * What a ticket written by hand states without our labelled lines: "3 tentativas, não atendeu",
 * "Mãe: Ana Souza". Judged as fairly as the extension's own lines (team audit, and the guard when an
 * agent wrote the description in SysAid). Returns the value in the form the validator expects.
 */
export function statedInText(datum: DatumKey, text: string): string | undefined {
  if (!text) return undefined;
  switch (datum) {
    case 'attempts':
      return attemptsIn(text);
    case 'noContactReason':
      return reasonIn(normalizeCaption(text));
    default: {
      const labels = LABELS[datum];
      return labels ? labelledAnywhere(text, labels) : undefined;
    }
  }
}

const NUMBER_WORDS: Record<string, string> = {
  uma: '1',
  um: '1',
  duas: '2',
  dois: '2',
  tres: '3',
  quatro: '4',
  cinco: '5',
  seis: '6',
  sete: '7',
  oito: '8',
  nove: '9',
  dez: '10',
};
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const COUNT_BEFORE = new RegExp(`\\b${COUNT}\\s+(?:tentativas?|ligacoes|chamadas)\\b`);
const COUNT_AFTER = new RegExp(`\\btentativas?(?:\\s+de\\s+(?:contato|ligacao))?\\s+${COUNT}\\b`);

function attemptsIn(text: string): string | undefined {
  const plain = normalizeCaption(text);
  const match = COUNT_BEFORE.exec(plain) ?? COUNT_AFTER.exec(plain);
  const count = match?.[1];
  if (!count) return undefined;
  return NUMBER_WORDS[count] ?? count;
}

// The SOP's two reasons, as agents write them.
const NOT_ANSWERED =
  /\b(nao atend(eu|e|ida|ido)|sem resposta|ninguem atendeu|caixa postal|chamou ate cair)\b/;
const NO_CALLS =
  /\b(nao recebe (chamadas|ligacoes)|numero (inexistente|invalido|nao existe)|fora de area|desligado|nao completa)\b/;

function reasonIn(plain: string): string | undefined {
  if (NO_CALLS.test(plain)) return 'noCalls';
  if (NOT_ANSWERED.test(plain)) return 'notAnswered';
  return undefined;
}

const LABELS: Partial<Record<DatumKey, string[]>> = {
  cpf: ['cpf', 'cpf do beneficiario', 'cpf beneficiario'],
  fullName: ['nome completo', 'nome', 'beneficiario', 'beneficiaria', 'nome do beneficiario'],
  motherName: ['nome da mae', 'mae', 'filiacao', 'nome mae'],
  birthDate: ['data de nascimento', 'nascimento', 'dn', 'dt nasc', 'data nasc', 'data de nasc'],
  plan: ['plano assefaz', 'plano'],
};

function labelledAnywhere(text: string, labels: string[]): string | undefined {
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 1 || colon > 40) continue;
    if (labels.includes(normalizeCaption(line.slice(0, colon)))) {
      const value = line.slice(colon + 1).trim();
      if (value) return value;
    }
  }
  return undefined;
}
