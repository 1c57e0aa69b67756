/**
 * The modulo-11 check digits of CPF and CNPJ (Receita Federal), written here rather than imported:
 * cpf-cnpj-validator cost the ticket page's content script ~1 KB gzip for these few lines. Each character
 * counts as its code minus 48 (digits 0–9; the alphanumeric CNPJ's letters A = 17…), weighted 2, 3…
 * from the right, back to 2 after `maxWeight` (CNPJ 9; CPF never wraps). tests/unit/br/check-digits.test.ts
 * holds it to that library.
 */
function checkDigit(chars: string, maxWeight: number): number {
  let sum = 0;
  let weight = 2;
  for (let i = chars.length - 1; i >= 0; i--) {
    sum += (chars.charCodeAt(i) - 48) * weight;
    weight = weight === maxWeight ? 2 : weight + 1;
  }
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** Whether the last two characters are the check digits of the ones before them. */
export function checkDigitsMatch(chars: string, maxWeight: number): boolean {
  const body = chars.slice(0, -2);
  const first = checkDigit(body, maxWeight);
  return `${first}${checkDigit(body + first, maxWeight)}` === chars.slice(-2);
}
