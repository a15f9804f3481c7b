/**
 * The opt-in upkeep of a scheduled run: deleting branches the base already merged (a dry run unless told
 * otherwise) and bringing pull requests that are behind but merge cleanly up to date. Every deletion and
 * update is listed in the job summary; a rate limit stops them like any other write.
 */
import { deletableBranches, type Deletable } from '../../conflicts/upkeep/cleanup.js';
import { pullsToUpdate } from '../../conflicts/upkeep/sync.js';
import type { ConflictsReport } from '../../conflicts/report/report.js';
import type { CleanupSettings, SyncSettings } from '../../conflicts/settings.js';
import { errorMessage } from '../../core/errors.js';
import type { Git } from '../../git/git.js';
import { remoteBranches } from '../../git/remote-branches.js';
import { Branches } from '../../github/branches.js';
import { PullRequests, type PullRequest } from '../../github/pulls.js';
import type { PublishTarget } from '../../publishing/pull-request.js';
import type { Writes } from './writes.js';

export interface UpkeepRequest {
  git: Git;
  target: PublishTarget;
  writes: Writes;
  remote: string;
  report: ConflictsReport;
  /** the open pull requests checked */
  pulls: PullRequest[];
  defaultBranch: string | undefined;
  cleanup: CleanupSettings;
  sync: SyncSettings;
  now: Date;
}

/** The merged branches cleanup may delete; undefined when the protected ones cannot be known (nothing is then). */
async function deletable(request: UpkeepRequest, branches: Branches): Promise<Deletable[] | string> {
  const { report } = request;
  let protectedNames: Set<string>;
  try {
    protectedNames = await branches.protectedNames();
  } catch (error) {
    request.target.logger.warning(`Branch cleanup skipped: ${errorMessage(error)}`);
    return `Branch cleanup skipped: ${errorMessage(error)}`;
  }
  const openHeads = request.pulls.filter((p) => !p.isFork).map((p) => p.headRef);
  const keep = new Set([report.base, request.defaultBranch ?? report.base, ...protectedNames, ...openHeads]);
  const all = await remoteBranches(request.git, request.remote);
  const { olderThanDays } = request.cleanup;
  return deletableBranches({
    git: request.git,
    base: report.baseSha,
    branches: all,
    keep,
    olderThanDays,
    now: request.now,
  });
}

async function cleanup(request: UpkeepRequest): Promise<string[]> {
  const branches = new Branches(request.target.client, request.target.repo, request.target.logger);
  const found = await deletable(request, branches);
  if (typeof found === 'string') return [found];
  const why = (d: Deletable) => `merged into ${request.report.base}, last commit ${d.days} days ago`;
  if (request.cleanup.dryRun) return found.map((d) => `- would delete \`${d.branch}\` (${why(d)})`);
  const lines: string[] = [];
  for (const d of found) {
    const refused = await request.writes.run(`deletion of ${d.branch}`, () => branches.delete(d.branch));
    lines.push(
      refused === undefined
        ? `- deleted \`${d.branch}\` (${why(d)}; it was at ${d.sha.slice(0, 12)})`
        : `- could not delete \`${d.branch}\`: ${refused}`,
    );
  }
  return lines;
}

async function sync(request: UpkeepRequest): Promise<string[]> {
  const { target, report } = request;
  const pulls = new PullRequests(target.client, target.repo, target.logger);
  const chosen = await pullsToUpdate({
    git: request.git,
    base: report.baseSha,
    pulls: request.pulls,
    report,
    max: request.sync.max,
  });
  const lines: string[] = [];
  for (const { pull, behind } of chosen) {
    const link = `[#${pull.number}](${pull.htmlUrl})`;
    const refused = await request.writes.run(`update of #${pull.number}`, () =>
      pulls.updateBranch(pull.number, pull.headSha),
    );
    lines.push(
      refused === undefined
        ? `- brought ${link} up to date with ${report.base} (${behind} commits behind)`
        : `- could not update ${link}: ${refused}`,
    );
  }
  return lines;
}

/** The upkeep's summary section; empty when neither is enabled. */
export async function upkeep(request: UpkeepRequest): Promise<string[]> {
  const sections: string[] = [];
  if (request.cleanup.enabled) {
    const lines = await cleanup(request);
    const title = request.cleanup.dryRun ? '### Branch cleanup (dry run: nothing deleted)' : '### Branch cleanup';
    sections.push(title, '', ...(lines.length > 0 ? lines : ['No merged branch to delete.']), '');
  }
  if (request.sync.enabled) {
    const lines = await sync(request);
    sections.push(
      '### Pull requests brought up to date',
      '',
      ...(lines.length > 0 ? lines : ['None was behind and clean.']),
      '',
    );
  }
  return sections;
}
