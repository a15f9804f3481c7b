// End to end through a real HAProxy: two real app instances, load from autocannon during the switch, the
// GitHub API stand-in as the ledger.
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { recordingLogger, testClient, useStandin, REPO } from '../github/support.js';
import { itWithBinary } from '../support/binaries.js';
import { fastEnvironment, repoWithEnvironment } from '../support/deploy/environment.js';
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

function run(logger = recordingLogger()) {
  return deployEnvironment({
    root: repo.dir,
    environment: 'staging',
    logger,
    github: { client: testClient(standin()), repo: REPO },
    run: { logUrl: 'https://github.com/octo-org/octo-repo/actions/runs/1', runId: '1', runAttempt: 1 },
  });
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
});
