import { cpfDigits } from './cpf';

/** Log-safe CPF: `***.456.789-**`. Anything that is not a CPF is hidden whole. */
export function maskCpf(input: string): string {
  const d = cpfDigits(input);
  if (d.length !== 11) return input.trim().toUpperCase() === 'ATIVO' ? 'ATIVO' : '***';
  return `***.${d.slice(3, 6)}.${d.slice(6, 9)}-**`;
}

/**
 * Eleven digits in any shape an agent types: dotted, spaced, bare, glued to words ("cpf52998224725"),
 * one separator at most between digits. Longer digit runs (a 20-digit chat protocol) are not CPFs.
 */
const CPF_LIKE = /(?<!\d)\d(?:[.\-\s/]?\d){10}(?!\d)/g;

/** Masks every CPF-looking run in free text (justifications, messages) before it reaches a log. */
export function maskCpfsInText(text: string): string {
  return text.replace(CPF_LIKE, (m) => maskCpf(m));
}

const MASKED = /^\*\*\*\.\d{3}\.\d{3}-\*\*$/;

/** Keeps an already masked CPF as is and masks anything else. */
export function ensureMaskedCpf(value: string): string {
  return MASKED.test(value) ? value : maskCpf(value);
}
