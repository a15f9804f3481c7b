/** What the compliance step tells GitHub: check run, sticky comment, tracking issue, step annotations. */
import * as core from '@actions/core';
import { annotationOrder, publishCheckRun, publishComment, publishTrackingIssue, type GitHubTarget } from '../../compliance/publish.js';
import { repositoryPath, type ComplianceReport } from '../../compliance/report.js';
import { failsCheck } from '../../compliance/summary.js';
import type { Settings } from '../../config/settings.js';
import { errorMessage } from '../../errors.js';
import { createGitHubClient } from '../../github/client.js';
import { repoFromEnv } from '../../github/repo.js';
import type { ComplianceInputs, PullContext } from './compliance-inputs.js';
import { coreLogger, type ActionEvent } from './runtime.js';

/** What the rest of the step needs from a scan, or from merged shard reports. */
export interface StepResult {
  report: ComplianceReport;
  settings: Settings;
}

/**
 * Publishing is a courtesy on top of the verdict: when GitHub refuses it (a fork's read-only token)
 * or fails after retries, the step warns and its result still stands.
 */
async function publishing(what: string, action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    core.warning(`Could not publish the ${what}: ${errorMessage(error)}`);
    return false;
  }
}

/** `auto`: scheduled and manual full scans of the default branch (a feature branch's scan must not rewrite it). */
function wantsTrackingIssue(inputs: ComplianceInputs, event: ActionEvent): boolean {
  if (inputs.trackingIssue !== 'auto') return inputs.trackingIssue === 'true';
  const defaultBranch = (event.payload.repository as { default_branch?: string } | undefined)?.default_branch;
  const onDefault = !defaultBranch || process.env.GITHUB_REF === `refs/heads/${defaultBranch}`;
  return ['schedule', 'workflow_dispatch'].includes(event.name) && onDefault;
}

interface Plan {
  checkRun: boolean;
  comment: boolean;
  trackingIssue: boolean;
}

/** A shard's result is partial: only the merged result goes to the check run, the comment and the issue. */
function planOf(result: StepResult, inputs: ComplianceInputs, event: ActionEvent, pull: PullContext | undefined): Plan {
  const whole = result.report.shard === null;
  return {
    checkRun: inputs.checkRun && whole,
    comment: result.settings.compliance.comment && pull !== undefined && whole,
    trackingIssue: result.report.mode === 'full' && whole && wantsTrackingIssue(inputs, event),
  };
}

/** Publishes what the inputs ask for; true when the check run (which carries every annotation) was published. */
export async function publish(result: StepResult, inputs: ComplianceInputs, event: ActionEvent, pull: PullContext | undefined): Promise<boolean> {
  const plan = planOf(result, inputs, event, pull);
  const wanted = Object.entries(plan).filter(([, on]) => on).map(([what]) => what);
  if (!inputs.token) {
    if (wanted.length > 0) core.notice(`shipgate: no token, so nothing was published (skipped: ${wanted.join(', ')}).`);
    return false;
  }
  const target: GitHubTarget = { client: createGitHubClient({ token: inputs.token, logger: coreLogger }), repo: repoFromEnv(), logger: coreLogger };
  const { report } = result;
  const headSha = pull?.headSha ?? process.env.GITHUB_SHA;
  const checkRun = plan.checkRun && headSha !== undefined && (await publishing('check run', () => publishCheckRun(target, report, headSha)));
  if (plan.comment && pull) await publishing('pull request comment', () => publishComment(target, report, pull.number));
  if (plan.trackingIssue) {
    const runUrl = `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`;
    await publishing('tracking issue', () => publishTrackingIssue(target, report, runUrl));
  }
  return checkRun;
}

/**
 * Step annotations, when no check run carries them. The platform shows 10 per level and step: 9 leave
 * room for the verdict (an error) and for publishing warnings.
 */
export function annotate(report: ComplianceReport): void {
  const repoPath = (reportPath: string): string => repositoryPath(report, reportPath);
  const ordered = annotationOrder(report.violations);
  const failing = ordered.filter((v) => failsCheck(v, report.summary.failOn)).slice(0, 9);
  const others = ordered.filter((v) => !failing.includes(v) && !failsCheck(v, report.summary.failOn)).slice(0, 8);
  for (const v of failing) core.error(v.message, { file: repoPath(v.path), startLine: v.line, endLine: v.endLine, title: `shipgate ${v.rule}` });
  for (const v of others) core.warning(v.message, { file: repoPath(v.path), startLine: v.line, endLine: v.endLine, title: `shipgate ${v.rule}` });
}
