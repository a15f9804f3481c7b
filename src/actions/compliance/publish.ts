/** What the compliance step tells GitHub: check run, sticky comment, tracking issue, step annotations. */
import * as core from '@actions/core';
import {
  annotationOrder,
  publishComplianceCheckRun,
  publishComplianceComment,
  publishTrackingIssue,
} from '../../compliance/github-report.js';
import { repositoryPath, type ComplianceReport } from '../../compliance/report.js';
import type { ComplianceSettings } from '../../compliance/settings.js';
import { failsCheck } from '../../compliance/summary.js';
import { Courtesy } from '../../publishing/courtesy.js';
import { publishTarget } from '../../publishing/pull-request.js';
import { defaultBranchOf, type PullContext, type RunnerContext } from '../../runner/context.js';
import { coreLogger } from '../../runner/logger.js';
import type { ComplianceInputs } from './inputs.js';

/** What the rest of the step needs from a scan, or from merged shard reports. */
export interface StepResult {
  report: ComplianceReport;
  settings: ComplianceSettings;
}

/** `auto`: scheduled and manual full scans of the default branch (a feature branch's scan must not rewrite it). */
function wantsTrackingIssue(inputs: ComplianceInputs, runner: RunnerContext): boolean {
  if (inputs.trackingIssue !== 'auto') return inputs.trackingIssue === 'true';
  const defaultBranch = defaultBranchOf(runner.event);
  const onDefault = !defaultBranch || runner.ref === `refs/heads/${defaultBranch}`;
  return ['schedule', 'workflow_dispatch'].includes(runner.event.name) && onDefault;
}

interface Plan {
  checkRun: boolean;
  comment: boolean;
  trackingIssue: boolean;
}

/** A shard's result is partial: only the merged result goes to the check run, the comment and the issue. */
function planOf(
  result: StepResult,
  inputs: ComplianceInputs,
  runner: RunnerContext,
  pull: PullContext | undefined,
): Plan {
  const whole = result.report.shard === null;
  return {
    checkRun: inputs.checkRun && whole,
    comment: result.settings.comment && pull !== undefined && whole,
    trackingIssue: result.report.mode === 'full' && whole && wantsTrackingIssue(inputs, runner),
  };
}

/** Without a token nothing is published: the step says what it would have published. */
function noticeNoToken(plan: Plan): false {
  const wanted = Object.entries(plan)
    .filter(([, on]) => on)
    .map(([what]) => what);
  if (wanted.length > 0) core.notice(`shipgate: no token, so nothing was published (skipped: ${wanted.join(', ')}).`);
  return false;
}

/** Publishes what the inputs ask for; true when the check run (which carries every annotation) was published. */
export async function publish(
  result: StepResult,
  inputs: ComplianceInputs,
  runner: RunnerContext,
  pull: PullContext | undefined,
): Promise<boolean> {
  const plan = planOf(result, inputs, runner, pull);
  if (!inputs.token) return noticeNoToken(plan);
  const courtesy = new Courtesy(coreLogger, inputs.publishSeconds);
  const { apiUrl, repository } = runner;
  const target = publishTarget({
    token: inputs.token,
    apiUrl,
    repository,
    logger: coreLogger,
    deadline: courtesy.deadline,
  });
  const { report } = result;
  const headSha = pull?.headSha ?? runner.sha;
  const checkRun =
    plan.checkRun && (await courtesy.publish('check run', () => publishComplianceCheckRun(target, report, headSha)));
  if (plan.comment && pull) {
    await courtesy.publish('pull request comment', () => publishComplianceComment(target, report, pull.number));
  }
  if (plan.trackingIssue) {
    await courtesy.publish('tracking issue', () => publishTrackingIssue(target, report, runner.runUrl));
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
  const others = ordered.filter((v) => !failsCheck(v, report.summary.failOn)).slice(0, 8);
  for (const v of failing) {
    core.error(v.message, {
      file: repoPath(v.path),
      startLine: v.line,
      endLine: v.endLine,
      title: `shipgate ${v.rule}`,
    });
  }
  for (const v of others) {
    core.warning(v.message, {
      file: repoPath(v.path),
      startLine: v.line,
      endLine: v.endLine,
      title: `shipgate ${v.rule}`,
    });
  }
}
