/**
 * Branch health beside the conflicts: how far each branch is behind its base, and how long since its last
 * commit. Few git processes: one per distinct merge base (branches forked together share it) and one log.
 */
import type { Git } from '../../git/git.js';
import { commitTimes, commitsAhead } from '../../git/history.js';
import type { HealthSettings } from '../settings.js';

export interface BehindEntry {
  branch: string;
  /** commits on the base since the branch's merge base */
  commits: number;
}

export interface StaleEntry {
  branch: string;
  /** whole days since the branch's last commit */
  days: number;
}

export interface BranchHealth {
  behind: BehindEntry[];
  stale: StaleEntry[];
}

export interface HealthRequest {
  git: Git;
  base: string;
  branches: { name: string; sha: string }[];
  mergeBases: Map<string, string[]>;
  settings: HealthSettings;
  now: Date;
}

async function behindCounts(git: Git, base: string, forks: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const fork of new Set(forks)) counts.set(fork, await commitsAhead(git, fork, base));
  return counts;
}

/** Merged branches are reported as such elsewhere: behind and idle mean nothing for them. */
function unmerged(request: HealthRequest): { name: string; sha: string }[] {
  return request.branches.filter((b) => (request.mergeBases.get(b.name) ?? [])[0] !== b.sha);
}

export async function branchHealth(request: HealthRequest): Promise<BranchHealth> {
  const { git, base, settings } = request;
  const branches = unmerged(request);
  const fork = (name: string) => {
    const bases = request.mergeBases.get(name) ?? [];
    return bases.length === 1 ? bases[0] : undefined;
  };
  const behindBy = await behindCounts(
    git,
    base,
    branches.map((b) => fork(b.name)).filter((f): f is string => !!f),
  );
  const times = await commitTimes(git, [...new Set(branches.map((b) => b.sha))]);
  const nowSeconds = request.now.getTime() / 1000;
  const behind = branches
    .map((b) => ({ branch: b.name, commits: behindBy.get(fork(b.name) ?? '') ?? 0 }))
    .filter((e) => e.commits >= settings.behindCommits);
  const stale = branches
    .map((b) => ({ branch: b.name, days: Math.floor((nowSeconds - (times.get(b.sha) ?? nowSeconds)) / 86_400) }))
    .filter((e) => e.days >= settings.staleDays);
  const byName = (x: { branch: string }, y: { branch: string }) =>
    x.branch < y.branch ? -1 : x.branch > y.branch ? 1 : 0;
  return { behind: behind.sort(byName), stale: stale.sort(byName) };
}
