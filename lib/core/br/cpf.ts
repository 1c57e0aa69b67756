import { type Text, text } from '../i18n/text';
import { checkDigitsMatch } from './check-digits';

/** Digits only; tolerates the dots and dash agents type or paste. */
export function cpfDigits(input: string): string {
  return input.replace(/\D/g, '');
}

/** Right check digits, and not a number the Receita never issues (the check digits of 123456789 are right too). */
const checkDigitsRight = (digits: string) => digits !== '12345678909' && checkDigitsMatch(digits, 11);

/** True when the CPF has 11 digits, valid check digits and is not a run of one digit. */
export function isValidCpf(input: string): boolean {
  const digits = cpfDigits(input);
  if (digits.length !== 11 || /^(\d)\1{10}$/.test(digits)) return false;
  // Reject letters or stray characters: only separators may surround the digits.
  if (/[^\d.\-\s]/.test(input)) return false;
  return checkDigitsRight(digits);
}

export function formatCpf(input: string): string {
  const digits = cpfDigits(input);
  return digits.length === 11
    ? digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4')
    : input.trim();
}

/** Progressive mask while typing: 123.456.789-09, never more than 11 digits. */
export function maskCpfAsTyped(input: string): string {
  const d = cpfDigits(input).slice(0, 11);
  if (d.length <= 3) return d;
  if (d.length <= 6) return `${d.slice(0, 3)}.${d.slice(3)}`;
  if (d.length <= 9) return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`;
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

/** Why a CPF is not acceptable, or null when it is. */
export function cpfProblem(input: string): Text | null {
  const trimmed = input.trim();
  if (!trimmed) return text('cpf.missing');
  const digits = cpfDigits(trimmed);
  if (/[^\d.\-\s]/.test(trimmed)) return text('cpf.notDigits');
  if (digits.length !== 11) return text('cpf.length', digits.length);
  if (/^(\d)\1{10}$/.test(digits)) return text('cpf.sameDigits');
  if (!checkDigitsRight(digits)) return text('cpf.checkDigits');
  return null;
}
