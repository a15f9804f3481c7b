// A local run has no ledger to lock with: the lock file per repository and environment refuses a second run
// while the first one's process lives, takes over what a killed run left, and is gone once a run ends.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { deploy } from '../../src/deploy/flow/deploy.js';
import { localLockFile } from '../../src/deploy/flow/local-lock.js';
import { NoLedger } from '../../src/deploy/ledger/no-ledger.js';
import { environmentFrom } from '../../src/deploy/settings.js';
import { healthServer, MemoryRouter } from '../support/deploy/fakes.js';

let blue: Awaited<ReturnType<typeof healthServer>>;
let green: Awaited<ReturnType<typeof healthServer>>;
beforeAll(async () => {
  [blue, green] = await Promise.all([healthServer(), healthServer()]);
});
afterAll(() => Promise.all([blue, green].map((h) => new Promise((resolve) => h.server.close(resolve)))));

/** A local deploy of "staging" from the repository at `root`: no ledger, a router in memory. */
function localDeploy(root: string, router = new MemoryRouter('blue')) {
  const settings = environmentFrom('staging', {
    router: { type: 'command', switch: 'true', live: 'true' },
    colors: { blue: blue.url, green: green.url },
    health: { deadline: '1s', backoff: { initial: '10ms', max: '20ms' } },
    soak: { duration: '0s' },
  });
  const deps = {
    ledger: new NoLedger('no ledger: a local run'),
    router,
    clock: { now: () => Date.now(), sleep: async () => undefined },
    logger: silentLogger,
    cwd: root,
    run: {},
  };
  return deploy({ settings, ref: 'main', sha: 'a'.repeat(40) }, deps);
}

const holder = (pid: number) => JSON.stringify({ pid, host: os.hostname(), startedAt: '2026-12-01T10:00:00Z' });

describe('the local lock of a run without a ledger', () => {
  it('refuses while another live process holds it, and leaves its lock alone', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'shipgate-lock-'));
    const file = localLockFile(root, 'staging');
    writeFileSync(file, holder(process.ppid));
    const router = new MemoryRouter('blue');
    const report = await localDeploy(root, router);
    expect(report.outcome).toBe('refused');
    expect(report.phases.map((p) => [p.name, p.outcome])).toEqual([['lock', 'failed']]);
    expect(report.message).toContain(
      `Another local deploy or rollback of staging is in progress (process ${process.ppid}`,
    );
    expect(router.switches).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });

  it('takes over a lock whose process is gone, says so, and removes it when done', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'shipgate-lock-'));
    const file = localLockFile(root, 'staging');
    const gone = Number(execFileSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' }));
    writeFileSync(file, holder(gone));
    const report = await localDeploy(root);
    expect(report).toMatchObject({ outcome: 'deployed', activeColor: 'green' });
    expect(report.notes).toContain(`Took over the local lock of staging left by a run that is gone (${file}).`);
    expect(existsSync(file)).toBe(false);
  });

  it('is per repository: runs from two repositories do not hold each other up', () => {
    const [a, b] = ['a', 'b'].map((n) => mkdtempSync(path.join(os.tmpdir(), `shipgate-lock-${n}-`)));
    expect(localLockFile(a!, 'staging')).not.toBe(localLockFile(b!, 'staging'));
    expect(localLockFile(a!, 'staging')).not.toBe(localLockFile(a!, 'production'));
  });
});
