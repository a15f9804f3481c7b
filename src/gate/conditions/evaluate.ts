/** Each condition judged against the metrics: actual, threshold, passed, or skipped with the reason. */
import type { MetricGaps, Metrics } from '../metrics/compute.js';
import type { Condition, MetricId, Operator } from '../settings.js';

export interface ConditionResult {
  metric: MetricId;
  op: Operator;
  threshold: number;
  /** null when there was no data for the metric */
  actual: number | null;
  passed: boolean;
  /** why the condition was not judged (it does not fail the gate) */
  skipped?: string;
}

const COMPARE: Record<Operator, (actual: number, threshold: number) => boolean> = {
  '>=': (a, t) => a >= t,
  '>': (a, t) => a > t,
  '<=': (a, t) => a <= t,
  '<': (a, t) => a < t,
  '==': (a, t) => a === t,
  '!=': (a, t) => a !== t,
};

/**
 * `defaults`: the conditions are the built-in ones, which apply only to metrics some report gave; a
 * condition the user wrote fails when its metric has no data, so a missing report is never a silent pass.
 */
export function evaluateConditions(
  conditions: Condition[],
  metrics: Metrics,
  gaps: MetricGaps,
  defaults: boolean,
): ConditionResult[] {
  return conditions.map(({ metric, op, threshold }) => {
    const actual = metrics[metric];
    const gap = gaps[metric];
    const base = { metric, op, threshold };
    if (gap?.judged === 'skip') return { ...base, actual: actual ?? null, passed: true, skipped: gap.reason };
    if (actual === undefined) {
      const reason = gap?.reason ?? 'no data';
      // The reason stays in the gaps, where the formats read it.
      return defaults
        ? { ...base, actual: null, passed: true, skipped: reason }
        : { ...base, actual: null, passed: false };
    }
    return { ...base, actual, passed: COMPARE[op](actual, threshold) };
  });
}
