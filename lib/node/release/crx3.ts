import { createVerify, sign } from 'node:crypto';
import { crxIdOf } from './extension-id';
import { field, readFields } from './protobuf';
import type { SigningKey } from './signing-key';

/*
 * CRX3 (components/crx_file/crx3.proto): "Cr24", version 3, header length (LE32), a CrxFileHeader,
 * then the ZIP. The signature covers "CRX3 SignedData\0", the signed header's length (LE32), the
 * signed header (a SignedData holding the crx_id) and the ZIP.
 */
const MAGIC = Buffer.from('Cr24');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\0', 'latin1');
const HEADER = { sha256WithRsa: 2, signedHeaderData: 10000 } as const;
const PROOF = { publicKey: 1, signature: 2 } as const;
const SIGNED_DATA_CRX_ID = 1;

function le32(value: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32LE(value);
  return buf;
}

function signedPayload(signedHeaderData: Buffer, zip: Uint8Array): Buffer {
  return Buffer.concat([SIGNATURE_CONTEXT, le32(signedHeaderData.length), signedHeaderData, zip]);
}

export function writeCrx3(zip: Uint8Array, key: SigningKey): Buffer {
  const signedHeaderData = field(SIGNED_DATA_CRX_ID, crxIdOf(key.publicKeyDer));
  const signature = sign('sha256', signedPayload(signedHeaderData, zip), key.privateKey);
  const proof = Buffer.concat([field(PROOF.publicKey, key.publicKeyDer), field(PROOF.signature, signature)]);
  const header = Buffer.concat([
    field(HEADER.sha256WithRsa, proof),
    field(HEADER.signedHeaderData, signedHeaderData),
  ]);
  return Buffer.concat([MAGIC, le32(3), le32(header.length), header, zip]);
}

interface Crx3 {
  version: number;
  publicKey: Buffer;
  signature: Buffer;
  crxId: Buffer;
  zip: Buffer;
  /** Whether the RSA signature holds for this header and ZIP, as Chromium checks it. */
  signatureValid: boolean;
}

/** Reads a CRX3 back (tests, and a check before publishing); throws on anything malformed. */
export function readCrx3(crx: Buffer): Crx3 {
  if (!crx.subarray(0, 4).equals(MAGIC)) throw new Error('not a CRX (no Cr24)');
  const version = crx.readUInt32LE(4);
  const headerLength = crx.readUInt32LE(8);
  const header = readFields(crx.subarray(12, 12 + headerLength));
  const zip = crx.subarray(12 + headerLength);
  const proof = readFields(header.find((f) => f.number === HEADER.sha256WithRsa)?.content ?? Buffer.alloc(0));
  const publicKey = proof.find((f) => f.number === PROOF.publicKey)?.content ?? Buffer.alloc(0);
  const signature = proof.find((f) => f.number === PROOF.signature)?.content ?? Buffer.alloc(0);
  const signedHeaderData =
    header.find((f) => f.number === HEADER.signedHeaderData)?.content ?? Buffer.alloc(0);
  const crxId = readFields(signedHeaderData).find((f) => f.number === SIGNED_DATA_CRX_ID)?.content;
  const verifier = createVerify('sha256').update(signedPayload(signedHeaderData, zip));
  let signatureValid = false;
  try {
    signatureValid = verifier.verify({ key: publicKey, format: 'der', type: 'spki' }, signature);
  } catch {
    signatureValid = false;
  }
  return { version, publicKey, signature, crxId: crxId ?? Buffer.alloc(0), zip, signatureValid };
}
