// The deploy and rollback bundles run the way the Actions runner runs them, against a real HAProxy, real app
// instances and the GitHub API stand-in as the ledger.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { itWithBinary } from '../support/binaries.js';
import { fastEnvironment, repoWithEnvironment, updateEnvironment } from '../support/deploy/environment.js';
import { hasBinary, startApps, startHaproxy, type Apps, type HaproxyProxy } from '../support/deploy/topology.js';
import type { TestRepo } from '../support/git-repo.js';
import { runAction, webhookExample, type RunResult } from '../support/runner.js';
import { startStandin, type Standin } from '../support/standin/index.js';

const it = itWithBinary('haproxy', hasBinary('haproxy'));

let standin: Standin;
let apps: Apps;
let proxy: HaproxyProxy;
let repo: TestRepo;

beforeAll(async () => {
  standin = await startStandin();
});
afterAll(() => standin.close());

beforeEach(async () => {
  if (!hasBinary('haproxy') && process.env.CI !== 'true') return;
  apps = await startApps();
  proxy = await startHaproxy(apps, 'blue');
  repo = repoWithEnvironment('staging', fastEnvironment(apps, router()));
});

afterEach(async () => {
  await proxy?.stop();
  await apps?.stop();
  standin.assertNoViolations();
  standin.reset();
});

function router() {
  return { type: 'haproxy' as const, socket: proxy.socket, backend: 'app', servers: { blue: 'blue', green: 'green' } };
}

function step(action: 'deploy' | 'rollback', inputs: Record<string, string>, runId = '7'): Promise<RunResult> {
  return runAction({
    action,
    workspace: repo.dir,
    apiUrl: standin.url,
    eventName: 'workflow_dispatch',
    event: webhookExample('workflow_dispatch'),
    sha: repo.git('rev-parse', 'HEAD').trim(),
    ref: 'refs/heads/main',
    inputs,
    env: { GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1' },
  });
}

const errors = (run: RunResult) => run.commands.filter((c) => c.command === 'error').map((c) => c.message);

describe('deploy action', () => {
  it('deploys, sets its outputs, writes the report and a job summary with the timeline, and records the run', async () => {
    const run = await step('deploy', { environment: 'staging' });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const [deployment] = standin.state.deployments;
    expect(run.outputs).toMatchObject({
      outcome: 'deployed',
      'active-color': 'green',
      'previous-color': 'blue',
      'deployment-id': String(deployment!.id),
      'rolled-back': 'false',
    });
    expect(Number(run.outputs['switch-ms'])).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(readFileSync(run.outputs['json-report']!, 'utf8'))).toMatchObject({
      version: 1,
      outcome: 'deployed',
    });
    expect(run.summary).toMatch(/^## ✅ shipgate deploy of staging: deployed/);
    expect(run.summary).toContain('```mermaid\ngantt');
    expect(run.summary).toContain('xychart-beta');
    expect(run.stdout).toContain('::group::shipgate: deploy');
    expect(deployment!.payload).toMatchObject({ runId: '7', runAttempt: 1 });
    const [inProgress] = standin.state.statusesOf(deployment!.id);
    expect(inProgress!.logUrl).toBe('https://github.com/octo-org/octo-repo/actions/runs/7');
  });

  it('fails the step with the verdict first when the new colour is unhealthy', async () => {
    updateEnvironment(repo, 'staging', fastEnvironment(apps, router(), 'unhealthy'), 'broken');
    const run = await step('deploy', { environment: 'staging' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: 'failed', 'active-color': 'blue', 'rolled-back': 'false' });
    expect(errors(run)[0]).toMatch(/^shipgate deploy failed: green did not become healthy/);
  });

  it('names the environments the config has when asked for another', async () => {
    const run = await step('deploy', { environment: 'prod' });
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toEqual(['The environment "prod" is not in .github/shipgate.yml: it describes staging.']);
  });
});

describe('rollback action', () => {
  it('goes back to the previous deployment while its colour is warm', async () => {
    expect((await step('deploy', { environment: 'staging' }, '1')).exitCode).toBe(0);
    updateEnvironment(repo, 'staging', fastEnvironment(apps, router()), 'second');
    const second = await step('deploy', { environment: 'staging' }, '2');
    expect(second.outputs['active-color']).toBe('blue');

    const run = await step('rollback', { environment: 'staging' }, '3');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ outcome: 'rolled-back', 'active-color': 'green', 'rolled-back': 'true' });
    expect(run.summary).toMatch(/^## ↩️ shipgate rollback of staging: rolled-back/);
    const recorded = standin.state.deployments.find((d) => String(d.id) === run.outputs['deployment-id']);
    expect(recorded?.payload).toMatchObject({ rollbackOf: Number(second.outputs['deployment-id']) });

    const rerun = await step('rollback', { environment: 'staging' }, '3');
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({ outcome: 'unchanged', 'active-color': 'green' });
  });
});
