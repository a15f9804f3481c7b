import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanRepository, type ComplianceRequest } from '../../src/compliance/scan-repository.js';
import type { Violation } from '../../src/compliance/report.js';
import { silentLogger } from '../../src/core/logger.js';
import { makeRepo, type TestRepo } from '../support/git-repo.js';

/** A Python function of exactly `lines` lines, named `name`. */
function pyFunction(name: string, lines: number, indent = ''): string {
  const body = Array.from({ length: lines - 1 }, (_, i) => `${indent}    x${i} = ${i}`);
  return [`${indent}def ${name}():`, ...body].join('\n') + '\n';
}

function lines(count: number, text = 'x = 1'): string {
  return `${text}\n`.repeat(count);
}

async function scan(repo: TestRepo, extra: Partial<ComplianceRequest> = {}) {
  return scanRepository({
    target: repo.dir,
    trustWorkTreeConfig: false,
    overrides: {},
    writeBaseline: false,
    pruneBaseline: false,
    logger: silentLogger,
    toolVersion: 'test',
    today: '2026-11-21',
    ...extra,
  });
}

const brief = (v: Violation): string =>
  `${v.path}:${v.line}-${v.endLine} ${v.rule} ${v.symbol ?? '-'} ${v.value}/${v.limit} ${v.severity} ${v.status}`;

describe('compliance scan with the V2 defaults', () => {
  it('finds long files, functions and classes with exact spans', async () => {
    const repo = makeRepo({
      'app/big.py': lines(601),
      'app/funcs.py': `import os\n\n\n@decorator\n${pyFunction('long_one', 31)}\n${pyFunction('short_one', 30)}`,
      'web/ok.ts': 'export function f(a: number) {\n  return a;\n}\n',
      'docs/long.md': lines(900, 'prose'),
    });
    const { report } = await scan(repo);
    expect(report.violations.map(brief)).toEqual([
      'app/big.py:1-601 file-lines - 601/400 critical new',
      'app/funcs.py:5-35 function-lines long_one 31/30 major new',
    ]);
    expect(report.summary).toMatchObject({ files: 4, violations: 2, new: 2, failing: 2, passed: false });
    expect(report.files.find((f) => f.path === 'app/funcs.py')).toMatchObject({
      language: 'python',
      functions: 2,
      parsed: true,
    });
  });

  it('leaves out untracked, generated, vendored, binary and symlinked files', async () => {
    const repo = makeRepo({
      '.gitattributes': 'gen/** linguist-generated=true\nthird/** linguist-vendored\n',
      'gen/api.py': lines(800),
      'third/lib.py': lines(800),
      'bin/blob.py': Buffer.concat([Buffer.from(lines(500)), Buffer.from([0, 1, 2])]),
      'src/real.py': lines(10),
    });
    symlinkSync('/etc/passwd', path.join(repo.dir, 'src/escape.py'));
    repo.commit('symlink');
    repo.write({ 'src/untracked.py': lines(900) });
    const { report } = await scan(repo);
    expect(report.files.map((f) => f.path)).toEqual(['.gitattributes', 'src/real.py']);
    expect(report.violations).toEqual([]);
  });

  it('counts a file it cannot parse and says so, without failing the scan', async () => {
    const repo = makeRepo({
      'broken.py': 'def f(:\n    x = "unterminated\n',
      'latin1.py': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    });
    const { report } = await scan(repo);
    const broken = report.files.find((f) => f.path === 'broken.py');
    expect(broken).toMatchObject({ lines: 2, parsed: false });
    expect(broken?.note).toMatch(/unparseable/);
    expect(report.files.find((f) => f.path === 'latin1.py')?.note).toMatch(/not valid UTF-8/);
    expect(report.summary.unparsed).toBe(2);
  });
});

describe('large files', () => {
  it('counts a file above max-parse-bytes without parsing it, and still applies file-lines', async () => {
    const repo = makeRepo({
      '.github/shipgate.yml': 'compliance:\n  max-parse-bytes: 2000\n',
      'huge.py': pyFunction('huge', 450),
    });
    const { report } = await scan(repo);
    expect(report.files).toContainEqual(
      expect.objectContaining({
        path: 'huge.py',
        lines: 450,
        parsed: false,
        note: 'larger than 2000 bytes: counted, not parsed',
      }),
    );
    expect(report.violations.map(brief)).toEqual(['huge.py:1-450 file-lines - 450/400 major new']);
  });
});

