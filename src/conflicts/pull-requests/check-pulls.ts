/**
 * The use case behind the action: the open pull requests into a base, their heads fetched as git objects,
 * each against the base and against every other (or one in focus against the rest), and the report.
 */
import type { Git } from '../../git/git.js';
import type { PullRequest } from '../../github/pulls.js';
import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { ConflictsReport, PullInfo } from '../report/report.js';
import type { ConflictsFailOn, ConflictsSettings } from '../settings.js';
import { runConflicts } from '../run-conflicts.js';
import { fetchHeads } from './fetch-heads.js';
import { pullBranchName, selectPulls, type Skipped } from './select.js';

export interface PullLister {
  listOpenPartially(options: { base?: string }): Promise<{ pulls: PullRequest[]; failure?: unknown }>;
}

export interface PullCheckRequest {
  git: Git;
  lister: PullLister;
  remote: string;
  /** the base branch's name */
  base: string;
  /** the event's pull request: checked against the others, and included even if listing stopped early */
  focus?: PullRequest;
  settings: ConflictsSettings;
  failOn: ConflictsFailOn;
  /** fetch the base and the heads from the remote first */
  fetch: boolean;
  processes: number;
  logger: Logger;
  toolVersion: string;
}

export interface PullCheck {
  report: ConflictsReport;
  checked: PullRequest[];
  skipped: Skipped[];
  /** the pull request in focus as last listed (its labels are fresher than the event's) */
  focus?: PullRequest;
}

async function openPulls(
  request: PullCheckRequest,
): Promise<{ pulls: PullRequest[]; focus?: PullRequest; partialReason?: string }> {
  const { pulls, failure } = await request.lister.listOpenPartially({ base: request.base });
  const focus = request.focus;
  // The listing is fresher than the event (labels added since); the event names the head being checked.
  const fresh = focus && { ...(pulls.find((p) => p.number === focus.number) ?? focus), headSha: focus.headSha };
  const listed = fresh ? [...pulls.filter((p) => p.number !== fresh.number), fresh] : pulls;
  const withFocus = fresh ? { focus: fresh } : {};
  if (failure === undefined) return { pulls: listed, ...withFocus };
  const reason = `listing the open pull requests stopped after ${pulls.length}: ${errorMessage(failure)}`;
  request.logger.warning(`shipgate conflicts: ${reason}`);
  return { pulls: listed, ...withFocus, partialReason: reason };
}

const pullInfo = (pull: PullRequest): PullInfo => ({
  number: pull.number,
  title: pull.title,
  url: pull.htmlUrl,
  author: pull.author,
  headRef: pull.headRef,
});

export async function checkPullRequests(request: PullCheckRequest): Promise<PullCheck> {
  const { pulls, focus: freshFocus, partialReason } = await openPulls(request);
  const { checked, skipped } = selectPulls(pulls, request.settings);
  const { git, remote, base, fetch, logger } = request;
  const fetched = await fetchHeads({ git, remote, base, pulls: checked, fetch, logger });
  const present = checked.filter((p) => fetched.heads.has(p.number));
  const focus = request.focus && pullBranchName(request.focus.number);
  const { report } = await runConflicts({
    git,
    base: { name: base, sha: fetched.baseSha },
    branches: present.map((p) => ({
      name: pullBranchName(p.number),
      sha: fetched.heads.get(p.number)!,
      teamName: p.headRef,
    })),
    ...(focus ? { focus } : {}),
    settings: request.settings,
    failOn: request.failOn,
    exhaustive: request.settings.exhaustive,
    processes: request.processes,
    logger,
    toolVersion: request.toolVersion,
    extra: {
      pulls: Object.fromEntries(checked.map((p) => [pullBranchName(p.number), pullInfo(p)])),
      ...(partialReason ? { partialReason } : {}),
      unchecked: [...fetched.missing].map(([number, reason]) => ({ branch: pullBranchName(number), reason })),
    },
  });
  return { report, checked, skipped, ...(freshFocus ? { focus: freshFocus } : {}) };
}
