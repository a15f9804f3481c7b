// The report as a terminal and a job summary show it: verdict first, the phases, the soak over time.
import { describe, expect, it } from 'vitest';
import { deployMarkdown } from '../../src/deploy/formats/markdown.js';
import { deployText } from '../../src/deploy/formats/text.js';
import type { DeployReport } from '../../src/deploy/report.js';

const report: DeployReport = {
  version: 1,
  kind: 'deploy',
  environment: 'production',
  ref: 'v2.4.0',
  sha: '3f9c2a7e1b04aa55'.padEnd(40, '0'),
  outcome: 'rolled-back',
  passed: false,
  message: 'The soak of green failed (success rate 80.0% < 99%): traffic rolled back to blue.',
  activeColor: 'blue',
  previousColor: 'blue',
  deploymentId: 1841,
  rollbackDeploymentId: 1842,
  rollbackOf: null,
  rolledBack: true,
  switchMs: 2.7,
  startedAt: '2026-12-02T03:14:07.000Z',
  durationMs: 64_000,
  phases: [
    { name: 'lock', startMs: 0, endMs: 0, outcome: 'done', detail: 'no other run in progress' },
    { name: 'deploy', startMs: 10, endMs: 48_200, outcome: 'done', detail: 'deployed' },
    { name: 'switch', startMs: 50_100, endMs: 50_103, outcome: 'done', detail: 'to green in 3 ms' },
    { name: 'soak', startMs: 50_103, endMs: 62_000, outcome: 'failed', detail: 'success rate 80.0% < 99%' },
    { name: 'rollback', startMs: 62_000, endMs: 62_004, outcome: 'done', detail: 'back to blue in 4 ms' },
  ],
  soak: {
    passed: false,
    reason: 'success rate 80.0% < 99%',
    successRate: 80,
    p95Ms: 41,
    probes: 100,
    failures: 20,
    decidedAtMs: 11_897,
    points: Array.from({ length: 100 }, (_, i) => ({ atMs: i * 120, successRate: 100 - i / 5, p95Ms: 30 + (i % 7) })),
  },
  notes: ['The router sends traffic to blue, but the last good deployment (1839) went to green; going by the router.'],
  ledger: 'GitHub Deployments of acme/shop',
  router: 'HAProxy backend "shop" on /run/haproxy/admin.sock',
};

describe('deploy report formats', () => {
  it('text: the verdict first, then the facts, the phases with their times and the notes', () => {
    const text = deployText(report);
    expect(text.split('\n')[0]).toBe(`shipgate deploy production: rolled-back — ${report.message}`);
    expect(text).toContain('  deployment: 1841; rollback recorded as 1842');
    expect(text).toContain('  deploy    done       48.2 s  deployed');
    expect(text).toContain('  soak: 80.0% of 100 probe(s) succeeded, p95 41 ms');
    expect(text).toContain('notes:\n  - The router sends traffic to blue');
  });

  it('markdown: the verdict as the title, a Gantt chart of the phases and the soak charts, sampled', () => {
    const markdown = deployMarkdown(report);
    expect(markdown.split('\n')[0]).toBe('## ↩️ shipgate deploy of production: rolled-back');
    expect(markdown).toContain(
      'gantt\n    title Phases (mm:ss from the start)\n    dateFormat x\n    axisFormat %M:%S\n    todayMarker off',
    );
    expect(markdown).toContain('    soak :crit, p3, 50103, 62000');
    expect(markdown).toContain('    lock :done, p0, 0, 1');
    const xAxis = /x-axis "seconds into the soak" \[(.*)\]/.exec(markdown)![1]!.split(', ');
    expect(xAxis).toHaveLength(60);
    expect(markdown).toContain('| router | HAProxy backend "shop" on /run/haproxy/admin.sock |');
  });
});