describe('config', () => {
  it('applies per-path overrides, code counting and include/exclude globs', async () => {
    const repo = makeRepo({
      '.github/shipgate.yml': [
        'compliance:',
        '  exclude: ["legacy/**"]',
        '  rules:',
        '    function-lines: { limit: 30, count: code }',
        '  overrides:',
        '    - paths: ["gui/**"]',
        '      rules: { file-lines: 600 }',
      ].join('\n'),
      'gui/window.py': lines(550),
      'core/engine.py': lines(450),
      'legacy/old.py': lines(5000),
      'core/commented.py': `def f():\n${'    # note\n'.repeat(40)}    return 1\n`,
    });
    const { report } = await scan(repo);
    expect(report.violations.map(brief)).toEqual(['core/engine.py:1-450 file-lines - 450/400 major new']);
  });

  it('honours approved exceptions, and turns an expired one back into a violation', async () => {
    const repo = makeRepo({
      '.github/shipgate.yml': [
        'compliance:',
        '  exceptions:',
        '    - { path: "a.py", rule: file-lines, limit: 500, reason: "split planned in Q1" }',
        '    - { path: "b.py", rule: file-lines, limit: 500, reason: "too big", expires: "2026-01-31" }',
        '    - { path: "c.py", rule: file-lines, limit: 420, reason: "tolerated" }',
      ].join('\n'),
      'a.py': lines(450),
      'b.py': lines(450),
      'c.py': lines(450),
    });
    const { report } = await scan(repo);
    expect(report.violations.map((v) => `${v.path} ${v.limit} ${v.status}: ${v.message}`)).toEqual([
      'b.py 400 expired-exception: File has 450 lines (limit 400); its approved exception expired on 2026-01-31',
      'c.py 420 new: File has 450 lines (limit 420), over its approved exception (tolerated)',
    ]);
    expect(report.summary.suppressed).toBe(1);
  });

  it('honours inline directives only with a reason', async () => {
    const repo = makeRepo({
      'a.py': `# shipgate-disable-next-line function-lines -- generated state machine\n${pyFunction('a', 40)}`,
      'b.py': `# shipgate-disable-next-line function-lines\n${pyFunction('b', 40)}`,
      'c.py': `x = "# shipgate-disable-next-line function-lines -- in a string"\n${pyFunction('c', 40)}`,
    });
    const { report } = await scan(repo);
    expect(report.violations.map((v) => `${v.path} ${v.symbol}`)).toEqual(['b.py b', 'c.py c']);
    expect(report.violations[0]!.message).toContain('is ignored: it needs a reason');
  });

  it('warns about a directive that names no known rule', async () => {
    const repo = makeRepo({ 'a.py': `# shipgate-disable-next-line function-length -- typo\n${pyFunction('a', 40)}` });
    const warnings: string[] = [];
    const { report } = await scan(repo, { logger: { ...silentLogger, warning: (m) => warnings.push(m) } });
    expect(report.violations).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^a\.py:1: shipgate-disable-next-line names no known rule \(function-length\); known rules: file-lines/,
      ),
    ]);
  });

  it('warns about a directive without -next-line, which suppresses nothing', async () => {
    const repo = makeRepo({ 'a.py': `# shipgate-disable file-lines -- legacy\n${pyFunction('a', 40)}` });
    const warnings: string[] = [];
    const { report } = await scan(repo, { logger: { ...silentLogger, warning: (m) => warnings.push(m) } });
    expect(report.violations).toHaveLength(1);
    expect(warnings).toEqual([
      'a.py:1: "shipgate-disable" is not a shipgate directive, so it suppresses nothing: ' +
        'write shipgate-disable-next-line <rule> -- <reason> on the line before the code',
    ]);
  });
});

