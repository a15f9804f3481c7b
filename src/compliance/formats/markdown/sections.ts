/** The sections of the Markdown report: violations, fixed entries, unparsed and skipped files, config changes. */
import {
  wasNotParsed,
  type ComplianceReport,
  type FileEntry,
  type FixedEntry,
  type SkippedFile,
  type Violation,
  type ViolationStatus,
} from '../../report.js';
import { type RowSection, omissionNote } from './budget.js';
import {
  type LinkBuilder,
  SEVERITY_LABELS,
  codeSpan,
  escapeText,
  formatCount,
  locationCell,
  tableHead,
  tableRow,
} from './cells.js';
import { newThenSeverity, sortedCopy } from '../order.js';

const STATUS_LABELS: Record<ViolationStatus, string> = {
  new: '**new**',
  grown: '**grown**',
  'expired-exception': '**exception expired**',
  baseline: 'baseline',
  existing: 'existing',
};

const VIOLATION_COLUMNS = [
  ['Severity', 'left'],
  ['Location', 'left'],
  ['Symbol', 'left'],
  ['Rule', 'left'],
  ['Value / limit', 'right'],
  ['Status', 'left'],
] as const;

function violationRow(v: Violation, links: LinkBuilder | undefined): string {
  const symbol = v.symbol === null ? '—' : codeSpan(v.symbol);
  const value = `${formatCount(v.value)} / ${formatCount(v.limit)}`;
  return tableRow([
    SEVERITY_LABELS[v.severity],
    locationCell(v.path, v.line, links),
    symbol,
    v.rule,
    value,
    STATUS_LABELS[v.status],
  ]);
}

function collapsed(summary: string, head: string): string {
  return `<details><summary>${summary}</summary>\n\n${head}`;
}

export function violationSections(report: ComplianceReport, links: LinkBuilder | undefined): RowSection[] {
  const ordered = sortedCopy(report.violations, newThenSeverity);
  const failing = ordered.filter((v) => v.new);
  const existing = ordered.filter((v) => !v.new);
  const head = tableHead(VIOLATION_COLUMNS);
  const sections: RowSection[] = [
    {
      open: `### New violations (${formatCount(failing.length)})\n\n${head}`,
      rows: failing.map((v) => violationRow(v, links)),
      close: '\n',
      omitted: omissionNote('new violation', 'new violations'),
    },
    {
      open: collapsed(`Existing violations (${formatCount(existing.length)})`, head),
      rows: existing.map((v) => violationRow(v, links)),
      close: '\n</details>\n\n',
      omitted: omissionNote('existing violation', 'existing violations'),
    },
  ];
  return sections.filter((section) => section.rows.length > 0);
}

export function fixedSection(fixed: readonly FixedEntry[]): RowSection {
  const head = tableHead([
    ['Path', 'left'],
    ['Symbol', 'left'],
    ['Rule', 'left'],
    ['Was', 'right'],
  ]);
  const rows = fixed.map((f) =>
    tableRow([codeSpan(f.path), f.symbol === null ? '—' : codeSpan(f.symbol), f.rule, formatCount(f.value)]),
  );
  return {
    open: collapsed(`Fixed since the baseline (${formatCount(fixed.length)})`, head),
    rows,
    close: '\n</details>\n\n',
    omitted: omissionNote('fixed entry', 'fixed entries'),
  };
}

export function unparsedSection(files: readonly FileEntry[]): RowSection {
  const unparsed = files.filter(wasNotParsed);
  const head = tableHead([
    ['File', 'left'],
    ['Lines', 'right'],
    ['Why', 'left'],
  ]);
  const rows = unparsed.map((f) => tableRow([codeSpan(f.path), formatCount(f.lines), escapeText(f.note ?? '')]));
  return {
    open: collapsed(`Files counted but not parsed (${formatCount(unparsed.length)})`, head),
    rows,
    close: '\n</details>\n\n',
    omitted: omissionNote('unparsed file', 'unparsed files'),
  };
}

export function skippedSection(skipped: readonly SkippedFile[]): RowSection {
  const head = tableHead([
    ['File', 'left'],
    ['Why it was not scanned', 'left'],
  ]);
  return {
    open: collapsed(`Files not scanned (${formatCount(skipped.length)})`, head),
    rows: skipped.map((f) => tableRow([codeSpan(f.path), escapeText(f.reason)])),
    close: '\n</details>\n\n',
    omitted: omissionNote('skipped file', 'skipped files'),
  };
}

/**
 * What the change does to the config, shown first: reviewers must see a pull request that adds an
 * exception or loosens a rule, whichever config judged it.
 */
export function configChangeNote(report: ComplianceReport): string {
  const { config } = report;
  if (config.changes.length === 0) return '';
  const judged =
    config.commit === null
      ? "judged by the pull request's own config (trust-pr-config)"
      : `judged by the config at the merge base ${config.commit.slice(0, 12)}; the changes apply once merged`;
  const shown = config.changes.slice(0, 20).map((line) => `> - ${codeSpan(line)}`);
  const more = config.changes.length > 20 ? [`> - …and ${config.changes.length - 20} more`] : [];
  return [`> [!WARNING]`, `> This change edits the shipgate config (${judged}):`, ...shown, ...more, ''].join('\n');
}
