/** The row sections of the Markdown report: new and existing violations, fixed entries, unparsed files. */
import {
  wasNotParsed,
  type ComplianceReport,
  type FileEntry,
  type FixedEntry,
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
