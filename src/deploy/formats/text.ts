// The report for a terminal: the verdict first, then the facts, the phases and the notes.
import { formatDuration } from '../duration.js';
import type { DeployReport } from '../report.js';

const short = (sha: string | null): string => (sha === null ? '' : ` (${sha.slice(0, 12)})`);

function facts(report: DeployReport): string[] {
  const lines = [
    `  active colour: ${report.activeColor ?? 'none'}; before: ${report.previousColor ?? 'none'}`,
    `  deployment: ${report.deploymentId ?? '—'}${report.rollbackDeploymentId === null ? '' : `; rollback recorded as ${report.rollbackDeploymentId}`}`,
    `  router: ${report.router}`,
    `  ledger: ${report.ledger}`,
  ];
  if (report.switchMs !== null) lines.push(`  switch: ${formatDuration(report.switchMs)}`);
  if (report.soak !== null) {
    const { successRate, p95Ms, probes } = report.soak;
    lines.push(`  soak: ${successRate.toFixed(1)}% of ${probes} probe(s) succeeded, p95 ${formatDuration(p95Ms)}`);
  }
  return lines;
}

function phases(report: DeployReport): string[] {
  const width = Math.max(...report.phases.map((p) => p.name.length), 5);
  return report.phases.map((p) => {
    const took = formatDuration(p.endMs - p.startMs).padStart(9);
    return `  ${p.name.padEnd(width)}  ${p.outcome.padEnd(7)} ${took}  ${p.detail}`;
  });
}

export function deployText(report: DeployReport): string {
  const head = `shipgate ${report.kind} ${report.environment}: ${report.outcome} — ${report.message}`;
  const notes = report.notes.map((note) => `  - ${note}`);
  const lines = [head, '', `${report.ref}${short(report.sha)}`, ...facts(report), '', 'phases:', ...phases(report)];
  if (notes.length > 0) lines.push('', 'notes:', ...notes);
  return `${lines.join('\n')}\n`;
}
