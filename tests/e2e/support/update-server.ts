import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

/** The intranet folder IT publishes a release to: updates.xml and the CRX, served from 127.0.0.1. */
export async function serveReleaseFolder(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const name = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    try {
      const body = await readFile(join(dir, name));
      const type = name.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml; charset=utf-8';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
