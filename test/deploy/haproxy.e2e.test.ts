// End to end through a real HAProxy: two real app instances, load from autocannon during the switch, the
// GitHub API stand-in as the ledger.
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { rollbackEnvironment } from '../../src/rollback/rollback.js';
import { recordingLogger, testClient, useStandin, REPO } from '../github/support.js';
import { itWithBinary } from '../support/binaries.js';
import { fastEnvironment, repoWithEnvironment, updateEnvironment } from '../support/deploy/environment.js';
import { startLoad } from '../support/deploy/load.js';
import { hasBinary, startApps, startHaproxy, type Apps, type HaproxyProxy } from '../support/deploy/topology.js';
import type { TestRepo } from '../support/git-repo.js';

const it = itWithBinary('haproxy', hasBinary('haproxy'));
const standin = useStandin();

let apps: Apps;
let proxy: HaproxyProxy;
let repo: TestRepo;

function router() {
  return { type: 'haproxy' as const, socket: proxy.socket, backend: 'app', servers: { blue: 'blue', green: 'green' } };
}

beforeEach(async () => {
  if (!hasBinary('haproxy') && process.env.CI !== 'true') return;
  apps = await startApps();
  proxy = await startHaproxy(apps, 'blue');
  repo = repoWithEnvironment('staging', fastEnvironment(apps, router()));
});

afterEach(async () => {
  await proxy?.stop();
  await apps?.stop();
});

let runs = 0;

/** The options of one workflow run: each gets its own run id, as GitHub gives them. */
function options(runId = String((runs += 1))) {
  return {
    root: repo.dir,
    environment: 'staging',
    logger: recordingLogger(),
    github: { client: testClient(standin()), repo: REPO },
    run: { logUrl: `https://github.com/octo-org/octo-repo/actions/runs/${runId}`, runId, runAttempt: 1 },
  };
}

function run() {
  return deployEnvironment(options());
}

function statesOf(id: number | null): string[] {
  return standin()
    .state.statusesOf(id!)
    .map((s) => s.state);
}

/** A new commit whose deploy command makes the colour behave as `mode` says. */
function nextVersion(mode: string, message: string): void {
  updateEnvironment(repo, 'staging', fastEnvironment(apps, router(), mode), message);
}

async function served(url: string): Promise<string> {
  return (await fetch(url)).text();
}

describe('deploy through HAProxy', () => {
  it('switches to the idle colour under load without a failed request, and records it', async () => {
    const load = startLoad(proxy.frontUrl);
    const report = await run();
    const result = await load.stop();

    expect(report.outcome, report.message).toBe('deployed');
    expect(report).toMatchObject({ activeColor: 'green', previousColor: 'blue', rolledBack: false, passed: true });
    expect(result.errors + result.non2xx, JSON.stringify(result)).toBe(0);
    expect(result.ok).toBeGreaterThan(100);
    expect(await served(proxy.frontUrl)).toMatch(/^hello from green [0-9a-f]{40}$/);
    const [deployment] = standin().state.deployments;
    expect(deployment).toMatchObject({ environment: 'staging', task: 'deploy:shipgate' });
    expect(deployment!.payload).toMatchObject({ color: 'green', previousColor: 'blue', runId: '1' });
    const states = standin()
      .state.statusesOf(deployment!.id)
      .map((s) => s.state);
    expect(states).toEqual(['in_progress', 'success']);
  });

  it('does not switch when the new colour fails its health checks, and records the failure', async () => {
    nextVersion('unhealthy', 'broken');
    const load = startLoad(proxy.frontUrl);
    const report = await run();
    const result = await load.stop();

    expect(report).toMatchObject({ outcome: 'failed', activeColor: 'blue', switchMs: null, passed: false });
    expect(report.message).toMatch(/green did not become healthy: 3 wrong answers in a row \(circuit breaker\)/);
    expect(result.errors + result.non2xx).toBe(0);
    expect(await served(proxy.frontUrl)).toMatch(/^hello from blue/);
    expect(statesOf(report.deploymentId)).toEqual(['in_progress', 'failure']);
    expect(report.phases.map((p) => [p.name, p.outcome])).toContainEqual(['health', 'failed']);
  });

  it('rolls back automatically when the new colour degrades during the soak, and records both', async () => {
    const good = await run();
    expect(good.outcome, good.message).toBe('deployed');
    nextVersion('degrade 5', 'degrading');
    const report = await run();

    expect(report).toMatchObject({
      outcome: 'rolled-back',
      activeColor: 'green',
      previousColor: 'green',
      rolledBack: true,
    });
    expect(report.soak?.passed).toBe(false);
    expect(await served(proxy.frontUrl)).toMatch(/^hello from green/);
    expect(statesOf(report.deploymentId)).toEqual(['in_progress', 'failure']);
    const rollback = standin().state.deployments.find((d) => d.id === report.rollbackDeploymentId);
    expect(rollback?.payload).toMatchObject({ color: 'green', rollbackOf: report.deploymentId });
    expect(rollback?.sha).toBe(standin().state.deployments.find((d) => d.id === good.deploymentId)?.sha);
    expect(statesOf(report.rollbackDeploymentId)).toEqual(['in_progress', 'success']);
    const back = report.phases.find((p) => p.name === 'rollback')!;
    expect(back.endMs - report.phases.find((p) => p.name === 'soak')!.endMs).toBeLessThan(5000);
  });
});

