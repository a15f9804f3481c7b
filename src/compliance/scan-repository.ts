import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { staysInside } from '../config/formats.js';
import type { LoadedSettings } from '../config/load.js';
import { resolveConfig } from '../config/resolve.js';
import type { Settings } from '../config/settings.js';
import { ConfigurationError } from '../core/errors.js';
import { changesSince, type ChangeSet } from '../git/diff.js';
import { openRepository, type GitCli } from '../git/git.js';
import type { Logger } from '../core/logger.js';
import { readBaseline, readBaselineAt, writeBaseline, type BaselineEntry } from './baseline.js';
import { runCompliance, type ComplianceRun } from './engine.js';
import type { ConfigOrigin } from './report.js';
import { normalizeScanPath } from './files.js';
import { withComplianceOverrides, type ComplianceOverrides } from './settings.js';

/** Where and what a run checks: the repository, the change (if any), and the config that judges it. */
export interface ScanTarget {
  /** the folder to scan (absolute, or relative to cwd) */
  target: string;
  configPath?: string;
  /** check only what changed since the merge base of this ref and HEAD */
  changedSince?: string;
  /** judge a change by the work tree's config instead of the merge base's (see config/resolve.ts) */
  trustWorkTreeConfig: boolean;
  /** a pull request's head: the checkout must be it or its test merge, or the scan would judge other code */
  expectHead?: string;
}

/** A target opened: what the PR checks read once and hand to every check. */
export interface PreparedScan {
  git: GitCli;
  scanPath: string;
  changes?: ChangeSet;
  config: LoadedSettings;
}

/** Everything a compliance run is asked for, from CLI flags or action inputs. */
export interface ComplianceRequest extends ScanTarget {
  /** the target, when the caller already opened it (the PR checks do, once for every check) */
  prepared?: PreparedScan;
  overrides: ComplianceOverrides;
  shard?: { index: number; count: number };
  writeBaseline: boolean;
  pruneBaseline: boolean;
  logger: Logger;
  toolVersion: string;
  /** for exception expiry; defaults to today (UTC) */
  today?: string;
}

export interface ComplianceResult extends ComplianceRun {
  settings: Settings;
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
export async function verifyCheckout(git: GitCli, head: string): Promise<void> {
  const { stdout } = await git.run(['rev-parse', 'HEAD', 'HEAD^2'], { allowExitCodes: [128] });
  const [current = '', mergedIn] = stdout.trim().split('\n');
  if (current === head || mergedIn === head) return;
  throw new ConfigurationError(
    `The checked-out commit ${current.slice(0, 12)} is not the pull request's head ${head.slice(0, 12)} nor its test merge, so the pull request's changes are not here to check. ` +
      'Check out the pull request (actions/checkout does on pull_request events; elsewhere use ref: the pull request head SHA).',
  );
}

/** Opens the repository, works out the change, and reads the config that judges it. */
export async function prepareScan(target: ScanTarget): Promise<PreparedScan> {
  const { git, scanPath } = await openScanTarget(target.target);
  if (target.expectHead) await verifyCheckout(git, target.expectHead);
  const changes = target.changedSince === undefined ? undefined : await changesSince(git, target.changedSince);
  const config = await resolveConfig({
    git,
    ...(target.configPath === undefined ? {} : { configPath: target.configPath }),
    ...(changes ? { mergeBase: changes.mergeBase } : {}),
    trustWorkTree: target.trustWorkTreeConfig,
  });
  return { git, scanPath, config, ...(changes ? { changes } : {}) };
}

/** The baseline file as a repository path; one outside the repository is refused. */
function baselinePath(git: GitCli, file: string): string {
  const relative = path.relative(git.root, path.resolve(git.root, file)).split(path.sep).join('/');
  if (!staysInside(relative)) {
    throw new ConfigurationError(
      `The baseline ${file} is outside the repository ${git.root}: keep it in the repository.`,
    );
  }
  return relative;
}

/**
 * In changed-files mode the baseline is read as it was at the merge base, so that a baseline rewritten in
 * the pull request itself cannot wave its own violations through; writing or pruning reads the work tree's.
 */
function baselineFor(prepared: PreparedScan, repoPath: string, rewriting: boolean): Promise<BaselineEntry[]> {
  const { git, changes } = prepared;
  if (changes && !rewriting) return readBaselineAt(git, changes.mergeBase, repoPath);
  return readBaseline(path.join(git.root, repoPath), repoPath);
}

function originOf(config: LoadedSettings): ConfigOrigin {
  return { file: config.source ?? null, commit: config.commit ?? null, changes: config.changes ?? [] };
}

/** Loads config and baseline, runs the scan, and writes the baseline when asked. */
export async function scanRepository(request: ComplianceRequest): Promise<ComplianceResult> {
  const prepared = request.prepared ?? (await prepareScan(request));
  const { git, config } = prepared;
  const compliance = withComplianceOverrides(config.settings.compliance, request.overrides);
  const settings: Settings = { ...config.settings, compliance };
  const rewriting = request.writeBaseline || request.pruneBaseline;
  const baselineFile = baselinePath(git, compliance.baseline);
  const run = await runCompliance({
    git,
    logger: request.logger,
    settings: compliance,
    scanPath: prepared.scanPath,
    ...(prepared.changes ? { changes: prepared.changes } : {}),
    ...(request.shard ? { shard: request.shard } : {}),
    baseline: await baselineFor(prepared, baselineFile, rewriting),
    config: originOf(config),
    today: request.today ?? new Date().toISOString().slice(0, 10),
    toolVersion: request.toolVersion,
  });
  const result: ComplianceResult = { ...run, settings, repositoryRoot: git.root };
  if (rewriting) {
    await writeBaseline(
      path.join(git.root, baselineFile),
      run.baseline.next(run.covers, run.current, request.pruneBaseline && !request.writeBaseline),
    );
    result.baselineWritten = baselineFile;
  }
  return result;
}
