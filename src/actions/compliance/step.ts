import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { glob } from 'tinyglobby';
import packageJson from '../../../package.json' with { type: 'json' };
import { renderReport, type ReportFormat } from '../../compliance/formats/index.js';
import { toMarkdown } from '../../compliance/formats/markdown/index.js';
import {
  mergeReports,
  parseShard,
  scanRepository,
  type ComplianceReport,
  type PreparedScan,
  type ScanTarget,
} from '../../compliance/index.js';
import { withComplianceOverrides } from '../../compliance/settings.js';
import { loadSettings } from '../../config/load.js';
import { staysInside } from '../../config/formats.js';
import { writeFileAtomic } from '../../core/atomic-file.js';
import { ConfigurationError, errorMessage, fileErrorMessage } from '../../core/errors.js';
import { pullOf, type PullContext, type RunnerContext, workspacePath } from '../../runner/context.js';
import { coreLogger } from '../../runner/logger.js';
import { REPORT_FORMATS, changedSince, optional, type ComplianceInputs } from './inputs.js';
import { annotate, publish, type StepResult } from './publish.js';

interface WrittenReports {
  files: Record<string, string>;
  /** reports that could not be written, with why: the others, the outputs and the summary still are */
  failures: string[];
}

/** A report file from an input, inside the workspace (a path that leaves it is refused, not written). */
function reportFile(runner: RunnerContext, format: string, file: string): string {
  const absolute = path.resolve(runner.workspace, file);
  if (!staysInside(path.relative(runner.workspace, absolute))) {
    throw new ConfigurationError(`The input "${format}-report" (${file}) leads outside the workspace.`);
  }
  return absolute;
}

async function writeReports(result: StepResult, inputs: ComplianceInputs, runner: RunnerContext) {
  const written: WrittenReports = { files: {}, failures: [] };
  const ownJson = path.join(runner.runnerTemp, 'shipgate', 'compliance.json');
  for (const [format, file] of Object.entries({ json: ownJson, ...inputs.reports })) {
    try {
      const absolute = file === ownJson ? ownJson : reportFile(runner, format, file);
      await writeFileAtomic(absolute, renderReport(result.report, format as ReportFormat));
      written.files[format] = absolute;
    } catch (error) {
      const reason = error instanceof ConfigurationError ? error.message : fileErrorMessage(error);
      written.failures.push(`the ${format} report ${file}: ${reason}`);
    }
  }
  return written;
}

function setOutputs(result: StepResult, reports: Record<string, string>): void {
  const s = result.report.summary;
  core.setOutput('violations', s.violations);
  core.setOutput('new-violations', s.new);
  core.setOutput('failing', s.failing);
  core.setOutput('passed', s.passed);
  for (const format of REPORT_FORMATS) core.setOutput(`${format}-report`, reports[format] ?? '');
}

interface StepContext {
  inputs: ComplianceInputs;
  runner: RunnerContext;
  pull: PullContext | undefined;
  /** the scan target, when the caller already opened it (the PR checks do, once for every check) */
  prepared?: PreparedScan;
}

/** What the inputs ask to scan, and which config judges it. */
export function scanTarget(inputs: ComplianceInputs, runner: RunnerContext): ScanTarget {
  const pull = pullOf(runner.event);
  return {
    target: path.resolve(runner.workspace, inputs.path),
    trustWorkTreeConfig: inputs.trustPrConfig,
    ...optional({
      configPath: inputs.config === undefined ? undefined : workspacePath(runner, inputs.config, 'config'),
      changedSince: changedSince(inputs, runner.event, pull),
      expectHead: pull?.headSha,
    }),
  };
}

async function scanned({ inputs, runner, prepared }: StepContext): Promise<StepResult> {
  const workspace = runner.workspace;
  const result = await scanRepository({
    ...scanTarget(inputs, runner),
    ...optional({
      prepared,
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
  return { report: result.report, settings: result.settings.compliance };
}

async function readShardReport(file: string): Promise<{ file: string; report: ComplianceReport }> {
  try {
    return { file, report: JSON.parse(await readFile(file, 'utf8')) as ComplianceReport };
  } catch (error) {
    throw new ConfigurationError(`The input "merge-reports": cannot read ${file}: ${errorMessage(error)}`);
  }
}

/** The reports of `shard` runs, merged as if one run had scanned everything. */
async function merged(pattern: string, { inputs, runner }: StepContext): Promise<StepResult> {
  const files = (await glob(pattern, { cwd: runner.workspace, absolute: true })).sort();
  if (files.length === 0) {
    throw new ConfigurationError(`The input "merge-reports" (${pattern}) matches no file in ${runner.workspace}.`);
  }
  const reports = await Promise.all(files.map(readShardReport));
  const configPath = inputs.config === undefined ? undefined : workspacePath(runner, inputs.config, 'config');
  const { settings } = await loadSettings({ root: runner.workspace, ...optional({ configPath }) });
  const compliance = withComplianceOverrides(settings.compliance, { failOn: inputs.failOn, comment: inputs.comment });
  return { report: mergeReports(reports, compliance.failOn), settings: compliance };
}

/** The compliance check as a workflow step: scan (or merge), reports, outputs, summary, annotations, GitHub. */
export async function complianceStep(inputs: ComplianceInputs, runner: RunnerContext, prepared?: PreparedScan) {
  const context: StepContext = { inputs, runner, pull: pullOf(runner.event), ...optional({ prepared }) };
  const result = inputs.mergeReports ? await merged(inputs.mergeReports, context) : await scanned(context);
  const reports = await writeReports(result, inputs, runner);
  setOutputs(result, reports.files);
  const s = result.report.summary;
  // The verdict comes first: the platform shows only the first 10 errors of a step.
  if (!s.passed)
    core.setFailed(`shipgate compliance: ${s.failing} violation(s) fail the check (fail-on: ${s.failOn}).`);
  else core.info(`shipgate compliance passed: ${s.violations} violation(s), ${s.new} new.`);
  if (reports.failures.length > 0) core.setFailed(`shipgate could not write ${reports.failures.join('; ')}.`);
  if (runner.stepSummary) await core.summary.addRaw(toMarkdown(result.report)).write();
  else core.debug('No GITHUB_STEP_SUMMARY on this runner: no job summary.');
  const checkRunPublished = await publish(result, inputs, runner, context.pull);
  if (!checkRunPublished) annotate(result.report);
}
