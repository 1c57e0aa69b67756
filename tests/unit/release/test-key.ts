import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fresh RSA key in the PKCS#8 PEM that `openssl genpkey` writes (made per test file, never committed). */
export function makeTestKey(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function writeTestKey(dir: string, pem = makeTestKey()): string {
  const path = join(dir, 'chave.pem');
  writeFileSync(path, pem);
  return path;
}
