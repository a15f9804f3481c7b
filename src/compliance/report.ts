/** The compliance report: the JSON every format is made from. Its shape is a stable, documented contract. */
import type { FailOn, RuleId, RuleSet, Severity } from '../compliance/settings.js';

export const REPORT_VERSION = 1;

export interface FileEntry {
  /** relative to the scanned root, forward slashes */
  path: string;
  /** language id, or null when the file is of no known language */
  language: string | null;
  lines: number;
  code: number;
  comment: number;
  blank: number;
  functions: number;
  classes: number;
  enums: number;
  /** false when the file was counted but not parsed (too large, unparseable, no parser for its language) */
  parsed: boolean;
  /** why it was not parsed, or another remark (e.g. not UTF-8) */
  note?: string;
}

/** Where a violation stands against the baseline and the approved exceptions. */
export type ViolationStatus = 'new' | 'baseline' | 'grown' | 'expired-exception' | 'existing';

export interface Violation {
  rule: RuleId;
  path: string;
  /** 1 for file-level rules */
  line: number;
  endLine: number;
  /** function or class name; null for file-level rules */
  symbol: string | null;
  value: number;
  limit: number;
  severity: Severity;
  /** true when this violation makes the check fail under fail-on: new */
  new: boolean;
  status: ViolationStatus;
  message: string;
}

/** A selected file that was not read, and why (a symlink or FIFO in the work tree, a name that is not UTF-8). */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** Which config judged the run, and what the work tree's config would change against it (in a pull request). */
export interface ConfigOrigin {
  /** the config file, relative to the repository root; null when none exists and the V2 defaults apply */
  file: string | null;
  /** the commit it was read at (the merge base in changed-files mode); null for the work tree */
  commit: string | null;
  /** the settings the work tree's config changes, as `setting: before → after`; empty when none */
  changes: string[];
}

/** A baseline entry that no longer has a violation: the code was fixed. */
export interface FixedEntry {
  rule: RuleId;
  path: string;
  symbol: string | null;
  value: number;
}

export interface ReportSummary {
  files: number;
  lines: number;
  code: number;
  comment: number;
  blank: number;
  unparsed: number;
  skipped: number;
  violations: number;
  new: number;
  /** violations that count against fail-on */
  failing: number;
  /** violations suppressed by approved exceptions or inline disables */
  suppressed: number;
  fixed: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<RuleId, number>;
  failOn: FailOn;
  passed: boolean;
}

export interface ComplianceReport {
  version: typeof REPORT_VERSION;
  tool: { name: 'shipgate'; version: string };
  mode: 'full' | 'changed';
  /** the scanned folder relative to the repository root ('' for the whole repository); report paths are relative to it */
  root: string;
  /** the ref changed files were compared against, in changed mode */
  base: string | null;
  shard: { index: number; count: number } | null;
  config: ConfigOrigin;
  /** the rules in force before per-path overrides */
  rules: RuleSet;
  files: FileEntry[];
  /** selected files that were not scanned, by name, with the reason */
  skipped: SkippedFile[];
  violations: Violation[];
  fixed: FixedEntry[];
  summary: ReportSummary;
}

/** A file worth a remark: one that has a parser but was counted only (too large, unparseable, not UTF-8). */
export const wasNotParsed = (file: FileEntry): boolean => !file.parsed && file.note !== undefined;

/** A report path as a repository path, for annotations and code scanning. */
export function repositoryPath(report: Pick<ComplianceReport, 'root'>, reportPath: string): string {
  return report.root === '' ? reportPath : `${report.root}/${reportPath}`;
}

/** The same report with repository paths: what code scanning needs, whatever folder was scanned. */
export function withRepositoryPaths(report: ComplianceReport): ComplianceReport {
  if (report.root === '') return report;
  const rooted = <T extends { path: string }>(item: T): T => ({ ...item, path: repositoryPath(report, item.path) });
  return {
    ...report,
    root: '',
    files: report.files.map(rooted),
    violations: report.violations.map(rooted),
    fixed: report.fixed.map(rooted),
    skipped: report.skipped.map(rooted),
  };
}
