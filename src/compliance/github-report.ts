/** What compliance tells GitHub: the check run's content, the sticky comment and the nightly tracking issue. */
import type { CheckAnnotation } from '../github/check-runs.js';
import { TrackingIssues } from '../github/issues.js';
import { publishCheckRun, publishStickyComment, type PublishTarget } from '../publishing/pull-request.js';
import { toMarkdown } from './formats/markdown/index.js';
import { parseTrackingTotals, renderTrackingIssue } from './formats/markdown/tracking-issue.js';
import { newThenSeverity, sortedCopy } from './formats/order.js';
import { repositoryPath, type ComplianceReport, type Violation } from './report.js';
import type { FailOn } from './settings.js';
import { failsCheck } from './summary.js';

export const CHECK_RUN_NAME = 'shipgate / compliance';
export const TRACKING_LABEL = 'shipgate-compliance';
const COMMENT_PURPOSE = 'compliance';

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

export function publishComplianceCheckRun(target: PublishTarget, report: ComplianceReport, headSha: string) {
  const s = report.summary;
  return publishCheckRun(target, {
    name: CHECK_RUN_NAME,
    headSha,
    conclusion: s.passed ? 'success' : 'failure',
    title: `${s.new} new, ${s.violations} total violation(s)`,
    summary: (maxChars) => toMarkdown(report, { maxChars }),
    annotations: annotationOrder(report.violations).map((v) => annotationOf(report, v)),
    overflowHint: 'the JSON and SARIF reports',
  });
}

export function publishComplianceComment(target: PublishTarget, report: ComplianceReport, pullNumber: number) {
  return publishStickyComment(target, pullNumber, COMMENT_PURPOSE, toMarkdown(report));
}

/** Keeps the one tracking issue current, and closes it once everything complies. */
export async function publishTrackingIssue(
  target: PublishTarget,
  report: ComplianceReport,
  runUrl: string,
): Promise<void> {
  const issues = new TrackingIssues(target.client, target.repo, target.logger);
  const open = await issues.find(TRACKING_LABEL);
  if (report.summary.violations === 0) {
    if (open) await issues.close(open.number);
    target.logger.info(open ? `Everything complies: closed #${open.number}.` : 'Everything complies.');
    return;
  }
  const previous = open ? parseTrackingTotals(open.body) : null;
  const { title, body } = renderTrackingIssue(report, previous, { runUrl });
  const { issue, outcome } = await issues.ensure({ label: TRACKING_LABEL, title, body });
  target.logger.info(`Tracking issue ${outcome}: ${issue.htmlUrl}`);
}
