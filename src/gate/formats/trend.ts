/** The base branch's line coverage over its last commits, and this run's, as a Mermaid chart. */
import type { GateResult } from '../report.js';

export function trendChart(result: GateResult): string {
  if (result.baseline.state !== 'found') return '';
  const current = result.report.metrics['coverage.lines'];
  const points = [...result.baseline.trend.map((p) => ({ label: p.sha.slice(0, 7), value: p.coverage }))];
  if (current !== undefined) points.push({ label: 'this', value: current });
  if (points.length < 2) return '';
  const low = Math.max(0, Math.floor(Math.min(...points.map((p) => p.value)) / 10) * 10 - 10);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Line coverage: base branch, then this change"',
    `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
    `  y-axis "lines %" ${low} --> 100`,
    `  line [${points.map((p) => p.value).join(', ')}]`,
    '```',
  ].join('\n');
}
