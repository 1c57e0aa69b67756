/** `npm run audit -- <file> [--map <json>] [--json]`: the team audit for IT's nightly job (README). */
import { open, readFile } from 'node:fs/promises';
import { runAuditCli } from '../lib/team-audit/cli';

const code = await runAuditCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  readChunks: async (path) => {
    // Opened first so a missing file is told before the audit starts.
    const handle = await open(path, 'r');
    return handle.createReadStream({ highWaterMark: 1024 * 1024 });
  },
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
