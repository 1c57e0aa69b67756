import { existsSync, rmSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * A machine policy file written by a test: one unique name per run, removed when the run ends, even
 * when a test fails or the process is interrupted. Machine policies reach every browser on the
 * machine, so a leftover one would force-install a test build into other people's browsers.
 */
export interface MachinePolicy {
  path: string;
  write(policy: object): Promise<void>;
  remove(): Promise<void>;
}

const PREFIX = 'sysaid-assist-e2e-';

export async function machinePolicy(dir: string): Promise<MachinePolicy> {
  const path = join(dir, `${PREFIX}${process.pid}-${Date.now()}.json`);
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw notRoot(dir, error);
  });
  const onExit = () => rmSync(path, { force: true });
  process.once('exit', onExit);
  return {
    path,
    write: async (policy) => {
      await writeFile(path, JSON.stringify(policy)).catch((error: NodeJS.ErrnoException) => {
        throw notRoot(dir, error);
      });
    },
    remove: async () => {
      await rm(path, { force: true });
      process.off('exit', onExit);
    },
  };
}

/** Files a killed run left behind (its process is gone): removed before the next run starts. */
export async function removeStalePolicies(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (pid && !isAlive(pid)) await rm(join(dir, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function notRoot(dir: string, error: NodeJS.ErrnoException): Error {
  if (error.code !== 'EACCES' && error.code !== 'EPERM') return error;
  return new Error(
    `O teste de instalação por política precisa escrever em ${dir} (política de máquina): rode como root ` +
      '(o .ci/run roda assim) ou com sudo.',
  );
}

/**
 * A policy file whose name the browser fixes (Firefox reads one policies.json): never overwrites one
 * that is already there (IT's, or another run's), and a marker beside it says which run wrote it, so
 * a killed run's file can be told from someone else's.
 */
export async function fixedMachinePolicy(path: string): Promise<MachinePolicy> {
  const dir = dirname(path);
  const marker = join(dir, `.${PREFIX}${process.pid}`);
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw notRoot(dir, error);
  });
  for (const name of await readdir(dir)) {
    const pid = Number(new RegExp(`^\\.${PREFIX}(\\d+)$`).exec(name)?.[1]);
    if (pid && !isAlive(pid)) {
      await rm(path, { force: true });
      await rm(join(dir, name), { force: true });
    }
  }
  if (existsSync(path)) {
    throw new Error(
      `Já existe uma política em ${path} (da TI ou de outra execução): o teste não a sobrescreve. ` +
        'Rode-o numa máquina de teste ou retire o arquivo antes.',
    );
  }
  await writeFile(marker, '');
  const onExit = () => {
    rmSync(path, { force: true });
    rmSync(marker, { force: true });
  };
  process.once('exit', onExit);
  return {
    path,
    write: (policy) => writeFile(path, JSON.stringify(policy)),
    remove: async () => {
      onExit();
      process.off('exit', onExit);
    },
  };
}
