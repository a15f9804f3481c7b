import { describe, expect, it } from 'vitest';
import {
  TOTALS_MARKER,
  formatDelta,
  parseTrackingTotals,
  renderTrackingIssue,
  trackingTotals,
  type TrackingTotals,
} from '../../../src/compliance/formats/markdown/tracking-issue.js';
import { manyViolations, reportOf, sampleFiles, sampleReport, violation } from '../../fixtures/formats/reports.js';

function previousTotals(): TrackingTotals {
  const totals = trackingTotals(sampleReport());
  return {
    ...totals,
    violations: 120,
    files: 5,
    bySeverity: { critical: 4, major: 100, minor: 16 },
    byRule: { ...totals.byRule, 'function-lines': 90 },
  };
}

const markerOf = (totals: unknown): string => `<!-- ${TOTALS_MARKER} ${JSON.stringify(totals)} -->`;

describe('renderTrackingIssue', () => {
  it('titles the issue with the totals and records them in a hidden marker that reads back', () => {
    const report = sampleReport();
    const issue = renderTrackingIssue(report, null);
    expect(issue.title).toBe('V2 compliance: 9 violations (1 critical, 6 major, 2 minor)');
    expect(issue.body.startsWith(`<!-- ${TOTALS_MARKER} {`)).toBe(true);
    expect(parseTrackingTotals(issue.body)).toEqual(trackingTotals(report));
    expect(issue.body).toContain('First recorded scan: 9 violations.');
    expect(issue.body).toContain('| **Violations** | 9 | — | — |');
  });

  it('shows the trend since the previous scan, overall and per severity and rule', () => {
    const issue = renderTrackingIssue(sampleReport(), previousTotals(), {
      runUrl: 'https://github.com/o/r/actions/runs/7',
    });
    expect(issue.body).toContain(
      'Since the previous scan: violations 120 → 9 (−111); critical 4 → 1 (−3), major 100 → 6 (−94), minor 16 → 2 (−14).',
    );
    expect(issue.body).toContain('| 🟠 major | 6 | 100 | −94 |');
    expect(issue.body).toContain('| function-lines | 2 | 90 | −88 |');
    expect(issue.body).toContain('| Files | 6 | 5 | +1 |');
    expect(issue.body).toContain('| file-lines | 2 | 2 | ±0 |');
    expect(issue.body).toContain('Latest scan: [workflow run](https://github.com/o/r/actions/runs/7).');
  });

  it('lists the 20 worst offenders, critical first, then by how far over the limit', () => {
    const violations = [
      ...manyViolations(30, 0).map((v) => ({ ...v, severity: 'major' as const })),
      violation({ rule: 'file-lines', path: 'huge.py', value: 610, limit: 400, severity: 'critical' }),
      violation({ rule: 'function-params', path: 'p.py', symbol: 'many', value: 30, limit: 5, severity: 'minor' }),
    ];
    const body = renderTrackingIssue(reportOf(sampleFiles(), violations), null).body;
    expect(body).toContain('### Worst offenders (20 of 32)');
    const rows = body.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(20);
    expect(rows[0]).toBe('| 1 | 🔴 critical | `huge.py:1` | — | file-lines | 610 / 400 | ×1.52 |');
    expect(rows[1]).toBe('| 2 | 🟡 minor | `p.py:1` | `many` | function-params | 30 / 5 | ×6.00 |');
    const ratios = rows.slice(1).map((row) => Number(/×([\d.]+) \|$/.exec(row)![1]));
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
  });

  it('stays within maxChars and keeps the marker when rows are cut', () => {
    const report = reportOf(sampleFiles(), manyViolations(40, 0));
    const issue = renderTrackingIssue(report, previousTotals(), { maxChars: 2_600 });
    expect(issue.body.length).toBeLessThanOrEqual(2_600);
    expect(parseTrackingTotals(issue.body)).toEqual(trackingTotals(report));
    const shown = issue.body.split('\n').filter((line) => /^\| \d+ \|/.test(line)).length;
    const left = /_(\d+) more offenders not shown/.exec(issue.body);
    expect(Number(left?.[1]) + shown).toBe(20);
  });

  it('has no offenders section for a clean report', () => {
    const body = renderTrackingIssue(reportOf(sampleFiles(), []), previousTotals()).body;
    expect(body).not.toContain('Worst offenders');
    expect(body).toContain('violations 120 → 0 (−120)');
  });
});

describe('parseTrackingTotals', () => {
  const good = trackingTotals(sampleReport());

  it('finds the marker anywhere in a hand-edited body', () => {
    expect(parseTrackingTotals(`Notes from the team\n\n${markerOf(good)}\n\n- [x] split server.py`)).toEqual(good);
    expect(parseTrackingTotals(`<!--${TOTALS_MARKER}\n${JSON.stringify(good, null, 2)}\n-->`)).toEqual(good);
  });

  it('reads totals of an older version that lacks a newer rule as zero for it', () => {
    const { 'function-params': _dropped, ...older } = good.byRule;
    expect(parseTrackingTotals(markerOf({ ...good, byRule: older }))?.byRule['function-params']).toBe(0);
  });

  it('returns null, never throws, for anything broken', () => {
    const broken = [
      null,
      undefined,
      '',
      'no marker here',
      `<!-- ${TOTALS_MARKER} {"violations": 3, -->`,
      `<!-- ${TOTALS_MARKER} [] -->`,
      `<!-- ${TOTALS_MARKER} null -->`,
      markerOf({ ...good, violations: '9' }),
      markerOf({ ...good, violations: -1 }),
      markerOf({ ...good, bySeverity: { major: 1 } }),
      markerOf({ ...good, byRule: { 'file-lines': 'many' } }),
      markerOf({ ...good, version: 2 }),
    ];
    for (const body of broken) expect(parseTrackingTotals(body)).toBeNull();
  });
});

describe('formatDelta', () => {
  it('signs changes with plus, a real minus sign, or ±0', () => {
    expect([formatDelta(8), formatDelta(-1_200), formatDelta(0)]).toEqual(['+8', '−1,200', '±0']);
  });
});
