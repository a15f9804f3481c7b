// The quality-gate bundle run the way the Actions runner runs it, against real git repositories and the
// GitHub API stand-in: the push to the default branch stores its metrics in its check run, and a pull
// request reads them back from its merge base.
import { describe, expect, it } from 'vitest';
import { CheckRuns } from '../../src/github/check-runs.js';
import { createGitHubClient } from '../../src/github/client.js';
import { gatePassedFor } from '../../src/gate/index.js';
import { silentLogger } from '../../src/core/logger.js';
import { makeRepo, type TestRepo } from '../support/git-repo.js';
import { useStandin } from '../github/support.js';
import { runAction, webhookExample } from '../support/runner.js';

const standin = useStandin();

const source = (lines: number) => Array.from({ length: lines }, (_, i) => `step${i + 1}();`).join('\n') + '\n';
const lcov = (file: string, lines: number, covered: number) =>
  `TN:\nSF:${file}\n${Array.from({ length: lines }, (_, i) => `DA:${i + 1},${i < covered ? 1 : 0}`).join('\n')}\nend_of_record\n`;
/** A JUnit file with `failed` failures, each at its own line of test/app.test.js. */
const junit = (passed: number, failed: number) =>
  `<testsuites name="vitest tests"><testsuite name="test/app.test.js">${'<testcase classname="test/app.test.js" name="ok"/>'.repeat(passed)}${Array.from(
    { length: failed },
    (_, i) =>
      `<testcase classname="test/app.test.js" name="case ${i}"><failure message="broke ${i}">AssertionError\n ❯ test/app.test.js:${i + 1}:5</failure></testcase>`,
  ).join('')}</testsuite></testsuites>`;

function pushEvent(): Record<string, unknown> {
  const event = webhookExample('push');
  event.ref = 'refs/heads/main';
  (event.repository as { default_branch: string }).default_branch = 'main';
  return event;
}

function pullEvent(base: string, head: string): Record<string, unknown> {
  const event = webhookExample('pull_request', 'synchronize');
  const pr = event.pull_request as { number: number; base: { sha: string; ref: string }; head: { sha: string } };
  Object.assign(pr, { number: 9 });
  Object.assign(pr.base, { sha: base, ref: 'main' });
  pr.head.sha = head;
  event.number = 9;
  return event;
}

const CONDITIONS = 'coverage.lines >= 50\ntests.failed == 0\nnew.coverage.lines >= 80\ndelta.coverage.lines >= -5';

/** main with one gated push (80% of 100 lines covered); a feature branch adding 30 lines, 15 covered. */
async function gatedMainAndFeature(): Promise<{ repo: TestRepo; base: string; head: string }> {
  const repo = makeRepo({ '.gitignore': 'reports/\n', 'src/app.js': source(100), 'test/app.test.js': source(70) });
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.write({ 'reports/lcov.info': lcov('src/app.js', 100, 80), 'reports/junit.xml': junit(5, 0) });
  const push = await runAction({
    action: 'quality-gate',
    workspace: repo.dir,
    apiUrl: standin().url,
    eventName: 'push',
    event: pushEvent(),
    sha: base,
    ref: 'refs/heads/main',
    inputs: { reports: 'reports/lcov.info, reports/junit.xml', conditions: CONDITIONS },
  });
  expect(push.exitCode, push.stdout).toBe(0);
  repo.git('checkout', '--quiet', '-b', 'feature');
  const head = repo.commit('feature', { 'src/feature.js': source(30) });
  repo.write({
    'reports/lcov.info': lcov('src/app.js', 100, 80) + lcov('src/feature.js', 30, 15),
    'reports/junit.xml': junit(5, 60),
  });
  return { repo, base, head };
}

