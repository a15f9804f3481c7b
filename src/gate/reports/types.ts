/** What every report parser is given and gives back: one interface, whatever the format. */
import type { RepositoryPaths } from '../paths.js';
import type { CoverageData } from './coverage/data.js';

export const REPORT_FORMATS = [
  'lcov',
  'cobertura',
  'jacoco',
  'clover',
  'istanbul',
  'istanbul-summary',
  'junit',
  'sarif',
  'eslint',
  'compliance',
] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One report file to read. */
export interface ReportInput {
  /** absolute path */
  file: string;
  /** as the user named it, for messages and the JSON report */
  display: string;
  paths: RepositoryPaths;
}

export interface CoverageReport {
  kind: 'coverage';
  format: 'lcov' | 'cobertura' | 'jacoco' | 'clover' | 'istanbul' | 'istanbul-summary';
  coverage: CoverageData;
}

/** A place in the repository a finding points at. */
export interface SourcePlace {
  path: string;
  line: number;
}

export interface TestFailure {
  /** suite / class and name, as the report gives them */
  name: string;
  message: string;
  /** the stack or output, cut to a few kilobytes */
  details: string;
  place?: SourcePlace;
}

export interface TestTotals {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  /** passed after failing first (Surefire's flakyFailure / flakyError) */
  flaky: number;
  /** seconds */
  duration: number;
}

export interface TestReport {
  kind: 'tests';
  format: 'junit';
  /** which tool wrote it, when it can be told: surefire, jest, pytest, vitest, go, node, or junit */
  dialect: string;
  totals: TestTotals;
  /** the first failures, for annotations and the summary (counts are in totals) */
  failures: TestFailure[];
}

export type LintLevel = 'error' | 'warning' | 'note';

export interface LintFinding {
  level: LintLevel;
  rule: string;
  message: string;
  /** undefined when the finding names no file of the repository */
  place?: SourcePlace;
}

export interface LintReport {
  kind: 'lint';
  format: 'sarif' | 'eslint';
  errors: number;
  warnings: number;
  byRule: Record<string, number>;
  /** errors and warnings with a place (notes are counted nowhere) */
  findings: LintFinding[];
}

export interface ComplianceSummaryReport {
  kind: 'compliance';
  format: 'compliance';
  violations: number;
  new: number;
}

export type ParsedReport = CoverageReport | TestReport | LintReport | ComplianceSummaryReport;

/** The most failures kept per report: the platform shows 1,000 annotations at most anyway. */
export const MAX_KEPT_FAILURES = 1000;
/** Failure text kept per failure. */
export const MAX_DETAILS_CHARS = 4000;
