// The deploy flow's decisions where real parts cannot produce the case on demand: a rival deploy recorded in the
// same instant, the quality gate, a first deploy, keep-warm and scale-down, traffic found on both colours.
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import type { FlowDeps, QualityGate } from '../../src/deploy/flow/context.js';
import { deploy } from '../../src/deploy/flow/deploy.js';
import { environmentFrom, type EnvironmentSettings } from '../../src/deploy/settings.js';
import { healthServer, MemoryLedger, MemoryRouter } from '../support/deploy/fakes.js';

let blue: Awaited<ReturnType<typeof healthServer>>;
let green: Awaited<ReturnType<typeof healthServer>>;
beforeAll(async () => {
  [blue, green] = await Promise.all([healthServer(), healthServer()]);
});
afterAll(() => Promise.all([blue, green].map((h) => new Promise((resolve) => h.server.close(resolve)))));

const SHA = 'a'.repeat(40);

function settings(overrides: Partial<EnvironmentSettings> = {}): EnvironmentSettings {
  const base = environmentFrom('staging', {
    router: { type: 'command', switch: 'true', live: 'true' },
    colors: { blue: blue.url, green: green.url },
    health: { deadline: '1s', backoff: { initial: '10ms', max: '20ms' } },
    soak: { duration: '0s' },
  });
  return { ...base, ...overrides };
}

function deps(ledger: MemoryLedger, router: MemoryRouter, extra: Partial<FlowDeps> = {}): FlowDeps {
  const clock = { now: () => Date.now(), sleep: async () => undefined };
  return {
    ledger,
    router,
    clock,
    logger: silentLogger,
    cwd: os.tmpdir(),
    run: { runId: '9', runAttempt: 1 },
    ...extra,
  };
}

describe('deploy flow', () => {
  it('backs off when a rival recorded itself first in the same instant, marking its own record', async () => {
    const ledger = new MemoryLedger();
    const lease = new Date(Date.now() + 60_000).toISOString();
    const payload = {
      color: 'green' as const,
      previousColor: 'blue' as const,
      previousDeploymentId: null,
      rollbackOf: null,
      runId: '8',
      runAttempt: 1,
      leaseUntil: lease,
    };
    // The rival records itself after this run read the ledger and before it records itself: its id is lower.
    ledger.onOpen = () => {
      ledger.onOpen = () => undefined;
      ledger.add({ ref: 'rival', sha: 'b'.repeat(40), payload }, 'in_progress');
    };
    const report = await deploy(
      { settings: settings(), ref: 'main', sha: SHA },
      deps(ledger, new MemoryRouter('blue')),
    );
    expect(report).toMatchObject({ outcome: 'refused', activeColor: 'blue' });
    expect(report.message).toMatch(/Another deploy of staging is in progress: deployment \d+ of rival/);
    const ours = ledger.records.find((r) => r.ref === 'main')!;
    expect(ledger.states(ours.id)).toEqual(['in_progress', 'error']);
  });

  it('refuses a SHA whose quality gate did not pass, before recording anything', async () => {
    const ledger = new MemoryLedger();
    const gate: QualityGate = async (sha) => ({
      passed: false,
      detail: `"shipgate / quality gate" concluded failure on ${sha.slice(0, 7)}`,
    });
    const report = await deploy(
      { settings: settings({ requireQualityGate: true }), ref: 'main', sha: SHA },
      deps(ledger, new MemoryRouter('blue'), { qualityGate: gate }),
    );
    expect(report).toMatchObject({ outcome: 'refused', deploymentId: null });
    expect(report.message).toBe(
      `The quality gate did not pass for ${SHA}: "shipgate / quality gate" concluded failure on aaaaaaa`,
    );
    expect(ledger.records).toEqual([]);
  });

  it('skips the deploy command when the idle colour already runs the commit and was healthy with it', async () => {
    const ledger = new MemoryLedger();
    const payload = {
      color: 'green' as const,
      previousColor: 'blue' as const,
      previousDeploymentId: null,
      rollbackOf: null,
      runId: '1',
      runAttempt: 1,
      leaseUntil: new Date().toISOString(),
    };
    const earlier = ledger.add({ ref: 'main', sha: SHA, payload }, 'in_progress', 'success', 'failure');
    const report = await deploy(
      { settings: settings({ deploy: 'exit 1' }), ref: 'main', sha: SHA },
      deps(ledger, new MemoryRouter('blue')),
    );
    expect(report.outcome).toBe('deployed');
    expect(report.phases.find((p) => p.name === 'deploy')).toMatchObject({
      outcome: 'skipped',
      detail: `green already runs aaaaaaaaaaaa (deployment ${earlier})`,
    });
  });

  it('deploys to blue when no colour serves yet', async () => {
    const router = new MemoryRouter('none');
    const report = await deploy({ settings: settings(), ref: 'main', sha: SHA }, deps(new MemoryLedger(), router));
    expect(report).toMatchObject({ outcome: 'deployed', activeColor: 'blue', previousColor: null });
  });

  it('keeps the old colour warm, then scales it down', async () => {
    const router = new MemoryRouter('blue');
    const slept: number[] = [];
    const clock = { now: () => Date.now(), sleep: async (ms: number) => void slept.push(ms) };
    const warm = settings({ keepWarmMs: 600_000, scaleDown: 'test "$SHIPGATE_COLOR" = blue' });
    const report = await deploy({ settings: warm, ref: 'main', sha: SHA }, deps(new MemoryLedger(), router, { clock }));
    expect(slept).toContain(600_000);
    expect(report.phases.map((p) => [p.name, p.outcome])).toEqual(
      expect.arrayContaining([
        ['keep warm', 'done'],
        ['scale down', 'done'],
      ]),
    );
    expect(report.notes).toEqual([]);
  });

  it('puts traffic on one healthy colour when a dead run left it on both, then deploys', async () => {
    const ledger = new MemoryLedger();
    const payload = {
      color: 'green' as const,
      previousColor: 'blue' as const,
      previousDeploymentId: null,
      rollbackOf: null,
      runId: '9',
      runAttempt: 0,
      leaseUntil: new Date(Date.now() + 60_000).toISOString(),
    };
    const stale = ledger.add({ ref: 'killed', sha: 'c'.repeat(40), payload }, 'in_progress');
    const router = new MemoryRouter('both');
    const report = await deploy({ settings: settings(), ref: 'main', sha: SHA }, deps(ledger, router));
    expect(ledger.states(stale)).toEqual(['in_progress', 'error']);
    expect(router.switches).toEqual(['blue', 'green']);
    expect(report).toMatchObject({ outcome: 'deployed', activeColor: 'green' });
  });
});
