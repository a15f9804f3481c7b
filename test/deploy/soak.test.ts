// The soak against a real local server (time from a fake clock), and a soak judged by the user's command.
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import type { Clock } from '../../src/deploy/clock.js';
import type { HealthSettings, SoakSettings } from '../../src/deploy/settings.js';
import { runSoak } from '../../src/deploy/soak/soak.js';
import { failureBudget, percentile, successRate } from '../../src/deploy/soak/stats.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Healthy for the first `healthy` requests, then 500. */
async function degrading(healthy: number): Promise<string> {
  let served = 0;
  server = createServer((_request, response) => response.writeHead(++served > healthy ? 500 : 200).end('ok'));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

function fakeClock(): Clock {
  let now = 0;
  return { now: () => now, sleep: async (ms) => void (now += Math.max(0, ms)) };
}

const health: HealthSettings = {
  checks: [{ path: '/', status: 200 }],
  timeoutMs: 1000,
  deadlineMs: 1000,
  initialDelayMs: 10,
  maxDelayMs: 10,
  failureThreshold: 3,
};
const soak = (overrides: Partial<SoakSettings> = {}): SoakSettings => ({
  durationMs: 1000,
  intervalMs: 100,
  successRate: 90,
  p95Ms: 1000,
  ...overrides,
});
const options = () => ({ clock: fakeClock(), logger: silentLogger, cwd: os.tmpdir(), env: {} });

describe('soak figures', () => {
  it('takes the nearest-rank p95, the success rate, and the failures a rate allows', () => {
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
    expect(percentile([], 95)).toBe(0);
    expect(successRate([true, true, false, true])).toBe(75);
    expect(failureBudget(100, 99)).toBe(1);
    expect(failureBudget(10, 90)).toBe(1);
    expect(failureBudget(60, 100)).toBe(0);
  });
});

describe('runSoak', () => {
  it('passes a colour that stays healthy, with a point per probe', async () => {
    const result = await runSoak(await degrading(1000), soak(), health, options());
    expect(result).toMatchObject({ passed: true, probes: 10, failures: 0, successRate: 100 });
    expect(result.points).toHaveLength(10);
  });

  it('fails as soon as the failures exceed what the success rate allows, without running out its time', async () => {
    const result = await runSoak(await degrading(3), soak(), health, options());
    expect(result).toMatchObject({ passed: false, probes: 5, failures: 2 });
    expect(result.reason).toMatch(/^2 failed probe\(s\), more than the 90% success rate allows/);
    expect(result.decidedAtMs).toBeLessThan(1000);
  });

  it('fails on the p95 limit at the end', async () => {
    const result = await runSoak(await degrading(1000), soak({ p95Ms: 0 }), health, options());
    expect(result.passed).toBe(false);
    expect(result.reason).toMatch(/^p95 latency .* > 0 ms$/);
  });

  it("reads the user's figures from their command instead", async () => {
    const good = await runSoak('', soak({ command: 'echo 99.9 120' }), health, options());
    expect(good).toMatchObject({ passed: true, successRate: 99.9, p95Ms: 120 });
    const bad = await runSoak('', soak({ command: 'echo 80 120' }), health, options());
    expect(bad).toMatchObject({ passed: false, reason: 'success rate 80% < 90%' });
    const garbled = await runSoak('', soak({ command: 'echo fine' }), health, options());
    expect(garbled.reason).toBe('the soak command printed "fine", not "<rate> <p95 ms>"');
  });
});
