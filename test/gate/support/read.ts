/** Reading reports the way the gate does, for tests: with the paths of a real repository. */
import { GitCli } from '../../../src/git/git.js';
import { trackedFiles } from '../../../src/git/tracked-files.js';
import { RepositoryPaths } from '../../../src/gate/paths.js';
import { readReport } from '../../../src/gate/reports/index.js';
import type { ParsedReport } from '../../../src/gate/reports/types.js';
import path from 'node:path';

export async function pathsOf(dir: string): Promise<RepositoryPaths> {
  return new RepositoryPaths(dir, await trackedFiles(new GitCli(dir), ''));
}

export async function read(file: string, paths: RepositoryPaths): Promise<ParsedReport> {
  return readReport({ file, display: path.basename(file), paths });
}

/** A fixed sequence of pseudo-random numbers (mulberry32), so a failing fuzz case can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
