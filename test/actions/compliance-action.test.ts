import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from '../support/standin/index.js';
import { makeRepo, type TestRepo } from '../support/git-repo.js';
import { runAction, webhookExample } from '../support/runner.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin();
});
afterEach(() => {
  standin.assertNoViolations();
  standin.reset();
});
afterAll(() => standin.close());

const longFunction = (name: string, lines: number): string => `def ${name}():\n${'    x = 1\n'.repeat(lines - 1)}`;

/** A repository with a base commit and a pull request head that adds one 40-line function. */
function pullRequestRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = makeRepo({ 'app/old.py': longFunction('legacy', 50) });
  const base = repo.git('rev-parse', 'HEAD').trim();
  const head = repo.commit('add a feature', { 'app/feature.py': `import os\n\n\n${longFunction('handler', 40)}` });
  return { repo, base, head };
}

function pullRequestEvent(base: string, head: string): Record<string, unknown> {
  const event = webhookExample('pull_request', 'synchronize');
  const pr = event.pull_request as { number: number; base: { sha: string }; head: { sha: string } };
  pr.number = 7;
  pr.base.sha = base;
  pr.head.sha = head;
  event.number = 7;
  return event;
}

describe('compliance action on a pull request', () => {
  it('fails on the new violation with a check run, outputs, summary and a sticky comment', async () => {
    const { repo, base, head } = pullRequestRepo();
    standin.state.addPull({ number: 7, head: { ref: 'feature/x', sha: head } });
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
      inputs: { comment: 'true' },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({ violations: '1', 'new-violations': '1', failing: '1', passed: 'false' });
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'shipgate compliance: 1 violation(s) fail the check (fail-on: new).',
    ]);
    expect(run.commands.some((c) => c.command === 'add-mask' && c.message === 'ghs_testtoken')).toBe(true);
    expect(run.summary).toContain('handler');

    const [checkRun] = standin.state.checkRuns;
    expect(checkRun).toMatchObject({
      name: 'shipgate / compliance',
      headSha: head,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(checkRun!.annotations).toMatchObject([
      { path: 'app/feature.py', start_line: 4, end_line: 43, annotation_level: 'failure' },
    ]);
    expect(standin.state.commentsOn(7)).toHaveLength(1);
    expect(standin.state.commentsOn(7)[0]!.body).toContain('<!-- shipgate:compliance -->');
  });

  it('annotates the step itself when no check run carries the annotations, verdict first', async () => {
    const { repo, base } = pullRequestRepo();
    const head = repo.commit(
      'many',
      Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`app/m${i}.py`, longFunction(`f${i}`, 40)])),
    );
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
      inputs: { 'check-run': 'false' },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]!.message).toBe('shipgate compliance: 16 violation(s) fail the check (fail-on: new).');
    expect(errors[1]).toMatchObject({
      properties: { file: 'app/feature.py', line: '4', endLine: '43' },
      message: 'Function handler has 40 lines (limit 30)',
    });
  });

  it('updates the one comment in place on the next push', async () => {
    const { repo, base, head } = pullRequestRepo();
    standin.state.addPull({ number: 7, head: { ref: 'feature/x', sha: head } });
    const first = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
      inputs: { comment: 'true', 'check-run': 'false' },
    });
    expect(first.exitCode).toBe(1);
    const fixed = repo.commit('shorten', { 'app/feature.py': longFunction('handler', 10) });
    const second = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, fixed),
      inputs: { comment: 'true', 'check-run': 'false' },
    });
    expect(second.exitCode, second.stdout).toBe(0);
    const comments = standin.state.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).not.toContain('handler');
  });

  it('still gives its verdict, with step annotations, when the token may not create check runs (fork pull requests)', async () => {
    const { repo, base, head } = pullRequestRepo();
    standin.faults.inject({ method: 'POST', route: '/repos/{owner}/{repo}/check-runs', fault: { kind: 'forbidden' } });
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
    });
    expect(run.exitCode).toBe(1);
    const warning = run.commands.find((c) => c.command === 'warning' && c.message.includes('check run'));
    expect(warning?.message).toContain('checks: write');
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.properties.file)).toEqual([
      undefined,
      'app/feature.py',
    ]);
  });

  it('spends at most publish-timeout on a GitHub that does not answer, and names what it skipped', async () => {
    const { repo, base, head } = pullRequestRepo();
    standin.state.addPull({ number: 7, head: { ref: 'feature/x', sha: head } });
    const route = '/repos/{owner}/{repo}/check-runs';
    standin.faults.inject({ method: 'POST', route, times: 10, fault: { kind: 'delay', ms: 60_000 } });
    const started = Date.now();
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
      inputs: { comment: 'true', 'publish-timeout': '3' },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs.passed).toBe('false');
    // The step's own work takes about a second; without a budget the retries would take minutes.
    expect(Date.now() - started).toBeLessThan(20_000);
    const warnings = run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings.some((w) => w.startsWith('Could not publish the check run'))).toBe(true);
    expect(warnings).toContain('Skipped the pull request comment: the 3 s allowed for publishing are spent.');
    expect(standin.state.commentsOn(7)).toHaveLength(0);
  });

  it('says so when there is no token to publish with', async () => {
    const { repo, base, head } = pullRequestRepo();
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
      inputs: { token: '' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'notice')?.message).toBe(
      'shipgate: no token, so nothing was published (skipped: checkRun).',
    );
    expect(standin.requests).toEqual([]);
  });

  it('refuses to judge a checkout that is not the pull request (pull_request_target checks out the base)', async () => {
    const { repo, base, head } = pullRequestRepo();
    repo.git('checkout', '--quiet', base);
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toContain(
      `is not the pull request's head ${head.slice(0, 12)}`,
    );
    expect(standin.state.checkRuns).toEqual([]);
  });

  it('rejects a bad input with a message naming it', async () => {
    const { repo } = pullRequestRepo();
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: {},
      eventName: 'push',
      inputs: { mode: 'sometimes' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'The input "mode" must be one of auto, changed, full, not "sometimes".',
    );
  });
});

