import { describe, expect, it } from 'vitest';
import { makeRepo } from '../support/git-repo.js';
import { useStandin } from '../github/support.js';
import { runAction } from '../support/runner.js';
import { longFunction, pullRequestEvent, pullRequestRepo } from './compliance-support.js';

const standin = useStandin();

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
        apiUrl: standin().url,
        eventName: 'schedule',
        event: { schedule: '17 3 * * *' },
        inputs: { 'fail-on': 'none', 'check-run': 'false' },
      });

    expect((await nightly()).exitCode).toBe(0);
    const issues = () =>
      [...standin().state.issues.values()].filter((i) =>
        standin().state.labelNames(i.number).includes('shipgate-compliance'),
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
      apiUrl: standin().url,
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
      apiUrl: standin().url,
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
      apiUrl: standin().url,
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
    standin().state.addPull({ number: 7, head: { ref: 'feature/x', sha: head } });
    const event = pullRequestEvent(head, head);
    const published = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
      event,
      inputs: { 'merge-reports': 'part-*.json', comment: 'true' },
    });
    expect(published.exitCode).toBe(1);
    expect(standin().state.commentsOn(7)).toHaveLength(1);
    expect(standin().state.checkRuns).toMatchObject([{ headSha: head, conclusion: 'failure' }]);
  });
});
