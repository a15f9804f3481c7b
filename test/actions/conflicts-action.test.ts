// The conflicts bundle run the way the Actions runner runs it, on real pull_request and push payloads,
// against a real origin repository that keeps pull request heads as refs/pull/N/head and the GitHub stand-in.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAction, webhookExample } from '../support/runner.js';
import { startStandin, type Standin } from '../support/standin/index.js';
import { checkout, origin, pullRequestEvent, report, seedPulls as seed, type Origin } from './conflicts-fixtures.js';

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

describe('conflicts action on a pull request', () => {
  it('labels, comments and fails the check run of a pull request that conflicts with another', async () => {
    const o = origin();
    seedPulls(o, [7, 8, 9, 10]);
    const run = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      event: pullRequestEvent(o, 7),
      inputs: { 'fail-on': 'any' },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({
      conflicts: '1',
      'base-conflicts': '0',
      pairs: '1',
      'conflicting-pulls': '7,8',
      passed: 'false',
      partial: 'false',
    });
    expect(run.stdout).toContain('The checkout was shallow: fetched the full history');
    expect(standin.state.labelNames(7)).toEqual(['merge-conflict']);
    expect(standin.state.labelNames(8)).toEqual([]);
    const [comment] = standin.state.commentsOn(7);
    expect(comment!.body).toContain('<!-- shipgate:conflicts -->');
    expect(comment!.body).toMatch(
      /\[#8\]\(https:\/\/github\.com\/octo-org\/octo-repo\/pull\/8\).*either lands first.*`app\.py` \(content: here line 3 \/ #8 line 3\)/,
    );
    expect(standin.state.checkRuns).toMatchObject([
      {
        name: 'shipgate / conflicts',
        headSha: o.heads[7],
        conclusion: 'failure',
        output: { title: 'Conflicts with 1 open pull request(s)' },
      },
    ]);
    expect(standin.state.checkRuns[0]!.annotations).toMatchObject([{ path: 'app.py', annotation_level: 'warning' }]);
    const json = report(run.outputs['json-report']!);
    expect(json).toMatchObject({
      base: 'main',
      focus: 'pull/7/head',
      pairs: [{ a: 'pull/7/head', b: 'pull/8/head', order: 'both' }],
    });
    expect(json.pulls!['pull/8/head']).toMatchObject({ number: 8, headRef: 'feature/pr-8' });
  });

  it('passes under fail-on: base when the only conflict is with another pull request, and fails on a base conflict', async () => {
    const o = origin();
    seedPulls(o, [7, 8, 10]);
    const workspace = checkout(o.bare);
    const pairOnly = await runAction({
      action: 'conflicts',
      workspace,
      apiUrl: standin.url,
      event: pullRequestEvent(o, 8),
    });
    expect(pairOnly.exitCode, pairOnly.stdout).toBe(0);
    expect(standin.state.labelNames(8), 'no label for a pair under fail-on: base').toEqual([]);
    expect(standin.state.commentsOn(8), 'the comment still tells the authors').toHaveLength(1);
    expect(standin.state.checkRuns[0]).toMatchObject({ conclusion: 'success' });

    const baseConflict = await runAction({
      action: 'conflicts',
      workspace,
      apiUrl: standin.url,
      event: pullRequestEvent(o, 10),
    });
    expect(baseConflict.exitCode).toBe(1);
    expect(baseConflict.commands.find((c) => c.command === 'error')?.message).toBe(
      'shipgate conflicts: #10 conflicts (fail-on: base); see the job summary.',
    );
    expect(standin.state.labelNames(10)).toEqual(['merge-conflict']);
    expect(standin.state.commentsOn(10)[0]!.body).toContain(
      'no longer merges into `main`: `guide.md` (content: main line 5 / here line 5)',
    );
  });

  it('removes a stale label, rewrites the comment to say so, and does not rewrite it again when nothing changed', async () => {
    const o = origin();
    seedPulls(o, [9], { 9: ['merge-conflict'] });
    standin.state.comments.push({
      id: 1,
      issueNumber: 9,
      body: '<!-- shipgate:conflicts -->\nold',
      author: 'github-actions[bot]',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const workspace = checkout(o.bare);
    const first = await runAction({
      action: 'conflicts',
      workspace,
      apiUrl: standin.url,
      event: pullRequestEvent(o, 9),
    });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(standin.state.labelNames(9)).toEqual([]);
    expect(standin.state.commentsOn(9)[0]!.body).toContain('✅ No conflicts');
    standin.requests.length = 0;
    const again = await runAction({
      action: 'conflicts',
      workspace,
      apiUrl: standin.url,
      event: pullRequestEvent(o, 9),
      inputs: { 'check-run': 'false' },
    });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(standin.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('leaves a draft alone, and fails with a clear message without a token', async () => {
    const o = origin();
    const draft = pullRequestEvent(o, 7);
    (draft.pull_request as { draft: boolean }).draft = true;
    const skipped = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      event: draft,
    });
    expect(skipped.exitCode).toBe(0);
    expect(skipped.commands.find((c) => c.command === 'notice')?.message).toBe(
      'shipgate conflicts: nothing to check: a draft (include-drafts: false).',
    );
    const noToken = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      event: pullRequestEvent(o, 7),
      inputs: { token: '' },
    });
    expect(noToken.exitCode).toBe(1);
    expect(noToken.commands.find((c) => c.command === 'error')?.message).toContain('set the "token" input');
    expect(standin.requests).toEqual([]);
  });
});

describe('conflicts action with a read-only token (a pull request from a fork)', () => {
  it('keeps its verdict and warns, naming each permission GitHub refused', async () => {
    const o = origin();
    seedPulls(o, [7, 8, 10]);
    for (const route of ['/repos/{owner}/{repo}/check-runs', '/repos/{owner}/{repo}/issues/{issue_number}/comments'])
      standin.faults.inject({ method: 'POST', route, fault: { kind: 'forbidden' } });
    standin.faults.inject({
      method: 'GET',
      route: '/repos/{owner}/{repo}/labels/{name}',
      fault: { kind: 'forbidden' },
    });
    standin.faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      fault: { kind: 'forbidden' },
    });
    const run = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      event: pullRequestEvent(o, 10),
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs).toMatchObject({ 'base-conflicts': '1', passed: 'false', partial: 'false' });
    const warnings = run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings.some((w) => w.includes('check run') && w.includes('checks: write'))).toBe(true);
    expect(warnings.some((w) => w.includes('comment on #10') && w.includes('pull-requests: write'))).toBe(true);
    expect(standin.state.checkRuns).toEqual([]);
  });
});

