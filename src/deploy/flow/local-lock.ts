// A local run has no ledger to lock with, so one lock file per repository and environment keeps a second
// terminal from deploying or rolling back the same environment at the same time. The file names the process
// that holds it; a holder that is gone (its process ended, the lock left by a killed run) is taken over.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

/** The lock file of an environment of the repository at `root` (in the system's temporary folder). */
export function localLockFile(root: string, environment: string): string {
  const key = createHash('sha256')
    .update(`${path.resolve(root)}\0${environment}`)
    .digest('hex')
    .slice(0, 16);
  return path.join(os.tmpdir(), `shipgate-deploy-${key}.lock`);
}

function isAlive(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true; // a shared temporary folder: never guess about another host
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Holder;
  } catch {
    return undefined; // gone meanwhile, or half-written by a run that died: not a live holder
  }
}

export type LocalLock = { release: () => Promise<void>; note?: string } | { refusal: string };

/**
 * Takes the lock of `environment`: its release, and a note when a dead run's lock was taken over; or, while a
 * live process holds it, why the run is refused.
 */
export async function takeLocalLock(root: string, environment: string): Promise<LocalLock> {
  const file = localLockFile(root, environment);
  const holder: Holder = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  const release = () => rm(file, { force: true });
  if (await createExclusively(file, holder)) return { release };
  let current = await readHolder(file);
  if (current === undefined || !isAlive(current)) {
    // The dead run's file goes, then the lock is taken like any other. Two runs taking over in the same instant
    // could still both pass (Node has no OS file locks); the window is the time between these two calls.
    await rm(file, { force: true });
    if (await createExclusively(file, holder)) {
      return { release, note: `Took over the local lock of ${environment} left by a run that is gone (${file}).` };
    }
    current = await readHolder(file); // the run that won
  }
  const who = current ? `process ${current.pid} on ${current.host}, started ${current.startedAt}` : 'another process';
  return {
    refusal: `Another local deploy or rollback of ${environment} is in progress (${who}; lock file ${file}). Refusing to run at the same time.`,
  };
}

/** Writes the lock file only if there is none; false when one exists. */
async function createExclusively(file: string, holder: Holder): Promise<boolean> {
  try {
    await writeFile(file, JSON.stringify(holder), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}
