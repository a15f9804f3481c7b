// Lint reports from the real tools: ESLint's JSON formatter, and shipgate's own SARIF and compliance JSON.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RepositoryPaths } from '../../src/gate/paths.js';
import type { ComplianceSummaryReport, LintReport } from '../../src/gate/reports/types.js';
import { makeRepo, type TestRepo } from '../support/git-repo.js';
import { repoRoot } from '../support/runner.js';
import { shipgate } from './support/cli.js';
import { pathsOf, read } from './support/read.js';

const run = promisify(execFile);
let repo: TestRepo;
let paths: RepositoryPaths;

beforeAll(async () => {
  repo = makeRepo({
    'web/app.js': 'const unused = 1;\nif (a == b) {\n  go();\n}\n',
    'app/service.py': `def handler():\n${'    x = 1\n'.repeat(40)}`,
  });
  paths = await pathsOf(repo.dir);
  const eslint = path.join(repoRoot, 'node_modules/eslint/bin/eslint.js');
  const rules = ['--rule', 'no-unused-vars: error', '--rule', 'eqeqeq: warn', '--rule', 'no-undef: off'];
  await run(
    process.execPath,
    [eslint, '--no-config-lookup', ...rules, '-f', 'json', '-o', 'eslint.json', 'web/app.js'],
    { cwd: repo.dir },
  ).catch((error: { code?: number }) => {
    if (error.code !== 1) throw error;
  });
  for (const format of ['json', 'sarif']) {
    const result = await shipgate(
      ['compliance', '--fail-on', 'none', '--format', format, '--output', `compliance.${format}`],
      repo.dir,
    );
    expect(result.code, result.stderr).toBe(0);
  }
}, 120_000);

describe('ESLint JSON', () => {
  it('counts errors and warnings by rule, each at its line', async () => {
    const report = (await read(path.join(repo.dir, 'eslint.json'), paths)) as LintReport;
    expect(report).toMatchObject({
      format: 'eslint',
      errors: 1,
      warnings: 1,
      byRule: { 'no-unused-vars': 1, eqeqeq: 1 },
    });
    expect(report.findings.map((f) => [f.level, f.place])).toEqual([
      ['error', { path: 'web/app.js', line: 1 }],
      ['warning', { path: 'web/app.js', line: 2 }],
    ]);
  });
});

describe('SARIF 2.1.0', () => {
  it('reads shipgate compliance SARIF: levels from the results and rules, places in the repository', async () => {
    const report = (await read(path.join(repo.dir, 'compliance.sarif'), paths)) as LintReport;
    expect(report.format).toBe('sarif');
    expect(report.errors + report.warnings).toBe(1);
    expect(report.byRule).toEqual({ 'function-lines': 1 });
    expect(report.findings[0]!.place).toEqual({ path: 'app/service.py', line: 1 });
  });
});

describe('shipgate compliance JSON', () => {
  it('takes the totals of the report', async () => {
    const report = (await read(path.join(repo.dir, 'compliance.json'), paths)) as ComplianceSummaryReport;
    expect(report).toEqual({ kind: 'compliance', format: 'compliance', violations: 1, new: 1 });
  });
});
