/**
 * The gate as Markdown: job summary, check run and PR comment. The most important sections come first, so
 * when a size budget cuts, it cuts the least useful part (and says so).
 */
import type { GateResult } from '../report.js';
import { conditionText, formatValue, noteOf, outcomeOf, verdictLine, type Outcome } from './describe.js';
import { newCodeSection } from './new-code.js';
import { trendChart } from './trend.js';

export interface MarkdownOptions {
  /** cut sections beyond this many characters */
  maxChars?: number;
  /** e.g. https://github.com/o/r/blob/<sha>: links the uncovered changed lines */
  blobUrl?: string;
}

const SHOWN = 20;
const ICONS: Record<Outcome, string> = { passed: '✅', failed: '❌', skipped: '⏭️', 'no data': '❌' };
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function conditionsTable(result: GateResult): string {
  const rows = result.report.conditions.map((c) => {
    const outcome = outcomeOf(c);
    const note = noteOf(c, result);
    const status = `${ICONS[outcome]} ${outcome}${note ? `: ${cell(note)}` : ''}`;
    return `| \`${conditionText(c)}\` | ${formatValue(c.metric, c.actual)} | ${status} |`;
  });
  return ['| condition | actual | result |', '|---|---|---|', ...rows].join('\n');
}

function baselineSection(result: GateResult): string {
  const b = result.baseline;
  if (b.state === 'found') return `Compared with the base branch at \`${b.sha.slice(0, 12)}\`.`;
  return b.state === 'none' ? `_${b.reason}._` : '';
}

function failuresSection(result: GateResult): string {
  if (result.failures.length === 0) return '';
  const items = result.failures.slice(0, SHOWN).map((f) => {
    const where = f.place ? ` (\`${f.place.path}:${f.place.line}\`)` : '';
    return `- **${cell(f.name)}**${where}: ${cell(f.message.split('\n')[0] ?? '')}`;
  });
  const total = result.report.metrics['tests.failed'] ?? result.failures.length;
  const more = total > SHOWN ? [`- … ${total - SHOWN} more`] : [];
  return [`**Failed tests** (${total}):`, '', ...items, ...more].join('\n');
}

function lintSection(result: GateResult): string {
  const errors = result.newCode?.lintErrors ?? [];
  if (errors.length === 0) return '';
  const items = errors
    .slice(0, SHOWN)
    .map((e) => `- \`${e.place!.path}:${e.place!.line}\` ${cell(e.rule)}: ${cell(e.message)}`);
  return [`**Lint errors on changed lines** (${errors.length}):`, '', ...items].join('\n');
}

function reportsSection(result: GateResult): string {
  const rows = result.report.reports.map(
    (r) => `| \`${cell(r.path)}\` | ${r.format}${r.kind === 'tests' ? ` (${String(r.dialect)})` : ''} |`,
  );
  return [
    '<details><summary>Reports read</summary>',
    '',
    '| report | format |',
    '|---|---|',
    ...rows,
    '',
    '</details>',
  ].join('\n');
}

export function toMarkdown(result: GateResult, options: MarkdownOptions = {}): string {
  const heading = `### ${result.report.passed ? '✅' : '❌'} ${verdictLine(result)}`;
  const sections = [
    heading,
    conditionsTable(result),
    baselineSection(result),
    newCodeSection(result, options.blobUrl),
    failuresSection(result),
    lintSection(result),
    trendChart(result),
    reportsSection(result),
  ].filter((s) => s !== '');
  return withinBudget(sections, options.maxChars ?? Infinity);
}

/** Whole sections while they fit; a note says how many were left out. */
function withinBudget(sections: string[], maxChars: number): string {
  const note = (left: number) =>
    `\n\n_${left} more section(s) did not fit here; the job summary and the JSON report have them._`;
  let text = '';
  for (const [index, section] of sections.entries()) {
    const next = text === '' ? section : `${text}\n\n${section}`;
    const reserve = index < sections.length - 1 ? note(sections.length - index).length : 0;
    if (next.length + reserve > maxChars)
      return (text || section.slice(0, maxChars - reserve)) + note(sections.length - index);
    text = next;
  }
  return `${text}\n`;
}
