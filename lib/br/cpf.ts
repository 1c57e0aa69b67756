import { cpf as cpfLib } from 'cpf-cnpj-validator';

/** Digits only; tolerates the dots and dash agents type or paste. */
export function cpfDigits(input: string): string {
  return input.replace(/\D/g, '');
}

/** True when the CPF has 11 digits, valid check digits and is not a run of one digit. */
export function isValidCpf(input: string): boolean {
  const digits = cpfDigits(input);
  if (digits.length !== 11 || /^(\d)\1{10}$/.test(digits)) return false;
  // Reject letters or stray characters: only separators may surround the digits.
  if (/[^\d.\-\s]/.test(input)) return false;
  return cpfLib.isValid(digits);
}

export function formatCpf(input: string): string {
  const digits = cpfDigits(input);
  return digits.length === 11 ? cpfLib.format(digits) : input.trim();
}

/** Progressive mask while typing: 123.456.789-09, never more than 11 digits. */
export function maskCpfAsTyped(input: string): string {
  const d = cpfDigits(input).slice(0, 11);
  if (d.length <= 3) return d;
  if (d.length <= 6) return `${d.slice(0, 3)}.${d.slice(3)}`;
  if (d.length <= 9) return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`;
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

/** Why a CPF is not acceptable, in pt-BR, or null when it is. */
export function cpfProblem(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return 'CPF não informado.';
  const digits = cpfDigits(trimmed);
  if (/[^\d.\-\s]/.test(trimmed)) return 'O CPF deve conter apenas números.';
  if (digits.length !== 11) return `O CPF deve ter 11 dígitos (tem ${digits.length}).`;
  if (/^(\d)\1{10}$/.test(digits)) return 'CPF inválido: todos os dígitos são iguais.';
  if (!cpfLib.isValid(digits)) return 'CPF inválido: os dígitos verificadores não conferem.';
  return null;
}
