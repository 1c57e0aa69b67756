import { createPublicKey } from 'node:crypto';
import { extensionIdFromPublicKey } from '../../../lib/node/release/extension-id';
import { loadSigningKey } from '../../../lib/node/release/signing-key';
import { makeTestKey } from './test-key';

// Chromium's own vectors (components/crx_file/id_util_unittest.cc, IDUtilTest.GenerateID).
const CHROMIUM_SPKI =
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC4fysg3HybDNxRYZkNNg/UZogIVYTVOr8rpGSFewwEEz+N9Lw4DUn+a8RasEBTOtdmCQ+eNnQw2ooxTx8UUNfHIJQX3k65V15+CuWyZXqJTrZH/xy9tzgTr0eFhDIz8xdJv+mW0NYUbxONxfwscrqs6n4YU1amg6LOk5PnHw/mDwIDAQAB';

describe('extension ID', () => {
  it("is Chromium's ID for Chromium's test public key", () => {
    expect(extensionIdFromPublicKey(Buffer.from(CHROMIUM_SPKI, 'base64'))).toBe(
      'melddjfinppjdikinhbgehiennejpfhp',
    );
    expect(extensionIdFromPublicKey(Buffer.from('test'))).toBe('jpignaibiiemhngfjkcpokkamffknabf');
  });

  it('is the ID of the public half of the key that signs the release', () => {
    const pem = makeTestKey();
    const key = loadSigningKey(pem, 'chave.pem');
    const spki = createPublicKey(pem).export({ type: 'spki', format: 'der' });
    expect(key.extensionId).toBe(extensionIdFromPublicKey(spki));
    expect(key.extensionId).toMatch(/^[a-p]{32}$/);
    expect(loadSigningKey(makeTestKey(), 'outra.pem').extensionId).not.toBe(key.extensionId);
  });
});
