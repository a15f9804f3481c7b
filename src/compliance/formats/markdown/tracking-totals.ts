/** The totals a nightly scan keeps in its tracking issue, as hidden JSON the next scan reads back. */
import { RULE_IDS, type RuleId, type Severity } from '../../../compliance/settings.js';
import type { ComplianceReport } from '../../report.js';
import { SEVERITIES_WORST_FIRST } from '../order.js';

export const TOTALS_MARKER = 'shipgate:compliance-totals';

/** What one scan leaves in the issue body for the next one to compare against. */
export interface TrackingTotals {
  version: 1;
  files: number;
  lines: number;
  unparsed: number;
  violations: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<RuleId, number>;
}

export function trackingTotals(report: ComplianceReport): TrackingTotals {
  const s = report.summary;
  return {
    version: 1,
    files: s.files,
    lines: s.lines,
    unparsed: s.unparsed,
    violations: s.violations,
    bySeverity: { ...s.bySeverity },
    byRule: { ...s.byRule },
  };
}

/** The hidden comment that carries the totals; JSON of numbers can never contain the closing `-->`. */
export const totalsMarker = (totals: TrackingTotals): string => `<!-- ${TOTALS_MARKER} ${JSON.stringify(totals)} -->`;

const MARKER_PATTERN = new RegExp(`<!--\\s*${TOTALS_MARKER}\\s+([\\s\\S]*?)\\s*-->`);

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function countsOf<K extends string>(
  value: unknown,
  keys: readonly K[],
  missingAsZero: boolean,
): Record<K, number> | null {
  if (typeof value !== 'object' || value === null) return null;
  const bag = value as Record<string, unknown>;
  const counts = {} as Record<K, number>;
  for (const key of keys) {
    const count = bag[key] ?? (missingAsZero ? 0 : undefined);
    if (!isCount(count)) return null;
    counts[key] = count;
  }
  return counts;
}

function totalsFrom(data: Record<string, unknown>): TrackingTotals | null {
  const numbers = countsOf(data, ['files', 'lines', 'unparsed', 'violations'] as const, false);
  const bySeverity = countsOf(data['bySeverity'], SEVERITIES_WORST_FIRST, false);
  // rules added in a later version are simply absent from older totals
  const byRule = countsOf(data['byRule'] ?? {}, RULE_IDS, true);
  if (numbers === null || bySeverity === null || byRule === null) return null;
  return { version: 1, ...numbers, bySeverity, byRule };
}

/** The totals a previous scan left in the issue body; null when there are none or a hand edit broke them. */
export function parseTrackingTotals(body: string | null | undefined): TrackingTotals | null {
  const json = MARKER_PATTERN.exec(body ?? '')?.[1];
  if (json === undefined) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const version = (data as Record<string, unknown>)['version'];
  if (version !== undefined && version !== 1) return null;
  return totalsFrom(data as Record<string, unknown>);
}
