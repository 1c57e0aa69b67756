import { createHash, verify } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { readCrx3, writeCrx3 } from '../../../lib/node/release/crx3';
import { idFromBytes } from '../../../lib/node/release/extension-id';
import { loadSigningKey } from '../../../lib/node/release/signing-key';
import { zipFolder } from '../../../lib/node/release/zip';
import { makeTestKey } from './test-key';

/** The named entry of a ZIP, read from its local header (independently of zip.ts). */
function unzipEntry(zip: Buffer, name: string): string | undefined {
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) === name) {
      return inflateRawSync(zip.subarray(start, start + size)).toString('utf8');
    }
    at = start + size;
  }
  return undefined;
}

const key = loadSigningKey(makeTestKey(), 'chave.pem');
const dir = mkdtempSync(join(tmpdir(), 'crx-'));
mkdirSync(join(dir, 'content-scripts'));
writeFileSync(join(dir, 'manifest.json'), '{"version":"1.0.0"}');
writeFileSync(join(dir, 'content-scripts', 'sysaid.js'), 'console.log("olá")');
const zip = await zipFolder(dir, { 'manifest.json': Buffer.from('{"version":"1.2.3","update_url":"u"}') });
const crx = writeCrx3(zip, key);

describe('CRX3 package', () => {
  it('has the CRX3 header Chromium reads: Cr24, version 3, the header length', () => {
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    expect(12 + crx.readUInt32LE(8) + zip.length).toBe(crx.length);
  });

  it('carries the public key, and a crx_id that is the extension ID', () => {
    const parsed = readCrx3(crx);
    expect(parsed.publicKey.equals(key.publicKeyDer)).toBe(true);
    expect(parsed.crxId.equals(createHash('sha256').update(key.publicKeyDer).digest().subarray(0, 16))).toBe(
      true,
    );
    expect(idFromBytes(parsed.crxId)).toBe(key.extensionId);
  });

  it('is signed over "CRX3 SignedData\\0", the signed header and the ZIP, as the format says', () => {
    const parsed = readCrx3(crx);
    const headerEnd = 12 + crx.readUInt32LE(8);
    // The signed header data (field 10000, last in the header) is a SignedData: tag, length, 16-byte crx_id.
    const signedHeader = crx.subarray(headerEnd - 18, headerEnd);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedHeader.length);
    const payload = Buffer.concat([Buffer.from('CRX3 SignedData\0', 'latin1'), length, signedHeader, zip]);
    const publicKey = { key: key.publicKeyDer, format: 'der', type: 'spki' } as const;
    expect(verify('sha256', payload, publicKey, parsed.signature)).toBe(true);
    expect(parsed.signatureValid).toBe(true);
  });

  it('fails verification when one byte of the extension changes', () => {
    const tampered = Buffer.from(crx);
    tampered[tampered.length - 30] = (tampered[tampered.length - 30] ?? 0) ^ 1;
    expect(readCrx3(tampered).signatureValid).toBe(false);
  });

  it('holds the build with the manifest given for the CRX', () => {
    const inside = readCrx3(crx).zip;
    expect(JSON.parse(unzipEntry(inside, 'manifest.json') ?? '{}')).toEqual({
      version: '1.2.3',
      update_url: 'u',
    });
    expect(unzipEntry(inside, 'content-scripts/sysaid.js')).toBe('console.log("olá")');
  });
});