describe('compliance action given bad input', () => {
  it('writes every report it can, sets its outputs and summary, and names the one it could not write', async () => {
    const { repo, base, head } = pullRequestRepo();
    const inputs = {
      'check-run': 'false',
      token: '',
      'sarif-report': 'out/r.sarif',
      'markdown-report': 'app/old.py/r.md',
    };
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      event: pullRequestEvent(base, head),
      inputs,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['sarif-report']).toBe(`${repo.dir}/out/r.sarif`);
    expect(run.outputs['markdown-report']).toBe('');
    expect(run.outputs.passed).toBe('false');
    expect(run.summary).toContain('Compliance failed');
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toContain(
      'shipgate could not write the markdown report app/old.py/r.md: a file stands where a folder is needed (EEXIST).',
    );
  });

  it('refuses a report path that leads outside the workspace', async () => {
    const { repo, base, head } = pullRequestRepo();
    const inputs = { 'check-run': 'false', token: '', 'json-report': '../escape.json' };
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      event: pullRequestEvent(base, head),
      inputs,
    });
    expect(run.exitCode).toBe(1);
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors.some((e) => e.includes('"json-report" (../escape.json) leads outside the workspace'))).toBe(true);
  });

  it.each([
    ['missing', { GITHUB_EVENT_PATH: '' }, 'GITHUB_EVENT_PATH is not set'],
    [
      'unreadable',
      { GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      'Cannot read the event payload GITHUB_EVENT_PATH=/nonexistent/event.json',
    ],
  ])('fails with a clear message, not a stack, when the event payload is %s', async (_what, env, message) => {
    const { repo } = pullRequestRepo();
    const run = await runAction({ action: 'compliance', workspace: repo.dir, env, inputs: { token: '' } });
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((c) => c.command === 'error');
    expect(error?.message).toContain(message);
    expect(error?.message).not.toContain('failed unexpectedly');
  });
});

describe('compliance action on schedule', () => {
  it('creates, updates and closes the tracking issue as the code changes', async () => {
    const repo = makeRepo({ 'a.py': longFunction('a', 40), 'b.py': longFunction('b', 40) });
    const nightly = () =>
      runAction({
        action: 'compliance',
        workspace: repo.dir,
        apiUrl: standin.url,
        eventName: 'schedule',
        event: { schedule: '17 3 * * *' },
        inputs: { 'fail-on': 'none', 'check-run': 'false' },
      });

    expect((await nightly()).exitCode).toBe(0);
    const issues = () =>
      [...standin.state.issues.values()].filter((i) =>
        standin.state.labelNames(i.number).includes('shipgate-compliance'),
      );
    expect(issues()).toHaveLength(1);
    expect(issues()[0]).toMatchObject({ state: 'open' });

    repo.commit('fix b', { 'b.py': longFunction('b', 5) });
    await nightly();
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).toContain('violations 2 → 1 (−1)');

    repo.commit('fix a', { 'a.py': longFunction('a', 5) });
    await nightly();
    expect(issues()).toMatchObject([{ state: 'closed', stateReason: 'completed' }]);
  });
});

