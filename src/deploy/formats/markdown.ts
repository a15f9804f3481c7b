// The job summary: the verdict first, the facts, the deploy as a timeline (a Mermaid Gantt chart of the
// phases), and the soak's success rate and p95 latency over time (Mermaid xy charts).
import { formatDuration } from '../duration.js';
import type { DeployReport, Phase } from '../report.js';
import type { SoakPoint } from '../soak/soak.js';

const ICONS = { deployed: '✅', unchanged: '✅', 'rolled-back': '↩️', failed: '❌', refused: '⛔' } as const;
/** Charts stay readable (and small) with at most this many points. */
const MAX_POINTS = 60;

function gantt(phases: Phase[]): string[] {
  const tag = (p: Phase) => (p.outcome === 'failed' ? 'crit, ' : p.outcome === 'skipped' ? '' : 'done, ');
  const rows = phases.map((p, i) => {
    const end = Math.max(p.endMs, p.startMs + 1);
    const name = `${p.name}${p.outcome === 'skipped' ? ' (skipped)' : ''}`.replace(/[:#;]/g, ' ');
    return `    ${name} :${tag(p)}p${i}, ${Math.round(p.startMs)}, ${Math.round(end)}`;
  });
  return [
    '```mermaid',
    'gantt',
    '    title Phases (mm:ss from the start)',
    '    dateFormat x',
    '    axisFormat %M:%S',
    '    todayMarker off',
    ...rows,
    '```',
  ];
}

function sample(points: SoakPoint[]): SoakPoint[] {
  if (points.length <= MAX_POINTS) return points;
  const step = points.length / MAX_POINTS;
  return Array.from({ length: MAX_POINTS }, (_, i) => points[Math.floor(i * step)]!);
}

function chart(title: string, axis: string, points: SoakPoint[], value: (p: SoakPoint) => number): string[] {
  const xs = points.map((p) => (p.atMs / 1000).toFixed(1));
  const ys = points.map((p) => value(p).toFixed(1));
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis "seconds into the soak" [${xs.join(', ')}]`,
    `    y-axis "${axis}"`,
    `    line [${ys.join(', ')}]`,
    '```',
  ];
}

function soakSection(report: DeployReport): string[] {
  const soak = report.soak;
  if (soak === null) return [];
  const head = `### Soak: ${soak.passed ? 'passed' : 'failed'} — ${soak.reason}`;
  const figures = `${soak.probes} probe(s), ${soak.failures} failed; success rate ${soak.successRate.toFixed(1)}%, p95 ${formatDuration(soak.p95Ms)}.`;
  const points = sample(soak.points);
  if (points.length < 2) return [head, '', figures, ''];
  return [
    head,
    '',
    figures,
    '',
    ...chart('Success rate so far', '%', points, (p) => p.successRate),
    '',
    ...chart('p95 latency of recent probes', 'ms', points, (p) => p.p95Ms),
    '',
  ];
}

function factsTable(report: DeployReport): string[] {
  const rows: [string, string][] = [
    ['ref', `\`${report.ref}\`${report.sha === null ? '' : ` (\`${report.sha.slice(0, 12)}\`)`}`],
    ['active colour', report.activeColor ?? 'none'],
    ['previous colour', report.previousColor ?? 'none'],
    ['deployment', String(report.deploymentId ?? '—')],
    ['switch', report.switchMs === null ? '—' : formatDuration(report.switchMs)],
    ['router', report.router],
    ['ledger', report.ledger],
  ];
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`)];
}

export function deployMarkdown(report: DeployReport): string {
  const title = `## ${ICONS[report.outcome]} shipgate ${report.kind} of ${report.environment}: ${report.outcome}`;
  const notes = report.notes.length === 0 ? [] : ['', '**Notes**', '', ...report.notes.map((n) => `- ${n}`)];
  const lines = [
    title,
    '',
    report.message,
    '',
    ...factsTable(report),
    ...notes,
    '',
    '### Timeline',
    '',
    ...gantt(report.phases),
    '',
    ...soakSection(report),
  ];
  return `${lines.join('\n')}\n`;
}
