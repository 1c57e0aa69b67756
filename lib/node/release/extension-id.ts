import { createHash } from 'node:crypto';

/**
 * Chromium's extension ID (components/crx_file/id_util.cc): the first 16 bytes of the SHA-256 of the
 * DER SubjectPublicKeyInfo, in hex written with the letters a–p (so it never looks like a number).
 */
export function extensionIdFromPublicKey(spkiDer: Uint8Array): string {
  return idFromBytes(crxIdOf(spkiDer));
}

/** The 16 bytes a CRX3 signs as its crx_id. */
export function crxIdOf(spkiDer: Uint8Array): Buffer {
  return createHash('sha256').update(spkiDer).digest().subarray(0, 16);
}

export function idFromBytes(bytes: Uint8Array): string {
  return [...Buffer.from(bytes).toString('hex')]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}
