import { describe, expect, it, vi } from 'vitest';
import { pluck, statusOf, type RawAnswer } from '../support/standin/index.js';
import { callOn, checkRunBody, HEAD, octokitFor, REPO, useStandin } from './support.js';
import { Octokit } from '@octokit/core';
import { throttling } from '@octokit/plugin-throttling';
// The stand-in's deployments, and the failures it injects as GitHub produces them.
const standinNow = useStandin();
const call = callOn(standinNow);
const octokit = () => octokitFor(standinNow());

describe('deployments', () => {
  const deploy = async (environment: string): Promise<number> => {
    const answer = await call('POST', '/repos/octo-org/octo-repo/deployments', {
      ref: 'main',
      environment,
      required_contexts: [],
    });
    expect(answer.status).toBe(201);
    return Number(answer.json.id);
  };
  const addStatus = (id: number, body: Record<string, unknown>): Promise<RawAnswer> =>
    call('POST', `/repos/octo-org/octo-repo/deployments/${id}/statuses`, body);
  const states = async (id: number): Promise<string[]> =>
    pluck(await call('GET', `/repos/octo-org/octo-repo/deployments/${id}/statuses`), 'state');

  it('creates with the resolved sha and lists newest first with filters', async () => {
    const first = await deploy('production');
    const second = await deploy('staging');
    const { data } = await octokit().request('GET /repos/{owner}/{repo}/deployments', { ...REPO });
    expect(data.map((d) => d.id)).toEqual([second, first]);
    expect(data[0]).toMatchObject({
      sha: standinNow().state.branches.get('main'),
      ref: 'main',
      task: 'deploy',
      production_environment: false,
    });
    const { data: production } = await octokit().request('GET /repos/{owner}/{repo}/deployments', {
      ...REPO,
      environment: 'production',
    });
    expect(production.map((d) => d.id)).toEqual([first]);
    expect((await call('POST', '/repos/octo-org/octo-repo/deployments', { ref: 'no-such-branch' })).status).toBe(422);
  });

  it('marks earlier successful deployments of the environment inactive (auto_inactive)', async () => {
    const blue = await deploy('staging');
    const other = await deploy('qa');
    await addStatus(blue, { state: 'success', environment_url: 'https://blue.example' });
    await addStatus(other, { state: 'success' });
    const green = await deploy('staging');
    await addStatus(green, { state: 'in_progress' });
    expect(await states(blue)).toEqual(['success']);
    await addStatus(green, { state: 'success', log_url: 'https://ci.example/run/2' });
    expect(await states(blue)).toEqual(['inactive', 'success']);
    expect(await states(other)).toEqual(['success']);
    expect(await states(green)).toEqual(['success', 'in_progress']);
  });

  it('leaves earlier deployments alone when auto_inactive is false', async () => {
    const blue = await deploy('staging');
    await addStatus(blue, { state: 'success' });
    const green = await deploy('staging');
    const status = await addStatus(green, { state: 'success', auto_inactive: false, log_url: 'https://ci.example/3' });
    expect(status.json).toMatchObject({
      state: 'success',
      log_url: 'https://ci.example/3',
      target_url: 'https://ci.example/3',
    });
    expect(await states(blue)).toEqual(['success']);
  });
});

