/** What deploy and rollback do as workflow steps: run options from inputs and runner, then outputs, summary, verdict. */
import path from 'node:path';
import * as core from '@actions/core';
import { writeFileAtomic } from '../../core/atomic-file.js';
import type { FlowLogger } from '../../deploy/flow/context.js';
import { deployMarkdown } from '../../deploy/formats/markdown.js';
import type { DeployReport } from '../../deploy/report.js';
import type { RunOptions } from '../../deploy/setup.js';
import { createGitHubClient } from '../../github/client.js';
import { parseRepo } from '../../github/repo.js';
import { workspacePath, type RunnerContext } from '../../runner/context.js';
import { coreLogger } from '../../runner/logger.js';
import type { DeployInputs } from './inputs.js';

/** The engines' logger in a step, folding the user's command output into groups. */
const stepLogger: FlowLogger = { ...coreLogger, group: (title, body) => core.group(title, body) };

export function stepOptions(inputs: Omit<DeployInputs, 'ref'>, runner: RunnerContext): RunOptions {
  const base = {
    root: runner.workspace,
    environment: inputs.environment,
    logger: stepLogger,
    run: { logUrl: runner.runUrl, runId: runner.runId, runAttempt: runner.runAttempt },
    ...(inputs.config === undefined ? {} : { configPath: workspacePath(runner, inputs.config, 'config') }),
  };
  if (inputs.token === undefined) return { ...base, noLedgerReason: 'the "token" input is empty' };
  const client = createGitHubClient({ token: inputs.token, logger: coreLogger, baseUrl: runner.apiUrl });
  return { ...base, github: { client, repo: parseRepo(runner.repository, 'GITHUB_REPOSITORY') } };
}

/** Report file, outputs, job summary, and the verdict: a deploy that failed or rolled back fails the step. */
export async function finishStep(report: DeployReport, inputs: Omit<DeployInputs, 'ref'>, runner: RunnerContext) {
  const file = path.resolve(
    runner.workspace,
    inputs.jsonReport ?? path.join(runner.runnerTemp, 'shipgate', `${report.kind}.json`),
  );
  await writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
  core.setOutput('outcome', report.outcome);
  core.setOutput('active-color', report.activeColor ?? '');
  core.setOutput('previous-color', report.previousColor ?? '');
  core.setOutput('deployment-id', report.deploymentId === null ? '' : String(report.deploymentId));
  core.setOutput('rolled-back', String(report.rolledBack));
  core.setOutput('switch-ms', report.switchMs === null ? '' : String(Math.round(report.switchMs)));
  core.setOutput('json-report', file);
  if (report.passed) core.info(`shipgate ${report.kind}: ${report.message}`);
  else core.setFailed(`shipgate ${report.kind} ${report.outcome}: ${report.message}`);
  if (runner.stepSummary) await core.summary.addRaw(deployMarkdown(report)).write();
}
