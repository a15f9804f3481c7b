import path from 'node:path';
import * as core from '@actions/core';
import packageJson from '../../../package.json' with { type: 'json' };
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { checkCompliance, parseShard } from '../../compliance/check.js';
import { mergeReports } from '../../compliance/merge.js';
import { repositoryPath, type ComplianceReport } from '../../compliance/report.js';
import { loadSettings } from '../../config/load.js';
import type { Settings } from '../../config/settings.js';
import { renderReport, type ReportFormat } from '../../compliance/formats/index.js';
import { toMarkdown } from '../../compliance/formats/markdown.js';
import { annotationOrder, publishCheckRun, publishComment, publishTrackingIssue, type GitHubTarget } from '../../compliance/publish.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import { createGitHubClient } from '../../github/client.js';
import { GitHubPermissionError } from '../../github/permissions.js';
import { repoFromEnv } from '../../github/repo.js';
import { changedSince, optional, pullOf, type ComplianceInputs, type PullContext } from './compliance-inputs.js';
import { coreLogger, type ActionEvent } from './runtime.js';

/** What the rest of the step needs from a scan, or from merged shard reports. */
interface StepResult {
  report: ComplianceReport;
  settings: Settings;
}

async function writeReports(result: StepResult, inputs: ComplianceInputs, workspace: string): Promise<Record<string, string>> {
  const written: Record<string, string> = {};
  const wanted = { json: path.join(process.env.RUNNER_TEMP ?? workspace, 'shipgate', 'compliance.json'), ...inputs.reports };
  for (const [format, file] of Object.entries(wanted)) {
    const absolute = path.resolve(workspace, file);
    await writeFileAtomic(absolute, renderReport(result.report, format as ReportFormat));
    written[format] = absolute;
  }
  return written;
}

/** The platform shows 10 annotations of each level per step: the failing ones first. */
function annotate(result: StepResult): void {
  const repoPath = (reportPath: string): string => repositoryPath(result.report, reportPath);
  const ordered = annotationOrder(result.report.violations);
  const failing = ordered.filter((v) => v.new || result.report.summary.failOn === 'all').slice(0, 10);
  const others = ordered.filter((v) => !failing.includes(v)).slice(0, 10);
  for (const v of failing) core.error(v.message, { file: repoPath(v.path), startLine: v.line, endLine: v.endLine, title: `shipgate ${v.rule}` });
  for (const v of others) core.warning(v.message, { file: repoPath(v.path), startLine: v.line, endLine: v.endLine, title: `shipgate ${v.rule}` });
}

function setOutputs(result: StepResult, reports: Record<string, string>): void {
  const s = result.report.summary;
  core.setOutput('violations', s.violations);
  core.setOutput('new-violations', s.new);
  core.setOutput('failing', s.failing);
  core.setOutput('passed', s.passed);
  for (const format of ['json', 'sarif', 'markdown']) core.setOutput(`${format}-report`, reports[format] ?? '');
}

/** Permission problems (a fork's read-only token, say) become warnings: the check's verdict still stands. */
async function publishing(what: string, action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof GitHubPermissionError)) throw error;
    core.warning(`Could not publish the ${what}: ${error.message}`);
  }
}

async function publish(result: StepResult, inputs: ComplianceInputs, event: ActionEvent, pull: PullContext | undefined): Promise<void> {
  if (!inputs.token) return;
  const target: GitHubTarget = { client: createGitHubClient({ token: inputs.token, logger: coreLogger }), repo: repoFromEnv(), logger: coreLogger };
  const report = result.report;
  const headSha = pull?.headSha ?? process.env.GITHUB_SHA;
  if (inputs.checkRun && headSha) await publishing('check run', () => publishCheckRun(target, report, headSha));
  if (result.settings.compliance.comment && pull) await publishing('pull request comment', () => publishComment(target, report, pull.number));
  const wantsIssue = inputs.trackingIssue === 'true' || (inputs.trackingIssue === 'auto' && ['schedule', 'workflow_dispatch'].includes(event.name));
  if (report.mode === 'full' && !report.shard && wantsIssue) {
    const runUrl = `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`;
    await publishing('tracking issue', () => publishTrackingIssue(target, report, runUrl));
  }
}

async function scanned(inputs: ComplianceInputs, event: ActionEvent, pull: PullContext | undefined, target: string): Promise<StepResult> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return checkCompliance({
    target,
    ...optional({
      configPath: inputs.config === undefined ? undefined : path.resolve(workspace, inputs.config),
      changedSince: changedSince(inputs, event, pull),
      shard: inputs.shard === undefined ? undefined : parseShard(inputs.shard, 'The input "shard"'),
    }),
    overrides: {
      failOn: inputs.failOn,
      baseline: inputs.baseline === undefined ? undefined : path.resolve(workspace, inputs.baseline),
      comment: inputs.comment,
    },
    writeBaseline: false,
    pruneBaseline: false,
    logger: coreLogger,
    toolVersion: packageJson.version,
  });
}

/** The reports of `shard` runs, merged as if one run had scanned everything. */
async function merged(pattern: string, workspace: string, inputs: ComplianceInputs): Promise<StepResult> {
  const files = (await glob(pattern, { cwd: workspace, absolute: true })).sort();
  if (files.length === 0) throw new ConfigurationError(`The input "merge-reports" (${pattern}) matches no file in ${workspace}.`);
  const reports = await Promise.all(files.map(async (file) => {
    try {
      return { file, report: JSON.parse(await readFile(file, 'utf8')) as ComplianceReport };
    } catch (error) {
      throw new ConfigurationError(`The input "merge-reports": cannot read ${file}: ${errorMessage(error)}`);
    }
  }));
  const { settings } = await loadSettings({ root: workspace, ...optional({ configPath: inputs.config }) });
  return { report: mergeReports(reports, inputs.failOn ?? settings.compliance.failOn), settings };
}

/** The compliance check as a workflow step: scan (or merge), reports, outputs, summary, annotations, GitHub. */
export async function complianceStep(inputs: ComplianceInputs, event: ActionEvent): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const pull = pullOf(event);
  const target = path.resolve(workspace, inputs.path);
  const result = inputs.mergeReports ? await merged(inputs.mergeReports, workspace, inputs) : await scanned(inputs, event, pull, target);
  const reports = await writeReports(result, inputs, workspace);
  setOutputs(result, reports);
  annotate(result);
  await core.summary.addRaw(toMarkdown(result.report)).write();
  await publish(result, inputs, event, pull);
  const s = result.report.summary;
  if (!s.passed) core.setFailed(`shipgate compliance: ${s.failing} violation(s) fail the check (fail-on: ${s.failOn}).`);
  else core.info(`shipgate compliance passed: ${s.violations} violation(s), ${s.new} new.`);
}
