import { type Text, text } from '../i18n/text';
/** The Mosia chat protocol: exactly 20 digits; spaces, dots and dashes tolerated. */
export function chatProtocolDigits(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

export function chatProtocolProblem(input: string): Text | null {
  const trimmed = input.trim();
  if (!trimmed) return text('chatProtocol.missing');
  const digits = chatProtocolDigits(trimmed);
  if (/\D/.test(digits)) return text('chatProtocol.notDigits');
  if (digits.length !== 20) return text('chatProtocol.length', digits.length);
  return null;
}
