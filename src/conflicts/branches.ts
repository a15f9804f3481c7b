/** Which branches a run checks, and against which base: globs over short names or full refs, sensible defaults. */
import picomatch from 'picomatch';
import { ConfigurationError } from '../core/errors.js';
import type { Git } from '../git/git.js';
import { listCommitRefs, remoteHeadBranch, resolveCommit, type CommitRef } from '../git/refs.js';

export interface Base {
  /** as shown in reports, e.g. "origin/main" */
  name: string;
  sha: string;
}

export interface SelectedBranch {
  name: string;
  sha: string;
}

const GLOB = /[*?[\]{}!]/;

/** --base, else the config's base, else the branch origin/HEAD points at, else main. */
export async function resolveBase(git: Git, wanted: string | undefined): Promise<Base> {
  if (wanted !== undefined) {
    const sha = await resolveCommit(git, wanted);
    if (!sha) throw new ConfigurationError(`The base "${wanted}" is not a branch or commit in this repository.`);
    return { name: wanted, sha };
  }
  const remoteHead = await remoteHeadBranch(git);
  for (const candidate of [remoteHead, 'main'].filter((c): c is string => c !== undefined)) {
    const sha = await resolveCommit(git, candidate);
    if (sha) return { name: candidate, sha };
  }
  throw new ConfigurationError(
    'No base to compare with: origin/HEAD is not set and there is no branch "main". Pass --base (e.g. --base origin/develop).',
  );
}

/** The local branch a base stands for: "origin/main" and "main" both mean main. */
function baseBranchNames(base: Base, remotes: string[]): Set<string> {
  const slash = base.name.indexOf('/');
  const local = slash > 0 && remotes.includes(base.name.slice(0, slash)) ? base.name.slice(slash + 1) : base.name;
  return new Set([base.name, local, `refs/heads/${local}`]);
}

async function exactly(git: Git, pattern: string, refs: CommitRef[]): Promise<SelectedBranch> {
  const ref = refs.find((r) => r.name === pattern || r.ref === pattern);
  if (ref) return { name: ref.name, sha: ref.sha };
  const sha = await resolveCommit(git, pattern);
  if (sha) return { name: pattern, sha };
  throw new ConfigurationError(`"${pattern}" is not a branch, ref or commit in this repository (see git branch -a).`);
}

/**
 * The branches to check. Patterns are globs matched against short names ("feature/*", "origin/feature/*")
 * and full refs ("refs/pull/*\/head"); a pattern without glob characters must name a ref or commit. No
 * pattern: every local branch. The base is never checked against itself.
 */
export async function selectBranches(
  git: Git,
  patterns: string[],
  base: Base,
  remotes: string[],
): Promise<SelectedBranch[]> {
  const refs = await listCommitRefs(git);
  const selected = new Map<string, SelectedBranch>();
  const add = (branch: SelectedBranch) => selected.set(branch.name, branch);
  if (patterns.length === 0) refs.filter((r) => r.ref.startsWith('refs/heads/')).forEach(add);
  for (const pattern of patterns) {
    if (!GLOB.test(pattern)) {
      add(await exactly(git, pattern, refs));
      continue;
    }
    const matches = picomatch(pattern, { dot: true });
    refs.filter((r) => matches(r.name) || matches(r.ref)).forEach(add);
  }
  const excluded = baseBranchNames(base, remotes);
  return [...selected.values()].filter((b) => !excluded.has(b.name));
}

/** The repository's remotes, e.g. ["origin"]. */
export async function remotesOf(git: Git): Promise<string[]> {
  return (await git.run(['remote'])).stdout.split('\n').filter(Boolean);
}
