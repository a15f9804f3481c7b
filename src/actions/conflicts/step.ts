import path from 'node:path';
import * as core from '@actions/core';
import packageJson from '../../../package.json' with { type: 'json' };
import { mergeProcesses } from '../../conflicts/find-conflicts.js';
import { renderConflicts } from '../../conflicts/formats/index.js';
import { checkPullRequests, type PullCheck } from '../../conflicts/pull-requests/check-pulls.js';
import { pullBranchName, skipReason } from '../../conflicts/pull-requests/select.js';
import type { ConflictsReport } from '../../conflicts/report/report.js';
import { findingsFor, markPartial } from '../../conflicts/report/verdict.js';
import { loadSettings, type LoadedSettings } from '../../config/load.js';
import { resolveConfig } from '../../config/resolve.js';
import { writeFileAtomic } from '../../core/atomic-file.js';
import { ConfigurationError } from '../../core/errors.js';
import { openRepository, type Git } from '../../git/git.js';
import { createGitHubClient } from '../../github/client.js';
import { PullRequests } from '../../github/pulls.js';
import { parseRepo } from '../../github/repo.js';
import { defaultBranchOf, pullOf, type RunnerContext, workspacePath } from '../../runner/context.js';
import { publishTarget, type PublishTarget } from '../../publishing/pull-request.js';
import { coreLogger } from '../../runner/logger.js';
import { withInputOverrides, type ConflictsInputs } from './inputs.js';
import { publishForAll, publishForPull } from './publish.js';
import { upkeep } from './upkeep.js';
import { Writes } from './writes.js';
import { targetOf, type Target } from './targets.js';

const NO_TOKEN =
  'The conflicts check lists the open pull requests, which takes a token: set the "token" input ' +
  '(the default ${{ github.token }} works with "permissions: pull-requests: read").';

async function writeReports(report: ConflictsReport, inputs: ConflictsInputs, runner: RunnerContext) {
  const wanted = {
    json: inputs.jsonReport ?? path.join(runner.runnerTemp, 'shipgate', 'conflicts.json'),
    markdown: inputs.markdownReport,
  };
  const written: Record<string, string> = {};
  for (const [format, file] of Object.entries(wanted)) {
    if (file === undefined) continue;
    written[format] = path.resolve(runner.workspace, file);
    await writeFileAtomic(written[format], renderConflicts(report, format as 'json' | 'markdown'));
  }
  return written;
}

function setOutputs(report: ConflictsReport, files: Record<string, string>, focus: string | undefined): void {
  const mine = findingsFor(report, focus);
  const involved = new Set([...mine.baseConflicts.map((c) => c.branch), ...mine.pairs.flatMap((p) => [p.a, p.b])]);
  const numbers = [...involved].map((name) => report.pulls?.[name]?.number).filter((n): n is number => n !== undefined);
  core.setOutput('conflicts', mine.baseConflicts.length + mine.pairs.length);
  core.setOutput('base-conflicts', mine.baseConflicts.length);
  core.setOutput('pairs', mine.pairs.length);
  core.setOutput('conflicting-pulls', numbers.sort((a, b) => a - b).join(','));
  core.setOutput('passed', report.summary.passed);
  core.setOutput('partial', report.summary.partial);
  core.setOutput('json-report', files.json ?? '');
  core.setOutput('markdown-report', files.markdown ?? '');
}

/** A pull request event fails on its own verdict; pushes and schedules report and do not fail. */
function verdict(report: ConflictsReport, target: Exclude<Target, { kind: 'skip' }>): void {
  const s = report.summary;
  if (s.partial) core.warning(`shipgate conflicts: partial result: ${s.partialReason}`);
  if (target.kind === 'pull' && !s.passed) {
    core.setFailed(
      `shipgate conflicts: #${target.focus.number} conflicts (fail-on: ${s.failOn}); see the job summary.`,
    );
  } else {
    core.info(
      `shipgate conflicts: ${s.baseConflicts} conflict(s) with ${report.base}, ${s.pairs} conflicting pair(s).`,
    );
  }
}

type Settings = ReturnType<typeof withInputOverrides>;
type Active = Exclude<Target, { kind: 'skip' }>;

interface Checked {
  report: ConflictsReport;
  /** the upkeep's summary section (scheduled runs) */
  upkeep: string[];
}

/** What a run works with, built once. */
interface StepContext {
  inputs: ConflictsInputs;
  runner: RunnerContext;
  settings: Settings;
  git: Git;
  target: PublishTarget;
}

