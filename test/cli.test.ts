import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { scanRepository } from '../src/compliance/scan-repository.js';
import { silentLogger } from '../src/core/logger.js';
import { makeRepo } from './support/git-repo.js';
import { repoRoot } from './support/runner.js';

const execFileAsync = promisify(execFile);
const cli = path.join(repoRoot, 'dist/cli/index.js');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI the way a user does: `node dist/cli/index.js …` in a directory. */
async function shipgate(args: string[], cwd = repoRoot, env: Record<string, string> = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, GITHUB_BASE_REF: '', ...env },
      maxBuffer: 1 << 26,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const longFunction = `def long_one():\n${'    x = 1\n'.repeat(34)}`;

describe('shipgate CLI (bundled)', () => {
  it('prints its version and help', async () => {
    expect((await shipgate(['--version'])).stdout.trim()).toBe(packageJson.version);
    const help = await shipgate(['compliance', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--changed-since REF');
  });

  it('exits 2 with a suggestion for an unknown command or flag', async () => {
    const unknown = await shipgate(['complience']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "compliance"?');
    const badFlag = await shipgate(['compliance', '--formt', 'json']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("Unknown option '--formt'");
  });

  it('has every command of the contract, each with its help', async () => {
    for (const command of ['check', 'compliance', 'conflicts', 'gate', 'deploy', 'rollback']) {
      const help = await shipgate([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain(`shipgate ${command}`);
    }
  });

  it('exits 1 on violations and 0 once they are in the baseline', async () => {
    const repo = makeRepo({ 'app.py': longFunction });
    const failing = await shipgate(['compliance', '--format', 'json'], repo.dir);
    expect(failing.code).toBe(1);
    const report = JSON.parse(failing.stdout) as { violations: { symbol: string; value: number }[] };
    expect(report.violations).toMatchObject([{ symbol: 'long_one', value: 35 }]);
    expect((await shipgate(['compliance', '--write-baseline'], repo.dir)).code).toBe(0);
    expect((await shipgate(['compliance'], repo.dir)).code).toBe(0);
  });

  it('scans locally without loading what only publishing needs (HTTP, TLS, the GitHub client)', async () => {
    const repo = makeRepo({ 'app.py': 'x = 1\n' });
    // Node lists every built-in module a process loaded; a preloaded script prints the list at exit.
    const preload = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-preload-')), 'list-loaded.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => process.stderr.write('LOADED ' + process.moduleLoadList.join(',')));`,
    );
    const run = await shipgate(['compliance'], repo.dir, { NODE_OPTIONS: `--require=${preload}` });
    expect(run.code).toBe(0);
    const loaded = run.stderr.split('LOADED ')[1]?.split(',') ?? [];
    expect(loaded).toContain('NativeModule child_process'); // the list is real: git ran
    expect(loaded.filter((m) => /^NativeModule (https?|http2|tls|zlib)$/.test(m))).toEqual([]);
  });

  it('measures TypeScript and JavaScript with the lazily loaded compiler', async () => {
    const body = '  const x = 1;\n'.repeat(33);
    const repo = makeRepo({
      'web/app.ts': `export class Shop {\n  total(): number {\n${body}    return 1;\n  }\n}\n`,
      'web/util.js': 'export const f = () => 1;\n',
    });
    const run = await shipgate(['compliance', '--format', 'json'], repo.dir);
    expect(run.stderr).not.toContain('unexpectedly');
    const report = JSON.parse(run.stdout) as {
      violations: { symbol: string; line: number; endLine: number }[];
      files: { parsed: boolean }[];
    };
    expect(report.violations).toMatchObject([{ symbol: 'Shop.total', line: 2, endLine: 37 }]);
    expect(report.files.every((f) => f.parsed)).toBe(true);
  });

  it('exits 2 naming file, line and column for a bad config', async () => {
    const repo = makeRepo({
      '.github/shipgate.yml': 'compliance:\n  rules:\n    function-line: 20\n',
      'a.py': 'x = 1\n',
    });
    const run = await shipgate(['compliance'], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '.github/shipgate.yml:3:5: unknown key "function-line" in compliance.rules; did you mean "function-lines"?',
    );
  });

  it('writes the report atomically to --output and merges shard reports', async () => {
    const repo = makeRepo(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`m${i}.py`, i === 3 ? longFunction : 'x = 1\n'])),
    );
    for (const shard of [1, 2]) {
      const run = await shipgate(
        ['compliance', '--shard', `${shard}/2`, '--fail-on', 'none', '--format', 'json', '--output', `s${shard}.json`],
        repo.dir,
      );
      expect(run.code).toBe(0);
    }
    const merged = await shipgate(
      ['compliance', 'merge', 's1.json', 's2.json', '--format', 'json', '--fail-on', 'none'],
      repo.dir,
    );
    const report = JSON.parse(merged.stdout) as { files: unknown[]; summary: { violations: number; failOn: string } };
    expect(report.files).toHaveLength(12);
    expect(report.summary).toMatchObject({ violations: 1, failOn: 'none' });
    expect(JSON.parse(await readFile(path.join(repo.dir, 's1.json'), 'utf8'))).toHaveProperty('shard', {
      index: 1,
      count: 2,
    });
  });

  it('gives the same report from analysis threads as from one thread', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [
        `pkg${i % 7}/m${i}.py`,
        i % 500 === 0 ? longFunction : `def f${i}(a, b):\n    return a\n`,
      ]),
    );
    const repo = makeRepo(files);
    const threaded = await shipgate(['compliance', '--format', 'json', '--fail-on', 'none'], repo.dir, {
      SHIPGATE_DEBUG: '1',
    });
    expect(Number(/(\d+) of 3000 files were analysed in worker threads/.exec(threaded.stderr)?.[1])).toBeGreaterThan(0);
    const report = JSON.parse(threaded.stdout) as {
      files: { path: string; functions: number }[];
      violations: { path: string }[];
    };
    const inProcess = await scanRepository({
      target: repo.dir,
      trustWorkTreeConfig: false,
      overrides: { failOn: 'none' },
      writeBaseline: false,
      pruneBaseline: false,
      logger: silentLogger,
      toolVersion: packageJson.version,
    });
    expect(report.files).toHaveLength(3000);
    expect(report.violations).toHaveLength(6);
    expect(report).toEqual(JSON.parse(JSON.stringify(inProcess.report)));
  });

  it('checks only what changed since a base with `check --base`', async () => {
    const repo = makeRepo({ 'old.py': longFunction });
    repo.git('branch', 'base');
    repo.commit('add', { 'new.py': 'x = 1\n' });
    const run = await shipgate(['check', '--base', 'base', '--format', 'json'], repo.dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(['new.py']);
  });

  it.each([
    [['compliance', '--output', ''], '--output needs a file name (it was empty).'],
    [['compliance', '--output', 'folder'], '--output folder is a folder: give a file name'],
    [['compliance', '--format', 'bogus'], '--format must be one of text, json, sarif, markdown, not "bogus".'],
    [['compliance', '--changed-since='], '--changed-since needs a ref or SHA (it was empty).'],
    [['check', '--base', ''], '--base needs a ref or SHA (it was empty).'],
  ])('refuses %j with exit 2 before scanning anything', async (args, message) => {
    const repo = makeRepo({ 'a.py': 'x = 1\n', 'folder/keep.txt': 'x\n' });
    const run = await shipgate(args, repo.dir, { SHIPGATE_DEBUG: '1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('Scanning');
  });

  it('says which report it could not write, without a stack', async () => {
    const repo = makeRepo({ 'a.py': 'x = 1\n' });
    const run = await shipgate(['compliance', '--output', 'a.py/report.txt'], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot write --output');
    expect(run.stderr).toContain('a file stands where a folder is needed');
    expect(run.stderr).not.toContain('unexpectedly');
  });

  it('refuses a GITHUB_BASE_REF the clone does not have instead of checking something else', async () => {
    const repo = makeRepo({ 'a.py': 'x = 1\n' });
    const run = await shipgate(['check'], repo.dir, { GITHUB_BASE_REF: 'release/9' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GITHUB_BASE_REF names origin/release/9, which this clone does not have');
  });

  it("merges shard reports with the merging run's fail-on, from its config", async () => {
    const repo = makeRepo({ 'a.py': longFunction, 'b.py': 'x = 1\n', 'c.py': 'x = 2\n' });
    for (const shard of [1, 2]) {
      await shipgate(
        ['compliance', '--shard', `${shard}/2`, '--fail-on', 'all', '--format', 'json', '--output', `s${shard}.json`],
        repo.dir,
      );
    }
    repo.write({ '.github/shipgate.yml': 'compliance:\n  fail-on: none\n' });
    const merged = await shipgate(['compliance', 'merge', 's1.json', 's2.json', '--format', 'json'], repo.dir);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ summary: { violations: 1, failOn: 'none', passed: true } });
  });
});
