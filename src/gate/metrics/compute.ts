/** The metrics conditions are judged on, and why a metric has no value when it has none. */
import { percent } from '../reports/coverage/data.js';
import type { MetricId } from '../settings.js';
import type { Collected } from './collect.js';
import type { NewCode } from './new-code.js';

export type Metrics = Partial<Record<MetricId, number>>;

/** Why a metric has no value; `skip`: the condition passes as skipped (not applicable), `fail`: data is missing. */
export interface MetricGap {
  reason: string;
  judged: 'skip' | 'fail';
}
export type MetricGaps = Partial<Record<MetricId, MetricGap>>;

export function overallMetrics(collected: Collected): Metrics {
  const metrics: Metrics = {};
  if (collected.coverage) {
    const totals = collected.coverage.totals();
    metrics['coverage.lines'] = percent(totals.lines);
    metrics['coverage.branches'] = percent(totals.branches);
    metrics['coverage.functions'] = percent(totals.functions);
  }
  if (collected.tests) {
    const t = collected.tests;
    Object.assign(metrics, {
      'tests.total': t.total,
      'tests.passed': t.passed,
      'tests.failed': t.failed,
      'tests.skipped': t.skipped,
      'tests.flaky': t.flaky,
      'tests.duration': t.duration,
    });
  }
  if (collected.lint) {
    metrics['lint.errors'] = collected.lint.errors;
    metrics['lint.warnings'] = collected.lint.warnings;
  }
  if (collected.compliance) {
    metrics['compliance.violations'] = collected.compliance.violations;
    metrics['compliance.new'] = collected.compliance.new;
  }
  return metrics;
}

/** Reasons for the overall metrics a run has no report for. */
const MISSING_REPORTS: [MetricId[], string][] = [
  [['coverage.lines', 'coverage.branches', 'coverage.functions'], 'no coverage report was read'],
  [
    ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.flaky', 'tests.duration'],
    'no test report was read',
  ],
  [['lint.errors', 'lint.warnings'], 'no lint report (SARIF, ESLint) was read'],
  [['compliance.violations', 'compliance.new'], 'no shipgate compliance report was read'],
];

export function missingReports(metrics: Metrics): MetricGaps {
  const gaps: MetricGaps = {};
  for (const [ids, reason] of MISSING_REPORTS) {
    for (const id of ids) if (metrics[id] === undefined) gaps[id] = { reason, judged: 'fail' };
  }
  return gaps;
}

/** new.* metrics from the changed lines; below the minimum of coverable lines, new coverage is not judged. */
export function newCodeMetrics(
  newCode: NewCode | undefined,
  minLines: number,
  hasCoverage: boolean,
): { metrics: Metrics; gaps: MetricGaps } {
  if (!newCode) {
    const gap: MetricGap = { reason: 'no base to compare with, so no changed lines', judged: 'skip' };
    return { metrics: {}, gaps: { 'new.coverage.lines': gap, 'new.lint.errors': gap } };
  }
  const metrics: Metrics = { 'new.lint.errors': newCode.lintErrors.length };
  const gaps: MetricGaps = {};
  if (!hasCoverage) gaps['new.coverage.lines'] = { reason: 'no coverage report was read', judged: 'fail' };
  else if (newCode.coverable < minLines) {
    gaps['new.coverage.lines'] = {
      reason: `only ${newCode.coverable} changed coverable line(s), fewer than the minimum of ${minLines}`,
      judged: 'skip',
    };
  }
  if (hasCoverage) metrics['new.coverage.lines'] = percent({ total: newCode.coverable, covered: newCode.covered });
  return { metrics, gaps };
}

/** delta.* against the base branch's metrics; without them, "no baseline yet" (never a comparison with zero). */
export function deltaMetrics(
  current: Metrics,
  base: Metrics | undefined,
  noBaseline: string,
): { metrics: Metrics; gaps: MetricGaps } {
  const now = current['coverage.lines'];
  const then = base?.['coverage.lines'];
  if (now === undefined)
    return { metrics: {}, gaps: { 'delta.coverage.lines': { reason: 'no coverage report was read', judged: 'fail' } } };
  if (then === undefined)
    return { metrics: {}, gaps: { 'delta.coverage.lines': { reason: noBaseline, judged: 'skip' } } };
  return { metrics: { 'delta.coverage.lines': Math.round((now - then) * 100) / 100 }, gaps: {} };
}
