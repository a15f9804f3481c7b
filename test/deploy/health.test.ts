// Health checks against real local HTTP servers: probes, the readiness wait's backoff, deadline and breaker.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/deploy/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { backoffDelay } from '../../src/deploy/health/backoff.js';
import { CircuitBreaker } from '../../src/deploy/health/breaker.js';
import { probe } from '../../src/deploy/health/probe.js';
import { waitHealthy } from '../../src/deploy/health/wait.js';
import type { HealthSettings } from '../../src/deploy/settings.js';
import { freePort } from '../support/deploy/processes.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0))
    await new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)));
});

/** A server answering each request with the next of `answers` (the last repeats); null never answers. */
async function serve(answers: ([number, string] | null)[]): Promise<string> {
  let index = 0;
  const server = createServer((_request, response) => {
    const answer = answers[Math.min(index++, answers.length - 1)];
    if (answer !== null && answer !== undefined) response.writeHead(answer[0]).end(answer[1]);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** A clock whose sleeps only advance its time: the waits are checked without taking any. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
}

const health = (overrides: Partial<HealthSettings> = {}): HealthSettings => ({
  checks: [{ path: '/healthz', status: 200, body: 'ok' }],
  timeoutMs: 500,
  deadlineMs: 10_000,
  initialDelayMs: 100,
  maxDelayMs: 1000,
  failureThreshold: 3,
  ...overrides,
});

describe('backoff and breaker', () => {
  it('draws each wait uniformly below a ceiling that doubles up to the cap', () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, 100, 1000, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(backoffDelay(3, 100, 1000, () => 0.25)).toBe(200);
    expect(backoffDelay(3, 100, 1000, () => 0)).toBe(0);
  });

  it('opens after consecutive wrong answers; refused connections and successes do not count toward it', () => {
    const breaker = new CircuitBreaker(2);
    breaker.record('status');
    breaker.record('refused');
    breaker.record('ok');
    breaker.record('timeout');
    expect(breaker.open).toBe(false);
    breaker.record('body');
    expect(breaker.open).toBe(true);
  });
});

describe('probe', () => {
  it('judges status and body', async () => {
    const url = await serve([
      [200, 'ok blue'],
      [200, 'starting'],
      [503, 'no'],
    ]);
    const check = { path: '/healthz', status: 200, body: 'ok' };
    expect((await probe(url, check, 500)).outcome).toBe('ok');
    expect((await probe(url, check, 500)).outcome).toBe('body');
    expect(await probe(url, check, 500)).toMatchObject({
      outcome: 'status',
      detail: `GET ${url}/healthz answered 503, not 200`,
    });
  });

  it('gives up on a server that does not answer, and tells a closed port apart', async () => {
    const silent = await serve([null]);
    expect((await probe(silent, { path: '/', status: 200 }, 100)).outcome).toBe('timeout');
    expect((await probe(`http://127.0.0.1:${await freePort()}`, { path: '/', status: 200 }, 500)).outcome).toBe(
      'refused',
    );
  });
});

describe('waitHealthy', () => {
  it('waits for a colour that is starting, with jittered backoff', async () => {
    const url = await serve([
      [503, 'no'],
      [503, 'no'],
      [200, 'ok'],
    ]);
    const clock = fakeClock();
    const verdict = await waitHealthy(url, health({ failureThreshold: 5 }), {
      clock,
      logger: silentLogger,
      random: () => 0.5,
    });
    expect(verdict).toMatchObject({ healthy: true, attempts: 3 });
    expect(clock.slept).toEqual([50, 100]);
  });

  it('stops when the circuit breaker opens, before the deadline', async () => {
    const url = await serve([[500, 'broken']]);
    const verdict = await waitHealthy(url, health(), { clock: fakeClock(), logger: silentLogger, random: () => 1 });
    expect(verdict).toMatchObject({ healthy: false, attempts: 3 });
    expect(verdict.reason).toMatch(/^3 wrong answers in a row \(circuit breaker\)/);
  });

  it('gives up at the deadline on a colour that never listens', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const clock = fakeClock();
    const verdict = await waitHealthy(url, health({ deadlineMs: 3000 }), {
      clock,
      logger: silentLogger,
      random: () => 1,
    });
    expect(verdict.healthy).toBe(false);
    expect(verdict.reason).toMatch(/^not healthy within the 3\.0 s deadline: .*ECONNREFUSED/);
    expect(clock.now()).toBeLessThanOrEqual(3000);
  });
});
