/**
 * What must never happen in a compliance scan, each on a real git repository: reading outside the
 * repository or blocking on a special file, dropping files without a word, calling unscanned baseline
 * entries fixed, and misreading old line endings or declared encodings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComplianceRequest } from '../../src/compliance/scan-repository.js';
import { scanRepository } from '../../src/compliance/scan-repository.js';
import type { Logger } from '../../src/core/logger.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { makeRepo, type TestRepo } from '../support/git-repo.js';

const pyFunction = (name: string, lines: number): string =>
  `def ${name}():\n${Array.from({ length: lines - 1 }, (_, i) => `    x${i} = ${i}`).join('\n')}\n`;

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    debug: () => undefined,
    info: () => undefined,
    error: () => undefined,
    warning: (m) => warnings.push(m),
    warnings,
  };
}

function scan(repo: TestRepo, extra: Partial<ComplianceRequest> = {}) {
  return scanRepository({
    target: repo.dir,
    trustWorkTreeConfig: false,
    overrides: {},
    writeBaseline: false,
    pruneBaseline: false,
    logger: recordingLogger(),
    toolVersion: 'test',
    today: '2026-12-01',
    ...extra,
  });
}

describe('reading the work tree', () => {
  it('skips, by name, a tracked file replaced by a symlink or a FIFO, without reading or waiting on it', async () => {
    const repo = makeRepo({ 'a.py': 'x = 1\n', 'b.py': 'x = 2\n', 'c.py': pyFunction('f', 40) });
    rmSync(path.join(repo.dir, 'a.py'));
    symlinkSync('/etc/passwd', path.join(repo.dir, 'a.py'));
    rmSync(path.join(repo.dir, 'b.py'));
    execFileSync('mkfifo', [path.join(repo.dir, 'b.py')]);
    const { report } = await scan(repo, { overrides: { failOn: 'all' } });
    expect(report.skipped).toEqual([
      { path: 'a.py', reason: 'a symbolic link in the work tree where git tracks a regular file' },
      { path: 'b.py', reason: 'not a regular file in the work tree' },
    ]);
    expect(report.files.map((f) => f.path)).toEqual(['c.py']);
    expect(report.summary).toMatchObject({ skipped: 2, violations: 1 });
  });

  it('skips files whose folder was replaced by a link out of the repository', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'shipgate-outside-'));
    writeFileSync(path.join(outside, 'secret.py'), pyFunction('secret', 50));
    const repo = makeRepo({ 'lib/secret.py': 'x = 1\n', 'main.py': 'x = 1\n' });
    rmSync(path.join(repo.dir, 'lib'), { recursive: true });
    symlinkSync(outside, path.join(repo.dir, 'lib'));
    const { report } = await scan(repo);
    expect(report.skipped).toEqual([
      { path: 'lib/secret.py', reason: 'its folder is a link that leads outside the repository' },
    ]);
    expect(report.violations).toEqual([]);
  });

  it('reports a file whose name is not valid UTF-8 as skipped, by name', async () => {
    const repo = makeRepo({ 'ok.py': 'x = 1\n' });
    writeFileSync(Buffer.from(path.join(repo.dir, 'caf\xe9.py'), 'latin1'), pyFunction('f', 40));
    repo.commit('latin-1 name');
    const { report } = await scan(repo);
    expect(report.skipped).toEqual([
      { path: 'caf\uFFFD.py', reason: 'its name is not valid UTF-8 (shown with U+FFFD): rename it to scan it' },
    ]);
    expect(report.files.map((f) => f.path)).toEqual(['ok.py']);
  });
});

describe('selections that select nothing', () => {
  it.each([['src/**'], ['**/*.PY']])('warns when include %s matches no tracked file', async (glob) => {
    const repo = makeRepo({ 'app/a.py': 'x = 1\n', '.github/shipgate.yml': `compliance:\n  include: ["${glob}"]\n` });
    const logger = recordingLogger();
    const { report } = await scan(repo, { logger });
    expect(report.summary.files).toBe(0);
    expect(logger.warnings).toContain(`include: "${glob}" matches no tracked file (globs are case-sensitive).`);
    expect(logger.warnings.some((w) => w.startsWith('No file selected: 2 file(s) are tracked'))).toBe(true);
  });

  it('refuses an empty scan under fail-on: all', async () => {
    const repo = makeRepo({
      'a.py': 'x = 1\n',
      '.github/shipgate.yml': 'compliance:\n  exclude: ["**"]\n  fail-on: all\n',
    });
    await expect(scan(repo)).rejects.toThrow(ConfigurationError);
    await expect(scan(repo)).rejects.toThrow(/No file selected.*fail-on: all refuses an empty scan/);
  });

  it('never calls the baseline entry of an excluded file fixed, nor prunes it', async () => {
    const repo = makeRepo({ 'a.py': pyFunction('a', 40), 'b.py': pyFunction('b', 40) });
    await scan(repo, { writeBaseline: true });
    repo.commit('baseline', { '.github/shipgate.yml': 'compliance:\n  exclude: ["b.py"]\n' });
    expect((await scan(repo)).report.fixed).toEqual([]);
    await scan(repo, { pruneBaseline: true });
    repo.write({ '.github/shipgate.yml': '' });
    const all = await scan(repo);
    expect(all.report.violations.map((v) => [v.path, v.status])).toEqual([
      ['a.py', 'baseline'],
      ['b.py', 'baseline'],
    ]);
  });

  it('still calls the entry of a deleted file fixed', async () => {
    const repo = makeRepo({ 'a.py': pyFunction('a', 40), 'b.py': pyFunction('b', 40) });
    await scan(repo, { writeBaseline: true });
    repo.git('rm', '--quiet', 'b.py');
    repo.commit('delete b');
    expect((await scan(repo)).report.fixed.map((f) => f.path)).toEqual(['b.py']);
  });
});

