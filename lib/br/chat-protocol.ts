/** The Mosia chat protocol: exactly 20 digits; spaces, dots and dashes tolerated. */
export function chatProtocolDigits(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

export function chatProtocolProblem(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return 'Protocolo do chat não informado.';
  const digits = chatProtocolDigits(trimmed);
  if (/\D/.test(digits)) return 'O protocolo do chat deve conter apenas números.';
  if (digits.length !== 20) return `O protocolo do chat deve ter 20 dígitos (tem ${digits.length}).`;
  return null;
}
