import path from 'node:path';
import * as core from '@actions/core';
import { loadSettings, type LoadedSettings } from '../../config/load.js';
import { resolveConfig } from '../../config/resolve.js';
import { mergeBaseOf } from '../../git/diff.js';
import { openRepository } from '../../git/git.js';
import { writeFileAtomic } from '../../core/atomic-file.js';
import { checkRunBaseline } from '../../gate/baseline/check-runs.js';
import { renderGate } from '../../gate/formats/index.js';
import { toMarkdown } from '../../gate/formats/markdown.js';
import { failsTheStep, type GateResult } from '../../gate/report.js';
import { runGate, type GateRequest } from '../../gate/run-gate.js';
import { withGateOverrides, type GateSettings } from '../../gate/settings.js';
import { parseRepo } from '../../github/repo.js';
import { Courtesy } from '../../publishing/courtesy.js';
import type { GitHubClient } from '../../github/client.js';
import { defaultBranchOf, pullOf, type RunnerContext, workspacePath } from '../../runner/context.js';
import { coreLogger } from '../../runner/logger.js';
import { optional } from '../compliance/inputs.js';
import { annotate, clientFor, publish } from './publish.js';
import type { GateInputs } from './inputs.js';

/**
 * The config that judges this run: on a pull request as it is at the merge base, so a pull request
 * cannot lower the conditions that judge it (see config/resolve.ts); else the work tree's.
 */
async function configFor(inputs: GateInputs, runner: RunnerContext): Promise<LoadedSettings> {
  const configPath = inputs.config === undefined ? undefined : workspacePath(runner, inputs.config, 'config');
  const pull = pullOf(runner.event);
  if (!pull) return loadSettings({ root: runner.workspace, ...optional({ configPath }) });
  const git = await openRepository(runner.workspace);
  const mergeBase = await mergeBaseOf(git, pull.baseSha);
  return resolveConfig({ git, ...optional({ configPath }), mergeBase, trustWorkTree: false });
}

async function settingsFor(inputs: GateInputs, runner: RunnerContext, config?: LoadedSettings): Promise<GateSettings> {
  const loaded = config ?? (await configFor(inputs, runner));
  return withGateOverrides(loaded.settings.gate, {
    ...optional({ failOn: inputs.failOn, comment: inputs.comment }),
    reports: inputs.reports,
    conditions: inputs.conditions,
  });
}

/**
 * Runs with a base (pull requests, the fork workflow) compare with the base branch at the merge base; a
 * push to the default branch with the commit before it, so the trend it stores continues. Others have none.
 */
function baselineFrom(runner: RunnerContext, base: string | undefined): { from?: string } | undefined {
  if (base !== undefined) return {};
  const defaultBranch = defaultBranchOf(runner.event);
  return runner.event.name === 'push' && runner.ref === `refs/heads/${defaultBranch}` ? { from: 'HEAD~1' } : undefined;
}

function requestFor(
  inputs: GateInputs,
  runner: RunnerContext,
  settings: GateSettings,
  client: GitHubClient | undefined,
): GateRequest {
  const pull = pullOf(runner.event);
  const base = inputs.base ?? pull?.baseSha;
  const from = baselineFrom(runner, base);
  const wantsBaseline = inputs.baseline && client !== undefined && from !== undefined;
  const source = wantsBaseline
    ? checkRunBaseline(client, parseRepo(runner.repository, 'GITHUB_REPOSITORY'), coreLogger)
    : undefined;
  return {
    cwd: runner.workspace,
    settings,
    ...optional({ base }),
    ...(source ? { baseline: { source, ...from } } : {}),
    logger: coreLogger,
  };
}

async function writeReports(result: GateResult, inputs: GateInputs, runner: RunnerContext): Promise<string> {
  const json = path.resolve(
    runner.workspace,
    inputs.jsonReport ?? path.join(runner.runnerTemp, 'shipgate', 'gate.json'),
  );
  await writeFileAtomic(json, renderGate(result, 'json'));
  if (inputs.markdownReport)
    await writeFileAtomic(path.resolve(runner.workspace, inputs.markdownReport), renderGate(result, 'markdown'));
  return json;
}

export interface StepOptions {
  /** the config, when the caller already read it (the root action does, once for every check) */
  config?: LoadedSettings;
  /** before each output name: the root action's gate outputs are gate-passed, gate-metrics, … */
  outputPrefix?: string;
}

/** The quality gate as a workflow step: reports → metrics → conditions → outputs, summary, check run, comment. */
export async function gateStep(inputs: GateInputs, runner: RunnerContext, options: StepOptions = {}): Promise<void> {
  const settings = await settingsFor(inputs, runner, options.config);
  const courtesy = new Courtesy(coreLogger);
  const client = clientFor(inputs, runner, courtesy);
  const result = await runGate(requestFor(inputs, runner, settings, client));
  const pull = pullOf(runner.event);
  const prefix = options.outputPrefix ?? '';
  core.setOutput(`${prefix}passed`, result.report.passed);
  core.setOutput(`${prefix}metrics`, JSON.stringify(result.report.metrics));
  core.setOutput(`${prefix}json-report`, await writeReports(result, inputs, runner));
  const verdict = `shipgate quality gate ${result.report.passed ? 'passed' : 'failed'}: ${result.report.conditions.filter((c) => !c.passed).length} condition(s) failed.`;
  if (failsTheStep(result)) core.setFailed(verdict);
  else core.info(verdict);
  const headSha = inputs.headSha ?? pull?.headSha ?? runner.sha;
  const links = { blobUrl: `${runner.serverUrl}/${runner.repository}/blob/${headSha}` };
  if (runner.stepSummary) await core.summary.addRaw(toMarkdown(result, links)).write();
  const publication = { result, headSha, links, comment: settings.comment };
  const published = await publish(publication, inputs, runner, pull, { client, courtesy });
  if (!published) annotate(result);
}
