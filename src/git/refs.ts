import type { Git } from './git.js';

/** True when the ref names a commit in this repository. */
export async function refExists(git: Git, ref: string): Promise<boolean> {
  const result = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowExitCodes: [1, 128] });
  return result.exitCode === 0;
}

/** A ref that names a commit: its full name, the short name people type, and the commit. */
export interface CommitRef {
  ref: string;
  name: string;
  sha: string;
}

/** "refs/heads/x" → "x", "refs/remotes/origin/x" → "origin/x", "refs/pull/7/head" → "pull/7/head". */
export function shortRefName(ref: string): string {
  return ref.replace(/^refs\/(heads|remotes|tags)\//, '').replace(/^refs\//, '');
}

/** Every branch, remote-tracking branch and other ref under refs/ that points at a commit (symbolic refs left out). */
export async function listCommitRefs(git: Git): Promise<CommitRef[]> {
  const format = '%(refname)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)%00%(symref)';
  const { stdout } = await git.run(['for-each-ref', `--format=${format}`]);
  const refs: CommitRef[] = [];
  for (const line of stdout.split('\n')) {
    const [ref, sha, peeled, type, peeledType, symref] = line.split('\0');
    if (!ref || symref) continue;
    const commit = type === 'commit' ? sha : peeledType === 'commit' ? peeled : undefined;
    if (commit) refs.push({ ref, name: shortRefName(ref), sha: commit });
  }
  return refs;
}

/** The commit a ref or revision names, or undefined when there is none. */
export async function resolveCommit(git: Git, revision: string): Promise<string | undefined> {
  if (revision.startsWith('-')) return undefined;
  const result = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], {
    allowExitCodes: [1, 128],
  });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** The branch the remote's HEAD points at (e.g. "origin/main"), when the clone recorded it. */
export async function remoteHeadBranch(git: Git, remote = 'origin'): Promise<string | undefined> {
  const result = await git.run(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`], {
    allowExitCodes: [1, 128],
  });
  return result.exitCode === 0 ? shortRefName(result.stdout.trim()) : undefined;
}
