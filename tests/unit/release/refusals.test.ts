import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseReleaseArgs } from '../../../lib/node/release/args';
import { ReleaseError } from '../../../lib/node/release/errors';
import { release } from '../../../lib/node/release/release';
import { loadSigningKey } from '../../../lib/node/release/signing-key';
import { checkNotLower, compareVersions, lastReleasedVersion } from '../../../lib/node/release/version';
import { makeTestKey, writeTestKey } from './test-key';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReleaseError);
    return (error as Error).message;
  }
  throw new Error('was not refused');
}

const URL_OK = ['--update-url', 'https://intranet.assefaz.org.br/ext/updates.xml'];

describe('npm run release refuses, in Portuguese', () => {
  it('without --key: how to make one, and why it stays safe and out of git', () => {
    const message = refusal(() => parseReleaseArgs(URL_OK));
    expect(message).toContain('openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out chave.pem');
    expect(message).toMatch(/NUNCA no git/);
    expect(message).toMatch(/o ID muda/);
    expect(message).toMatch(/atualizações deixam de chegar/);
  });

  it('an update URL that is not http(s)', () => {
    for (const url of ['ftp://intranet/updates.xml', 'file:///srv/updates.xml', 'updates.xml']) {
      expect(refusal(() => parseReleaseArgs(['--key', 'k.pem', '--update-url', url]))).toMatch(
        /não é um endereço http\(s\)/,
      );
    }
    expect(parseReleaseArgs(['--key', 'k.pem', ...URL_OK]).updateUrl).toBe(URL_OK[1]);
  });

  it('a host that is not an origin, and a malformed version', () => {
    expect(
      refusal(() => parseReleaseArgs(['--key', 'k', ...URL_OK, '--host', 'https://x.org/SREdit.jsp'])),
    ).toMatch(/não é a origem de um SysAid/);
    expect(refusal(() => parseReleaseArgs(['--key', 'k', ...URL_OK, '--version', '1.02']))).toMatch(
      /inválida/,
    );
    expect(parseReleaseArgs(['--key', 'k', ...URL_OK, '--host', 'http://127.0.0.1:8765']).hosts).toEqual([
      'http://127.0.0.1:8765',
    ]);
  });

  it('a key that is not PKCS#8 PEM RSA, saying how to convert or make one', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const pkcs1 = rsa.export({ type: 'pkcs1', format: 'pem' }).toString();
    expect(refusal(() => loadSigningKey(pkcs1, 'antiga.pem'))).toMatch(
      /PKCS#1: converta com "openssl pkcs8 -topk8/,
    );
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(
      refusal(() => loadSigningKey(ec.export({ type: 'pkcs8', format: 'pem' }).toString(), 'ec.pem')),
    ).toMatch(/é EC, não RSA/);
    expect(refusal(() => loadSigningKey('não é uma chave', 'x.pem'))).toMatch(/PEM PKCS#8/);
    expect(loadSigningKey(makeTestKey(), 'chave.pem').extensionId).toMatch(/^[a-p]{32}$/);
  });
});

describe('version monotonicity', () => {
  it('a version lower than the last released in the folder is refused and nothing is written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'release-'));
    const out = join(root, 'release');
    const keyPath = writeTestKey(root);
    mkdirSync(out); // a folder with 2.0.0 released, seeded by hand (no build in unit tests)
    const listing = () => [readdirSync(dirname(out)).sort(), readdirSync(out).sort()];
    writeFileSync(join(out, 'updates.xml'), "<updatecheck codebase='x' version='2.0.0' />");
    writeFileSync(join(out, 'sysaid-assist-2.0.0.crx'), '');
    const seen = listing();
    const refused = release({
      keyPath,
      updateUrl: URL_OK[1] ?? '',
      hosts: [],
      outDir: out,
      version: '1.9.9',
    });
    await expect(refused).rejects.toThrow(ReleaseError);
    await expect(refused).rejects.toThrow(
      /1\.9\.9 é menor que a última publicada .*\(2\.0\.0\).*número MAIOR/s,
    );
    expect(listing()).toEqual(seen);
  });

  it('reads the last version from updates.xml or the CRX names, comparing numerically', async () => {
    const out = mkdtempSync(join(tmpdir(), 'release-'));
    expect(await lastReleasedVersion(out)).toBeUndefined();
    writeFileSync(join(out, 'sysaid-assist-1.9.0.crx'), '');
    writeFileSync(join(out, 'sysaid-assist-1.10.0.crx'), '');
    expect(await lastReleasedVersion(out)).toBe('1.10.0');
    expect(compareVersions('1.10', '1.9.9')).toBeGreaterThan(0);
    expect(() => checkNotLower('1.10.0', '1.10.0', out)).not.toThrow(); // the same version again: kit only
    expect(() => checkNotLower('1.10.1', '1.10.0', out)).not.toThrow();
    expect(() => checkNotLower('1.9.9', '1.10.0', out)).toThrow(/--version 1\.10\.1/);
  });
});
