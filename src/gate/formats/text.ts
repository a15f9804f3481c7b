/** The gate for a terminal: verdict, conditions, and what failed. */
import type { GateResult } from '../report.js';
import { conditionText, formatValue, noteOf, outcomeOf, rangesText, verdictLine } from './describe.js';

const SHOWN = 20;

function conditionLines(result: GateResult): string[] {
  return result.report.conditions.map((c) => {
    const note = noteOf(c, result);
    return `  ${outcomeOf(c).padEnd(8)} ${conditionText(c).padEnd(32)} actual ${formatValue(c.metric, c.actual)}${note ? ` (${note})` : ''}`;
  });
}

function detailLines(result: GateResult): string[] {
  const lines: string[] = [];
  if (result.failures.length > 0) lines.push('', 'Failed tests:');
  for (const f of result.failures.slice(0, SHOWN)) {
    lines.push(`  ${f.name}: ${f.message.split('\n')[0]}${f.place ? ` (${f.place.path}:${f.place.line})` : ''}`);
  }
  const uncovered = result.newCode?.uncovered ?? [];
  if (uncovered.length > 0) lines.push('', 'Changed lines not covered:');
  for (const file of uncovered.slice(0, SHOWN)) lines.push(`  ${file.path}: ${rangesText(file.ranges)}`);
  return lines;
}

export function toText(result: GateResult): string {
  const reports = result.report.reports.map((r) => `  ${r.path} (${r.format})`);
  const baseline =
    result.baseline.state === 'found'
      ? [`Baseline: ${result.baseline.sha.slice(0, 12)}`]
      : result.baseline.state === 'none'
        ? [result.baseline.reason]
        : [];
  return [
    verdictLine(result),
    '',
    'Conditions:',
    ...conditionLines(result),
    ...detailLines(result),
    '',
    'Reports:',
    ...reports,
    ...baseline,
    '',
  ].join('\n');
}
