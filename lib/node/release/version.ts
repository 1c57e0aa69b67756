import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ReleaseError } from './errors';

/** Chrome's rule: 1 to 4 dot-separated integers, each 0–65535, without leading zeros. */
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/;

export function checkVersion(version: string): string {
  if (!VERSION.test(version) || version.split('.').some((part) => Number(part) > 65535)) {
    throw new ReleaseError(
      `Versão "${version}" inválida: use números separados por ponto, como 1.4.0 (até 4 partes, cada uma até 65535).`,
    );
  }
  return version;
}

/** Negative, zero or positive, numerically part by part ("1.10" > "1.9", "1.0" = "1"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}

/** The highest version already released in `dir` (its updates.xml and CRX files), if any. */
export async function lastReleasedVersion(dir: string): Promise<string | undefined> {
  const found: string[] = [];
  const xml = await readFile(join(dir, 'updates.xml'), 'utf8').catch(() => '');
  const inXml = /<updatecheck\b[^>]*\bversion=['"]([^'"]+)['"]/.exec(xml)?.[1];
  if (inXml) found.push(inXml);
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const inName = /^sysaid-assist-(.+)\.crx$/.exec(name)?.[1];
    if (inName && VERSION.test(inName)) found.push(inName);
  }
  return found.sort(compareVersions).at(-1);
}

/** PCs only move to a higher version: a lower one would never reach them (a rollback is a new, higher one). */
export function checkNotLower(version: string, last: string | undefined, dir: string): void {
  if (last && compareVersions(version, last) < 0) {
    throw new ReleaseError(
      `A versão ${version} é menor que a última publicada em ${dir} (${last}): os PCs não voltam para uma ` +
        'versão menor. Para desfazer uma atualização, publique o código antigo com um número MAIOR ' +
        `(por exemplo --version ${bump(last)}).`,
    );
  }
}

function bump(version: string): string {
  const parts = version.split('.').map(Number);
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + 1;
  return parts.join('.');
}
