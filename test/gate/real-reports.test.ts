// Reports written by the real tools in the test setup, read back: every format of one run must give the
// figures the tool itself reports, and failed tests must point at the failing line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RepositoryPaths } from '../../src/gate/paths.js';
import { percent } from '../../src/gate/reports/coverage/data.js';
import { ReportError } from '../../src/gate/reports/index.js';
import type { CoverageReport, TestReport } from '../../src/gate/reports/types.js';
import { itWithBinary } from '../support/binaries.js';
import { FAILING_LINE, makeSampleProject, pythonWithTools, type SampleProject } from './support/sample-project.js';
import { pathsOf, read, seeded } from './support/read.js';

let project: SampleProject;
let paths: RepositoryPaths;
beforeAll(async () => {
  project = await makeSampleProject();
  paths = await pathsOf(project.dir);
}, 180_000);
afterAll(() => rmSync(project.dir, { recursive: true, force: true }));

async function coverage(name: string) {
  const file = project.reports[name];
  expect(file, `the tools wrote no ${name}`).toBeDefined();
  const report = (await read(file!, paths)) as CoverageReport;
  expect(report.kind).toBe('coverage');
  const totals = report.coverage.totals();
  return {
    report,
    lines: percent(totals.lines),
    branches: percent(totals.branches),
    functions: percent(totals.functions),
  };
}

async function tests(name: string): Promise<TestReport> {
  const file = project.reports[name];
  expect(file, `the tools wrote no ${name}`).toBeDefined();
  return (await read(file!, paths)) as TestReport;
}

describe('coverage written by @vitest/coverage-v8', () => {
  it('gives in every format the totals of its own json-summary', async () => {
    const summary = JSON.parse(readFileSync(project.reports['vitest-summary']!, 'utf8')) as {
      total: Record<'lines' | 'branches' | 'functions', { pct: number }>;
    };
    const expected = {
      lines: summary.total.lines.pct,
      branches: summary.total.branches.pct,
      functions: summary.total.functions.pct,
    };
    for (const name of ['vitest-lcov', 'vitest-cobertura', 'vitest-clover', 'vitest-json', 'vitest-summary']) {
      const { lines, branches, functions, report } = await coverage(name);
      expect({ name, lines, branches, functions }).toEqual({ name, ...expected });
      expect([...report.coverage.files.keys()]).toEqual(['src/math.js']);
    }
  });

  it('knows which lines ran, for coverage of changed lines', async () => {
    const { report } = await coverage('vitest-lcov');
    const file = report.coverage.files.get('src/math.js')!;
    expect([2, 6, 8, 11].map((line) => file.lineState(line))).toEqual(['covered', 'uncovered', 'covered', 'uncovered']);
    expect(file.lineState(1)).toBeUndefined();
  });
});

describe('coverage written by c8 and by Node’s test runner', () => {
  it('gives the same figures from c8’s lcov and its coverage-final.json', async () => {
    const fromLcov = await coverage('c8-lcov');
    const fromJson = await coverage('c8-json');
    expect([fromJson.lines, fromJson.functions]).toEqual([fromLcov.lines, fromLcov.functions]);
    expect(fromLcov.lines).toBeGreaterThan(0);
  });

  it('reads the lcov of node --experimental-test-coverage', async () => {
    const { report, functions } = await coverage('node-lcov');
    expect(report.coverage.files.has('src/math.js')).toBe(true);
    expect(functions).toBe(66.66);
  });
});

describe('JUnit reports', () => {
  it('reads vitest’s JUnit reporter, with the failing line', async () => {
    const report = await tests('vitest-junit');
    expect(report.dialect).toBe('vitest');
    expect(report.totals).toMatchObject({ total: 4, passed: 2, failed: 1, skipped: 1, flaky: 0 });
    expect(report.failures).toMatchObject([
      {
        message: expect.stringContaining('expected 2 to be 3'),
        place: { path: 'test/math.test.js', line: FAILING_LINE.vitest },
      },
    ]);
  });

  it('reads Node’s test runner (nested suites, skip and todo), with the failing line', async () => {
    const report = await tests('node-junit');
    expect(report.dialect).toBe('node');
    expect(report.totals).toMatchObject({ total: 5, passed: 2, failed: 1, skipped: 2 });
    expect(report.failures[0]!.place).toEqual({ path: 'node-test/math.test.mjs', line: FAILING_LINE.node });
  });
});

