import { crxUrlBeside, updatesXml } from '../../../lib/node/release/update-manifest';

describe('updates.xml', () => {
  const xml = updatesXml({
    extensionId: 'agcnmiaiplddlnaabmnnnfpcdbgflndf',
    version: '1.4.0',
    crxUrl: crxUrlBeside('https://intranet.assefaz.org.br/extensoes/updates.xml', '1.4.0'),
  });

  it('is the gupdate manifest Chrome polls: the app by ID, the CRX beside it, its version', () => {
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    const app = /<app appid='([a-p]{32})'>\s*<updatecheck codebase='([^']+)' version='([^']+)' \/>/.exec(xml);
    expect(app?.slice(1)).toEqual([
      'agcnmiaiplddlnaabmnnnfpcdbgflndf',
      'https://intranet.assefaz.org.br/extensoes/sysaid-assist-1.4.0.crx',
      '1.4.0',
    ]);
  });

  it('escapes an update URL with a query string', () => {
    const withQuery = updatesXml({
      extensionId: 'a'.repeat(32),
      version: '1',
      crxUrl: "https://x/a.crx?b=1&c='2'",
    });
    expect(withQuery).toContain("codebase='https://x/a.crx?b=1&amp;c=&apos;2&apos;'");
  });
});
