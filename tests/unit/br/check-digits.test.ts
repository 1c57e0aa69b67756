import { cnpj as cnpjLib, cpf as cpfLib } from 'cpf-cnpj-validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCnpj, isValidCnpj } from '../../../lib/core/br/cnpj';
import { formatCpf, isValidCpf } from '../../../lib/core/br/cpf';

/*
 * The check digits are written in lib/core/br/check-digits.ts to keep a library out of the ticket page's
 * script; that library (cpf-cnpj-validator, which implements the Receita's rules) stays the reference.
 */
const digit = fc.constantFrom(...'0123456789');
const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const string = (chars: fc.Arbitrary<string>, length: number) =>
  fc.array(chars, { minLength: length, maxLength: length }).map((c) => c.join(''));
/** Random numbers, and ones given their right check digits (half of them, so both answers occur). */
const withDigits = (body: fc.Arbitrary<string>, digits: (body: string) => string) =>
  fc.oneof(
    body.map((b) => b + digits(b)),
    fc.tuple(body, string(digit, 2)).map(([b, d]) => b + d),
  );

describe('CPF and CNPJ check digits, against cpf-cnpj-validator', () => {
  it('CPF: the same verdict and the same formatting for any 11 digits', () => {
    const cpf = withDigits(string(digit, 9), (b) => digitsOf(b, 11));
    fc.assert(
      fc.property(fc.oneof(cpf, fc.constantFrom('12345678909', '00000000000', '52998224725')), (value) => {
        expect(isValidCpf(value)).toBe(cpfLib.isValid(value));
        expect(formatCpf(value)).toBe(cpfLib.format(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('CNPJ, alphanumeric too: the same verdict and the same formatting for any 14 characters', () => {
    const cnpj = withDigits(string(alnum, 12), (b) => digitsOf(b, 9));
    fc.assert(
      fc.property(fc.oneof(cnpj, string(alnum, 14), fc.constant('00000000000000')), (value) => {
        expect(isValidCnpj(value)).toBe(cnpjLib.isValid(value));
        expect(isValidCnpj(value.toLowerCase())).toBe(cnpjLib.isValid(value));
        expect(formatCnpj(value)).toBe(cnpjLib.format(value));
      }),
      { numRuns: 3000 },
    );
  });
});

/** The two check digits of `body` by the library's own verifier. */
function digitsOf(body: string, maxWeight: 9 | 11): string {
  const verifier = maxWeight === 9 ? cnpjLib.verifierDigit : cpfLib.verifierDigit;
  const first = String(verifier(body));
  return first + String(verifier(body + first));
}