describe('baseline ratchet', () => {
  it('records today, passes on it, fails on growth and new violations, reports and prunes fixes', async () => {
    const repo = makeRepo({ 'a.py': pyFunction('a', 40), 'b.py': pyFunction('b', 40), 'c.py': lines(10) });
    const written = await scan(repo, { writeBaseline: true });
    expect(written.baselineWritten).toBe(path.join('.github', 'shipgate-baseline.json'));
    expect((await scan(repo)).report.summary).toMatchObject({ violations: 2, new: 0, passed: true });

    repo.write({ 'a.py': pyFunction('a', 45), 'b.py': pyFunction('b', 10), 'c.py': pyFunction('c', 31) });
    const { report } = await scan(repo);
    expect(report.violations.map(brief)).toEqual([
      'a.py:1-45 function-lines a 45/30 major grown',
      'c.py:1-31 function-lines c 31/30 major new',
    ]);
    expect(report.fixed).toEqual([{ path: 'b.py', rule: 'function-lines', symbol: 'b', value: 40 }]);
    expect(report.summary.passed).toBe(false);

    repo.write({ 'a.py': pyFunction('a', 35), 'c.py': lines(3) });
    await scan(repo, { pruneBaseline: true });
    const after = await scan(repo);
    expect(after.report.fixed).toEqual([]);
    expect(after.report.violations.map(brief)).toEqual(['a.py:1-35 function-lines a 35/30 major baseline']);
    repo.write({ 'a.py': pyFunction('a', 38) });
    expect((await scan(repo)).report.violations.map((v) => v.status)).toEqual(['grown']);
  });

  it('rejects a malformed baseline with a message naming the file', async () => {
    const repo = makeRepo({
      '.github/shipgate-baseline.json': '{"version": 1, "entries": [{"path": 1}]}',
      'a.py': 'x = 1\n',
    });
    await expect(scan(repo)).rejects.toThrow(
      /shipgate-baseline\.json is not a shipgate baseline of version 1 \(entries\[0\]/,
    );
  });
});

describe('changed-files mode', () => {
  it('checks only changed files; only violations on changed lines are new', async () => {
    const repo = makeRepo({
      'old.py': `${pyFunction('untouched', 40)}\n${pyFunction('edited', 40)}`,
      'other.py': lines(500),
    });
    repo.git('branch', 'base');
    const edited = `${pyFunction('untouched', 40)}\n${pyFunction('edited', 40).replace('x5 = 5', 'x5 = 55')}`;
    repo.commit('change', { 'old.py': edited, 'new.py': pyFunction('fresh', 31) });
    const { report } = await scan(repo, { changedSince: 'base' });
    expect(report.mode).toBe('changed');
    expect(report.files.map((f) => f.path)).toEqual(['new.py', 'old.py']);
    expect(report.violations.map((v) => `${v.symbol} ${v.status} ${v.new}`)).toEqual([
      'fresh new true',
      'untouched existing false',
      'edited new true',
    ]);
  });

  it('names a base that does not exist', async () => {
    const repo = makeRepo({ 'a.py': 'x = 1\n' });
    await expect(scan(repo, { changedSince: 'origin/nope' })).rejects.toThrow(
      /"origin\/nope" is not a commit in this repository.*fetch-depth: 0/,
    );
  });
});

describe('sharding', () => {
  it('splits the files into disjoint shards that cover them all', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`m${i}.py`, lines(i + 1)]));
    const repo = makeRepo(files);
    const shards = await Promise.all([1, 2, 3].map((index) => scan(repo, { shard: { index, count: 3 } })));
    const paths = shards.flatMap((s) => s.report.files.map((f) => f.path));
    expect(new Set(paths).size).toBe(40);
    expect(paths.length).toBe(40);
    expect(shards.every((s) => s.report.files.length > 5)).toBe(true);
  });
});

