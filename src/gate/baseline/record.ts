/**
 * The gate's metrics as stored in the check run it publishes: a hidden line in the summary, so a later run
 * reads them back through the Checks API with no artifact to pass around. The base branch's coverage trend
 * travels along: each commit's record carries the last points before it.
 */
import type { Metrics } from '../metrics/compute.js';
import type { TrendPoint } from '../report.js';

export interface StoredMetrics {
  metrics: Metrics;
  /** oldest first, this commit's own point last */
  trend: TrendPoint[];
}

const MARKER = 'shipgate:gate-metrics';
const RECORD = new RegExp(`<!-- ${MARKER} (\\{.*?\\}) -->`);
/** Points kept in a record: enough for a readable chart. */
export const TREND_POINTS = 20;

export function encodeRecord(sha: string, metrics: Metrics, previous: TrendPoint[]): string {
  const coverage = metrics['coverage.lines'];
  const own = coverage === undefined ? [] : [{ sha: sha.slice(0, 12), coverage }];
  const trend = [...previous, ...own].slice(-TREND_POINTS);
  // "--" cannot appear in the JSON of numbers and hex digits, so the comment cannot be closed early.
  return `<!-- ${MARKER} ${JSON.stringify({ v: 1, metrics, trend })} -->`;
}

export function decodeRecord(text: string | null | undefined): StoredMetrics | undefined {
  const json = RECORD.exec(text ?? '')?.[1];
  if (json === undefined) return undefined;
  try {
    const parsed = JSON.parse(json) as { v?: number; metrics?: Metrics; trend?: TrendPoint[] };
    if (parsed.v !== 1 || typeof parsed.metrics !== 'object' || parsed.metrics === null) return undefined;
    return { metrics: parsed.metrics, trend: Array.isArray(parsed.trend) ? parsed.trend : [] };
  } catch {
    return undefined; // a record someone edited by hand is no baseline
  }
}
