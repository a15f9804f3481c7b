/** The sticky comment on one pull request: what it conflicts with, so the authors can agree who rebases. */
import type { BaseConflictEntry, ConflictsReport, PairEntry, RegenerableEntry } from '../../report/report.js';
import { filesText, plural } from '../describe.js';
import { branchLink, code, shortName } from './names.js';

export interface PullFindings {
  base?: BaseConflictEntry;
  pairs: PairEntry[];
  regenerable: RegenerableEntry[];
}

export function findingsOfBranch(report: ConflictsReport, name: string): PullFindings {
  const base = report.baseConflicts.find((c) => c.branch === name);
  return {
    ...(base ? { base } : {}),
    pairs: report.pairs.filter((p) => p.a === name || p.b === name),
    regenerable: report.regenerable.filter((r) => r.branch === name || r.a === name || r.b === name),
  };
}

/** In a pull request's own comment its lines are "here"; the others' by number. */
const sideName = (report: ConflictsReport, self: string) => (branch: string) =>
  branch === self ? 'here' : shortName(report, branch);

function teamOf(report: ConflictsReport, branch: string): string | undefined {
  return Object.entries(report.teams).find(([, entry]) => entry.branches.includes(branch))?.[0];
}

function pairRow(report: ConflictsReport, name: string, pair: PairEntry): string {
  const other = pair.a === name ? pair.b : pair.a;
  const pull = report.pulls?.[other];
  const who = pull
    ? `${branchLink(report, other)} ${pull.title.replace(/\|/g, '\\|')} (${code(pull.headRef)})`
    : code(other);
  const team = teamOf(report, other) ?? '';
  const cross = pair.crossTeam ? ' ⚠️ other team' : '';
  const firstIsMine = (pair.order === 'a-first' && pair.a === name) || (pair.order === 'b-first' && pair.b === name);
  const when =
    pair.order === 'both' ? 'either lands first' : firstIsMine ? 'this one lands first' : 'that one lands first';
  return `| ${who} | ${team}${cross} | ${when} | ${filesText(pair.files, pair.conflicts, code, sideName(report, name))} |`;
}

function pairSection(report: ConflictsReport, name: string, pairs: PairEntry[]): string[] {
  if (pairs.length === 0) return [];
  return [
    `**It conflicts with ${plural(pairs.length, 'other open pull request')}**: each merges on its own, but once one lands the other no longer does. Agree who lands first; the other rebases.`,
    '',
    '| Pull request | Team | Conflicts when | Files |',
    '|---|---|---|---|',
    ...pairs.map((pair) => pairRow(report, name, pair)),
    '',
  ];
}

/** The comment's text; deterministic (no times, no run links), so an unchanged set never rewrites it. */
export function pullComment(report: ConflictsReport, name: string): string {
  const found = findingsOfBranch(report, name);
  const lines = ['### shipgate conflicts', ''];
  if (found.base) {
    const files = filesText(found.base.files, found.base.conflicts, code, sideName(report, name));
    lines.push(
      `❌ This pull request no longer merges into ${code(report.base)}: ${files}. Rebase it on ${code(report.base)} (or merge ${code(report.base)} into it) and resolve.`,
      '',
    );
  }
  lines.push(...pairSection(report, name, found.pairs));
  if (found.regenerable.length > 0) {
    const files = [...new Set(found.regenerable.flatMap((r) => r.files))].map(code).join(', ');
    lines.push(`Lock files to regenerate after rebasing (not counted as conflicts): ${files}.`, '');
  }
  if (!found.base && found.pairs.length === 0)
    lines.push(`✅ No conflicts with ${code(report.base)} or with other open pull requests.`, '');
  lines.push('<sub>shipgate checks with real merges and updates this comment when the conflicts change.</sub>');
  return lines.join('\n');
}
