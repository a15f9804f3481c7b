/** Reports in, one view out: coverage unioned across reports, tests, lint and compliance added up. */
import { type CoverageData, percent } from '../reports/coverage/data.js';
import type { LintFinding, ParsedReport, TestFailure, TestTotals } from '../reports/types.js';

/** One line of the JSON report's `reports` list: the file, its format, and what it said. */
export interface ReportEntry {
  path: string;
  format: ParsedReport['format'];
  kind: ParsedReport['kind'];
  [figure: string]: string | number | Record<string, number>;
}

export interface Collected {
  coverage?: CoverageData;
  tests?: TestTotals;
  failures: TestFailure[];
  lint?: { errors: number; warnings: number };
  lintFindings: LintFinding[];
  compliance?: { violations: number; new: number };
  entries: ReportEntry[];
}

function entryOf(path: string, report: ParsedReport): ReportEntry {
  const base = { path, format: report.format, kind: report.kind };
  switch (report.kind) {
    case 'coverage': {
      const totals = report.coverage.totals();
      return {
        ...base,
        files: report.coverage.files.size,
        lines: percent(totals.lines),
        coverableLines: totals.lines.total,
      };
    }
    case 'tests':
      return { ...base, dialect: report.dialect, ...report.totals };
    case 'lint':
      return { ...base, errors: report.errors, warnings: report.warnings, byRule: report.byRule };
    case 'compliance':
      return { ...base, violations: report.violations, new: report.new };
  }
}

function addTests(into: TestTotals | undefined, more: TestTotals): TestTotals {
  if (!into) return { ...more };
  for (const key of Object.keys(more) as (keyof TestTotals)[]) into[key] += more[key];
  into.duration = Math.round(into.duration * 1000) / 1000;
  return into;
}

/** Folds the reports, in the order given, into one view. */
export function collect(reports: { path: string; report: ParsedReport }[]): Collected {
  const result: Collected = { failures: [], lintFindings: [], entries: [] };
  for (const { path, report } of reports) {
    result.entries.push(entryOf(path, report));
    // The first coverage report is taken as it is; later ones are unioned into it.
    if (report.kind === 'coverage') {
      if (result.coverage) result.coverage.merge(report.coverage);
      else result.coverage = report.coverage;
    } else if (report.kind === 'tests') {
      result.tests = addTests(result.tests, report.totals);
      result.failures.push(...report.failures);
    } else if (report.kind === 'lint') {
      result.lint = {
        errors: (result.lint?.errors ?? 0) + report.errors,
        warnings: (result.lint?.warnings ?? 0) + report.warnings,
      };
      result.lintFindings.push(...report.findings);
    } else {
      result.compliance = {
        violations: (result.compliance?.violations ?? 0) + report.violations,
        new: (result.compliance?.new ?? 0) + report.new,
      };
    }
  }
  return result;
}
