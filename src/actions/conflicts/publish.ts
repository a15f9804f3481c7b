/**
 * What the conflicts step tells GitHub. On a pull request event: its check run, its comment, its label. On a
 * push or schedule: labels and comments of the pull requests whose state changed, nothing else. Each write
 * is a courtesy (a failure warns); a rate limit stops the writes and makes the run partial.
 */
import { COMMENT_PURPOSE, checkRunFor, wantsLabel } from '../../conflicts/github-report.js';
import { findingsOfBranch, pullComment } from '../../conflicts/formats/markdown/pull-comment.js';
import { pullBranchName } from '../../conflicts/pull-requests/select.js';
import type { ConflictsReport } from '../../conflicts/report/report.js';
import { StickyComments } from '../../github/comments.js';
import { Labels } from '../../github/labels.js';
import type { PullRequest } from '../../github/pulls.js';
import { publishCheckRun, publishStickyComment, type PublishTarget } from '../../publishing/pull-request.js';
import { Writes } from './writes.js';

export interface PublishRequest {
  target: PublishTarget;
  report: ConflictsReport;
  label: string;
  comment: boolean;
  checkRun: boolean;
}

const LABEL_COLOR = 'b60205';
const LABEL_DESCRIPTION = 'shipgate: conflicts with its base or another open pull request';

function hasLabel(pull: PullRequest, label: string): boolean {
  return pull.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}

/** Adds or removes the label where its state changed; leaves it when the state is unknown. */
async function updateLabel(request: PublishRequest, writes: Writes, pull: PullRequest, ensured: { done: boolean }) {
  const want = wantsLabel(request.report, pullBranchName(pull.number));
  const labels = new Labels(request.target.client, request.target.repo, request.target.logger);
  if (want === true && !hasLabel(pull, request.label)) {
    if (!ensured.done)
      await writes.run('label', () =>
        labels.createIfMissing({ name: request.label, color: LABEL_COLOR, description: LABEL_DESCRIPTION }),
      );
    ensured.done = true;
    await writes.run(`label on #${pull.number}`, () => labels.add(pull.number, [request.label], pull.labels));
  } else if (want === false && hasLabel(pull, request.label)) {
    await writes.run(`label on #${pull.number}`, () => labels.remove(pull.number, request.label));
  }
}

/**
 * The comment when there is something to say; with nothing to say, an earlier comment is brought up to date
 * (found by one read when `look` allows it, else only when the label says there was one).
 */
async function updateComment(request: PublishRequest, writes: Writes, pull: PullRequest, look: boolean) {
  if (!request.comment) return;
  const name = pullBranchName(pull.number);
  if (wantsLabel(request.report, name) === undefined) return;
  const found = findingsOfBranch(request.report, name);
  const something = found.base !== undefined || found.pairs.length > 0 || found.regenerable.length > 0;
  const body = pullComment(request.report, name);
  const { client, repo, logger } = request.target;
  if (!something && !look && !hasLabel(pull, request.label)) return;
  await writes.run(`comment on #${pull.number}`, async () => {
    if (!something && (await new StickyComments(client, repo, logger).find(pull.number, COMMENT_PURPOSE)).length === 0)
      return;
    await publishStickyComment(request.target, pull.number, COMMENT_PURPOSE, body);
  });
}

/** A pull request event: the check run on its head, then its comment and label. */
export async function publishForPull(request: PublishRequest, focus: PullRequest): Promise<string | undefined> {
  const writes = new Writes(request.target);
  const name = pullBranchName(focus.number);
  if (request.checkRun)
    await writes.run('check run', () =>
      publishCheckRun(request.target, checkRunFor(request.report, name, focus.headSha)),
    );
  await updateComment(request, writes, focus, true);
  await updateLabel(request, writes, focus, { done: false });
  return writes.stopped;
}

/** A push or schedule: every checked pull request whose label or comment needs to change. */
export async function publishForAll(request: PublishRequest, pulls: PullRequest[]): Promise<string | undefined> {
  const writes = new Writes(request.target);
  const ensured = { done: false };
  for (const pull of pulls) {
    await updateLabel(request, writes, pull, ensured);
    await updateComment(request, writes, pull, false);
  }
  return writes.stopped;
}