describe('paths and renames', () => {
  it('notices changes to files whose names need quoting, and ignores "+++" inside hunks', async () => {
    const names = ['sub dir/my mod.py', 'q"uote.py', 'back\\slash.py', 'naïve.py', 'plus.py'];
    const repo = makeRepo(Object.fromEntries(names.map((n) => [n, pyFunction('f', 10)])));
    repo.git('branch', 'base');
    const edited = Object.fromEntries(names.map((n) => [n, pyFunction('f', 50)]));
    edited['plus.py'] = `x = 1\n++ y\n${pyFunction('f', 50)}`;
    repo.commit('grow', edited);
    const { report } = await scan(repo, { changedSince: 'base' });
    expect(
      report.violations
        .filter((v) => v.rule === 'function-lines')
        .map((v) => `${v.path} ${v.status}`)
        .sort(),
    ).toEqual(['back\\slash.py new', 'naïve.py new', 'plus.py new', 'q"uote.py new', 'sub dir/my mod.py new']);
  });

  it('keys baseline and exceptions by repository path when a subfolder is scanned', async () => {
    const repo = makeRepo({
      '.github/shipgate.yml':
        'compliance:\n  exceptions:\n    - { path: "app/legacy/parser.py", rule: file-lines, limit: 900, reason: "rewrite planned" }\n',
      'app/legacy/parser.py': lines(800),
      'app/x.py': pyFunction('a', 40),
      'x.py': pyFunction('b', 40),
    });
    await scan(repo, { writeBaseline: true });
    const sub = await scan(repo, { target: path.join(repo.dir, 'app') });
    expect(sub.report.root).toBe('app');
    expect(sub.report.violations.map(brief)).toEqual(['x.py:1-40 function-lines a 40/30 major baseline']);
    expect(sub.report.fixed).toEqual([]);
    await scan(repo, { target: path.join(repo.dir, 'app'), pruneBaseline: true });
    expect((await scan(repo)).report.summary).toMatchObject({ violations: 2, new: 0 });
  });

  it('matches repeated names one to one, so a new long callback is new', async () => {
    const callback = (n: number): string => `describe('x', () => {\n${'  const a = 1;\n'.repeat(n - 2)}});\n`;
    const repo = makeRepo({ 'a.test.ts': callback(62) });
    await scan(repo, { writeBaseline: true });
    repo.write({ 'a.test.ts': callback(62) + callback(42) });
    const { report } = await scan(repo);
    expect(report.violations.map((v) => `${v.symbol} ${v.value} ${v.status}`)).toEqual([
      '<anonymous> 62 baseline',
      '<anonymous> 42 new',
    ]);
  });

  it('carries baseline entries across a rename, and reports entries of deleted files as fixed', async () => {
    const repo = makeRepo({ 'old.py': pyFunction('f', 40), 'gone.py': pyFunction('g', 40) });
    await scan(repo, { writeBaseline: true });
    repo.commit('baseline');
    repo.git('branch', 'base');
    repo.git('mv', 'old.py', 'new.py');
    repo.git('rm', '--quiet', 'gone.py');
    repo.commit('rename');
    expect((await scan(repo, { changedSince: 'base' })).report.violations.map(brief)).toEqual([
      'new.py:1-40 function-lines f 40/30 major baseline',
    ]);
    const full = await scan(repo);
    expect(full.report.fixed.map((f) => f.path).sort()).toEqual(['gone.py', 'old.py']);
  });

  it('judges a pull request against the baseline of its merge base', async () => {
    const repo = makeRepo({ 'a.py': 'x = 1\n' });
    repo.git('branch', 'base');
    repo.commit('long function', { 'a.py': pyFunction('f', 40) });
    await scan(repo, { writeBaseline: true });
    repo.commit('grandfather it');
    expect((await scan(repo, { changedSince: 'base' })).report.violations.map((v) => v.status)).toEqual(['new']);
  });

  it('does not call a baselined violation fixed when its exception expired', async () => {
    const repo = makeRepo({ 'a.py': lines(450) });
    await scan(repo, { writeBaseline: true });
    repo.write({
      '.github/shipgate.yml':
        'compliance:\n  exceptions:\n    - { path: a.py, rule: file-lines, limit: 500, reason: "old", expires: "2026-01-01" }\n',
    });
    const { report } = await scan(repo);
    expect(report.violations.map((v) => v.status)).toEqual(['expired-exception']);
    expect(report.fixed).toEqual([]);
  });

  it('says what is wrong with the path to scan', async () => {
    const repo = makeRepo({ 'a.py': 'x = 1\n' });
    await expect(scan(repo, { target: path.join(repo.dir, 'missing') })).rejects.toThrow(/missing, does not exist/);
    await expect(scan(repo, { target: path.join(repo.dir, 'a.py') })).rejects.toThrow(/a\.py, is not a folder/);
  });
});
