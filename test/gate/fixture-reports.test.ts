// Formats whose tools this machine cannot run (JaCoCo, Maven Surefire, go-junit-report): fixtures written
// from their documented formats, read against the paths of a real repository.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { percent } from '../../src/gate/reports/coverage/data.js';
import type { CoverageReport, TestReport } from '../../src/gate/reports/types.js';
import { makeRepo } from '../support/git-repo.js';
import { pathsOf, read } from './support/read.js';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/gate', name);

const repo = makeRepo({
  'src/main/java/com/acme/shop/Cart.java': 'class Cart {}\n',
  'src/main/java/com/acme/shop/Config.java': 'class Config {}\n',
  'src/test/java/com/acme/shop/CartTest.java': 'class CartTest {}\n',
  'cart/cart.go': 'package cart\n',
  'cart/cart_test.go': 'package cart\n',
  'src/cart.test.js': 'test()\n',
});
const paths = await pathsOf(repo.dir);

describe('JaCoCo XML', () => {
  it('reads lines, branches and methods, and finds the source file by its package path', async () => {
    const report = (await read(fixture('jacoco.xml'), paths)) as CoverageReport;
    expect([...report.coverage.files.keys()]).toEqual(['src/main/java/com/acme/shop/Cart.java']);
    const totals = report.coverage.totals();
    expect(totals).toEqual({
      lines: { total: 6, covered: 4 },
      branches: { total: 2, covered: 1 },
      functions: { total: 3, covered: 2 },
    });
    expect(percent(totals.lines)).toBe(66.66);
  });
});

describe('Maven Surefire', () => {
  it('counts a test that passed on a rerun as passed and flaky, and one that failed every run as failed', async () => {
    const report = (await read(fixture('surefire.xml'), paths)) as TestReport;
    expect(report.dialect).toBe('surefire');
    expect(report.totals).toEqual({ total: 5, passed: 2, failed: 2, skipped: 1, flaky: 1, duration: 0.215 });
  });

  it('places failures at the first stack frame in the repository', async () => {
    const report = (await read(fixture('surefire.xml'), paths)) as TestReport;
    expect(report.failures.map((f) => f.place)).toEqual([
      { path: 'src/test/java/com/acme/shop/CartTest.java', line: 21 },
      { path: 'src/main/java/com/acme/shop/Config.java', line: 12 },
    ]);
    expect(report.failures[0]!.details).toContain('expected: <30> but was: <25>');
  });
});

describe('go-junit-report', () => {
  it('reads totals and places the failure from the test output', async () => {
    const report = (await read(fixture('go-junit-report.xml'), paths)) as TestReport;
    expect(report.dialect).toBe('go');
    expect(report.totals).toEqual({ total: 4, passed: 2, failed: 1, skipped: 1, flaky: 0, duration: 0.532 });
    expect(report.failures).toMatchObject([
      { name: 'example.com/shop/cart › TestTotal', place: { path: 'cart/cart_test.go', line: 27 } },
    ]);
  });
});

describe('jest-junit', () => {
  it('reads totals, and places the failure at its file attribute and the line of its stack frame', async () => {
    const report = (await read(fixture('jest-junit.xml'), paths)) as TestReport;
    expect(report.dialect).toBe('jest');
    expect(report.totals).toEqual({ total: 3, passed: 1, failed: 1, skipped: 1, flaky: 0, duration: 1.204 });
    expect(report.failures[0]).toMatchObject({
      message: 'Error: expect(received).toBe(expected) // Object.is equality',
      place: { path: 'src/cart.test.js', line: 14 },
    });
  });
});
