/** The Markdown report: job summary, check-run summary and, in short, the pull request comment. */
import { truncateMarkdown } from '../../../github/text-limits.js';
import type { ConflictsReport } from '../../report/report.js';
import { plural } from '../describe.js';
import { healthSection } from './health.js';
import { teamMatrix } from './matrix.js';
import { conflictGraph } from './mermaid.js';
import { code } from './names.js';
import { baseConflictTable, mergeOrderList, otherSections, pairTable } from './sections.js';

export interface MarkdownOptions {
  /** cut to this many characters (a check-run summary or a comment); default: no limit */
  maxChars?: number;
}

export function headline(report: ConflictsReport): string {
  const s = report.summary;
  const mark = s.passed ? '✅' : '❌';
  const found = `${plural(s.baseConflicts, 'branch', 'branches')} conflict with ${code(report.base)}, ${plural(s.pairs, 'pair')} conflict with each other`;
  return `${mark} **${found}** (${plural(s.branches, 'branch', 'branches')} checked against ${code(report.base)} at ${code(report.baseSha.slice(0, 12))}; fail-on: ${s.failOn}).`;
}

function footer(report: ConflictsReport): string[] {
  const { merges } = report.summary;
  return [
    '<details><summary>How this was checked</summary>',
    '',
    `Real merges, as \`git merge --no-ff\` would do them: ${merges.base} against ${code(report.base)}, ${merges.pairs} between pairs (landing one, then merging the other), ${merges.skipped} skipped because the branches touch nothing in common and so cannot conflict.`,
    '',
    '</details>',
    '',
  ];
}

export function toMarkdown(report: ConflictsReport, options: MarkdownOptions = {}): string {
  const partial = report.summary.partialReason
    ? [`> [!WARNING]\n> Partial result: ${report.summary.partialReason}`, '']
    : [];
  const text = [
    '## shipgate conflicts',
    '',
    headline(report),
    '',
    ...partial,
    ...baseConflictTable(report),
    ...pairTable(report),
    ...mergeOrderList(report),
    ...teamMatrix(report),
    ...conflictGraph(report),
    ...otherSections(report),
    ...healthSection(report),
    ...footer(report),
  ].join('\n');
  return options.maxChars === undefined ? text : truncateMarkdown(text, options.maxChars);
}
