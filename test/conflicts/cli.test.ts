import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ConflictsReport } from '../../src/conflicts/report/report.js';
import { gitIdentityEnv, makeRepo } from '../support/git-repo.js';
import { scenarioRepo, type Scenario } from './support/scenarios.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function shipgate(args: string[], cwd: string): Promise<Run> {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.stdout.push(c));
  stderr.on('data', (c: Buffer) => chunks.stderr.push(c));
  const code = await main(args, { stdout, stderr, cwd, env: {} });
  return { code, stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString() };
}

const json = (run: Run): ConflictsReport => JSON.parse(run.stdout) as ConflictsReport;

let scenario: Scenario;
beforeAll(() => {
  scenario = scenarioRepo();
  scenario.repo.git('update-ref', 'refs/pull/7/head', 'feature/realtime-content-a');
});

describe('shipgate conflicts', () => {
  it('reports every local branch against main as the JSON the README documents, and exits 1', async () => {
    const run = await shipgate(['conflicts', '--format', 'json'], scenario.repo.dir);
    expect(run.code, run.stderr).toBe(1);
    const report = json(run);
    expect(report).toMatchObject({ version: 1, base: 'main', baseSha: scenario.repo.git('rev-parse', 'main').trim() });
    expect(report.branches).toEqual([...scenario.branches].sort());
    expect(report.branches).not.toContain('main');
    expect(report.baseConflicts).toEqual([
      {
        branch: 'feature/base-moved',
        files: ['docs/guide.md'],
        conflicts: [
          {
            kind: 'content',
            paths: ['docs/guide.md'],
            lines: [{ main: { start: 2, end: 2 }, 'feature/base-moved': { start: 2, end: 2 } }],
          },
        ],
      },
    ]);
    expect(report.pairs).toContainEqual({
      a: 'feature/builds-on',
      b: 'feature/cherry',
      files: ['app/views.py'],
      order: 'a-first',
      conflicts: [
        {
          kind: 'content',
          paths: ['app/views.py'],
          lines: [{ 'feature/builds-on': { start: 5, end: 5 }, 'feature/cherry': { start: 5, end: 5 } }],
        },
      ],
      crossTeam: false,
    });
    for (const pair of report.pairs) expect(pair.a < pair.b).toBe(true);
    expect(report.merged).toEqual(['feature/merged']);
    expect(report.unchecked).toMatchObject([{ branch: 'orphan', reason: expect.stringContaining('no history') }]);
    expect(report.summary).toMatchObject({ baseConflicts: 1, pairs: 9, passed: false, failOn: 'any', partial: false });
  });

  it('takes globs over short names and full refs, and the policy from --fail-on', async () => {
    const teamOnly = await shipgate(
      ['conflicts', '--branches', 'feature/realtime-*', '--format', 'json'],
      scenario.repo.dir,
    );
    expect(json(teamOnly).branches).toEqual(['feature/realtime-content-a', 'feature/realtime-content-b']);
    expect(teamOnly.code).toBe(1);
    const againstPull = await shipgate(
      [
        'conflicts',
        '--branches',
        'refs/pull/*/head',
        'feature/realtime-content-b',
        '--fail-on',
        'base',
        '--format',
        'json',
      ],
      scenario.repo.dir,
    );
    expect(json(againstPull)).toMatchObject({
      branches: ['feature/realtime-content-b', 'pull/7/head'],
      pairs: [{ a: 'feature/realtime-content-b', b: 'pull/7/head', order: 'both' }],
    });
    expect(againstPull.code, 'pairs do not fail under fail-on: base').toBe(0);
    const focused = await shipgate(['conflicts', '--focus', 'feature/add-a', '--format', 'json'], scenario.repo.dir);
    expect(json(focused)).toMatchObject({
      focus: 'feature/add-a',
      pairs: [{ a: 'feature/add-a', b: 'feature/add-b' }],
    });
    expect(json(focused).summary.merges.pairs, 'only the pairs with the branch in focus').toBeLessThanOrEqual(2 * 20);
    expect(focused.code, 'its own pair fails it under fail-on: any').toBe(1);
  });

  it('passes with exit 0 when nothing conflicts, and writes the report where asked', async () => {
    const output = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-out-')), 'report.md');
    const run = await shipgate(
      ['conflicts', '--branches', 'feature/add-a', 'feature/cherry', '--format', 'markdown', '--output', output],
      scenario.repo.dir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(output, 'utf8')).toContain(
      '✅ **0 branches conflict with `main`, 0 pairs conflict with each other**',
    );
  });

  it('exits 2 naming what is wrong: an unknown base, an unknown branch, a bad format', async () => {
    const badBase = await shipgate(['conflicts', '--base', 'develop'], scenario.repo.dir);
    expect([badBase.code, badBase.stderr]).toEqual([
      2,
      'shipgate conflicts: The base "develop" is not a branch or commit in this repository.\n',
    ]);
    const badBranch = await shipgate(['conflicts', '--branches', 'feature/nope'], scenario.repo.dir);
    expect(badBranch.code).toBe(2);
    expect(badBranch.stderr).toContain('"feature/nope" is not a branch, ref or commit');
    const badFormat = await shipgate(['conflicts', '--format', 'sarif'], scenario.repo.dir);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of text, json, markdown');
  });

  it("in a clone compares with origin/HEAD's branch and matches teams by the branch name inside the remote", async () => {
    const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-clone-')), 'clone');
    execFileSync('git', ['clone', '--quiet', scenario.repo.dir, clone], { env: { ...process.env, ...gitIdentityEnv } });
    const config = path.join(clone, 'teams.yml');
    execFileSync('sh', [
      '-c',
      `printf 'conflicts:\\n  teams:\\n    realtime: [feature/realtime-]\\n    ai: [feature/ai-workflow-]\\n' > ${config}`,
    ]);
    const run = await shipgate(
      ['conflicts', '--branches', 'origin/feature/*', '--config', config, '--format', 'json'],
      clone,
    );
    const report = json(run);
    expect(report.base).toBe('origin/main');
    expect(report.teams.realtime).toMatchObject({
      prefixes: ['feature/realtime-'],
      branches: ['origin/feature/realtime-content-a', 'origin/feature/realtime-content-b'],
      pairs: { realtime: 1 },
    });
    expect(report.unassigned).toContain('origin/feature/add-a');
  });

  it('works in a bare repository too (a mirror holding pull request heads)', async () => {
    const bare = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-bare-')), 'repo.git');
    execFileSync('git', ['clone', '--quiet', '--bare', scenario.repo.dir, bare]);
    const run = await shipgate(['conflicts', '--branches', 'feature/realtime-*', '--format', 'json'], bare);
    expect(json(run)).toMatchObject({
      base: 'main',
      pairs: [{ a: 'feature/realtime-content-a', b: 'feature/realtime-content-b' }],
    });
  });

  it('says where a shallow clone stops instead of guessing', async () => {
    const origin = makeRepo({ 'a.txt': 'a\n' });
    origin.commit('two', { 'a.txt': 'b\n' });
    origin.git('checkout', '--quiet', '-b', 'feature/x', 'HEAD~1');
    origin.commit('x', { 'x.txt': 'x\n' });
    origin.git('checkout', '--quiet', 'main');
    const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-shallow-')), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', '--no-single-branch', `file://${origin.dir}`, clone]);
    const run = await shipgate(['conflicts', '--branches', 'origin/feature/*'], clone);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('shallow clone');
    expect(run.stderr).toContain('git fetch --unshallow');
  });
});

