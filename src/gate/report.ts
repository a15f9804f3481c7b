/** The quality gate's JSON report (a stable, documented contract) and the richer result the formats draw. */
import type { ConditionResult } from './conditions/evaluate.js';
import type { ReportEntry } from './metrics/collect.js';
import type { MetricGaps, Metrics } from './metrics/compute.js';
import type { NewCode } from './metrics/new-code.js';
import type { TestFailure } from './reports/types.js';
import type { FailPolicy } from './settings.js';

export const GATE_REPORT_VERSION = 1;

export interface GateReport {
  version: typeof GATE_REPORT_VERSION;
  passed: boolean;
  metrics: Metrics;
  conditions: ConditionResult[];
  reports: ReportEntry[];
}

/** One commit's coverage on the base branch, for the trend chart. */
export interface TrendPoint {
  sha: string;
  coverage: number;
}

export type BaselineState =
  | { state: 'found'; sha: string; metrics: Metrics; trend: TrendPoint[]; checkedCommits: number }
  | { state: 'none'; reason: string }
  | { state: 'not-asked' };

export interface GateResult {
  report: GateReport;
  /** why metrics have no value (for conditions that failed or were skipped for want of data) */
  gaps: MetricGaps;
  failures: TestFailure[];
  /** undefined when there was no base to compare with */
  newCode?: NewCode;
  baseline: BaselineState;
  failOn: FailPolicy;
}

/** Whether the gate makes the step and the check fail under the fail policy. */
export const failsTheStep = (result: GateResult): boolean => !result.report.passed && result.failOn === 'failed';
