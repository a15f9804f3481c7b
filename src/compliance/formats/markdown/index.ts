/** The compliance report as Markdown: job summary, check-run summary and sticky PR comment. */
import { RULE_IDS, type RuleId, type Severity } from '../../../compliance/settings.js';
import type { ComplianceReport, Violation } from '../../report.js';
import { fitSections } from './budget.js';
import { type LinkBuilder, SEVERITY_LABELS, escapeText, formatCount, tableHead, tableRow } from './cells.js';
import { configChangeNote, fixedSection, skippedSection, unparsedSection, violationSections } from './sections.js';
import { SEVERITIES_WORST_FIRST } from '../order.js';

/** GitHub's check-run summary and comment limit is 65,535 characters; leave room for a caller's marker. */
export const DEFAULT_MAX_CHARS = 65_000;
export const DEFAULT_TITLE = 'shipgate · V2 compliance';

export { SEVERITY_LABELS, type LinkBuilder } from './cells.js';

export interface MarkdownOptions {
  maxChars?: number;
  title?: string;
  /** a URL for path:line (e.g. a blob link at the head commit); without it locations are plain text */
  links?: LinkBuilder;
}

/** "✅ **Compliance passed**: 0 new, 14 total, 3 fixed": the line a reviewer reads first. */
export function verdictLine(report: ComplianceReport): string {
  const s = report.summary;
  const counts = `${formatCount(s.new)} new, ${formatCount(s.violations)} total, ${formatCount(s.fixed)} fixed`;
  const failOn = s.failOn === 'new' ? '' : ` (fail-on: ${s.failOn})`;
  return `${s.passed ? '✅ **Compliance passed**' : '❌ **Compliance failed**'}: ${counts}${failOn}`;
}

function scopeLine(report: ComplianceReport): string {
  const files = formatCount(report.summary.files);
  const scope = report.mode === 'changed' ? `${files} changed files` : `all ${files} files`;
  const base = report.base === null ? '' : ` against ${escapeText(report.base)}`;
  const shard = report.shard === null ? '' : `, shard ${report.shard.index} of ${report.shard.count}`;
  return `Checked ${scope}${base}${shard}; fail-on: ${report.summary.failOn}.`;
}

function totalsTable(report: ComplianceReport): string {
  const s = report.summary;
  const head = tableHead([
    ['Files', 'right'],
    ['Lines', 'right'],
    ['Code', 'right'],
    ['Comment', 'right'],
    ['Blank', 'right'],
    ['Not parsed', 'right'],
    ['Suppressed', 'right'],
  ]);
  return head + tableRow([s.files, s.lines, s.code, s.comment, s.blank, s.unparsed, s.suppressed].map(formatCount));
}

function countBy(violations: readonly Violation[], rule: RuleId, severity: Severity): number {
  return violations.filter((v) => v.rule === rule && v.severity === severity).length;
}

/** Violations by rule and severity; rules that are off and clean are left out. */
function rulesTable(report: ComplianceReport): string {
  const s = report.summary;
  const columns = [
    ['Rule', 'left'],
    ['Limit', 'right'],
    ...SEVERITIES_WORST_FIRST.map((sev) => [SEVERITY_LABELS[sev], 'right'] as const),
    ['Total', 'right'],
    ['New', 'right'],
  ] as const;
  const rows = RULE_IDS.filter((rule) => report.rules[rule].enabled || s.byRule[rule] > 0).map((rule) => {
    const newCount = report.violations.filter((v) => v.rule === rule && v.new).length;
    const bySeverity = SEVERITIES_WORST_FIRST.map((sev) => formatCount(countBy(report.violations, rule, sev)));
    const limit = report.rules[rule].enabled ? formatCount(report.rules[rule].limit) : 'off';
    return tableRow([rule, limit, ...bySeverity, formatCount(s.byRule[rule]), formatCount(newCount)]);
  });
  const all = tableRow([
    '**All**',
    '',
    ...SEVERITIES_WORST_FIRST.map((sev) => formatCount(s.bySeverity[sev])),
    formatCount(s.violations),
    formatCount(s.new),
  ]);
  return tableHead(columns) + rows.join('') + all;
}

/** The whole report as Markdown within maxChars; rows are cut whole, and each cut says how many were left out. */
export function toMarkdown(report: ComplianceReport, options: MarkdownOptions = {}): string {
  const title = escapeText(options.title ?? DEFAULT_TITLE);
  const config = configChangeNote(report);
  const head = `## ${title}\n\n${verdictLine(report)}\n\n${config ? `${config}\n` : ''}${scopeLine(report)}\n\n${totalsTable(report)}\n${rulesTable(report)}\n`;
  const sections = [
    ...violationSections(report, options.links),
    fixedSection(report.fixed),
    unparsedSection(report.files),
    skippedSection(report.skipped),
  ].filter((section) => section.rows.length > 0);
  const foot = `<sub>shipgate ${escapeText(report.tool.version)}</sub>\n`;
  return fitSections(head, sections, foot, options.maxChars ?? DEFAULT_MAX_CHARS);
}
