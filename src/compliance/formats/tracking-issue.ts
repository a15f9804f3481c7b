/** The nightly scan's tracking issue: totals, the trend since the last scan, the worst offenders. */
import { RULE_IDS, type RuleId, type Severity } from '../../config/settings.js';
import type { ComplianceReport, Violation } from '../report.js';
import { DEFAULT_MAX_CHARS, SEVERITY_LABELS } from './markdown.js';
import { type LinkBuilder, type RowSection, codeSpan, fitSections, formatCount, locationCell, omissionNote, safeUrl, tableHead, tableRow } from './markdown-kit.js';
import { SEVERITIES_WORST_FIRST, overLimitRatio, sortedCopy, worstFirst } from './order.js';

/** What one scan leaves in the issue body for the next one to compare against. */
export interface TrackingTotals {
  version: 1;
  files: number;
  lines: number;
  unparsed: number;
  violations: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<RuleId, number>;
}

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

export const TOTALS_MARKER = 'shipgate:compliance-totals';
export const WORST_OFFENDERS = 20;

export function trackingTotals(report: ComplianceReport): TrackingTotals {
  const s = report.summary;
  return { version: 1, files: s.files, lines: s.lines, unparsed: s.unparsed, violations: s.violations, bySeverity: { ...s.bySeverity }, byRule: { ...s.byRule } };
}

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
  const severities = SEVERITIES_WORST_FIRST.map((sev) => trendPhrase(sev, now.bySeverity[sev], previous.bySeverity[sev]));
  return `Since the previous scan: ${trendPhrase('violations', now.violations, previous.violations)}; ${severities.join(', ')}.`;
}

function comparisonRow(name: string, now: number, before: number | undefined): string {
  const previous = before === undefined ? '—' : formatCount(before);
  const change = before === undefined ? '—' : formatDelta(now - before);
  return tableRow([name, formatCount(now), previous, change]);
}

function totalsTable(now: TrackingTotals, previous: TrackingTotals | null): string {
  const head = tableHead([['', 'left'], ['This scan', 'right'], ['Previous', 'right'], ['Change', 'right']]);
  const rows = [
    comparisonRow('**Violations**', now.violations, previous?.violations),
    ...SEVERITIES_WORST_FIRST.map((sev) => comparisonRow(SEVERITY_LABELS[sev], now.bySeverity[sev], previous?.bySeverity[sev])),
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
  return tableRow([String(rank), SEVERITY_LABELS[v.severity], location, symbol, v.rule, `${formatCount(v.value)} / ${formatCount(v.limit)}`, ratio]);
}

function offendersSection(report: ComplianceReport, links: LinkBuilder | undefined): RowSection {
  const worst = sortedCopy(report.violations, worstFirst).slice(0, WORST_OFFENDERS);
  const head = tableHead([['#', 'right'], ['Severity', 'left'], ['Location', 'left'], ['Symbol', 'left'], ['Rule', 'left'], ['Value / limit', 'right'], ['Over', 'right']]);
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
export function renderTrackingIssue(report: ComplianceReport, previous: TrackingTotals | null, options: TrackingIssueOptions = {}): TrackingIssue {
  const now = trackingTotals(report);
  const run = options.runUrl === undefined ? '' : `Latest scan: [workflow run](${safeUrl(options.runUrl)}).\n\n`;
  const head =
    `<!-- ${TOTALS_MARKER} ${JSON.stringify(now)} -->\n` +
    `## V2 compliance: nightly scan\n\n${trendParagraph(now, previous)}\n\n${run}### Totals\n\n${totalsTable(now, previous)}\n`;
  const sections = report.violations.length > 0 ? [offendersSection(report, options.links)] : [];
  const foot = `<sub>Kept up to date by shipgate ${report.tool.version}; the next scan compares against the totals in this issue.</sub>\n`;
  return { title: issueTitle(now), body: fitSections(head, sections, foot, options.maxChars ?? DEFAULT_MAX_CHARS) };
}

const MARKER_PATTERN = new RegExp(`<!--\\s*${TOTALS_MARKER}\\s+([\\s\\S]*?)\\s*-->`);

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function countsOf<K extends string>(value: unknown, keys: readonly K[], missingAsZero: boolean): Record<K, number> | null {
  if (typeof value !== 'object' || value === null) return null;
  const bag = value as Record<string, unknown>;
  const counts = {} as Record<K, number>;
  for (const key of keys) {
    const count = bag[key] ?? (missingAsZero ? 0 : undefined);
    if (!isCount(count)) return null;
    counts[key] = count;
  }
  return counts;
}

function totalsFrom(data: Record<string, unknown>): TrackingTotals | null {
  const numbers = countsOf(data, ['files', 'lines', 'unparsed', 'violations'] as const, false);
  const bySeverity = countsOf(data['bySeverity'], SEVERITIES_WORST_FIRST, false);
  // rules added in a later version are simply absent from older totals
  const byRule = countsOf(data['byRule'] ?? {}, RULE_IDS, true);
  if (numbers === null || bySeverity === null || byRule === null) return null;
  return { version: 1, ...numbers, bySeverity, byRule };
}

/** The totals a previous scan left in the issue body; null when there are none or a hand edit broke them. */
export function parseTrackingTotals(body: string | null | undefined): TrackingTotals | null {
  const json = MARKER_PATTERN.exec(body ?? '')?.[1];
  if (json === undefined) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const version = (data as Record<string, unknown>)['version'];
  if (version !== undefined && version !== 1) return null;
  return totalsFrom(data as Record<string, unknown>);
}
