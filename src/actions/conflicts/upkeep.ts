/**
 * The opt-in upkeep of a scheduled run: deleting branches the base already merged (a dry run unless told
 * otherwise) and bringing pull requests that are behind but merge cleanly up to date. Every deletion and
 * update is listed in the job summary; a rate limit stops them like any other write.
 */
import { deletableBranches } from '../../conflicts/upkeep/cleanup.js';
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

async function cleanup(request: UpkeepRequest): Promise<string[]> {
  const { target, report, cleanup: settings } = request;
  const branches = new Branches(target.client, target.repo, target.logger);
  let protectedNames: Set<string>;
  try {
    protectedNames = await branches.protectedNames();
  } catch (error) {
    // Without knowing which branches are protected, nothing is deleted.
    target.logger.warning(`Branch cleanup skipped: ${errorMessage(error)}`);
    return [`Branch cleanup skipped: ${errorMessage(error)}`];
  }
  const openHeads = request.pulls.filter((p) => !p.isFork).map((p) => p.headRef);
  const keep = new Set([report.base, request.defaultBranch ?? report.base, ...protectedNames, ...openHeads]);
  const all = await remoteBranches(request.git, request.remote);
  const deletable = await deletableBranches({
    git: request.git,
    base: report.baseSha,
    branches: all,
    keep,
    olderThanDays: settings.olderThanDays,
    now: request.now,
  });
  if (settings.dryRun)
    return deletable.map(
      (d) => `- would delete \`${d.branch}\` (merged into ${report.base}, last commit ${d.days} days ago)`,
    );
  const lines: string[] = [];
  for (const d of deletable) {
    await request.writes.run(`deletion of ${d.branch}`, async () => {
      await branches.delete(d.branch);
      lines.push(
        `- deleted \`${d.branch}\` (merged into ${report.base}, last commit ${d.days} days ago; it was at ${d.sha.slice(0, 12)})`,
      );
    });
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
    await request.writes.run(`update of #${pull.number}`, async () => {
      await pulls.updateBranch(pull.number, pull.headSha);
      lines.push(
        `- brought [#${pull.number}](${pull.htmlUrl}) up to date with ${report.base} (${behind} commits behind)`,
      );
    });
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
