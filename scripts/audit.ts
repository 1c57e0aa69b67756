/** `npm run audit -- <file> [--map <json>] [--json]`: the team audit for IT's nightly job (README). */
import { readFile, stat } from 'node:fs/promises';
import { runAuditCli } from '../lib/team-audit/cli';

const code = await runAuditCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  fileSize: async (path) => (await stat(path)).size,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