describe('text the way Python and TypeScript read it', () => {
  it('counts lines ended by a lone CR', async () => {
    const repo = makeRepo({ 'mac.py': `def f():\r${'    x = 1\r'.repeat(34)}` });
    const { report } = await scan(repo);
    expect(report.files[0]).toMatchObject({ lines: 35, parsed: true, functions: 1 });
    expect(report.violations.map((v) => `${v.rule} ${v.value}`)).toEqual(['function-lines 35']);
  });

  it('decodes a Python file as its PEP 263 coding declares, and parses it', async () => {
    const text = `# -*- coding: latin-1 -*-\nname = "caf\xe9"\n${pyFunction('f', 31)}`;
    const repo = makeRepo({ 'legacy.py': Buffer.from(text, 'latin1') });
    const { report } = await scan(repo);
    expect(report.files[0]).toMatchObject({ parsed: true, functions: 1 });
    expect(report.files[0]!.note).toBeUndefined();
    expect(report.violations.map((v) => v.symbol)).toEqual(['f']);
  });

  it('reads a CRLF Python file with a backslash continuation', async () => {
    const body = [
      'def f(a, \\',
      '      b):',
      ...Array.from({ length: 29 }, (_, i) => `    x${i} = a + \\`.replace(' + \\', '')),
    ];
    const repo = makeRepo({ 'crlf.py': `${body.join('\r\n')}\r\ndef g():\r\n    return 1\r\n` });
    const { report } = await scan(repo);
    expect(report.files[0]).toMatchObject({ parsed: true, functions: 2, lines: 33 });
    expect(report.violations.map((v) => `${v.symbol} ${v.value} ${v.line}-${v.endLine}`)).toEqual(['f 31 1-31']);
  });

  it('treats a value exactly at the limit as compliant, and one exactly at critical as not critical', async () => {
    const repo = makeRepo({
      'at.py': pyFunction('at', 30),
      'crit.py': 'x = 1\n'.repeat(600),
      'over.py': 'x = 1\n'.repeat(601),
    });
    const { report } = await scan(repo);
    expect(report.violations.map((v) => `${v.path} ${v.value} ${v.severity}`)).toEqual([
      'crit.py 600 major',
      'over.py 601 critical',
    ]);
  });
});

describe('the baseline file', () => {
  it('accepts a byte order mark', async () => {
    const repo = makeRepo({
      'a.py': pyFunction('a', 40),
      '.github/shipgate-baseline.json': `\uFEFF${JSON.stringify({ version: 1, entries: [{ path: 'a.py', rule: 'function-lines', symbol: 'a', value: 40 }] })}`,
    });
    expect((await scan(repo)).report.violations.map((v) => v.status)).toEqual(['baseline']);
  });

  it('refuses a baseline that is null as a configuration error', async () => {
    const repo = makeRepo({ 'a.py': 'x = 1\n', '.github/shipgate-baseline.json': 'null' });
    await expect(scan(repo)).rejects.toThrow(ConfigurationError);
    await expect(scan(repo)).rejects.toThrow('is not a shipgate baseline of version 1');
  });

  it('refuses a baseline outside the repository and never prints its content', async () => {
    const secret = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-secret-')), 'passwd');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    const repo = makeRepo({ 'a.py': 'x = 1\n' });
    const outside = scan(repo, { overrides: { baseline: secret } });
    await expect(outside).rejects.toThrow(/is outside the repository/);
    mkdirSync(path.join(repo.dir, 'conf'));
    writeFileSync(path.join(repo.dir, 'conf/base.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    const error = await scan(repo, { overrides: { baseline: path.join(repo.dir, 'conf/base.json') } }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).not.toContain('root:x');
  });
});
