/**
 * Which pull requests an opt-in sync brings up to date: behind their base, merging cleanly into it, from
 * this repository (a fork's branch is its owner's to update), at most `max` a run.
 */
import type { Git } from '../../git/git.js';
import { commitsAhead } from '../../git/history.js';
import type { PullRequest } from '../../github/pulls.js';
import { pullBranchName } from '../pull-requests/select.js';
import type { ConflictsReport } from '../report/report.js';

export interface SyncRequest {
  git: Git;
  base: string;
  pulls: PullRequest[];
  report: ConflictsReport;
  max: number;
}

export async function pullsToUpdate(request: SyncRequest): Promise<{ pull: PullRequest; behind: number }[]> {
  const { report } = request;
  const blocked = new Set([...report.baseConflicts.map((c) => c.branch), ...report.unchecked.map((u) => u.branch)]);
  const chosen: { pull: PullRequest; behind: number }[] = [];
  for (const pull of request.pulls) {
    if (chosen.length >= request.max) break;
    const name = pullBranchName(pull.number);
    if (pull.isFork || blocked.has(name) || !report.branches.includes(name) || report.merged.includes(name)) continue;
    const behind = await commitsAhead(request.git, pull.headSha, request.base);
    if (behind > 0) chosen.push({ pull, behind });
  }
  return chosen;
}
