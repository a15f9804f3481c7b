/** The report's Markdown tables: conflicts with the base, conflicting pairs, merge order, lock files, unchecked. */
import type { ConflictsReport } from '../../report/report.js';
import { filesText, plural } from '../describe.js';
import { branchLink, code, shortName } from './names.js';

/** Rows beyond this go to the JSON report: a table of thousands helps nobody. */
export const MAX_ROWS = 150;

function capped<T>(items: T[], row: (item: T) => string): string[] {
  const more = items.length - MAX_ROWS;
  return [...items.slice(0, MAX_ROWS).map(row), ...(more > 0 ? [`\n…and ${more} more in the JSON report.`] : [])];
}

export function baseConflictTable(report: ConflictsReport): string[] {
  if (report.baseConflicts.length === 0) return [];
  return [
    `### Conflicts with ${code(report.base)}`,
    '',
    '| Branch | Files |',
    '|---|---|',
    ...capped(
      report.baseConflicts,
      (c) =>
        `| ${branchLink(report, c.branch)} | ${filesText(c.files, c.conflicts, code, (b) => shortName(report, b))} |`,
    ),
    '',
  ];
}

export function pairTable(report: ConflictsReport): string[] {
  if (report.pairs.length === 0) return [];
  const when = (order: string, first: string) =>
    order === 'both' ? 'either lands first' : `${branchLink(report, first)} lands first`;
  return [
    '### Conflicting pairs',
    '',
    'Each merges cleanly on its own; once one of the two lands, the other no longer merges.',
    '',
    '| Branch | Branch | Conflicts when | Files |',
    '|---|---|---|---|',
    ...capped(report.pairs, (p) => {
      const cross = p.crossTeam ? ' ⚠️' : '';
      const first = p.order === 'b-first' ? p.b : p.a;
      const files = filesText(p.files, p.conflicts, code, (b) => shortName(report, b));
      return `| ${branchLink(report, p.a)} | ${branchLink(report, p.b)} | ${when(p.order, first)}${cross} | ${files} |`;
    }),
    '',
  ];
}

export function mergeOrderList(report: ConflictsReport): string[] {
  const { steps, rebases, rebasesInNameOrder } = report.mergeOrder;
  if (steps.length === 0) return [];
  return [
    '### Suggested merge order',
    '',
    ...steps.map((step, i) => {
      const then =
        step.rebase.length > 0 ? ` — then rebase ${step.rebase.map((b) => branchLink(report, b)).join(', ')}` : '';
      return `${i + 1}. ${branchLink(report, step.branch)}${then}`;
    }),
    '',
    `Landing in this order needs ${plural(rebases, 'rebase')} (${rebasesInNameOrder} in name order).`,
    '',
  ];
}

export function otherSections(report: ConflictsReport): string[] {
  const lines: string[] = [];
  if (report.regenerable.length > 0) {
    lines.push(
      '### Lock files to regenerate',
      '',
      'These conflict only in lock files: regenerate them instead of merging.',
      '',
    );
    for (const r of report.regenerable) {
      const who = r.branch
        ? branchLink(report, r.branch)
        : `${branchLink(report, r.a!)} and ${branchLink(report, r.b!)}`;
      lines.push(`- ${who}: ${r.files.map(code).join(', ')}`);
    }
    lines.push('');
  }
  if (report.unchecked.length > 0) {
    lines.push(
      '### Not checked',
      '',
      ...report.unchecked.map((u) => `- ${branchLink(report, u.branch)}: ${u.reason}`),
      '',
    );
  }
  return lines;
}