describe('quality-gate action', () => {
  it('stores the default branch metrics and judges a pull request against them', async () => {
    const { repo, base, head } = await gatedMainAndFeature();
    standin().state.addPull({ number: 9, head: { ref: 'feature', sha: head } });
    const run = await runAction({
      action: 'quality-gate',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullEvent(base, head),
      inputs: { reports: 'reports/*.info\nreports/*.xml', conditions: CONDITIONS, comment: 'true' },
    });

    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'shipgate quality gate failed: 3 condition(s) failed.',
    ]);
    const metrics = JSON.parse(run.outputs.metrics!) as Record<string, number>;
    expect(metrics).toMatchObject({
      'coverage.lines': 73.07,
      'new.coverage.lines': 50,
      'tests.failed': 60,
      'delta.coverage.lines': -6.93,
    });
    expect(run.outputs.passed).toBe('false');

    const [onMain, onPull] = standin().state.checkRuns;
    expect(onMain).toMatchObject({ name: 'shipgate / quality gate', headSha: base, conclusion: 'success' });
    expect(onPull).toMatchObject({ name: 'shipgate / quality gate', headSha: head, conclusion: 'failure' });
    expect(onPull!.output.summary).toContain('| `delta.coverage.lines >= -5` | -6.93% | ❌ failed |');
    expect(onPull!.output.summary).toContain(
      '[16–30](https://github.com/octo-org/octo-repo/blob/' + head + '/src/feature.js#L16-L30)',
    );
    expect(onPull!.output.summary).toContain('xychart-beta');
    // 60 failed tests: annotations sent 50 at a time
    expect(onPull!.annotations).toHaveLength(60);
    expect(onPull!.annotations[0]).toMatchObject({
      path: 'test/app.test.js',
      start_line: 1,
      annotation_level: 'failure',
    });
    const updates = standin().requests.filter((r) => r.method === 'PATCH' && r.path.includes('/check-runs/'));
    expect(updates).toHaveLength(1);

    const comments = standin().state.commentsOn(9);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- shipgate:quality-gate -->');
    expect(run.summary).toContain('Changed lines not covered');
  });

  it('walks back from the merge base to the last commit with stored metrics', async () => {
    const { repo } = await gatedMainAndFeature();
    repo.git('checkout', '--quiet', 'main');
    const ungated = repo.commit('docs only', { 'README.md': 'hello\n' });
    repo.git('checkout', '--quiet', '-b', 'second');
    const head = repo.commit('second feature', { 'src/other.js': source(3) });
    repo.write({ 'reports/lcov.info': lcov('src/app.js', 100, 90), 'reports/junit.xml': junit(5, 0) });
    const run = await runAction({
      action: 'quality-gate',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullEvent(ungated, head),
      inputs: {
        reports: 'reports/lcov.info,reports/junit.xml',
        conditions: 'delta.coverage.lines >= 0\nnew.coverage.lines >= 80',
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.metrics!)).toMatchObject({ 'delta.coverage.lines': 10 });
    expect(run.summary).toContain('only 0 changed coverable line(s), fewer than the minimum of 20');
  });

  it('says "no baseline yet" instead of comparing with zero', async () => {
    const repo = makeRepo({ 'src/app.js': source(10) });
    const base = repo.git('rev-parse', 'HEAD').trim();
    const head = repo.commit('change', { 'src/app.js': source(12), 'lcov.info': lcov('src/app.js', 12, 12) });
    const run = await runAction({
      action: 'quality-gate',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullEvent(base, head),
      inputs: { reports: 'lcov.info', conditions: 'delta.coverage.lines >= 0' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain(
      'no baseline yet: no stored metrics in the "shipgate / quality gate" check runs on the base commit',
    );
    expect(JSON.parse(run.outputs.metrics!)).not.toHaveProperty('delta.coverage.lines');
  });

  it('keeps its verdict, with step annotations, when the token may not create check runs (fork pull requests)', async () => {
    const { repo, base, head } = await gatedMainAndFeature();
    standin().faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/check-runs',
      fault: { kind: 'forbidden' },
    });
    const run = await runAction({
      action: 'quality-gate',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullEvent(base, head),
      inputs: { reports: 'reports/lcov.info,reports/junit.xml', conditions: CONDITIONS },
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'warning' && c.message.includes('check run'))?.message).toContain(
      'checks: write',
    );
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[1]!.properties).toMatchObject({ file: 'test/app.test.js', line: '1' });
  });

  it('rejects a bad condition input with a message naming it', async () => {
    const repo = makeRepo({ 'lcov.info': lcov('a.js', 1, 1) });
    const run = await runAction({
      action: 'quality-gate',
      workspace: repo.dir,
      apiUrl: standin().url,
      eventName: 'push',
      event: {},
      inputs: { reports: 'lcov.info', conditions: 'coverage >= 80' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toContain(
      'The input "conditions": "coverage >= 80" is not a condition',
    );
  });
});

describe('gatePassedFor (what the deploy action asks)', () => {
  it('passes only a commit whose latest gate check run succeeded', async () => {
    const { repo, base, head } = await gatedMainAndFeature();
    const gated = await runAction({
      action: 'quality-gate',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullEvent(base, head),
      inputs: { reports: 'reports/lcov.info,reports/junit.xml', conditions: CONDITIONS },
    });
    expect(gated.exitCode, gated.stdout).toBe(1); // the feature fails its gate: the point of the test
    const client = createGitHubClient({
      token: 'ghs_test',
      logger: silentLogger,
      baseUrl: standin().url,
      retryBaseDelayMs: 0,
    });
    const repoRef = { owner: 'octo-org', repo: 'octo-repo' };
    expect(await gatePassedFor(client, repoRef, base)).toMatchObject({ passed: true, state: 'passed' });
    expect(await gatePassedFor(client, repoRef, head)).toMatchObject({ passed: false, state: 'failed' });
    expect(await gatePassedFor(client, repoRef, 'c'.repeat(40))).toMatchObject({ passed: false, state: 'missing' });
    const running = 'd'.repeat(40);
    await new CheckRuns(client, repoRef).create({
      name: 'shipgate / quality gate',
      headSha: running,
      status: 'in_progress',
    });
    expect(await gatePassedFor(client, repoRef, running)).toMatchObject({ passed: false, state: 'pending' });
  });
});

describe('the root action with checks: [compliance, gate]', () => {
  it('runs the gate after compliance, with its outputs prefixed', async () => {
    // The config is the base's: a pull request's own config never decides which checks judge it.
    const repo = makeRepo({
      '.gitignore': 'reports/\n',
      'src/app.js': source(10),
      '.github/shipgate.yml':
        'checks: [compliance, gate]\ngate:\n  reports: ["reports/*.xml"]\n  conditions: ["tests.failed == 0"]\n',
    });
    const base = repo.git('rev-parse', 'HEAD').trim();
    const head = repo.commit('change', { 'src/app.js': source(12) });
    repo.write({ 'reports/junit.xml': junit(3, 1) });
    const run = await runAction({
      action: 'pr-checks',
      workspace: repo.dir,
      apiUrl: standin().url,
      event: pullEvent(base, head),
      inputs: { 'check-run': 'false', token: '' },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.stdout).toContain('shipgate check: running gate');
    expect(run.outputs).toMatchObject({ passed: 'true', 'gate-passed': 'false', violations: '0' });
    expect(JSON.parse(run.outputs['gate-metrics']!)).toMatchObject({ 'tests.failed': 1 });
  });
});