function upkeepOf(context: StepContext, result: PullCheck, writes: Writes): Promise<string[]> {
  const { git, target, inputs, settings, runner } = context;
  const { cleanup, sync } = settings;
  const defaultBranch = defaultBranchOf(runner.event);
  const now = new Date();
  return upkeep({
    git,
    target,
    writes,
    remote: inputs.remote,
    report: result.report,
    pulls: result.checked,
    defaultBranch,
    cleanup,
    sync,
    now,
  });
}

/** Tells GitHub; on pushes and schedules also the opt-in upkeep. A write cut short makes the report partial. */
async function publishAll(context: StepContext, result: PullCheck, active: Active): Promise<Checked> {
  const { settings, inputs } = context;
  const request = {
    target: context.target,
    report: result.report,
    label: settings.label,
    comment: settings.comment,
    checkRun: inputs.checkRun,
  };
  const partial = (reason: string | undefined) =>
    reason === undefined ? result.report : markPartial(result.report, reason);
  if (active.kind === 'pull')
    return { report: partial(await publishForPull(request, result.focus ?? active.focus)), upkeep: [] };
  const stopped = await publishForAll(request, result.checked);
  const writes = new Writes(context.target);
  const lines = stopped === undefined ? await upkeepOf(context, result, writes) : [];
  return { report: partial(stopped ?? writes.stopped), upkeep: lines };
}

/** Where the writes go; publishing has its own time, counted from now: the merges before it take what they take. */
function publishingTo(inputs: ConflictsInputs, runner: RunnerContext): PublishTarget {
  return publishTarget({
    token: inputs.token!,
    apiUrl: runner.apiUrl,
    repository: runner.repository,
    logger: coreLogger,
    deadline: Date.now() + inputs.publishSeconds * 1000,
  });
}

async function check(
  inputs: ConflictsInputs,
  runner: RunnerContext,
  settings: Settings,
  active: Active,
): Promise<Checked> {
  const client = createGitHubClient({ token: inputs.token!, logger: coreLogger, baseUrl: runner.apiUrl });
  const repo = parseRepo(runner.repository, 'GITHUB_REPOSITORY');
  const git = await openRepository(runner.workspace);
  const result: PullCheck = await checkPullRequests({
    git,
    lister: new PullRequests(client, repo, coreLogger),
    remote: inputs.remote,
    base: active.base,
    ...(active.kind === 'pull' ? { focus: active.focus } : {}),
    settings,
    failOn: settings.failOn,
    fetch: inputs.fetch,
    processes: mergeProcesses(),
    logger: coreLogger,
    toolVersion: packageJson.version,
  });
  return publishAll({ inputs, runner, settings, git, target: publishingTo(inputs, runner) }, result, active);
}

/**
 * The config that judges this run: on a pull request event, as it is on the base, so a pull request
 * cannot change how its own conflicts are judged (see config/resolve.ts); else the work tree's.
 */
async function configFor(inputs: ConflictsInputs, runner: RunnerContext): Promise<LoadedSettings> {
  const configPath = inputs.config === undefined ? undefined : workspacePath(runner, inputs.config, 'config');
  const pull = pullOf(runner.event);
  if (!pull) return loadSettings({ root: runner.workspace, ...(configPath ? { configPath } : {}) });
  const git = await openRepository(runner.workspace);
  return resolveConfig({ git, ...(configPath ? { configPath } : {}), mergeBase: pull.baseSha, trustWorkTree: false });
}

/** The conflicts check as a workflow step: which pull requests, the merges, GitHub, reports, outputs, verdict. */
export async function conflictsStep(
  inputs: ConflictsInputs,
  runner: RunnerContext,
  config?: LoadedSettings,
): Promise<void> {
  const loaded = config ?? (await configFor(inputs, runner));
  const settings = withInputOverrides(loaded.settings.conflicts, inputs);
  const target = targetOf(runner, inputs, settings, parseRepo(runner.repository, 'GITHUB_REPOSITORY'));
  const skipped =
    target.kind === 'skip' ? target.reason : target.kind === 'pull' ? skipReason(target.focus, settings) : undefined;
  if (skipped !== undefined || target.kind === 'skip')
    return core.notice(`shipgate conflicts: nothing to check: ${skipped}.`);
  if (!inputs.token) throw new ConfigurationError(NO_TOKEN);
  const { report, upkeep: upkept } = await check(inputs, runner, settings, target);
  const files = await writeReports(report, inputs, runner);
  setOutputs(report, files, target.kind === 'pull' ? pullBranchName(target.focus.number) : undefined);
  const summary = [renderConflicts(report, 'markdown'), ...upkept].join('\n');
  if (runner.stepSummary) await core.summary.addRaw(summary).write();
  verdict(report, target);
}
