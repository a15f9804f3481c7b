import { RULE_IDS, type FailOn, type RuleId, type Severity } from '../compliance/settings.js';
import { wasNotParsed, type ComplianceReport, type ReportSummary, type Violation } from './report.js';

/** Whether a violation fails the check under fail-on: new (default) | all | none. */
export function failsCheck(violation: Pick<Violation, 'new'>, failOn: FailOn): boolean {
  return failOn === 'all' || (failOn === 'new' && violation.new);
}

function countsOf(violations: readonly Violation[]) {
  const bySeverity: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  const byRule = Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
  for (const v of violations) {
    bySeverity[v.severity]++;
    byRule[v.rule]++;
  }
  return { bySeverity, byRule };
}

/** Totals of a report; `passed` follows fail-on: new (default) | all | none. */
export function summarize(
  { files, skipped, violations, fixed }: Pick<ComplianceReport, 'files' | 'skipped' | 'violations' | 'fixed'>,
  suppressed: number,
  failOn: FailOn,
): ReportSummary {
  const { bySeverity, byRule } = countsOf(violations);
  const sum = (key: 'lines' | 'code' | 'comment' | 'blank'): number => files.reduce((total, f) => total + f[key], 0);
  const failing = violations.filter((v) => failsCheck(v, failOn)).length;
  return {
    files: files.length,
    lines: sum('lines'),
    code: sum('code'),
    comment: sum('comment'),
    blank: sum('blank'),
    unparsed: files.filter(wasNotParsed).length,
    skipped: skipped.length,
    violations: violations.length,
    new: violations.filter((v) => v.new).length,
    failing,
    suppressed,
    fixed: fixed.length,
    bySeverity,
    byRule,
    failOn,
    passed: failing === 0,
  };
}
