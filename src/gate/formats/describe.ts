/** Words and numbers every format shares: how a condition and a value read. */
import type { ConditionResult } from '../conditions/evaluate.js';
import type { GateResult } from '../report.js';
import type { MetricId } from '../settings.js';

const PERCENT_METRICS = new Set<MetricId>([
  'coverage.lines',
  'coverage.branches',
  'coverage.functions',
  'new.coverage.lines',
  'delta.coverage.lines',
]);

export function formatValue(metric: MetricId, value: number | null): string {
  if (value === null) return '—';
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
  if (metric === 'tests.duration') return `${text} s`;
  if (!PERCENT_METRICS.has(metric)) return text;
  return metric.startsWith('delta.') && value > 0 ? `+${text}%` : `${text}%`;
}

export function conditionText(c: ConditionResult): string {
  return `${c.metric} ${c.op} ${c.threshold}`;
}

export type Outcome = 'passed' | 'failed' | 'skipped' | 'no data';

export function outcomeOf(c: ConditionResult): Outcome {
  if (c.skipped !== undefined) return 'skipped';
  if (c.actual === null) return 'no data';
  return c.passed ? 'passed' : 'failed';
}

/** The reason shown beside a skipped condition or one that had no data. */
export function noteOf(c: ConditionResult, result: GateResult): string {
  return c.skipped ?? (c.actual === null ? (result.gaps[c.metric]?.reason ?? 'no data') : '');
}

export function verdictLine(result: GateResult): string {
  const { conditions, passed } = result.report;
  const failed = conditions.filter((c) => !c.passed).length;
  const skipped = conditions.filter((c) => c.skipped !== undefined).length;
  const counts = `${conditions.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`;
  const reportOnly = !passed && result.failOn === 'never' ? ' (report only: fail-on never)' : '';
  return `Quality gate ${passed ? 'passed' : 'failed'}: ${counts}${reportOnly}`;
}

/** "3–5, 9" */
export const rangesText = (ranges: [number, number][]): string =>
  ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
