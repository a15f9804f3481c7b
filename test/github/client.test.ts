import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubRequestError } from '../../src/github/request-error.js';
import { PullRequests } from '../../src/github/pulls.js';
import { REPO, TOKEN, recordingLogger, requestsTo, testClient, useStandin } from './support.js';

const standin = useStandin();
const PULL_ROUTE = '/repos/{owner}/{repo}/pulls/{pull_number}';
const LABELS_ROUTE = '/repos/{owner}/{repo}/issues/{issue_number}/labels';

function seedPull(): number {
  return standin().state.addPull({ head: 'feature/retry', title: 'Retry me' }).number;
}

describe('retries', () => {
  it('retries a 502 twice, then succeeds on the third attempt, warning each time', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'GET', route: PULL_ROUTE, times: 2, fault: { kind: 'status', status: 502 } });
    const logger = recordingLogger();
    const pull = await new PullRequests(testClient(standin(), { logger }), REPO).get(number);
    expect(pull.title).toBe('Retry me');
    expect(requestsTo(standin(), 'GET', PULL_ROUTE).map((request) => request.status)).toEqual([502, 502, 200]);
    expect(logger.warnings).toHaveLength(2);
    expect(logger.warnings[0]).toMatch(/GET \/repos\/octo-org\/octo-repo\/pulls\/\d+ failed \(502 .*attempt 2 of 4/);
    expect(logger.warnings[1]).toMatch(/attempt 3 of 4/);
  });

  it('retries a POST after a 5xx and does not duplicate the write', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'POST', route: LABELS_ROUTE, times: 1, fault: { kind: 'status', status: 503 } });
    await testClient(standin()).rest.issues.addLabels({ ...REPO, issue_number: number, labels: ['x'] });
    expect(requestsTo(standin(), 'POST', LABELS_ROUTE)).toHaveLength(2);
    expect(standin().state.labelNames(number)).toEqual(['x']);
  });

  it('retries a connection reset', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'GET', route: PULL_ROUTE, times: 1, fault: { kind: 'reset' } });
    const logger = recordingLogger();
    const pull = await new PullRequests(testClient(standin(), { logger }), REPO).get(number);
    expect(pull.number).toBe(number);
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatch(/no answer/);
  });

  it('waits out a primary rate limit (scaled down) and retries', async () => {
    const number = seedPull();
    standin().faults.inject({
      method: 'GET',
      route: PULL_ROUTE,
      times: 1,
      fault: { kind: 'primary-rate-limit', resetInSeconds: 60 },
    });
    const logger = recordingLogger();
    const started = Date.now();
    await new PullRequests(testClient(standin(), { logger, waitScale: 0.002 }), REPO).get(number);
    // GitHub said "60 s" (plus the plugin's 1 s margin); scaled by 0.002 that is about 120 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(requestsTo(standin(), 'GET', PULL_ROUTE)).toHaveLength(2);
    expect(logger.warnings).toEqual([
      expect.stringMatching(/rate limit for this token is used up .*waiting 1[12]\d ms .*attempt 2 of 4/),
    ]);
  });

  it('waits out a secondary rate limit for its retry-after (scaled down) and retries', async () => {
    const number = seedPull();
    standin().faults.inject({
      method: 'POST',
      route: LABELS_ROUTE,
      times: 2,
      fault: { kind: 'secondary-rate-limit', retryAfter: 30 },
    });
    const logger = recordingLogger();
    const started = Date.now();
    await testClient(standin(), { logger, waitScale: 0.002 }).rest.issues.addLabels({
      ...REPO,
      issue_number: number,
      labels: ['y'],
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100); // 2 waits of 30 s x 0.002
    expect(requestsTo(standin(), 'POST', LABELS_ROUTE).map((request) => request.status)).toEqual([403, 403, 200]);
    expect(logger.warnings).toEqual([
      expect.stringMatching(/secondary rate limit .*waiting 60 ms .*attempt 2 of 4/),
      expect.stringMatching(/secondary rate limit .*waiting 60 ms .*attempt 3 of 4/),
    ]);
  });

  it('gives up after the retries with an error saying what failed and how often', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'GET', route: PULL_ROUTE, times: 10, fault: { kind: 'status', status: 502 } });
    const failure = new PullRequests(testClient(standin(), { retries: 2 }), REPO).get(number);
    await expect(failure).rejects.toBeInstanceOf(GitHubRequestError);
    await expect(failure).rejects.toMatchObject({
      status: 502,
      attempts: 3,
      message: expect.stringMatching(
        new RegExp(`^GitHub API GET /repos/octo-org/octo-repo/pulls/${number} failed after 3 attempts: 502 `),
      ),
    });
    expect(requestsTo(standin(), 'GET', PULL_ROUTE)).toHaveLength(3);
  });

  it('does not wait for a rate limit that resets too late, and says when it resets', async () => {
    const number = seedPull();
    standin().faults.inject({
      method: 'GET',
      route: PULL_ROUTE,
      times: 1,
      fault: { kind: 'primary-rate-limit', resetInSeconds: 3600 },
    });
    const failure = new PullRequests(testClient(standin(), { maxRateLimitWaitSeconds: 60 }), REPO).get(number);
    await expect(failure).rejects.toThrow(/failed: 403 .*The rate limit resets at \d{4}-\d\d-\d\dT/);
    expect(requestsTo(standin(), 'GET', PULL_ROUTE)).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    await expect(new PullRequests(testClient(standin()), REPO).get(999)).rejects.toMatchObject({
      status: 404,
      attempts: 1,
    });
    expect(requestsTo(standin(), 'GET', PULL_ROUTE)).toHaveLength(1);
  });

  it('never logs the token', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'GET', route: PULL_ROUTE, times: 10, fault: { kind: 'status', status: 500 } });
    const logger = recordingLogger();
    const failure = new PullRequests(testClient(standin(), { logger, retries: 1 }), REPO).get(number);
    const message = await failure.then(
      () => '',
      (error: unknown) => String(error),
    );
    expect(logger.lines.length).toBeGreaterThan(0);
    expect([...logger.lines, message].join('\n')).not.toContain(TOKEN);
  });
});

