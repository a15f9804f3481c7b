/** The terminal format: what conflicts, with what, and what to do about it. */
import type { ConflictsReport } from '../report/report.js';
import { filesText, orderText, plural } from './describe.js';

function headline(report: ConflictsReport): string {
  const s = report.summary;
  const verdict = s.passed ? 'passed' : 'failed';
  return (
    `shipgate conflicts ${verdict}: ${plural(s.baseConflicts, 'conflict')} with ${report.base}, ` +
    `${plural(s.pairs, 'conflicting pair')} (${plural(s.branches, 'branch', 'branches')} checked against ` +
    `${report.base} at ${report.baseSha.slice(0, 12)}, fail-on: ${s.failOn})`
  );
}

function findingLines(report: ConflictsReport): string[] {
  const lines: string[] = [];
  if (report.baseConflicts.length > 0) lines.push('', `Conflicts with ${report.base}:`);
  for (const c of report.baseConflicts) lines.push(`  ${c.branch}: ${filesText(c.files, c.conflicts)}`);
  if (report.pairs.length > 0) lines.push('', 'Conflicting pairs (if one lands, the other no longer merges):');
  for (const p of report.pairs) {
    lines.push(`  ${p.a} <> ${p.b}: ${orderText(p)}`, `      ${filesText(p.files, p.conflicts)}`);
  }
  return lines;
}

function adviceLines(report: ConflictsReport): string[] {
  const lines: string[] = [];
  const { steps, rebases, rebasesInNameOrder } = report.mergeOrder;
  if (steps.length > 0) {
    lines.push('', `Suggested merge order (${plural(rebases, 'rebase')}; ${rebasesInNameOrder} in name order):`);
    steps.forEach((step, i) => {
      const after = step.rebase.length > 0 ? ` - then rebase ${step.rebase.join(', ')}` : '';
      lines.push(`  ${i + 1}. ${step.branch}${after}`);
    });
  }
  if (report.regenerable.length > 0) lines.push('', 'Lock files to regenerate (not counted as conflicts):');
  for (const r of report.regenerable) lines.push(`  ${r.branch ?? `${r.a} <> ${r.b}`}: ${r.files.join(', ')}`);
  if (report.unchecked.length > 0) lines.push('', 'Not checked:');
  for (const u of report.unchecked) lines.push(`  ${u.branch}: ${u.reason}`);
  return lines;
}

export function toText(report: ConflictsReport): string {
  const { merges, partialReason } = report.summary;
  const stats =
    `${merges.base} merges against ${report.base}, ${merges.pairs} pair merges run, ` +
    `${merges.skipped} skipped as provably clean`;
  const partial = partialReason ? [`PARTIAL: ${partialReason}`] : [];
  return [headline(report), ...partial, ...findingLines(report), ...adviceLines(report), '', stats, ''].join('\n');
}