describe('faults', () => {
  const route = '/repos/{owner}/{repo}/check-runs';
  const postRun = (): Promise<RawAnswer> => call('POST', '/repos/octo-org/octo-repo/check-runs', checkRunBody());

  it('answers the next `times` requests with a status once `skip` went through, then normally', async () => {
    standinNow().faults.inject({ method: 'POST', route, skip: 1, times: 2, fault: { kind: 'status', status: 503 } });
    expect([
      (await postRun()).status,
      (await postRun()).status,
      (await postRun()).status,
      (await postRun()).status,
    ]).toEqual([201, 503, 503, 201]);
    expect(standinNow().requests.map((r) => r.fault)).toEqual([undefined, 'status', 'status', undefined]);
    expect(standinNow().faults.pending).toBe(0);
  });

  it('only hits the method and route it was injected on, and only routes GitHub has', async () => {
    standinNow().faults.inject({ method: 'POST', route, fault: { kind: 'status', status: 500, message: 'boom' } });
    expect((await call('GET', `/repos/octo-org/octo-repo/commits/${HEAD}/check-runs`)).status).toBe(200);
    expect(await postRun()).toMatchObject({ status: 500, json: { message: 'boom' } });
    expect(() =>
      standinNow().faults.inject({ route: '/repos/{owner}/{repo}/check-run', fault: { kind: 'reset' } }),
    ).toThrow(/no such path/);
  });

  it("gives a primary rate limit with GitHub's headers, the reset counted from the stand-in's clock", async () => {
    standinNow().state.clock = () => new Date('2030-01-01T00:00:00Z');
    standinNow().faults.inject({ route, fault: { kind: 'primary-rate-limit', resetInSeconds: 120 } });
    const answer = await postRun();
    expect([answer.status, answer.headers.get('x-ratelimit-remaining')]).toEqual([403, '0']);
    expect(answer.json.message).toMatch(/^API rate limit exceeded/);
    expect(answer.headers.get('x-ratelimit-used')).toBe(answer.headers.get('x-ratelimit-limit'));
    expect(Number(answer.headers.get('x-ratelimit-reset'))).toBe(Date.UTC(2030, 0, 1) / 1000 + 120);
  });

  it('gives a secondary rate limit with retry-after', async () => {
    standinNow().faults.inject({ route, fault: { kind: 'secondary-rate-limit', retryAfter: 7 } });
    const answer = await postRun();
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([403, '7']);
    expect(answer.json.message).toMatch(/^You have exceeded a secondary rate limit/);
  });

  it('gives 403 "Resource not accessible by integration" for a missing permission', async () => {
    standinNow().faults.inject({ route, fault: { kind: 'forbidden' } });
    expect(await postRun()).toMatchObject({
      status: 403,
      json: {
        message: 'Resource not accessible by integration',
        documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//) as string,
      },
    });
  });

  it('resets the connection', async () => {
    standinNow().faults.inject({ route, fault: { kind: 'reset' } });
    await expect(postRun()).rejects.toThrow(/fetch failed/);
    await expect(octokit().request('GET /repos/{owner}/{repo}', REPO)).resolves.toMatchObject({ status: 200 });
    expect(standinNow().requests[0]).toMatchObject({ status: 0, fault: 'reset' });
    expect(standinNow().state.checkRuns).toHaveLength(0);
  });

  it('carries out the write, then answers with the error (after-write)', async () => {
    standinNow().faults.inject({ method: 'POST', route, times: 2, fault: { kind: 'after-write', status: 504 } });
    expect([(await postRun()).status, (await postRun()).status, standinNow().state.checkRuns.length]).toEqual([
      504, 504, 2,
    ]);
    expect(await postRun()).toMatchObject({ status: 201 });
  });

  it('delays an answer, then answers normally', async () => {
    standinNow().faults.inject({ route, fault: { kind: 'delay', ms: 300 } });
    const started = performance.now();
    expect((await postRun()).status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("is recognised by Octokit's throttling plugin as GitHub's rate limits", async () => {
    const onRateLimit = vi.fn((_retryAfter: number) => false);
    const onSecondaryRateLimit = vi.fn(
      (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount === 0,
    );
    const ThrottledOctokit = Octokit.plugin(throttling);
    const client = new ThrottledOctokit({
      auth: 't',
      baseUrl: standinNow().url,
      throttle: { onRateLimit, onSecondaryRateLimit, retryAfterBaseValue: 1 },
    });
    standinNow().faults.inject({
      route: '/repos/{owner}/{repo}',
      fault: { kind: 'secondary-rate-limit', retryAfter: 7 },
    });
    await expect(client.request('GET /repos/{owner}/{repo}', REPO)).resolves.toMatchObject({ status: 200 });
    expect(onSecondaryRateLimit).toHaveBeenCalledOnce();
    expect(onSecondaryRateLimit.mock.calls[0]?.[0]).toBe(7);
    standinNow().faults.inject({
      route: '/repos/{owner}/{repo}',
      fault: { kind: 'primary-rate-limit', resetInSeconds: 30 },
    });
    expect(await statusOf(client.request('GET /repos/{owner}/{repo}', REPO))).toBe(403);
    expect(onRateLimit).toHaveBeenCalledOnce();
    expect(onRateLimit.mock.calls[0]?.[0]).toBeGreaterThanOrEqual(30);
  });
});
