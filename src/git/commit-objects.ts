/**
 * Commits made without a work tree or an index, many per git process: the merge commit a landing would
 * make, built from a tree `merge-tree` wrote. Give it a `ScratchGit` so they stay out of the repository.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScratchGit } from './scratch-objects.js';

export interface CommitSpec {
  tree: string;
  parents: string[];
  message: string;
}

const IDENTITY = 'shipgate <shipgate@localhost.invalid>';

/** The raw commit object. Dated now: a commit dated far back makes git's merge-base searches walk all history. */
export function commitText(spec: CommitSpec, now: Date): string {
  const stamp = `${Math.floor(now.getTime() / 1000)} +0000`;
  const parents = spec.parents.map((parent) => `parent ${parent}\n`).join('');
  return `tree ${spec.tree}\n${parents}author ${IDENTITY} ${stamp}\ncommitter ${IDENTITY} ${stamp}\n\n${spec.message}\n`;
}

// Calls may overlap: each batch names its files apart.
let batches = 0;

/** Writes the commits and returns their ids in order. */
export async function writeCommits(git: ScratchGit, specs: CommitSpec[], now = new Date()): Promise<string[]> {
  if (specs.length === 0) return [];
  const batch = ++batches;
  const files = specs.map((_, index) => path.join(git.filesDir, `commit-${batch}-${index}`));
  await Promise.all(specs.map((spec, index) => writeFile(files[index]!, commitText(spec, now))));
  const { stdout } = await git.run(['hash-object', '-t', 'commit', '-w', '--stdin-paths'], {
    input: files.join('\n') + '\n',
  });
  const ids = stdout.split('\n').filter(Boolean);
  if (ids.length !== specs.length) throw new Error(`git hash-object wrote ${ids.length} commits for ${specs.length}.`);
  return ids;
}
