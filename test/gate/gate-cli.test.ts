// `shipgate gate` as a user runs it: reports in a real repository, conditions from flags or the config,
// new code from the diff against a base, exit codes 0 / 1 / 2.
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../support/git-repo.js';
import { shipgate } from './support/cli.js';

const lcov = (file: string, hits: Record<number, number>): string =>
  `TN:\nSF:${file}\n${Object.entries(hits)
    .map(([line, count]) => `DA:${line},${count}`)
    .join('\n')}\nend_of_record\n`;

const junit = (failed: number) =>
  `<testsuites><testsuite name="s">${'<testcase name="ok" classname="c"/>'.repeat(3)}${'<testcase name="bad" classname="c"><failure message="boom"/></testcase>'.repeat(failed)}</testsuite></testsuites>`;

const source = (lines: number) => Array.from({ length: lines }, (_, i) => `line${i + 1}();`).join('\n') + '\n';

interface JsonReport {
  version: number;
  passed: boolean;
  metrics: Record<string, number>;
  conditions: {
    metric: string;
    op: string;
    threshold: number;
    actual: number | null;
    passed: boolean;
    skipped?: string;
  }[];
  reports: { path: string; format: string; kind: string }[];
}

describe('shipgate gate', () => {
  it('unions the same file across two coverage reports instead of adding them up', async () => {
    const repo = makeRepo({
      'src/a.js': source(4),
      'a.info': lcov('src/a.js', { 1: 1, 2: 1, 3: 0, 4: 0 }),
      'b.info': lcov('src/a.js', { 1: 0, 2: 1, 3: 1, 4: 0 }),
    });
    const run = await shipgate(
      ['gate', '--report', 'a.info', '--report', 'b.info', '--condition', 'coverage.lines >= 75', '--format', 'json'],
      repo.dir,
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(run.code, run.stderr).toBe(0);
    expect(report.metrics['coverage.lines']).toBe(75);
    expect(Object.keys(report).sort()).toEqual(['conditions', 'metrics', 'passed', 'reports', 'version']);
    expect(report.reports).toMatchObject([
      { path: 'a.info', format: 'lcov', kind: 'coverage' },
      { path: 'b.info', format: 'lcov' },
    ]);
  });

  it('exits 1 when a condition fails, and says which', async () => {
    const repo = makeRepo({ 'junit.xml': junit(2) });
    const run = await shipgate(
      ['gate', '--report', 'junit.xml', '--condition', 'tests.failed == 0', '--condition', 'tests.total >= 5'],
      repo.dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Quality gate failed: 1 passed, 1 failed, 0 skipped');
    expect(run.stdout).toMatch(/failed\s+tests\.failed == 0\s+actual 2/);
  });

  it('fails a written condition whose report is missing, and skips the default one', async () => {
    const repo = makeRepo({ 'cov.info': lcov('x.js', { 1: 1 }) });
    const written = await shipgate(
      ['gate', '--report', 'cov.info', '--condition', 'tests.failed == 0', '--format', 'json'],
      repo.dir,
    );
    expect(written.code).toBe(1);
    expect((JSON.parse(written.stdout) as JsonReport).conditions).toEqual([
      { metric: 'tests.failed', op: '==', threshold: 0, actual: null, passed: false },
    ]);
    const defaults = await shipgate(['gate', '--report', 'cov.info', '--format', 'json'], repo.dir);
    expect(defaults.code).toBe(0);
    expect((JSON.parse(defaults.stdout) as JsonReport).conditions[0]).toMatchObject({
      passed: true,
      skipped: 'no test report was read',
    });
  });

  it('judges the changed lines against the base, and lists the uncovered ones', async () => {
    const repo = makeRepo({ 'src/old.js': source(30) });
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.commit('feature', { 'src/new.js': source(25) });
    const hits = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, i < 20 ? 1 : 0]));
    repo.write({ 'lcov.info': lcov('src/new.js', hits) + lcov('src/old.js', { 1: 0, 2: 0 }) });
    const run = await shipgate(
      [
        'gate',
        '--report',
        'lcov.info',
        '--base',
        'main',
        '--condition',
        'new.coverage.lines >= 80',
        '--format',
        'json',
      ],
      repo.dir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).metrics['new.coverage.lines']).toBe(80);
    const text = await shipgate(
      ['gate', '--report', 'lcov.info', '--base', 'main', '--condition', 'new.coverage.lines >= 90'],
      repo.dir,
    );
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('src/new.js: 21–25');
  });

  it('skips new-code coverage below the minimum of changed coverable lines, and says so', async () => {
    const repo = makeRepo({ 'src/a.js': source(10) });
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.commit('small change', { 'src/a.js': source(12) });
    repo.write({ 'lcov.info': lcov('src/a.js', { 11: 0, 12: 0 }) });
    const run = await shipgate(
      [
        'gate',
        '--report',
        'lcov.info',
        '--base',
        'main',
        '--condition',
        'new.coverage.lines >= 80',
        '--format',
        'json',
      ],
      repo.dir,
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).conditions[0]!.skipped).toBe(
      'only 2 changed coverable line(s), fewer than the minimum of 20',
    );
  });

  it('compares with a base report for delta metrics, and says when there is no baseline', async () => {
    const repo = makeRepo({ 'src/a.js': source(4), 'now.info': lcov('src/a.js', { 1: 1, 2: 1, 3: 0, 4: 0 }) });
    repo.write({
      'base.json': JSON.stringify({
        version: 1,
        passed: true,
        metrics: { 'coverage.lines': 75 },
        conditions: [],
        reports: [],
      }),
    });
    const args = ['gate', '--report', 'now.info', '--condition', 'delta.coverage.lines >= -10', '--format', 'json'];
    const compared = await shipgate([...args, '--baseline', 'base.json'], repo.dir);
    expect(compared.code).toBe(1);
    expect((JSON.parse(compared.stdout) as JsonReport).metrics['delta.coverage.lines']).toBe(-25);
    const alone = await shipgate(args, repo.dir);
    expect(alone.code).toBe(0);
    expect((JSON.parse(alone.stdout) as JsonReport).conditions[0]!.skipped).toContain('no baseline');
  });

  it('takes its conditions and reports from the config, and places a bad condition in the file', async () => {
    const repo = makeRepo({ 'j.xml': junit(0) });
    repo.write({ '.github/shipgate.yml': 'gate:\n  reports: ["*.xml"]\n  conditions:\n    - tests.total >= 3\n' });
    expect((await shipgate(['gate'], repo.dir)).code).toBe(0);
    repo.write({ '.github/shipgate.yml': 'gate:\n  conditions:\n    - tests.totl >= 3\n' });
    const bad = await shipgate(['gate', '--report', 'j.xml'], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.github/shipgate.yml:3:7: gate.conditions[0] must be a condition "metric op value"');
  });

  it('exits 2, naming the problem, for a bad condition flag, an unreadable report or no report', async () => {
    const repo = makeRepo({ 'notes.txt': 'hello\n', 'cut.xml': '<testsuites><testsuite name="s"><testcase name="a"' });
    const badFlag = await shipgate(['gate', '--report', 'notes.txt', '--condition', 'coverage >= 80'], repo.dir);
    expect([badFlag.code, badFlag.stderr]).toEqual([
      2,
      expect.stringContaining('--condition: "coverage >= 80" is not a condition'),
    ]);
    const unknown = await shipgate(['gate', '--report', 'notes.txt'], repo.dir);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      expect.stringContaining('notes.txt: not a report shipgate reads'),
    ]);
    const cut = await shipgate(['gate', '--report', 'cut.xml'], repo.dir);
    expect([cut.code, cut.stderr]).toEqual([2, expect.stringMatching(/cut\.xml:1:\d+: /)]);
    const missing = await shipgate(['gate', '--report', 'nope.xml'], repo.dir);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      expect.stringContaining('Cannot read the report nope.xml: it does not exist'),
    ]);
    const none = await shipgate(['gate'], repo.dir);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('No report to read')]);
  });
});
