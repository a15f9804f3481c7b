import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadSettings, type LoadedSettings } from '../config/load.js';
import type { Settings } from '../config/settings.js';
import { ConfigurationError } from '../core/errors.js';
import { openRepository, type GitCli } from '../git/git.js';
import type { Logger } from '../core/logger.js';
import { readBaseline, readBaselineAt, writeBaseline, type BaselineEntry } from './baseline.js';
import { runCompliance, type ComplianceRun } from './engine.js';
import { normalizeScanPath } from './files.js';
import { withComplianceOverrides, type ComplianceOverrides } from './settings.js';

/** Everything a compliance run is asked for, from CLI flags or action inputs. */
export interface ComplianceRequest {
  /** the folder to scan (absolute, or relative to cwd) */
  target: string;
  configPath?: string;
  /** the config, when the caller already read it; else it is read from the repository */
  config?: LoadedSettings;
  overrides: ComplianceOverrides;
  changedSince?: string;
  shard?: { index: number; count: number };
  writeBaseline: boolean;
  pruneBaseline: boolean;
  logger: Logger;
  toolVersion: string;
  /** a pull request's head: the checkout must be it or its test merge, or the scan would judge other code */
  expectHead?: string;
  /** for exception expiry; defaults to today (UTC) */
  today?: string;
}

export interface ComplianceResult extends ComplianceRun {
  settings: Settings;
  configSource?: string;
  repositoryRoot: string;
  /** the baseline file written, when asked to write or prune */
  baselineWritten?: string;
}

/** Parses `--shard i/n` (also the action's `shard` input). */
export function parseShard(text: string, where: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ConfigurationError(`${where} must look like i/n with 1 ≤ i ≤ n (e.g. 2/4), not "${text}".`);
  }
  return { index, count };
}

/** The repository holding the target folder, and the folder relative to its root. */
async function openScanTarget(target: string): Promise<{ git: GitCli; scanPath: string }> {
  const folder = await realpath(path.resolve(target)).catch(() => {
    throw new ConfigurationError(`The path to scan, ${target}, does not exist.`);
  });
  if (!(await stat(folder)).isDirectory())
    throw new ConfigurationError(`The path to scan, ${target}, is not a folder.`);
  const git = await openRepository(folder);
  const relative = path.relative(git.root, folder);
  if (relative === '..' || relative.startsWith(`..${path.sep}`))
    throw new ConfigurationError(`${target} is outside the repository ${git.root}.`);
  return { git, scanPath: normalizeScanPath(relative) };
}

/** The checked-out commit must be the pull request's head, or the merge commit GitHub made of it. */
async function verifyCheckout(git: GitCli, head: string): Promise<void> {
  const { stdout } = await git.run(['rev-parse', 'HEAD', 'HEAD^2'], { allowExitCodes: [128] });
  const [current = '', mergedIn] = stdout.trim().split('\n');
  if (current === head || mergedIn === head) return;
  throw new ConfigurationError(
    `The checked-out commit ${current.slice(0, 12)} is not the pull request's head ${head.slice(0, 12)} nor its test merge, so the pull request's changes are not here to check. ` +
      'Check out the pull request (actions/checkout does on pull_request events; elsewhere use ref: the pull request head SHA).',
  );
}

/** In changed-files mode the baseline is read as it was at the merge base, unless it is being rewritten. */
function baselineFor(git: GitCli, file: string, mergeBase: string | undefined): Promise<BaselineEntry[]> {
  const inRepository = path.relative(git.root, file);
  if (mergeBase === undefined || inRepository.startsWith('..') || path.isAbsolute(inRepository))
    return readBaseline(file);
  return readBaselineAt(git, mergeBase, inRepository.split(path.sep).join('/'));
}

/** Loads config and baseline, runs the scan, and writes the baseline when asked. */
export async function scanRepository(request: ComplianceRequest): Promise<ComplianceResult> {
  const { git, scanPath } = await openScanTarget(request.target);
  if (request.expectHead) await verifyCheckout(git, request.expectHead);
  const loaded =
    request.config ??
    (await loadSettings({
      root: git.root,
      ...(request.configPath === undefined ? {} : { configPath: request.configPath }),
    }));
  const settings: Settings = {
    ...loaded.settings,
    compliance: withComplianceOverrides(loaded.settings.compliance, request.overrides),
  };
  const baselineFile = path.resolve(git.root, settings.compliance.baseline);
  const run = await runCompliance({
    git,
    logger: request.logger,
    settings: settings.compliance,
    scanPath,
    ...(request.changedSince ? { changedSince: request.changedSince } : {}),
    ...(request.shard ? { shard: request.shard } : {}),
    readBaseline: (mergeBase) =>
      baselineFor(git, baselineFile, request.writeBaseline || request.pruneBaseline ? undefined : mergeBase),
    today: request.today ?? new Date().toISOString().slice(0, 10),
    toolVersion: request.toolVersion,
  });
  const result: ComplianceResult = {
    ...run,
    settings,
    repositoryRoot: git.root,
    ...(loaded.source ? { configSource: loaded.source } : {}),
  };
  if (request.writeBaseline || request.pruneBaseline) {
    await writeBaseline(baselineFile, run.baseline.next(run.covers, run.current, !request.writeBaseline));
    result.baselineWritten = path.relative(git.root, baselineFile);
  }
  return result;
}