describe('shipgate check with conflicts enabled', () => {
  const config = () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-cfg-')), 'shipgate.yml');
    execFileSync('sh', ['-c', `printf 'checks: [conflicts]\\n' > ${file}`]);
    return file;
  };

  it('checks the checked-out branch against the base and the other branches, failing on a base conflict', async () => {
    const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'shipgate-check-')), 'clone');
    execFileSync('git', ['clone', '--quiet', scenario.repo.dir, clone]);
    for (const branch of ['feature/realtime-content-a', 'feature/realtime-content-b', 'feature/base-moved'])
      execFileSync('git', ['branch', '--quiet', branch, `origin/${branch}`], { cwd: clone });
    execFileSync('git', ['checkout', '--quiet', 'feature/realtime-content-a'], { cwd: clone });
    const pairOnly = await shipgate(['check', '--config', config(), '--format', 'json'], clone);
    expect(pairOnly.code, pairOnly.stderr).toBe(0);
    expect(json(pairOnly)).toMatchObject({
      focus: 'feature/realtime-content-a',
      pairs: [{ a: 'feature/realtime-content-a', b: 'feature/realtime-content-b' }],
      summary: { passed: true, failOn: 'base' },
    });
    // A run about one branch merges the others into the base only where a pair with it needs that:
    // feature/base-moved touches nothing it touches, so its conflict with the base is not looked for.
    expect(json(pairOnly).baseConflicts).toEqual([]);
    expect(json(pairOnly).summary.merges.base).toBeLessThan(json(pairOnly).branches.length);
    execFileSync('git', ['checkout', '--quiet', 'feature/base-moved'], { cwd: clone });
    const onBase = await shipgate(['check', '--config', config()], clone);
    expect(onBase.code).toBe(1);
    expect(onBase.stdout).toContain(
      'feature/base-moved: docs/guide.md (content: origin/main line 2 / feature/base-moved line 2)',
    );
  });
});

describe('branch health', () => {
  it('lists branches far behind the base and branches with no recent commit, leaving merged ones out', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    const start = repo.git('rev-parse', 'HEAD').trim();
    const old = {
      ...process.env,
      ...gitIdentityEnv,
      GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z',
      GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z',
    };
    repo.git('checkout', '--quiet', '-b', 'feature/old', start);
    repo.write({ 'old.txt': 'old\n' });
    repo.git('add', '-A');
    execFileSync('git', ['commit', '--quiet', '-m', 'old'], { cwd: repo.dir, env: old });
    repo.git('checkout', '--quiet', '-b', 'feature/merged', start);
    repo.commit('merged', { 'm.txt': 'm\n' });
    repo.git('checkout', '--quiet', 'main');
    repo.git('merge', '--quiet', '--no-ff', '--no-edit', 'feature/merged');
    for (const n of [1, 2, 3]) repo.commit(`main ${n}`, { 'a.txt': `a${n}\n` });
    const config = path.join(repo.dir, 'health.yml');
    execFileSync('sh', [
      '-c',
      `printf 'conflicts:\\n  health:\\n    behind-commits: 4\\n    stale-days: 30\\n' > ${config}`,
    ]);
    const run = await shipgate(['conflicts', '--config', config, '--format', 'json'], repo.dir);
    expect(json(run).health).toEqual({
      behind: [{ branch: 'feature/old', commits: 5 }],
      stale: [{ branch: 'feature/old', days: expect.any(Number) }],
    });
    expect(json(run).health.stale[0]!.days).toBeGreaterThan(2000);
    expect(json(run).merged).toEqual(['feature/merged']);
  });
});
