/** `npm run audit -- <file> [--map <json>] [--json] [--csv <list.csv>]`: the team audit for IT's nightly job (README). */
import { once } from 'node:events';
import { open, readFile, rm } from 'node:fs/promises';
import { runAuditCli } from '../lib/core/team-audit/cli';

const code = await runAuditCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  readChunks: async (path) => {
    // Opened first so a missing file is told before the audit starts.
    const handle = await open(path, 'r');
    return handle.createReadStream({ highWaterMark: 1024 * 1024 });
  },
  createFile: async (path) => {
    const stream = (await open(path, 'w')).createWriteStream();
    const closed = () =>
      new Promise<void>((resolve, reject) =>
        stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
    return {
      // Waits for the disk when its buffer is full: the list never piles up in memory.
      write: async (text) => {
        if (!stream.write(text)) await once(stream, 'drain');
      },
      close: closed,
      discard: async () => {
        await closed().catch(() => undefined);
        await rm(path, { force: true });
      },
    };
  },
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
