import { type Text, text } from '../i18n/text';
import { checkDigitsMatch } from './check-digits';

/** Letters and digits only, upper case: the alphanumeric CNPJ (RFB, July 2026) keeps letters. */
export function cnpjCharacters(input: string): string {
  return input.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

export function isValidCnpj(input: string): boolean {
  const chars = cnpjCharacters(input);
  if (chars.length !== 14 || /^(.)\1{13}$/.test(chars)) return false;
  return /^\d{2}$/.test(chars.slice(12)) && checkDigitsMatch(chars, 9);
}

export function formatCnpj(input: string): string {
  const chars = cnpjCharacters(input);
  if (chars.length !== 14) return input.trim();
  return chars.replace(/^([\dA-Z]{2})([\dA-Z]{3})([\dA-Z]{3})([\dA-Z]{4})(\d{2})$/, '$1.$2.$3/$4-$5');
}

/** Progressive mask while typing: 12.ABC.345/01DE-35. */
export function maskCnpjAsTyped(input: string): string {
  const c = cnpjCharacters(input).slice(0, 14);
  const parts = [c.slice(0, 2), c.slice(2, 5), c.slice(5, 8), c.slice(8, 12), c.slice(12)];
  let out = parts[0] ?? '';
  if (c.length > 2) out += `.${parts[1]}`;
  if (c.length > 5) out += `.${parts[2]}`;
  if (c.length > 8) out += `/${parts[3]}`;
  if (c.length > 12) out += `-${parts[4]}`;
  return out;
}

export function cnpjProblem(input: string): Text | null {
  const trimmed = input.trim();
  if (!trimmed) return text('cnpj.missing');
  const chars = cnpjCharacters(trimmed);
  if (chars.length !== 14) return text('cnpj.length', chars.length);
  if (!/^\d{2}$/.test(chars.slice(12))) return text('cnpj.lastDigits');
  if (!isValidCnpj(chars)) return text('cnpj.checkDigits');
  return null;
}
