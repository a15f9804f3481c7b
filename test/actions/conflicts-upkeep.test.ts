// The conflicts action's opt-in upkeep on scheduled runs: deleting merged branches, updating pull requests behind.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/runner.js';
import { startStandin, type Standin } from '../support/standin/index.js';
import { checkout, origin, seedPulls as seed, type Origin } from './conflicts-fixtures.js';
import { execFileSync } from 'node:child_process';
import { gitIdentityEnv, type TestRepo } from '../support/git-repo.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin();
});
afterEach(() => {
  standin.assertNoViolations();
  standin.reset();
});
afterAll(() => standin.close());

const seedPulls = (o: Origin, numbers: number[], labels: Record<number, string[]> = {}) =>
  seed(standin, o, numbers, labels);

describe('conflicts action upkeep on schedule (opt-in)', () => {
  /** Two branches merged into main long ago, one of them protected. */
  function withMergedBranches(repo: TestRepo): void {
    const old = { ...process.env, ...gitIdentityEnv, GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z' };
    for (const name of ['feature/done', 'release/kept']) {
      repo.git('checkout', '--quiet', '-b', name, 'main');
      repo.write({ [`${name.replace('/', '-')}.txt`]: 'x\n' });
      repo.git('add', '-A');
      execFileSync('git', ['commit', '--quiet', '-m', name], { cwd: repo.dir, env: old });
      repo.git('checkout', '--quiet', 'main');
      repo.git('merge', '--quiet', '--no-ff', '--no-edit', name);
    }
  }

  /** The origin with both merged branches on GitHub, release/kept protected, and one open pull request. */
  function originWithMergedBranches(): Origin {
    const o = origin(withMergedBranches);
    seedPulls(o, [9]);
    for (const name of ['feature/done', 'release/kept'])
      standin.state.setBranch(name, o.repo.git('rev-parse', name).trim());
    standin.state.protectedBranches.add('release/kept');
    return o;
  }

  function schedule(workspace: string, config: string) {
    mkdirSync(path.join(workspace, '.github'), { recursive: true });
    writeFileSync(path.join(workspace, '.github/shipgate.yml'), config);
    return runAction({ action: 'conflicts', workspace, apiUrl: standin.url, eventName: 'schedule', event: {} });
  }

  it('lists merged branches in a dry run, then deletes them, never a protected one', async () => {
    const o = originWithMergedBranches();
    const dry = await schedule(checkout(o.bare), 'conflicts:\n  cleanup:\n    enabled: true\n');
    expect(dry.exitCode, dry.stdout).toBe(0);
    expect(dry.summary).toContain('### Branch cleanup (dry run: nothing deleted)');
    expect(dry.summary).toMatch(/would delete `feature\/done` \(merged into main, last commit \d+ days ago\)/);
    expect(dry.summary).not.toContain('release/kept');
    expect(standin.requests.filter((r) => r.method === 'DELETE')).toEqual([]);

    const real = await schedule(checkout(o.bare), 'conflicts:\n  cleanup:\n    enabled: true\n    dry-run: false\n');
    expect(real.summary).toContain('- deleted `feature/done`');
    expect(standin.state.branches.has('feature/done')).toBe(false);
    expect(standin.state.branches.has('release/kept')).toBe(true);
  });

  it('brings up to date the pull requests that are behind and merge cleanly, at most max a run', async () => {
    const o = origin();
    seedPulls(o, [7, 8, 9, 10]);
    const run = await schedule(checkout(o.bare), 'conflicts:\n  sync:\n    enabled: true\n    max: 2\n');
    expect(run.exitCode, run.stdout).toBe(0);
    const updates = standin.requests.filter((r) => r.method === 'PUT').map((r) => r.path.replace(/^.*\/pulls\//, ''));
    expect(updates, '#10 conflicts with main: never updated').toEqual(['7/update-branch', '8/update-branch']);
    expect(run.summary).toContain(
      'brought [#7](https://github.com/octo-org/octo-repo/pull/7) up to date with main (1 commits behind)',
    );
  });

  it('without contents: write, lists each branch it could not delete and names the permission to grant', async () => {
    const o = originWithMergedBranches();
    standin.faults.inject({
      method: 'DELETE',
      route: '/repos/{owner}/{repo}/git/refs/{ref}',
      fault: { kind: 'forbidden', message: 'Resource not accessible by integration' },
    });
    const run = await schedule(checkout(o.bare), 'conflicts:\n  cleanup:\n    enabled: true\n    dry-run: false\n');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toMatch(/- could not delete `feature\/done`: .*contents: write/);
    expect(standin.state.branches.has('feature/done')).toBe(true);
  });
});
