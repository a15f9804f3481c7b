/** The compliance report: the JSON every format is made from. Its shape is a stable, documented contract. */
import type { FailOn, RuleId, RuleSet, Severity } from '../config/settings.js';

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
  /** the ref changed files were compared against, in changed mode */
  base: string | null;
  shard: { index: number; count: number } | null;
  /** the rules in force before per-path overrides */
  rules: RuleSet;
  files: FileEntry[];
  violations: Violation[];
  fixed: FixedEntry[];
  summary: ReportSummary;
}

/** A file worth a remark: one that has a parser but was counted only (too large, unparseable, not UTF-8). */
export const wasNotParsed = (file: FileEntry): boolean => !file.parsed && file.note !== undefined;
