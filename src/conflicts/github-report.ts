/** What the conflicts check tells GitHub about one pull request: its check run, its comment, its label. */
import type { CheckAnnotation } from '../github/check-runs.js';
import type { CheckRunResult } from '../publishing/pull-request.js';
import { toMarkdown } from './formats/markdown/index.js';
import { findingsOfBranch, pullComment } from './formats/markdown/pull-comment.js';
import type { ConflictsReport } from './report/report.js';
import { verdictOf } from './report/verdict.js';

export const CHECK_RUN_NAME = 'shipgate / conflicts';
export const COMMENT_PURPOSE = 'conflicts';

/**
 * Whether the pull request should carry the label: when it conflicts with its base, or (fail-on: any) with
 * another. Undefined when its state is unknown (its head could not be checked, or the run is partial and
 * it was not listed): the label then stays as it is, never removed on a guess.
 */
export function wantsLabel(report: ConflictsReport, name: string): boolean | undefined {
  if (report.unchecked.some((u) => u.branch === name)) return undefined;
  if (!report.branches.includes(name)) return undefined;
  const found = findingsOfBranch(report, name);
  return found.base !== undefined || (report.summary.failOn === 'any' && found.pairs.length > 0);
}

/** One annotation per conflicted file: GitHub shows them on the pull request's changed files. */
function annotationsFor(report: ConflictsReport, name: string): CheckAnnotation[] {
  const found = findingsOfBranch(report, name);
  const onBase = (found.base?.files ?? []).map((path) => ({
    path,
    startLine: 1,
    endLine: 1,
    level: 'failure' as const,
    title: `Conflicts with ${report.base}`,
    message: `Merging this pull request into ${report.base} conflicts in ${path}.`,
  }));
  const withPulls = found.pairs.flatMap((pair) => {
    const other = pair.a === name ? pair.b : pair.a;
    const label = report.pulls?.[other] ? `#${report.pulls[other].number}` : other;
    return pair.files.map((path) => ({
      path,
      startLine: 1,
      endLine: 1,
      level: 'warning' as const,
      title: `Conflicts with ${label}`,
      message: `Once one of this pull request and ${label} lands, the other conflicts in ${path}.`,
    }));
  });
  return [...onBase, ...withPulls];
}

export function checkRunFor(report: ConflictsReport, name: string, headSha: string): CheckRunResult {
  const found = findingsOfBranch(report, name);
  const passed = verdictOf(report, report.summary.failOn, name);
  const partial = report.summary.partial && passed;
  const title = found.base
    ? `Conflicts with ${report.base}`
    : found.pairs.length > 0
      ? `Conflicts with ${found.pairs.length} open pull request(s)`
      : `No conflicts with ${report.base} or other open pull requests`;
  return {
    name: CHECK_RUN_NAME,
    headSha,
    conclusion: !passed ? 'failure' : partial ? 'neutral' : 'success',
    title: partial ? `${title} (partial)` : title,
    summary: (maxChars) => {
      const focused = pullComment(report, name);
      return `${focused}\n\n${toMarkdown(report, { maxChars: Math.max(0, maxChars - focused.length - 2) })}`;
    },
    annotations: annotationsFor(report, name),
    overflowHint: 'the JSON report',
  };
}