describe('conflicts action on a push to the base and on schedule', () => {
  it('rechecks every open pull request and writes labels only where the state changed', async () => {
    const o = origin();
    seedPulls(o, [7, 8, 9, 10], { 10: ['merge-conflict'], 9: ['merge-conflict'] });
    const push = webhookExample('push');
    const run = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      eventName: 'push',
      event: push,
      ref: 'refs/heads/main',
      inputs: { 'fail-on': 'any' },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ 'base-conflicts': '1', pairs: '1', 'conflicting-pulls': '7,8,10' });
    const writes = standin.requests
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path.replace(/^\/repos\/octo-org\/octo-repo/, '')}`);
    expect(writes.filter((w) => w.includes('/labels'))).toEqual([
      'POST /issues/7/labels',
      'POST /issues/8/labels',
      'DELETE /issues/9/labels/merge-conflict',
    ]);
    expect(standin.state.checkRuns, 'no check runs outside pull request events').toEqual([]);
    expect(run.summary).toContain('```mermaid');
  });

  it('keeps what it has and says the result is partial when GitHub rate-limits the writes', async () => {
    const o = origin();
    seedPulls(o, [7, 8, 10]);
    standin.faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      times: 5,
      fault: { kind: 'primary-rate-limit', resetInSeconds: 3600 },
    });
    const run = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      eventName: 'schedule',
      event: { schedule: '0 6 * * *' },
      inputs: { 'fail-on': 'any' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.partial).toBe('true');
    const warning = run.commands.find(
      (c) => c.command === 'warning' && c.message.startsWith('shipgate conflicts: partial result'),
    );
    expect(warning?.message).toContain("GitHub's rate limit stopped the updates");
    expect(report(run.outputs['json-report']!).summary).toMatchObject({ partial: true, baseConflicts: 1 });
    expect(run.summary).toContain('Partial result');
    expect(standin.state.labelNames(7), 'the first label write hit the limit').toEqual([]);
    expect(
      [8, 10].flatMap((n) => standin.state.commentsOn(n)),
      'nothing written once the limit is hit',
    ).toEqual([]);
  });

  it('stops writing when its publishing time is spent, keeps the verdict and says the result is partial', async () => {
    const o = origin();
    seedPulls(o, [7, 8, 10]);
    standin.faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      times: 5,
      fault: { kind: 'delay', ms: 60_000 },
    });
    const started = Date.now();
    const run = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      eventName: 'schedule',
      event: { schedule: '0 6 * * *' },
      inputs: { 'fail-on': 'any', 'publish-timeout': '2' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(Date.now() - started, 'a GitHub that does not answer costs the budget, not minutes').toBeLessThan(30_000);
    expect(run.outputs.partial).toBe('true');
    const warning = run.commands.find(
      (c) => c.command === 'warning' && c.message.startsWith('shipgate conflicts: partial result'),
    );
    expect(warning?.message).toContain('the time allowed for publishing was spent');
    expect(report(run.outputs['json-report']!).summary).toMatchObject({ partial: true, baseConflicts: 1 });
    expect(
      [8, 10].flatMap((n) => standin.state.commentsOn(n)),
      'no write starts after the time is spent',
    ).toEqual([]);
  });

  it('reports a partial listing, and never drops a label for a head it could not fetch', async () => {
    const o = origin();
    seedPulls(o, [7, 8]);
    standin.state.addPull({
      number: 11,
      head: { ref: 'feature/gone', sha: 'f'.repeat(40) },
      labels: ['merge-conflict'],
    });
    standin.faults.inject({
      method: 'GET',
      route: '/repos/{owner}/{repo}/pulls',
      fault: { kind: 'primary-rate-limit', resetInSeconds: 3600 },
    });
    const listingStopped = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      event: pullRequestEvent(o, 7),
      inputs: { 'fail-on': 'any' },
    });
    expect(listingStopped.exitCode, listingStopped.stdout).toBe(0);
    expect(listingStopped.outputs).toMatchObject({ partial: 'true', passed: 'true' });
    expect(standin.state.checkRuns[0]).toMatchObject({
      conclusion: 'neutral',
      output: { title: expect.stringContaining('(partial)') },
    });
    standin.reset();

    seedPulls(o, [7, 8]);
    standin.state.addPull({
      number: 11,
      head: { ref: 'feature/gone', sha: 'f'.repeat(40) },
      labels: ['merge-conflict'],
    });
    const run = await runAction({
      action: 'conflicts',
      workspace: checkout(o.bare),
      apiUrl: standin.url,
      eventName: 'schedule',
      event: {},
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const json = report(run.outputs['json-report']!);
    expect(json.unchecked).toMatchObject([{ branch: 'pull/11/head' }]);
    expect(standin.state.labelNames(11)).toEqual(['merge-conflict']);
  });
});

describe('root action', () => {
  it('runs the conflicts check when the config lists it', async () => {
    // The base's config decides which checks run: a pull request's own never does.
    const config = { '.github/shipgate.yml': 'checks: [conflicts]\nconflicts:\n  fail-on: any\n' };
    const o = origin((repo) => repo.commit('config', config));
    seedPulls(o, [7, 8]);
    const workspace = checkout(o.bare);
    const run = await runAction({ action: 'pr-checks', workspace, apiUrl: standin.url, event: pullRequestEvent(o, 8) });
    expect(run.stdout).toContain('shipgate check: running conflicts');
    expect(run.exitCode, run.stdout).toBe(1);
    expect(standin.state.checkRuns).toMatchObject([{ name: 'shipgate / conflicts', conclusion: 'failure' }]);
    expect(standin.state.labelNames(8)).toEqual(['merge-conflict']);
  });
});
