import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { glob } from 'tinyglobby';
import packageJson from '../../../package.json' with { type: 'json' };
import { checkCompliance, parseShard } from '../../compliance/check.js';
import { renderReport, type ReportFormat } from '../../compliance/formats/index.js';
import { toMarkdown } from '../../compliance/formats/markdown.js';
import { mergeReports } from '../../compliance/merge.js';
import type { ComplianceReport } from '../../compliance/report.js';
import { loadSettings } from '../../config/load.js';
import { withComplianceOverrides } from '../../config/resolve.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import { changedSince, optional, pullOf, type ComplianceInputs, type PullContext } from './compliance-inputs.js';
import { annotate, publish, type StepResult } from './compliance-publish.js';
import { coreLogger, type ActionEvent } from './runtime.js';

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

function setOutputs(result: StepResult, reports: Record<string, string>): void {
  const s = result.report.summary;
  core.setOutput('violations', s.violations);
  core.setOutput('new-violations', s.new);
  core.setOutput('failing', s.failing);
  core.setOutput('passed', s.passed);
  for (const format of ['json', 'sarif', 'markdown']) core.setOutput(`${format}-report`, reports[format] ?? '');
}

async function scanned(inputs: ComplianceInputs, event: ActionEvent, pull: PullContext | undefined, target: string): Promise<StepResult> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return checkCompliance({
    target,
    ...optional({
      configPath: inputs.config === undefined ? undefined : path.resolve(workspace, inputs.config),
      changedSince: changedSince(inputs, event, pull),
      shard: inputs.shard === undefined ? undefined : parseShard(inputs.shard, 'The input "shard"'),
      expectHead: pull?.headSha,
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
  const merged = withComplianceOverrides(settings, { failOn: inputs.failOn, comment: inputs.comment });
  return { report: mergeReports(reports, merged.compliance.failOn), settings: merged };
}

/** The compliance check as a workflow step: scan (or merge), reports, outputs, summary, annotations, GitHub. */
export async function complianceStep(inputs: ComplianceInputs, event: ActionEvent): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const pull = pullOf(event);
  const target = path.resolve(workspace, inputs.path);
  const result = inputs.mergeReports ? await merged(inputs.mergeReports, workspace, inputs) : await scanned(inputs, event, pull, target);
  const reports = await writeReports(result, inputs, workspace);
  setOutputs(result, reports);
  const s = result.report.summary;
  // The verdict comes first: the platform shows only the first 10 errors of a step.
  if (!s.passed) core.setFailed(`shipgate compliance: ${s.failing} violation(s) fail the check (fail-on: ${s.failOn}).`);
  else core.info(`shipgate compliance passed: ${s.violations} violation(s), ${s.new} new.`);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(toMarkdown(result.report)).write();
  else core.debug('No GITHUB_STEP_SUMMARY on this runner: no job summary.');
  const checkRunPublished = await publish(result, inputs, event, pull);
  if (!checkRunPublished) annotate(result.report);
}
