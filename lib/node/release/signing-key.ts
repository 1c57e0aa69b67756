import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { ReleaseError } from './errors';
import { extensionIdFromPublicKey } from './extension-id';

export interface SigningKey {
  privateKey: KeyObject;
  /** DER SubjectPublicKeyInfo: what the CRX carries and the ID is made from. */
  publicKeyDer: Buffer;
  extensionId: string;
}

const NOT_PKCS8 =
  'deve ser uma chave RSA privada em PEM PKCS#8 (começa com "-----BEGIN PRIVATE KEY-----"), como a que ' +
  '"openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out chave.pem" cria';

/** The organization's key, PKCS#8 PEM RSA only: anything else is refused with what to do instead. */
export function loadSigningKey(pem: string, path: string): SigningKey {
  if (!/^-----BEGIN PRIVATE KEY-----\r?\n/.test(pem.trimStart())) {
    const hint = /BEGIN RSA PRIVATE KEY/.test(pem)
      ? ' (esta é PKCS#1: converta com "openssl pkcs8 -topk8 -nocrypt -in antiga.pem -out chave.pem")'
      : /BEGIN ENCRYPTED PRIVATE KEY/.test(pem)
        ? ' sem senha (esta está cifrada)'
        : '';
    throw new ReleaseError(`A chave ${path} ${NOT_PKCS8}${hint}.`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new ReleaseError(`A chave ${path} está corrompida: ${NOT_PKCS8}.`);
  }
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new ReleaseError(
      `A chave ${path} é ${privateKey.asymmetricKeyType?.toUpperCase()}, não RSA: a chave ${NOT_PKCS8}.`,
    );
  }
  const publicKeyDer = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return { privateKey, publicKeyDer, extensionId: extensionIdFromPublicKey(publicKeyDer) };
}
