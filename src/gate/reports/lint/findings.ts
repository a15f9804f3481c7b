/** What SARIF and ESLint reports have in common once read: findings by level and rule. */
import type { LintFinding, LintLevel, LintReport, SourcePlace } from '../types.js';

const MAX_MESSAGE_CHARS = 1000;

export class LintTally {
  readonly report: LintReport;

  constructor(format: LintReport['format']) {
    this.report = { kind: 'lint', format, errors: 0, warnings: 0, byRule: {}, findings: [] };
  }

  /** Counts a finding; notes are kept out of the counts (they are not problems to fix). */
  add(level: LintLevel, rule: string, message: string, place: SourcePlace | undefined): void {
    if (level === 'note') return;
    const report = this.report;
    if (level === 'error') report.errors += 1;
    else report.warnings += 1;
    report.byRule[rule] = (report.byRule[rule] ?? 0) + 1;
    const finding: LintFinding = { level, rule, message: message.slice(0, MAX_MESSAGE_CHARS) };
    if (place) finding.place = place;
    report.findings.push(finding);
  }
}
