/** `npm run release -- --key <pem> --update-url <url> [--host <origin>]… [--version <x.y.z>] [--out <dir>]` (README, "Guia de TI"). */
import { parseReleaseArgs } from '../lib/node/release/args';
import { ReleaseError } from '../lib/node/release/errors';
import { release } from '../lib/node/release/release';

try {
  const result = await release(parseReleaseArgs(process.argv.slice(2)));
  process.stdout.write(
    [
      `Versão ${result.version} publicada em ${result.outDir}`,
      ...result.files.filter((f) => !f.startsWith('admin/')).map((f) => `  ${f}`),
      '  admin/ (kit da TI: leia admin/LEIA-ME.txt)',
      '',
      `ID da extensão: ${result.extensionId}`,
      '',
    ].join('\n'),
  );
} catch (error) {
  if (error instanceof ReleaseError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `Falha inesperada no release: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
