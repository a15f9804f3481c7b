import path from 'node:path';
import { loadSettings } from '../config/load.js';
import { withComplianceOverrides, type ComplianceOverrides } from '../config/resolve.js';
import type { Settings } from '../config/settings.js';
import { ConfigurationError } from '../errors.js';
import { openRepository } from '../git/git.js';
import type { Logger } from '../logger.js';
import { readBaseline, writeBaseline } from './baseline.js';
import { runCompliance, type ComplianceRun } from './engine.js';
import { normalizeScanPath } from './files.js';

/** Everything a compliance run is asked for, from CLI flags or action inputs. */
export interface ComplianceRequest {
  /** the folder to scan (absolute, or relative to cwd) */
  target: string;
  configPath?: string;
  overrides: ComplianceOverrides;
  changedSince?: string;
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

/** Loads config and baseline, runs the scan, and writes the baseline when asked. */
export async function checkCompliance(request: ComplianceRequest): Promise<ComplianceResult> {
  const git = await openRepository(request.target);
  const scanPath = normalizeScanPath(path.relative(git.root, path.resolve(request.target)));
  if (scanPath.startsWith('..')) throw new ConfigurationError(`${request.target} is outside the repository ${git.root}.`);
  const loaded = await loadSettings({ root: git.root, ...(request.configPath === undefined ? {} : { configPath: request.configPath }) });
  const settings = withComplianceOverrides(loaded.settings, request.overrides);
  const baselineFile = path.resolve(git.root, settings.compliance.baseline);
  const run = await runCompliance({
    git,
    logger: request.logger,
    settings: settings.compliance,
    scanPath,
    ...(request.changedSince ? { changedSince: request.changedSince } : {}),
    ...(request.shard ? { shard: request.shard } : {}),
    baseline: await readBaseline(baselineFile),
    today: request.today ?? new Date().toISOString().slice(0, 10),
    toolVersion: request.toolVersion,
  });
  const result: ComplianceResult = { ...run, settings, repositoryRoot: git.root, ...(loaded.source ? { configSource: loaded.source } : {}) };
  if (request.writeBaseline || request.pruneBaseline) {
    await writeBaseline(baselineFile, run.baseline.next(run.scannedPaths, run.current, !request.writeBaseline));
    result.baselineWritten = path.relative(git.root, baselineFile);
  }
  return result;
}
