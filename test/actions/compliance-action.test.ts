import { describe, expect, it } from 'vitest';
import { useStandin } from '../github/support.js';
import { runAction } from '../support/runner.js';
import { longFunction, pullRequestEvent, pullRequestRepo } from './compliance-support.js';

const standin = useStandin();

describe('compliance action on a pull request', () => {
  it('fails on the new violation with a check run, outputs, summary and a sticky comment', async () => {
    const { repo, base, head } = pullRequestRepo();
    standin().state.addPull({ number: 7, head: { ref: 'feature/x', sha: head } });
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
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

    const [checkRun] = standin().state.checkRuns;
    expect(checkRun).toMatchObject({
      name: 'shipgate / compliance',
      headSha: head,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(checkRun!.annotations).toMatchObject([
      { path: 'app/feature.py', start_line: 4, end_line: 43, annotation_level: 'failure' },
    ]);
    expect(standin().state.commentsOn(7)).toHaveLength(1);
    expect(standin().state.commentsOn(7)[0]!.body).toContain('<!-- shipgate:compliance -->');
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
      apiUrl: standin().url,
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
    standin().state.addPull({ number: 7, head: { ref: 'feature/x', sha: head } });
    const first = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullRequestEvent(base, head),
      inputs: { comment: 'true', 'check-run': 'false' },
    });
    expect(first.exitCode).toBe(1);
    const fixed = repo.commit('shorten', { 'app/feature.py': longFunction('handler', 10) });
    const second = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullRequestEvent(base, fixed),
      inputs: { comment: 'true', 'check-run': 'false' },
    });
    expect(second.exitCode, second.stdout).toBe(0);
    const comments = standin().state.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).not.toContain('handler');
  });

  it('still gives its verdict, with step annotations, when the token may not create check runs (fork pull requests)', async () => {
    const { repo, base, head } = pullRequestRepo();
    standin().faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/check-runs',
      fault: { kind: 'forbidden' },
    });
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
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
    standin().state.addPull({ number: 7, head: { ref: 'feature/x', sha: head } });
    const route = '/repos/{owner}/{repo}/check-runs';
    standin().faults.inject({ method: 'POST', route, times: 10, fault: { kind: 'delay', ms: 60_000 } });
    const started = Date.now();
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
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
    expect(standin().state.commentsOn(7)).toHaveLength(0);
  });

  it('says so when there is no token to publish with', async () => {
    const { repo, base, head } = pullRequestRepo();
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullRequestEvent(base, head),
      inputs: { token: '' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'notice')?.message).toBe(
      'shipgate: no token, so nothing was published (skipped: checkRun).',
    );
    expect(standin().requests).toEqual([]);
  });

  it('refuses to judge a checkout that is not the pull request (pull_request_target checks out the base)', async () => {
    const { repo, base, head } = pullRequestRepo();
    repo.git('checkout', '--quiet', base);
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullRequestEvent(base, head),
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toContain(
      `is not the pull request's head ${head.slice(0, 12)}`,
    );
    expect(standin().state.checkRuns).toEqual([]);
  });

  it('rejects a bad input with a message naming it', async () => {
    const { repo } = pullRequestRepo();
    const run = await runAction({
      action: 'compliance',
      workspace: repo.dir,
      apiUrl: standin().url,
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
