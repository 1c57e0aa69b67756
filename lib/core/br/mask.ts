import { cpfDigits } from './cpf';

/** Log-safe CPF: `***.456.789-**`. Anything that is not a CPF is hidden whole. */
export function maskCpf(input: string): string {
  // Full-width digits (a CPF pasted from some PDFs and Asian IMEs) count as digits.
  const d = cpfDigits(input.normalize('NFKC'));
  if (d.length !== 11) return input.trim().toUpperCase() === 'ATIVO' ? 'ATIVO' : '***';
  return `***.${d.slice(3, 6)}.${d.slice(6, 9)}-**`;
}

const DIGIT = '[0-9\\uFF10-\\uFF19]';
const GAP = '[^\\S\\r\\n]';
/**
 * What agents put between a CPF's groups: a dot, dash (also en/em dash, minus, full-width), comma or slash,
 * with spaces around it or not (" - "), or only spaces.
 */
const SEPARATOR = `(?:${GAP}*[.,/\\-\\u2010-\\u2015\\u2212\\uFF0C\\uFF0D\\uFF0E\\uFF0F]${GAP}*|${GAP}{1,3})`;
/** A run of digits joined by separators, glued to words or not ("cpf52998224725"). */
const DIGIT_RUN = new RegExp(`${DIGIT}(?:${SEPARATOR}?${DIGIT})*`, 'g');

/**
 * Masks every CPF-looking run in free text (justifications, messages) before it reaches a log: eleven
 * digits in any shape. A longer run with separators may hold a CPF next to other numbers and is hidden
 * whole; an unbroken longer run (a 20-digit chat protocol) is not a CPF and stays.
 */
export function maskCpfsInText(text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    const count = cpfDigits(run.normalize('NFKC')).length;
    if (count === 11) return maskCpf(run);
    return count > 11 && new RegExp(SEPARATOR).test(run) ? '***' : run;
  });
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * What the log can hide from a free text an agent wrote (a justification): CPFs and e-mail addresses.
 * Names cannot be told from words; the box asks agents not to write them.
 */
export function maskPersonalData(text: string): string {
  return maskCpfsInText(text).replace(EMAIL, '***@***');
}

const MASKED = /^\*\*\*\.\d{3}\.\d{3}-\*\*$/;

/** Keeps an already masked CPF as is and masks anything else. */
export function ensureMaskedCpf(value: string): string {
  return MASKED.test(value) ? value : maskCpf(value);
}