describe('root action and shard merging', () => {
  it('runs the checks the config at the merge base enables, with the compliance inputs', async () => {
    const repo = makeRepo({
      'app/old.py': 'x = 1\n',
      '.github/shipgate.yml': 'checks: [compliance]\ncompliance:\n  rules:\n    function-lines: 45\n',
    });
    const base = repo.git('rev-parse', 'HEAD').trim();
    const head = repo.commit('add a feature', { 'app/feature.py': longFunction('handler', 40) });
    const run = await runAction({
      action: 'pr-checks',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
      inputs: { 'check-run': 'false', token: '' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ violations: '0', passed: 'true' });
    expect(run.stdout).toContain('shipgate check: running compliance');
  });

  // A pull request's own files never decide how it is judged: each of these would make the failing
  // pull request pass if its config were read from its head.
  it.each([
    [
      'an approved exception',
      'compliance:\n  exceptions:\n    - { path: app/feature.py, rule: function-lines, limit: 50, reason: mine }\n',
    ],
    ['fail-on: none', 'compliance:\n  fail-on: none\n'],
    ['an exclude of the new file', 'compliance:\n  exclude: [app/feature.py]\n'],
    ['checks: []', 'checks: []\n'],
  ])('judges a pull request that adds %s to the config by the merge base config', async (_what, config) => {
    const { repo, base } = pullRequestRepo();
    const head = repo.commit('loosen the rules', { '.github/shipgate.yml': config });
    const event = pullRequestEvent(base, head);
    const run = await runAction({
      action: 'pr-checks',
      workspace: repo.dir,
      apiUrl: standin.url,
      event,
      inputs: { 'check-run': 'false', token: '' },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs).toMatchObject({ 'new-violations': '1', passed: 'false' });
    expect(run.summary).toContain('This change edits the shipgate config');
  });

  it("judges by the pull request's own config when the workflow trusts it, and still shows the change", async () => {
    const { repo, base } = pullRequestRepo();
    const head = repo.commit('raise the limit', {
      '.github/shipgate.yml': 'compliance:\n  rules:\n    function-lines: 45\n',
    });
    const inputs = { 'check-run': 'false', token: '', 'trust-pr-config': 'true' };
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event: pullRequestEvent(base, head),
      inputs,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true' });
    expect(run.summary).toContain("judged by the pull request's own config");
    expect(run.summary).toContain('compliance.rules.function-lines.limit: 30 → 45');
  });

  it('merges the JSON reports of shard runs into one verdict', async () => {
    const repo = makeRepo(
      Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [`m${i}.py`, i === 4 ? longFunction('long', 40) : 'x = 1\n']),
      ),
    );
    for (const shard of ['1/2', '2/2']) {
      const part = await runAction({
        action: 'compliance',
        workspace: repo.dir,
        eventName: 'push',
        inputs: { mode: 'full', shard, 'json-report': `part-${shard[0]}.json`, 'fail-on': 'none', token: '' },
      });
      expect(part.exitCode, part.stdout).toBe(0);
    }
    const merged = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      eventName: 'push',
      inputs: { 'merge-reports': 'part-*.json', token: '' },
    });
    expect(merged.exitCode).toBe(1);
    expect(merged.outputs).toMatchObject({ violations: '1', 'new-violations': '1' });
    expect(merged.commands.filter((c) => c.command === 'error')[1]).toMatchObject({
      properties: { file: 'm4.py', line: '1' },
    });
    const head = repo.git('rev-parse', 'HEAD').trim();
    standin.state.addPull({ number: 7, head: { ref: 'feature/x', sha: head } });
    const event = pullRequestEvent(head, head);
    const published = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin.url,
      event,
      inputs: { 'merge-reports': 'part-*.json', comment: 'true' },
    });
    expect(published.exitCode).toBe(1);
    expect(standin.state.commentsOn(7)).toHaveLength(1);
    expect(standin.state.checkRuns).toMatchObject([{ headSha: head, conclusion: 'failure' }]);
  });
});
