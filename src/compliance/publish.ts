import { CheckRuns, type CheckAnnotation } from '../github/checks.js';
import type { GitHubClient } from '../github/client.js';
import { StickyComments } from '../github/comments.js';
import { TrackingIssues } from '../github/issues.js';
import type { RepoRef } from '../github/repo.js';
import type { Logger } from '../logger.js';
import { toMarkdown } from './formats/markdown.js';
import { newThenSeverity, sortedCopy } from './formats/order.js';
import { parseTrackingTotals, renderTrackingIssue } from './formats/tracking-issue.js';
import type { FailOn } from '../config/settings.js';
import { repositoryPath, type ComplianceReport, type Violation } from './report.js';
import { failsCheck } from './summary.js';

export const CHECK_RUN_NAME = 'shipgate / compliance';
export const TRACKING_LABEL = 'shipgate-compliance';
const COMMENT_PURPOSE = 'compliance';
/** 20 requests of 50: enough for any pull request; a full scan's tail is in the reports. */
const MAX_CHECK_ANNOTATIONS = 1000;
const CHECK_SUMMARY_LIMIT = 65_000;

export interface GitHubTarget {
  client: GitHubClient;
  repo: RepoRef;
  logger: Logger;
}

/** failure for what fails the check, warning for other new ones, notice for accepted ones. */
function levelOf(v: Violation, failOn: FailOn): CheckAnnotation['level'] {
  if (failsCheck(v, failOn)) return 'failure';
  return v.new ? 'warning' : 'notice';
}

function annotationOf(report: ComplianceReport, v: Violation): CheckAnnotation {
  return {
    path: repositoryPath(report, v.path),
    startLine: v.line,
    endLine: v.endLine,
    level: levelOf(v, report.summary.failOn),
    title: `${v.rule}${v.symbol ? `: ${v.symbol}` : ''}`,
    message: v.message,
  };
}

/** Annotations most worth seeing first: failing ones, then by severity. */
export const annotationOrder = (violations: Violation[]): Violation[] => sortedCopy(violations, newThenSeverity);

export async function publishCheckRun(target: GitHubTarget, report: ComplianceReport, headSha: string): Promise<string | null> {
  const ordered = annotationOrder(report.violations);
  const annotations = ordered.slice(0, MAX_CHECK_ANNOTATIONS).map((v) => annotationOf(report, v));
  const left = ordered.length - annotations.length;
  const note = left > 0 ? `\n\n${left} more violation(s) are in the JSON and SARIF reports.` : '';
  const summary = toMarkdown(report, { maxChars: CHECK_SUMMARY_LIMIT - note.length }) + note;
  const s = report.summary;
  const run = await new CheckRuns(target.client, target.repo, target.logger).create({
    name: CHECK_RUN_NAME,
    headSha,
    status: 'completed',
    conclusion: s.passed ? 'success' : 'failure',
    output: { title: `${s.new} new, ${s.violations} total violation(s)`, summary, annotations },
  });
  return run.htmlUrl;
}

export async function publishComment(target: GitHubTarget, report: ComplianceReport, pullNumber: number): Promise<void> {
  const result = await new StickyComments(target.client, target.repo, target.logger).upsert(pullNumber, COMMENT_PURPOSE, toMarkdown(report));
  target.logger.info(`Pull request comment ${result.outcome}: ${result.comment.htmlUrl}`);
}

/** Keeps the one tracking issue current, and closes it once everything complies. */
export async function publishTrackingIssue(target: GitHubTarget, report: ComplianceReport, runUrl: string | undefined): Promise<void> {
  const issues = new TrackingIssues(target.client, target.repo, target.logger);
  const open = await issues.find(TRACKING_LABEL);
  if (report.summary.violations === 0) {
    if (open) await issues.close(open.number);
    target.logger.info(open ? `Everything complies: closed #${open.number}.` : 'Everything complies.');
    return;
  }
  const previous = open ? parseTrackingTotals(open.body) : null;
  const { title, body } = renderTrackingIssue(report, previous, runUrl ? { runUrl } : {});
  const { issue, outcome } = await issues.ensure({ label: TRACKING_LABEL, title, body });
  target.logger.info(`Tracking issue ${outcome}: ${issue.htmlUrl}`);
}
