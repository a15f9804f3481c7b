/**
 * A small project whose tests are run by the real tools in the test setup: vitest (JUnit reporter and
 * @vitest/coverage-v8's lcov, Cobertura, Clover, json and json-summary), c8, Node's test runner (JUnit and
 * lcov) and, where Python has them, pytest (--junitxml) and coverage.py (Cobertura XML).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../support/runner.js';

const run = promisify(execFile);

/** The line of the failing assertion in each test file, for place checks. */
export const FAILING_LINE = { vitest: 9, node: 8, pytest: 9 } as const;

const SOURCES: Record<string, string> = {
  'src/math.js': [
    'export function add(a, b) {',
    '  return a + b;',
    '}',
    'export function divide(a, b) {',
    '  if (b === 0) {',
    "    throw new Error('division by zero');",
    '  }',
    '  return a / b;',
    '}',
    'export function unused(x) {',
    '  return x * 2;',
    '}',
    '',
  ].join('\n'),
  'test/math.test.js': [
    "import { describe, expect, it } from 'vitest';",
    "import { add, divide } from '../src/math.js';",
    '',
    "describe('math', () => {",
    "  it('adds', () => expect(add(1, 2)).toBe(3));",
    "  it('divides', () => expect(divide(6, 3)).toBe(2));",
    "  it.skip('is skipped', () => expect(1).toBe(1));",
    "  it('fails on purpose', () => {",
    '    expect(add(1, 1)).toBe(3);',
    '  });',
    '});',
    '',
  ].join('\n'),
  'node-test/math.test.mjs': [
    "import assert from 'node:assert';",
    "import { describe, test } from 'node:test';",
    "import { add, divide } from '../src/math.js';",
    "describe('math', () => {",
    "  test('adds', () => assert.strictEqual(add(1, 2), 3));",
    "  test('divides', () => assert.strictEqual(divide(6, 3), 2));",
    "  test('fails on purpose', () => {",
    '    assert.strictEqual(add(1, 1), 3);',
    '  });',
    "  test('is skipped', { skip: 'not now' }, () => {});",
    "  test('is todo', { todo: true }, () => {});",
    '});',
    '',
  ].join('\n'),
  'py/calc.py': [
    'def add(a, b):',
    '    return a + b',
    '',
    '',
    'def unused(x):',
    '    if x:',
    '        return 1',
    '    return 2',
    '',
  ].join('\n'),
  'py/test_calc.py': [
    'import pytest',
    'from calc import add',
    '',
    '',
    'def test_adds():',
    '    assert add(1, 2) == 3',
    '',
    'def test_fails_on_purpose():',
    '    assert add(1, 1) == 3',
    '',
    '@pytest.mark.skip(reason="not now")',
    'def test_skipped():',
    '    pass',
    '',
  ].join('\n'),
  'package.json': '{ "name": "gate-sample", "private": true, "type": "module" }\n',
};

export interface SampleProject {
  dir: string;
  /** report name → absolute path, for those the tools wrote */
  reports: Record<string, string>;
}

const node = process.execPath;
const bin = (relative: string) => path.join(repoRoot, 'node_modules', relative);

/** A plain environment: what this vitest run sets for itself (VITEST*, NODE_ENV, …) would change how the tools behave. */
const cleanEnvironment = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME });

/** Runs a tool that exits 1 because a test fails on purpose; any other outcome is a broken setup. */
async function tool(file: string, args: string[], cwd: string): Promise<void> {
  try {
    await run(file, args, { cwd, env: { ...cleanEnvironment(), CI: 'true' }, timeout: 120_000 });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 1) throw error;
  }
}