describe('rollback and recovery through HAProxy', () => {
  it('rolls back by hand to the warm colour, refuses to go further back than there is, and says why', async () => {
    const first = await run();
    nextVersion('healthy', 'second');
    const second = await run();
    expect(second).toMatchObject({ outcome: 'deployed', activeColor: 'blue' });

    const load = startLoad(proxy.frontUrl);
    const rollback = await rollbackEnvironment(options());
    const result = await load.stop();
    expect(rollback).toMatchObject({
      outcome: 'rolled-back',
      passed: true,
      activeColor: 'green',
      rollbackOf: second.deploymentId,
    });
    expect(rollback.message).toMatch(/green was still warm/);
    expect(rollback.phases.map((p) => p.name)).not.toContain('deploy');
    expect(result.errors + result.non2xx).toBe(0);
    expect(await served(proxy.frontUrl)).toMatch(/^hello from green/);
    // GitHub's auto_inactive retired it when the rollback succeeded; the rollback's mark comes after.
    expect(statesOf(second.deploymentId)).toEqual(['in_progress', 'success', 'inactive', 'failure']);
    expect(standin().state.deployments.find((d) => d.id === rollback.deploymentId)?.payload).toMatchObject({
      rollbackOf: second.deploymentId,
    });

    const again = await rollbackEnvironment(options());
    expect(again).toMatchObject({ outcome: 'refused', activeColor: 'green' });
    expect(again.message).toMatch(/No rollback target: no deployment to staging before deployment \d+ succeeded/);
    expect(first.deploymentId).not.toBeNull();
  });

  it('rolls back to a named ref by redeploying it when the idle colour no longer runs it', async () => {
    const first = await run();
    const v1 = repo.git('rev-parse', 'HEAD').trim();
    nextVersion('healthy', 'second');
    await run();
    nextVersion('healthy', 'third');
    const third = await run();
    expect(third.activeColor).toBe('green');

    const rollback = await rollbackEnvironment({ ...options(), to: v1 });
    expect(rollback).toMatchObject({
      outcome: 'rolled-back',
      passed: true,
      activeColor: 'blue',
      sha: v1,
      rollbackOf: third.deploymentId,
    });
    expect(rollback.phases.map((p) => [p.name, p.outcome])).toEqual(
      expect.arrayContaining([
        ['deploy', 'done'],
        ['health', 'done'],
        ['switch', 'done'],
        ['soak', 'done'],
      ]),
    );
    expect(await served(proxy.frontUrl)).toBe(`hello from blue ${v1}`);
    expect(first.deploymentId).not.toBeNull();
  });

  it('refuses a second deploy while one is in progress', async () => {
    nextVersion('healthy', 'slow soak');
    const slow = fastEnvironment(apps, router());
    slow.soak = { ...slow.soak, duration: '2s' };
    updateEnvironment(repo, 'staging', slow, 'slow');
    const first = run();
    await waitFor(() => standin().state.deployments.length === 1);
    const second = await run();
    expect(second).toMatchObject({ outcome: 'refused', deploymentId: null, passed: false });
    expect(second.message).toMatch(/Another deploy of staging is in progress: deployment \d+/);
    expect((await first).outcome).toBe('deployed');
  });

  it('reconciles a deploy left in progress by a workflow run that has finished, then deploys', async () => {
    const client = testClient(standin());
    const { Deployments } = await import('../../src/github/deployments.js');
    const ledger = new Deployments(client, REPO);
    const lease = new Date(Date.now() + 3_600_000).toISOString();
    const payload = {
      color: 'green',
      previousColor: 'blue',
      previousDeploymentId: null,
      rollbackOf: null,
      runId: '77',
      runAttempt: 1,
      leaseUntil: lease,
    };
    const left = await ledger.create({ ref: 'main', environment: 'staging', payload, task: 'deploy:shipgate' });
    await ledger.createStatus(left.id, { state: 'in_progress' });
    standin().state.workflowRuns.set(77, {
      id: 77,
      attempt: 1,
      status: 'in_progress',
      conclusion: null,
      headSha: 'f'.repeat(40),
      createdAt: standin().state.now(),
    });
    expect(await run()).toMatchObject({ outcome: 'refused' });

    standin().state.workflowRuns.get(77)!.status = 'completed';
    const report = await run();
    expect(report.outcome, report.message).toBe('deployed');
    expect(statesOf(left.id)).toEqual(['in_progress', 'error']);
    expect(report.phases[0]).toMatchObject({ name: 'reconcile', detail: 'traffic is on blue, which is healthy' });
  });

  it('retries ledger writes through 5xx and rate limits, and fails the run when GitHub keeps failing', async () => {
    const faults = standin().faults;
    faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/deployments',
      times: 2,
      fault: { kind: 'status', status: 502 },
    });
    faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      fault: { kind: 'secondary-rate-limit', retryAfter: 1 },
    });
    faults.inject({
      method: 'GET',
      route: '/repos/{owner}/{repo}/deployments',
      fault: { kind: 'primary-rate-limit', resetInSeconds: 1 },
    });
    faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      skip: 1,
      fault: { kind: 'after-write', status: 500 },
    });
    const report = await run();
    expect(report.outcome, report.message).toBe('deployed');
    expect(standin().state.deployments).toHaveLength(1);
    expect(statesOf(report.deploymentId)).toEqual(['in_progress', 'success']);
    expect(faults.pending).toBe(0);

    nextVersion('healthy', 'ledger down');
    faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/deployments',
      times: 10,
      fault: { kind: 'status', status: 503 },
    });
    await expect(run()).rejects.toThrow(/503/);
    expect(await served(proxy.frontUrl)).toMatch(/^hello from green/);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