const python = pythonWithTools();

describe('pytest and coverage.py', () => {
  itWithBinary('python3 with pytest and coverage', python !== undefined)(
    'reads pytest’s --junitxml, with the failing line',
    async () => {
      const report = await tests('pytest-junit');
      expect(report.dialect).toBe('pytest');
      expect(report.totals).toMatchObject({ total: 3, passed: 1, failed: 1, skipped: 1 });
      expect(report.failures[0]!.place).toEqual({ path: 'py/test_calc.py', line: FAILING_LINE.pytest });
    },
  );

  itWithBinary('python3 with pytest and coverage', python !== undefined)(
    'reads coverage.py’s Cobertura XML with its own line rate',
    async () => {
      const xml = readFileSync(project.reports['coverage-py']!, 'utf8');
      const [, valid, covered] = /lines-valid="(\d+)" lines-covered="(\d+)"/.exec(xml)!.map(Number) as [
        number,
        number,
        number,
      ];
      const { lines, report } = await coverage('coverage-py');
      expect(lines).toBe(percent({ total: valid, covered }));
      expect([...report.coverage.files.keys()].sort()).toEqual(['py/calc.py', 'py/test_calc.py']);
    },
  );
});

/** Cut points inside a report: never exactly after a complete LCOV record, which is valid LCOV again. */
function cutPoints(text: string, count: number, random: () => number): number[] {
  const points: number[] = [];
  while (points.length < count) {
    const cut = 1 + Math.floor(random() * (text.length - 2));
    if (!/end_of_record\n?$/.test(text.slice(0, cut))) points.push(cut);
  }
  return points;
}

describe('malformed and truncated reports', () => {
  const names = [
    'vitest-junit',
    'node-junit',
    'vitest-lcov',
    'vitest-cobertura',
    'vitest-clover',
    'vitest-json',
    'vitest-summary',
    'c8-lcov',
  ];

  it('names the file and the place for every truncation, never a silent zero', async () => {
    const random = seeded(7);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-cut-'));
    for (const name of names) {
      const text = readFileSync(project.reports[name]!, 'utf8').trimEnd();
      for (const cut of cutPoints(text, 15, random)) {
        const file = path.join(dir, `${name}-${cut}`);
        writeFileSync(file, text.slice(0, cut));
        const error = await read(file, paths).then(
          () => new Error(`${name} cut at ${cut} was read without an error`),
          (e: unknown) => e,
        );
        expect(error, `${name} cut at ${cut}`).toBeInstanceOf(ReportError);
        // file:line:column (XML), file:line (LCOV), file … bytes (JSON), or "empty"
        expect((error as Error).message).toMatch(
          new RegExp(
            `${name}-${cut}(:\\d+|: not one complete JSON document \\(within bytes|: the file is empty|: not a report)`,
          ),
        );
      }
    }
  });

  it('answers random damage with a ReportError or a reading, never a crash', async () => {
    const random = seeded(11);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-fuzz-'));
    const noise = '<>&"\'/=:,{}[]0123456789-\n\u0000é';
    for (const name of names) {
      const text = readFileSync(project.reports[name]!, 'utf8');
      for (let round = 0; round < 25; round++) {
        const chars = [...text];
        for (let n = 0; n < 3; n++)
          chars[Math.floor(random() * chars.length)] = noise[Math.floor(random() * noise.length)]!;
        const file = path.join(dir, `${name}-fuzz-${round}`);
        writeFileSync(file, chars.join(''));
        const outcome = await read(file, paths).then(
          () => 'read',
          (e: unknown) => e,
        );
        if (outcome !== 'read')
          expect(outcome, `${name} round ${round}: ${String(outcome)}`).toBeInstanceOf(ReportError);
      }
    }
  });
});
