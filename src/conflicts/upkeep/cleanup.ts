/**
 * Which merged branches an opt-in cleanup may delete: those the base already contains, whose last commit is
 * old enough, never the base, the default branch, a protected branch, or the head of an open pull request.
 */
import type { Git } from '../../git/git.js';
import { branchHistories, commitTimes } from '../../git/history.js';
import { resolveCommits } from '../../git/object-lookup.js';

export interface CleanupRequest {
  git: Git;
  /** the base tip's commit */
  base: string;
  /** the remote's branches */
  branches: { name: string; sha: string }[];
  /** branches never deleted: the base, the default branch, protected ones, open pull requests' heads */
  keep: Set<string>;
  olderThanDays: number;
  now: Date;
}

export interface Deletable {
  branch: string;
  sha: string;
  /** days since its last commit */
  days: number;
}

export async function deletableBranches(request: CleanupRequest): Promise<Deletable[]> {
  const candidates = request.branches.filter((b) => !request.keep.has(b.name));
  // A tip this clone lacks cannot be in the base's history, which was fetched whole: not merged.
  const present = (
    await resolveCommits(
      request.git,
      candidates.map((b) => b.sha),
    )
  ).map((sha) => sha !== undefined);
  const local = candidates.filter((_, i) => present[i]);
  const histories = await branchHistories(
    request.git,
    request.base,
    local.map((b) => b.sha),
  );
  const merged = local.filter((b) => histories.get(b.sha)!.own.size === 0);
  const times = await commitTimes(
    request.git,
    merged.map((b) => b.sha),
  );
  const now = request.now.getTime() / 1000;
  return merged
    .map((b) => ({ branch: b.name, sha: b.sha, days: Math.floor((now - (times.get(b.sha) ?? now)) / 86_400) }))
    .filter((b) => b.days >= request.olderThanDays)
    .sort((x, y) => (x.branch < y.branch ? -1 : 1));
}
