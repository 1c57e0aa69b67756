import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes every file under `staged`, then renames them into `outDir`: the package files first, then
 * admin/ as a whole, then updates.xml. Renames within one file system: no reader sees half a file.
 */
export async function publish(files: Map<string, Buffer>, staged: string, outDir: string): Promise<void> {
  for (const [path, content] of files) {
    await mkdir(dirname(join(staged, path)), { recursive: true });
    await writeFile(join(staged, path), content);
  }
  await mkdir(outDir, { recursive: true });
  const topLevel = [...new Set([...files.keys()].map((path) => path.split('/')[0] ?? path))];
  const order = [
    ...topLevel.filter((name) => name !== 'updates.xml' && name !== 'admin'),
    'admin',
    'updates.xml',
  ];
  for (const name of order.filter((n) => topLevel.includes(n))) {
    if (name === 'admin') {
      // The previous kit (other ID or URL) must not survive beside the new one.
      await rm(join(outDir, 'admin'), { recursive: true, force: true });
    }
    await rename(join(staged, name), join(outDir, name));
  }
}
