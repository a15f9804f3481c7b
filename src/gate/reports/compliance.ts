/** shipgate's own compliance JSON report: its violation totals (the report's documented, stable contract). */
import type { ReportSummary } from '../../compliance/report.js';
import { expectObject, parseJson } from './json.js';
import { ReportError } from './source.js';
import type { ComplianceSummaryReport, ReportInput } from './types.js';

export async function readComplianceReport(input: ReportInput): Promise<ComplianceSummaryReport> {
  let summary: Pick<ReportSummary, 'violations' | 'new'> | undefined;
  let version: unknown;
  await parseJson(input.file, input.display, ['$.version', '$.summary'], (value, path) => {
    if (path[0] === 'version') version = value;
    else summary = expectObject(value, input.display, path) as unknown as ReportSummary;
  });
  if (version !== 1)
    throw new ReportError(
      `${input.display}: compliance report version ${JSON.stringify(version)}; shipgate reads version 1.`,
    );
  if (typeof summary?.violations !== 'number' || typeof summary.new !== 'number') {
    throw new ReportError(`${input.display}: the compliance report has no summary with violations and new.`);
  }
  return { kind: 'compliance', format: 'compliance', violations: summary.violations, new: summary.new };
}
