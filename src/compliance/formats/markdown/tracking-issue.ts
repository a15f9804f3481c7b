/** The nightly scan's tracking issue: totals, the trend since the last scan, the worst offenders. */
import { RULE_IDS } from '../../../compliance/settings.js';
import type { ComplianceReport, Violation } from '../../report.js';
import { DEFAULT_MAX_CHARS } from './index.js';
import { type RowSection, fitSections, omissionNote } from './budget.js';
import {
  type LinkBuilder,
  SEVERITY_LABELS,
  codeSpan,
  formatCount,
  locationCell,
  safeUrl,
  tableHead,
  tableRow,
} from './cells.js';
import { SEVERITIES_WORST_FIRST, overLimitRatio, sortedCopy, worstFirst } from '../order.js';
import { type TrackingTotals, totalsMarker, trackingTotals } from './tracking-totals.js';

export * from './tracking-totals.js';

export interface TrackingIssueOptions {
  /** the workflow run that produced the report */
  runUrl?: string;
  maxChars?: number;
  links?: LinkBuilder;
}

export interface TrackingIssue {
  title: string;
  body: string;
}

export const WORST_OFFENDERS = 20;

/** "+8", "−8" (a real minus sign), "±0" */
export function formatDelta(delta: number): string {
  if (delta === 0) return '±0';
  return delta > 0 ? `+${formatCount(delta)}` : `−${formatCount(-delta)}`;
}

/** "violations 120 → 112 (−8)"; without a previous value just "violations 112". */
export function trendPhrase(name: string, now: number, before: number | undefined): string {
  if (before === undefined) return `${name} ${formatCount(now)}`;
  return `${name} ${formatCount(before)} → ${formatCount(now)} (${formatDelta(now - before)})`;
}

function trendParagraph(now: TrackingTotals, previous: TrackingTotals | null): string {
  if (previous === null) return `First recorded scan: ${formatCount(now.violations)} violations.`;
  const severities = SEVERITIES_WORST_FIRST.map((sev) =>
    trendPhrase(sev, now.bySeverity[sev], previous.bySeverity[sev]),
  );
  return `Since the previous scan: ${trendPhrase('violations', now.violations, previous.violations)}; ${severities.join(', ')}.`;
}

function comparisonRow(name: string, now: number, before: number | undefined): string {
  const previous = before === undefined ? '—' : formatCount(before);
  const change = before === undefined ? '—' : formatDelta(now - before);
  return tableRow([name, formatCount(now), previous, change]);
}

function totalsTable(now: TrackingTotals, previous: TrackingTotals | null): string {
  const head = tableHead([
    ['', 'left'],
    ['This scan', 'right'],
    ['Previous', 'right'],
    ['Change', 'right'],
  ]);
  const rows = [
    comparisonRow('**Violations**', now.violations, previous?.violations),
    ...SEVERITIES_WORST_FIRST.map((sev) =>
      comparisonRow(SEVERITY_LABELS[sev], now.bySeverity[sev], previous?.bySeverity[sev]),
    ),
    ...RULE_IDS.map((rule) => comparisonRow(rule, now.byRule[rule], previous?.byRule[rule])),
    comparisonRow('Files', now.files, previous?.files),
    comparisonRow('Lines', now.lines, previous?.lines),
    comparisonRow('Not parsed', now.unparsed, previous?.unparsed),
  ];
  return head + rows.join('');
}

function offenderRow(v: Violation, rank: number, links: LinkBuilder | undefined): string {
  const location = locationCell(v.path, v.line, links);
  const symbol = v.symbol === null ? '—' : codeSpan(v.symbol);
  const ratio = `×${overLimitRatio(v).toFixed(2)}`;
  return tableRow([
    String(rank),
    SEVERITY_LABELS[v.severity],
    location,
    symbol,
    v.rule,
    `${formatCount(v.value)} / ${formatCount(v.limit)}`,
    ratio,
  ]);
}

function offendersSection(report: ComplianceReport, links: LinkBuilder | undefined): RowSection {
  const worst = sortedCopy(report.violations, worstFirst).slice(0, WORST_OFFENDERS);
  const head = tableHead([
    ['#', 'right'],
    ['Severity', 'left'],
    ['Location', 'left'],
    ['Symbol', 'left'],
    ['Rule', 'left'],
    ['Value / limit', 'right'],
    ['Over', 'right'],
  ]);
  return {
    open: `### Worst offenders (${worst.length} of ${formatCount(report.violations.length)})\n\n${head}`,
    rows: worst.map((v, i) => offenderRow(v, i + 1, links)),
    close: '\n',
    omitted: omissionNote('offender', 'offenders'),
  };
}

export function issueTitle(totals: TrackingTotals): string {
  const s = totals.bySeverity;
  return `V2 compliance: ${formatCount(totals.violations)} violations (${s.critical} critical, ${s.major} major, ${s.minor} minor)`;
}

/** Title and body of the tracking issue; the body starts with this scan's totals in a hidden marker. */
export function renderTrackingIssue(
  report: ComplianceReport,
  previous: TrackingTotals | null,
  options: TrackingIssueOptions = {},
): TrackingIssue {
  const now = trackingTotals(report);
  const run = options.runUrl === undefined ? '' : `Latest scan: [workflow run](${safeUrl(options.runUrl)}).\n\n`;
  const head =
    `${totalsMarker(now)}\n` +
    `## V2 compliance: nightly scan\n\n${trendParagraph(now, previous)}\n\n${run}### Totals\n\n${totalsTable(now, previous)}\n`;
  const sections = report.violations.length > 0 ? [offendersSection(report, options.links)] : [];
  const foot = `<sub>Kept up to date by shipgate ${report.tool.version}; the next scan compares against the totals in this issue.</sub>\n`;
  return { title: issueTitle(now), body: fitSections(head, sections, foot, options.maxChars ?? DEFAULT_MAX_CHARS) };
}
