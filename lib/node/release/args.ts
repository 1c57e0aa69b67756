import { parseArgs } from 'node:util';
import { KEY_HOW_TO, ReleaseError } from './errors';
import { checkVersion } from './version';

export interface ReleaseOptions {
  keyPath: string;
  /** Where PCs read updates.xml (http or https). */
  updateUrl: string;
  /** A team's own SysAid origins, baked into the package. */
  hosts: string[];
  version?: string;
  outDir: string;
}

const DEFAULT_OUT_DIR = '.output/release';

const USAGE =
  'Uso: npm run release -- --key <chave.pem> --update-url <https://…/updates.xml> ' +
  '[--host <https://sysaid.exemplo.org.br>]… [--version <x.y.z>] [--out <pasta>]';

/** `npm run release -- …` arguments, each checked before anything is built or written. */
export function parseReleaseArgs(argv: string[]): ReleaseOptions {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        key: { type: 'string' },
        'update-url': { type: 'string' },
        host: { type: 'string', multiple: true },
        version: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const what = /'([^']+)'/.exec(String(error))?.[1];
    throw new ReleaseError(`Opção não reconhecida${what ? ` (${what})` : ''}.\n${USAGE}`);
  }
  const keyPath = values.key;
  if (typeof keyPath !== 'string' || !keyPath) throw new ReleaseError(`${KEY_HOW_TO}\n\n${USAGE}`);
  const updateUrl = values['update-url'];
  if (typeof updateUrl !== 'string' || !updateUrl) {
    throw new ReleaseError(
      `Falta --update-url: o endereço em que os PCs vão ler o updates.xml (ex.: https://intranet.assefaz.org.br/extensoes/updates.xml).\n${USAGE}`,
    );
  }
  const version = typeof values.version === 'string' ? checkVersion(values.version) : undefined;
  return {
    keyPath,
    updateUrl: checkUpdateUrl(updateUrl),
    hosts: ((values.host as string[] | undefined) ?? []).map(checkHost),
    version,
    outDir: typeof values.out === 'string' && values.out ? values.out : DEFAULT_OUT_DIR,
  };
}

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function checkUpdateUrl(text: string): string {
  const url = httpUrl(text);
  if (!url) {
    throw new ReleaseError(
      `--update-url "${text}" não é um endereço http(s): os navegadores só buscam atualizações em http:// ou ` +
        'https:// (ex.: https://intranet.assefaz.org.br/extensoes/updates.xml).',
    );
  }
  return url.href;
}

/** A SysAid origin: scheme and host (and port), nothing after it. */
function checkHost(text: string): string {
  const url = httpUrl(text);
  if (!url || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new ReleaseError(
      `--host "${text}" não é a origem de um SysAid: use só esquema e endereço, como https://sysaid.assefaz.org.br.`,
    );
  }
  return url.origin;
}