async function vitestReports(dir: string, out: string): Promise<void> {
  const reporters = ['lcov', 'cobertura', 'clover', 'json', 'json-summary'].flatMap((r) => [
    `--coverage.reporter=${r}`,
  ]);
  await tool(
    node,
    [
      bin('vitest/vitest.mjs'),
      'run',
      '--root',
      dir,
      '--dir',
      'test',
      '--reporter=junit',
      `--outputFile.junit=${path.join(out, 'vitest-junit.xml')}`,
      '--coverage.enabled',
      '--coverage.provider=v8',
      '--coverage.include=src/**',
      '--coverage.reportOnFailure',
      `--coverage.reportsDirectory=${path.join(out, 'vitest-coverage')}`,
      ...reporters,
    ],
    dir,
  );
}

async function nodeRunnerReports(dir: string, out: string): Promise<void> {
  const testFile = 'node-test/math.test.mjs';
  await tool(
    node,
    ['--test', '--test-reporter=junit', `--test-reporter-destination=${path.join(out, 'node-junit.xml')}`, testFile],
    dir,
  );
  await tool(
    node,
    [
      '--test',
      '--experimental-test-coverage',
      '--test-reporter=lcov',
      `--test-reporter-destination=${path.join(out, 'node-lcov.info')}`,
      testFile,
    ],
    dir,
  );
  await tool(
    node,
    [
      bin('c8/bin/c8.js'),
      '--reporter=lcov',
      '--reporter=json',
      `--reports-dir=${path.join(out, 'c8')}`,
      '--include=src/**',
      node,
      '--test',
      testFile,
    ],
    dir,
  );
}

/** pytest and coverage.py, from whichever python3 has them (Debian's python3-pytest and python3-coverage in CI). */
export function pythonWithTools(): string | undefined {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSyncQuiet(python, ['-c', 'import pytest, coverage']);
      return python;
    } catch {
      continue;
    }
  }
  return undefined;
}

const execFileSyncQuiet = (file: string, args: string[]) => execFileSync(file, args, { stdio: 'ignore' });

async function pythonReports(dir: string, out: string, python: string): Promise<void> {
  const py = path.join(dir, 'py');
  await tool(
    python,
    [
      '-m',
      'coverage',
      'run',
      '--source=.',
      '-m',
      'pytest',
      '-q',
      '-p',
      'no:cacheprovider',
      `--junitxml=${path.join(out, 'pytest-junit.xml')}`,
      'test_calc.py',
    ],
    py,
  );
  await tool(python, ['-m', 'coverage', 'xml', '-o', path.join(out, 'coverage-py.xml')], py);
}

/** Writes the project under the repository's .tmp (so the tools resolve from node_modules) and runs the tools. */
export async function makeSampleProject(): Promise<SampleProject> {
  mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(repoRoot, '.tmp', 'gate-sample-'));
  for (const [file, content] of Object.entries(SOURCES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  // A repository, as in CI: report paths resolve to the files git tracks.
  for (const args of [
    ['init', '--quiet'],
    ['add', '-A'],
    ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '--quiet', '-m', 'sample'],
  ]) {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  }
  const out = path.join(dir, 'reports');
  mkdirSync(out);
  await vitestReports(dir, out);
  await nodeRunnerReports(dir, out);
  const python = pythonWithTools();
  if (python) await pythonReports(dir, out, python);
  const candidates: Record<string, string> = {
    'vitest-junit': 'vitest-junit.xml',
    'vitest-lcov': 'vitest-coverage/lcov.info',
    'vitest-cobertura': 'vitest-coverage/cobertura-coverage.xml',
    'vitest-clover': 'vitest-coverage/clover.xml',
    'vitest-json': 'vitest-coverage/coverage-final.json',
    'vitest-summary': 'vitest-coverage/coverage-summary.json',
    'node-junit': 'node-junit.xml',
    'node-lcov': 'node-lcov.info',
    'c8-lcov': 'c8/lcov.info',
    'c8-json': 'c8/coverage-final.json',
    'pytest-junit': 'pytest-junit.xml',
    'coverage-py': 'coverage-py.xml',
  };
  const reports = Object.fromEntries(
    Object.entries(candidates)
      .map(([name, file]) => [name, path.join(out, file)] as const)
      .filter(([, file]) => existsSync(file)),
  );
  return { dir, reports };
}
