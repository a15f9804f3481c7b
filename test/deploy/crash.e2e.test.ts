// A deploy killed mid-switch (the runner dies): traffic is left on healthy colours, and the workflow run's next
// attempt finds the stale record, marks it "error", puts traffic on one healthy colour and deploys.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { REPO, TOKEN, recordingLogger, testClient, useStandin } from '../github/support.js';
import { itWithBinary } from '../support/binaries.js';
import { fastEnvironment, repoWithEnvironment } from '../support/deploy/environment.js';
import { stopProcess } from '../support/deploy/processes.js';
import { hasBinary, startApps, startHaproxy, type Apps, type HaproxyProxy } from '../support/deploy/topology.js';
import { repoRoot } from '../support/runner.js';

const it = itWithBinary('haproxy', hasBinary('haproxy'));
const standin = useStandin();
const support = path.join(repoRoot, 'test/support/deploy');

let apps: Apps;
let proxy: HaproxyProxy;

beforeEach(async () => {
  if (!hasBinary('haproxy') && process.env.CI !== 'true') return;
  apps = await startApps();
  proxy = await startHaproxy(apps, 'blue');
});

afterEach(async () => {
  await proxy?.stop();
  await apps?.stop();
});

async function waitForFile(file: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} did not appear within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function liveColor(): Promise<string> {
  const child = spawn(process.execPath, [path.join(support, 'live-color.mjs'), proxy.socket]);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  return out.trim();
}

describe('a deploy killed mid-switch', () => {
  it('is reconciled by the next attempt of its workflow run', async () => {
    const pidFile = path.join(proxy.dir, 'switch.pid');
    const router = {
      type: 'command' as const,
      switch: `node ${path.join(support, 'slow-switch.mjs')} ${proxy.socket} ${pidFile}`,
      live: `node ${path.join(support, 'live-color.mjs')} ${proxy.socket}`,
    };
    const repo = repoWithEnvironment('staging', fastEnvironment(apps, router));
    const runEnv = {
      GITHUB_RUN_ID: '50',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
    };
    const cli = spawn(
      process.execPath,
      [path.join(repoRoot, 'dist/cli/index.js'), 'deploy', '--environment', 'staging'],
      {
        cwd: repo.dir,
        env: {
          ...process.env,
          ...runEnv,
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_TOKEN: TOKEN,
          GITHUB_API_URL: standin().url,
          SHIPGATE_TEST_SWITCH_PAUSE_MS: '60000',
        },
        stdio: 'ignore',
      },
    );
    try {
      await waitForFile(pidFile);
      // The runner dies: the deploy and the router command it started go at once.
      process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
    } finally {
      cli.kill('SIGKILL');
      await stopProcess(cli);
    }
    expect(await liveColor()).toBe('both');
    const [killed] = standin().state.deployments;
    expect(
      standin()
        .state.statusesOf(killed!.id)
        .map((s) => s.state),
    ).toEqual(['in_progress']);

    const report = await deployEnvironment({
      root: repo.dir,
      environment: 'staging',
      logger: recordingLogger(),
      github: { client: testClient(standin()), repo: REPO },
      run: { runId: '50', runAttempt: 2 },
    });

    expect(report.outcome, report.message).toBe('deployed');
    expect(report.phases[0]).toMatchObject({ name: 'reconcile', outcome: 'done', detail: 'traffic put on blue' });
    expect(report.notes.join('\n')).toMatch(new RegExp(`Deployment ${killed!.id} of .* marked "error"`));
    expect(
      standin()
        .state.statusesOf(killed!.id)
        .map((s) => s.state),
    ).toEqual(['in_progress', 'error']);
    expect(await liveColor()).toBe('green');
  });
});
