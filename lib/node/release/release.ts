import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { adminKit } from './admin/kit';
import type { ReleaseOptions } from './args';
import { buildPackages, type ReleaseBrowser } from './build';
import { readCrx3, writeCrx3 } from './crx3';
import { KEY_HOW_TO, ReleaseError } from './errors';
import { publish } from './publish';
import { loadSigningKey } from './signing-key';
import { crxFileName, crxUrlBeside, updatesXml } from './update-manifest';
import { checkNotLower, checkVersion, lastReleasedVersion } from './version';
import { zipFolder } from './zip';

interface ReleaseResult {
  extensionId: string;
  version: string;
  outDir: string;
  /** What was written, relative to outDir. */
  files: string[];
}

/**
 * Checks every input, builds and signs in a scratch folder beside `outDir`, and only then moves the
 * results in (updates.xml last, so a PC never reads a manifest pointing at a CRX not there yet).
 */
export async function release(
  options: ReleaseOptions & { browsers?: ReleaseBrowser[] },
): Promise<ReleaseResult> {
  const pem = await readFile(options.keyPath, 'utf8').catch(() => {
    throw new ReleaseError(`Não consegui ler a chave ${options.keyPath}.\n\n${KEY_HOW_TO}`);
  });
  const key = loadSigningKey(pem, options.keyPath);
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  const version = checkVersion(options.version ?? pkg.version);
  const outDir = resolve(options.outDir);
  checkNotLower(version, await lastReleasedVersion(outDir), options.outDir);
  const managedSchema = JSON.parse(await readFile('public/managed_schema.json', 'utf8'));

  await mkdir(dirname(outDir), { recursive: true });
  const scratch = await mkdtemp(join(dirname(outDir), '.release-'));
  try {
    const staged = join(scratch, 'out');
    const built = await buildPackages({
      version,
      hosts: options.hosts,
      outDir: join(scratch, 'build'),
      browsers: options.browsers ?? ['chrome', 'firefox'],
    });
    const files = new Map<string, Buffer>();
    // Self-hosted updates follow the manifest's update_url; the store zips must not carry one.
    const manifest = JSON.parse(await readFile(join(built.chromeDir, 'manifest.json'), 'utf8'));
    const crxManifest = Buffer.from(JSON.stringify({ ...manifest, update_url: options.updateUrl }, null, 2));
    const crx = writeCrx3(await zipFolder(built.chromeDir, { 'manifest.json': crxManifest }), key);
    if (!readCrx3(crx).signatureValid) throw new Error('the CRX just signed does not verify');
    files.set(crxFileName(version), crx);
    for (const zip of built.zips) files.set(zip.slice(zip.lastIndexOf('/') + 1), await readFile(zip));
    const kit = adminKit({
      extensionId: key.extensionId,
      version,
      updateUrl: options.updateUrl,
      managedSchema,
    });
    for (const [path, content] of kit) files.set(`admin/${path}`, content);
    const xml = updatesXml({
      extensionId: key.extensionId,
      version,
      crxUrl: crxUrlBeside(options.updateUrl, version),
    });
    files.set('updates.xml', Buffer.from(xml, 'utf8'));
    await publish(files, staged, outDir);
    return { extensionId: key.extensionId, version, outDir, files: [...files.keys()] };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