describe('request timeout', () => {
  it('abandons a stalled attempt after requestTimeoutMs and retries it', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'GET', route: PULL_ROUTE, times: 1, fault: { kind: 'delay', ms: 700 } });
    const logger = recordingLogger();
    const started = performance.now();
    const pull = await new PullRequests(testClient(standin(), { logger, requestTimeoutMs: 100 }), REPO).get(number);
    expect(pull.number).toBe(number);
    expect(performance.now() - started).toBeLessThan(650);
    expect(requestsTo(standin(), 'GET', PULL_ROUTE)).toHaveLength(2);
    expect(logger.warnings).toEqual([
      expect.stringMatching(
        /^GitHub API GET \/repos\/octo-org\/octo-repo\/pulls\/\d+ failed \(no answer \(timed out after 100 ms\)\); retrying .*attempt 2 of 4/,
      ),
    ]);
    await sleep(700 - (performance.now() - started)); // the stand-in is still sitting on the abandoned request
  });

  it('names the request that timed out on every attempt', async () => {
    const number = seedPull();
    standin().faults.inject({ method: 'GET', route: PULL_ROUTE, times: 2, fault: { kind: 'delay', ms: 250 } });
    const failure = new PullRequests(testClient(standin(), { retries: 1, requestTimeoutMs: 50 }), REPO).get(number);
    await expect(failure).rejects.toBeInstanceOf(GitHubRequestError);
    await expect(failure).rejects.toMatchObject({
      status: 500,
      attempts: 2,
      message: `GitHub API GET /repos/octo-org/octo-repo/pulls/${number} failed after 2 attempts: no answer (timed out after 50 ms).`,
    });
    await sleep(250);
  });

  it('refuses a timeout that is not a number >= 0', () => {
    expect(() => testClient(standin(), { requestTimeoutMs: -1 })).toThrow(ConfigurationError);
    expect(() => testClient(standin(), { requestTimeoutMs: Number.NaN })).toThrow(/requestTimeoutMs/);
  });
});

/** A GHES-like front: serves the API under /api/v3 by forwarding to the stand-in; records the paths it saw. */
async function startGhesFront(target: string): Promise<{ url: string; paths: string[]; close: () => Promise<void> }> {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    const forwarded = httpRequest(
      new URL((request.url ?? '').replace(/^\/api\/v3/, ''), target),
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${port}/api/v3`, paths, close };
}

describe('GHES', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('keeps the /api/v3 path of a GHES API URL from GITHUB_API_URL', async () => {
    const number = seedPull();
    const front = await startGhesFront(standin().url);
    try {
      vi.stubEnv('GITHUB_API_URL', front.url);
      const client = createGitHubClient({ token: TOKEN, logger: recordingLogger(), waitScale: 0.001 });
      expect((await new PullRequests(client, REPO).get(number)).number).toBe(number);
      expect(front.paths).toEqual([`/api/v3/repos/octo-org/octo-repo/pulls/${number}`]);
    } finally {
      await front.close();
    }
  });

  it('sends requests to GITHUB_API_URL when no base URL is given', async () => {
    const number = seedPull();
    vi.stubEnv('GITHUB_API_URL', `${standin().url}/`);
    const client = createGitHubClient({ token: TOKEN, logger: recordingLogger(), waitScale: 0.001 });
    const pull = await new PullRequests(client, REPO).get(number);
    expect(pull.number).toBe(number);
    expect(requestsTo(standin(), 'GET', PULL_ROUTE)).toHaveLength(1);
  });
});
