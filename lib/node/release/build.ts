import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { RELEASE_HOSTS_ENV } from '../../core/hosts';
import { ReleaseError } from './errors';

export type ReleaseBrowser = 'chrome' | 'firefox';

interface BuiltPackages {
  /** The unpacked Chrome/Edge build the CRX is made from. */
  chromeDir: string;
  /** Zips as `wxt zip` names them (…-chrome.zip, …-firefox.zip, …-sources.zip), all in `outDir`. */
  zips: string[];
}

/**
 * `wxt zip` per browser into `outDir` (never .output/chrome-mv3, which the e2e build owns), with the
 * version and the team's hosts handed to wxt.config.ts through the environment.
 */
export async function buildPackages(input: {
  version: string;
  hosts: string[];
  outDir: string;
  browsers: ReleaseBrowser[];
}): Promise<BuiltPackages> {
  const env = {
    ...process.env,
    SYSAID_RELEASE_VERSION: input.version,
    [RELEASE_HOSTS_ENV]: input.hosts.join(','),
    SYSAID_RELEASE_OUT_DIR: input.outDir,
  };
  for (const browser of input.browsers) await run(['zip', '-b', browser], env);
  const zips = input.browsers.flatMap((browser) => [
    join(input.outDir, `sysaid-assist-${input.version}-${browser}.zip`),
    ...(browser === 'firefox' ? [join(input.outDir, `sysaid-assist-${input.version}-sources.zip`)] : []),
  ]);
  return { chromeDir: join(input.outDir, 'chrome-mv3'), zips };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const wxt = resolve('node_modules/.bin/wxt');
  return new Promise((done, fail) => {
    const child = spawn(wxt, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) =>
      fail(new ReleaseError(`Não consegui rodar o WXT (${error.message}): rode "npm install".`)),
    );
    child.on('close', (code) => {
      if (code === 0) done();
      else
        fail(
          new ReleaseError(
            `O build (wxt ${args.join(' ')}) falhou; nada foi publicado.\n${output.slice(-4000)}`,
          ),
        );
    });
  });
}
