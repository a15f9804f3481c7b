/**
 * The quality gate's use case: read the reports, compute the metrics (overall, on the changed lines, against
 * the base branch), judge the conditions, and return the report. Pure of the Actions runtime: the logger,
 * the baseline source and the folders come in.
 */
import type { Logger } from '../core/logger.js';
import { changesSince, type ChangeSet } from '../git/diff.js';
import { openRepository, type Git } from '../git/git.js';
import { firstParentHistory } from '../git/history.js';
import { trackedFiles } from '../git/tracked-files.js';
import { evaluateConditions } from './conditions/evaluate.js';
import { findBaseline, type BaselineSource } from './baseline/find.js';
import { collect, type Collected } from './metrics/collect.js';
import {
  deltaMetrics,
  missingReports,
  newCodeMetrics,
  overallMetrics,
  type MetricGaps,
  type Metrics,
} from './metrics/compute.js';
import { newCodeOf, type NewCode } from './metrics/new-code.js';
import { RepositoryPaths } from './paths.js';
import { GATE_REPORT_VERSION, type BaselineState, type GateResult } from './report.js';
import { reportFiles } from './report-files.js';
import { readReport } from './reports/index.js';
import type { GateSettings } from './settings.js';

export interface GateRequest {
  /** the folder report globs are read from (the workspace, the CLI's working directory) */
  cwd: string;
  settings: GateSettings;
  /** a ref: new-code metrics cover the lines changed since its merge base with HEAD */
  base?: string;
  /** where the base branch's metrics are read; walked back from `from` (default: the merge base with `base`) */
  baseline?: { source: BaselineSource; from?: string };
  logger: Logger;
}

async function repositoryFor(request: GateRequest): Promise<Git | undefined> {
  try {
    return await openRepository(request.cwd);
  } catch (error) {
    if (request.base !== undefined || request.baseline?.from !== undefined) throw error;
    return undefined; // reports alone can be judged outside a repository
  }
}

async function readAll(request: GateRequest, paths: RepositoryPaths): Promise<Collected> {
  const files = await reportFiles(request.settings.reports, request.cwd, request.logger);
  const parsed = [];
  for (const { file, display } of files) {
    const report = await readReport({ file, display, paths });
    request.logger.info(`Read ${display} (${report.format}).`);
    parsed.push({ path: display, report });
  }
  return collect(parsed);
}

async function baselineFor(
  request: GateRequest,
  git: Git | undefined,
  changes: ChangeSet | undefined,
): Promise<BaselineState> {
  if (!request.baseline) return { state: 'not-asked' };
  if (!request.baseline.source.perCommit)
    return findBaseline(request.baseline.source, [request.baseline.source.description], request.logger);
  const from = request.baseline.from ?? changes?.mergeBase;
  if (from === undefined || git === undefined)
    return { state: 'none', reason: 'no baseline: no base commit to read it for' };
  const commits = await firstParentHistory(git, from, request.settings.baselineDepth);
  return findBaseline(request.baseline.source, commits, request.logger);
}

interface Judged {
  metrics: Metrics;
  gaps: MetricGaps;
}

function allMetrics(
  collected: Collected,
  newCode: NewCode | undefined,
  baseline: BaselineState,
  settings: GateSettings,
): Judged {
  const overall = overallMetrics(collected);
  const fresh = newCodeMetrics(newCode, settings.newCodeMinLines, collected.coverage !== undefined);
  const noBaseline = baseline.state === 'none' ? baseline.reason : 'no baseline: the base branch was not asked for';
  const delta = deltaMetrics(overall, baseline.state === 'found' ? baseline.metrics : undefined, noBaseline);
  return {
    metrics: { ...overall, ...fresh.metrics, ...delta.metrics },
    gaps: { ...missingReports(overall), ...fresh.gaps, ...delta.gaps },
  };
}

export async function runGate(request: GateRequest): Promise<GateResult> {
  const git = await repositoryFor(request);
  const paths = new RepositoryPaths(git?.root ?? request.cwd, git ? await trackedFiles(git, '') : undefined);
  const collected = await readAll(request, paths);
  const changes = request.base !== undefined && git ? await changesSince(git, request.base) : undefined;
  const newCode = changes ? newCodeOf(changes.files, collected.coverage, collected.lintFindings) : undefined;
  const baseline = await baselineFor(request, git, changes);
  const { metrics, gaps } = allMetrics(collected, newCode, baseline, request.settings);
  const conditions = evaluateConditions(request.settings.conditions, metrics, gaps, request.settings.defaultConditions);
  return {
    report: {
      version: GATE_REPORT_VERSION,
      passed: conditions.every((c) => c.passed),
      metrics,
      conditions,
      reports: collected.entries,
    },
    gaps,
    failures: collected.failures,
    ...(newCode ? { newCode } : {}),
    baseline,
    failOn: request.settings.failOn,
  };
}
