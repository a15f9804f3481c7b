/**
 * What every PR-facing capability (compliance, conflicts, the quality gate) tells GitHub: a check run
 * from {title, summary, annotations, conclusion}, one sticky comment, within the platform's size caps.
 * Publishing is a courtesy on top of the verdict: see `Courtesy`. Deploy and rollback do not use this
 * module — their ledger writes must succeed.
 */
import type { Logger } from '../core/logger.js';
import { CheckRuns, type CheckAnnotation, type CheckConclusion } from '../github/check-runs.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { StickyComments } from '../github/comments.js';
import { parseRepo, type RepoRef } from '../github/repo.js';
/** GitHub takes 65,535 characters; the rest is room for a cut note. */
const SUMMARY_BUDGET = 65_000;

export interface PublishTarget {
  client: GitHubClient;
  repo: RepoRef;
  logger: Logger;
  /** when (epoch ms) publishing must have ended: the client cuts its calls there, and no write starts after */
  deadline?: number;
}

/** The client and repository a step publishes to, every call of it bound by the step's publishing deadline. */
export function publishTarget(options: {
  token: string;
  apiUrl: string;
  /** "owner/repo", as GITHUB_REPOSITORY gives it */
  repository: string;
  logger: Logger;
  deadline: number;
}): PublishTarget {
  const { token, apiUrl, logger, deadline } = options;
  const client = createGitHubClient({ token, logger, baseUrl: apiUrl, deadline });
  return { client, repo: parseRepo(options.repository, 'GITHUB_REPOSITORY'), logger, deadline };
}

/** 20 requests of 50: enough for any pull request; the rest belongs in the capability's reports. */
export const MAX_CHECK_ANNOTATIONS = 1000;

export interface CheckRunResult {
  name: string;
  headSha: string;
  conclusion: Extract<CheckConclusion, 'success' | 'failure' | 'neutral'>;
  title: string;
  /** builds the summary within a character budget (what the annotation note leaves of GitHub's cap) */
  summary: (maxChars: number) => string;
  /** most important first: only the first MAX_CHECK_ANNOTATIONS are sent */
  annotations: CheckAnnotation[];
  /** where the annotations that did not fit can be read, e.g. "the JSON and SARIF reports" */
  overflowHint: string;
}

/** Creates the completed check run; returns its link. */
export async function publishCheckRun(target: PublishTarget, result: CheckRunResult): Promise<string | null> {
  const annotations = result.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
  const left = result.annotations.length - annotations.length;
  const note = left > 0 ? `\n\n${left} more finding(s) are in ${result.overflowHint}.` : '';
  const summary = result.summary(SUMMARY_BUDGET - note.length) + note;
  const run = await new CheckRuns(target.client, target.repo, target.logger).create({
    name: result.name,
    headSha: result.headSha,
    status: 'completed',
    conclusion: result.conclusion,
    output: { title: result.title, summary, annotations },
  });
  return run.htmlUrl;
}

/** Keeps one comment per purpose on the pull request, rewritten only when its text changes. */
export async function publishStickyComment(
  target: PublishTarget,
  pullNumber: number,
  purpose: string,
  body: string,
): Promise<void> {
  const result = await new StickyComments(target.client, target.repo, target.logger).upsert(pullNumber, purpose, body);
  target.logger.info(`Pull request comment ${result.outcome}: ${result.comment.htmlUrl}`);
}
