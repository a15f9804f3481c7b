import type { FailOn } from '../config/settings.js';
import { ConfigurationError } from '../errors.js';
import type { ComplianceReport } from './report.js';
import { summarize } from './summary.js';

/**
 * Combines the reports of `--shard i/n` runs into one, as if one run had scanned everything. The
 * verdict follows `failOn` when given (shard runs usually run with fail-on: none), else the reports'.
 */
export function mergeReports(reports: { file: string; report: ComplianceReport }[], failOn?: FailOn): ComplianceReport {
  const [first] = reports;
  if (!first) throw new ConfigurationError('compliance merge: give at least one report to merge.');
  for (const { file, report } of reports) {
    if (report.version !== 1 || !Array.isArray(report.files) || !Array.isArray(report.violations)) {
      throw new ConfigurationError(`compliance merge: ${file} is not a shipgate compliance report (version 1).`);
    }
    if (report.mode !== first.report.mode || report.base !== first.report.base) {
      throw new ConfigurationError(`compliance merge: ${file} comes from a different kind of run (mode ${report.mode}, base ${report.base}) than ${first.file}.`);
    }
  }
  const byPath = <T extends { path: string }>(items: T[]): T[] => items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = byPath(reports.flatMap((r) => r.report.files));
  const violations = byPath(reports.flatMap((r) => r.report.violations));
  const fixed = byPath(reports.flatMap((r) => r.report.fixed));
  const suppressed = reports.reduce((total, r) => total + r.report.summary.suppressed, 0);
  const verdict = failOn ?? first.report.summary.failOn;
  return { ...first.report, shard: null, files, violations, fixed, summary: summarize(files, violations, fixed, suppressed, verdict) };
}
