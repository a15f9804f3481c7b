// The GitHub API stand-in itself: it must refuse what GitHub's description refuses, answer like GitHub,
// and inject GitHub's failures.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { throttling } from '@octokit/plugin-throttling';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fakeSha,
  pluck,
  rawCall,
  startStandin,
  statusOf,
  type RawAnswer,
  type Standin,
} from './support/standin/index.js';

let standin: Standin;

beforeAll(async () => {
  standin = await startStandin();
});
afterAll(async () => standin.close());
beforeEach(() => standin.reset());
afterEach(() => standin.assertNoViolations());

const PagingOctokit = Octokit.plugin(paginateRest);
const REPO = { owner: 'octo-org', repo: 'octo-repo' };
const HEAD = fakeSha('head');
const octokit = (): InstanceType<typeof PagingOctokit> =>
  new PagingOctokit({ auth: 'test-token', baseUrl: standin.url });

const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<RawAnswer> =>
  rawCall(standin, method, path, body, headers);

/** The one violation this test provoked on purpose; taken out so afterEach stays quiet. */
function takeViolation(): string {
  const violations = standin.takeViolations();
  expect(violations).toHaveLength(1);
  return violations[0] ?? '';
}

const checkRunBody = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'shipgate',
  head_sha: HEAD,
  ...extra,
});

function annotations(count: number, from = 1): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, index) => ({
    path: 'src/app.py',
    start_line: from + index,
    end_line: from + index,
    annotation_level: 'warning',
    message: `m${from + index}`,
  }));
}

const REFUSALS: Array<[string, string, string, unknown, RegExp]> = [
  ['an unknown path', 'GET', '/check-run/1', undefined, /no path in GitHub's OpenAPI description matches/],
  [
    'a method the path lacks',
    'DELETE',
    '/check-runs',
    undefined,
    /DELETE is not an operation of \/repos\/\{owner\}\/\{repo\}\/check-runs/,
  ],
  [
    'a check run without head_sha',
    'POST',
    '/check-runs',
    { name: 'shipgate' },
    /must have required property 'head_sha'/,
  ],
  ['a check run without name', 'POST', '/check-runs', { head_sha: HEAD }, /must have required property 'name'/],
  [
    'a query parameter of the wrong type',
    'GET',
    '/pulls?per_page=abc',
    undefined,
    /query parameter 'per_page'="abc": \(root\) must be integer/,
  ],
  ['a body field of the wrong type', 'POST', '/issues/3/labels', { labels: 'x' }, /\/labels must be array/],
  ['a path parameter of the wrong type', 'GET', '/pulls/abc', undefined, /path parameter 'pull_number'="abc"/],
  ['an unknown query parameter', 'GET', '/pulls?label=x', undefined, /unknown query parameter 'label'/],
  ['an unknown body field', 'POST', '/check-runs', checkRunBody({ sha: HEAD }), /unknown property 'sha'/],
  [
    'an unknown field nested in the body',
    'POST',
    '/check-runs',
    checkRunBody({ output: { title: 't', summery: 's' } }),
    /unknown property 'output.summery'/,
  ],
  [
    'an unknown field in an array item of the body',
    'POST',
    '/check-runs',
    checkRunBody({ output: { title: 't', summary: 's', annotations: [{ ...annotations(1)[0], level: 'x' }] } }),
    /unknown property 'output.annotations\[0\].level'/,
  ],
  ['a body that is not JSON', 'POST', '/check-runs', '{name:', /body is not JSON/],
  [
    'an unknown enum value',
    'POST',
    `/statuses/${HEAD}`,
    { state: 'passed' },
    /\/state must be equal to one of the allowed values \["error","failure","pending","success"\]/,
  ],
];

describe("requests that break GitHub's description", () => {
  it.each(REFUSALS)(
    'refuses %s with 400 "stand-in: ..." and a violation',
    async (_what, method, path, body, problem) => {
      standin.state.addIssue({ number: 3 });
      const answer = await call(method, `/repos/octo-org/octo-repo${path}`, body);
      expect(answer.status).toBe(400);
      expect(answer.json.message).toMatch(/^stand-in: /);
      const violation = takeViolation();
      expect(violation.startsWith(`${method} /repos/octo-org/octo-repo${path}: `)).toBe(true);
      expect(violation).toMatch(problem);
      expect([
        standin.state.checkRuns.length,
        standin.state.statuses.length,
        standin.state.labelNames(3).length,
      ]).toEqual([0, 0, 0]);
    },
  );

  it('makes assertNoViolations throw with the list, then start clean', async () => {
    await call('GET', '/nowhere');
    expect(() => standin.assertNoViolations()).toThrow(
      /1 exchange\(s\) broke GitHub's OpenAPI description:\n {2}- GET \/nowhere/,
    );
    expect(standin.violations).toEqual([]);
  });

  it('records every request with its route, operation and status', async () => {
    await octokit().request('POST /repos/{owner}/{repo}/check-runs', { ...REPO, name: 'a', head_sha: HEAD });
    expect(standin.requests).toEqual([
      {
        method: 'POST',
        path: '/repos/octo-org/octo-repo/check-runs',
        route: '/repos/{owner}/{repo}/check-runs',
        operationId: 'checks/create',
        body: { name: 'a', head_sha: HEAD },
        status: 201,
      },
    ]);
  });
});

describe('answers the stand-in itself gets wrong', () => {
  it('are caught by response validation', async () => {
    standin.state.repository.createdAt = 'yesterday';
    const answer = await call('GET', '/repos/octo-org/octo-repo');
    expect(answer.status).toBe(400);
    expect(takeViolation()).toMatch(
      /answer breaks GitHub's description: response 200 body: \/created_at must match format "date-time"/,
    );
  });
});

describe("GitHub's refusals", () => {
  it('answers 401 without a token and 404 for another repository', async () => {
    expect((await call('GET', '/repos/octo-org/octo-repo', undefined, { authorization: '' })).status).toBe(401);
    expect(await call('GET', '/repos/someone/else')).toMatchObject({ status: 404, json: { message: 'Not Found' } });
  });

  it('answers 404 for unknown ids', async () => {
    for (const path of [
      '/pulls/9',
      '/check-runs/5',
      '/issues/9',
      '/deployments/4',
      '/labels/nope',
      '/issues/comments/77',
    ]) {
      expect((await call('GET', `/repos/octo-org/octo-repo${path}`)).status, path).toBe(404);
    }
  });
});

describe('pull requests', () => {
  beforeEach(() => {
    standin.state.addPull({ number: 1, head: 'feature/realtime-a', labels: ['team:realtime'] });
    standin.state.addPull({ number: 2, head: 'feature/ai-b', base: 'release' });
    standin.state.addPull({ number: 3, head: 'feature/old', state: 'closed' });
  });

  it('lists by state and base, newest first', async () => {
    const numbers = async (query: string): Promise<number[]> =>
      pluck(await call('GET', `/repos/octo-org/octo-repo/pulls${query}`), 'number');
    expect(await numbers('')).toEqual([2, 1]);
    expect(await numbers('?state=all')).toEqual([3, 2, 1]);
    expect(await numbers('?state=closed')).toEqual([3]);
    expect(await numbers('?base=release')).toEqual([2]);
    expect(await numbers('?head=octo-org:feature/realtime-a')).toEqual([1]);
  });

  it('gets one with head, base, labels and change counts', async () => {
    standin.state.setPullFiles(1, [
      { filename: 'a.py', additions: 5, deletions: 2 },
      { filename: 'b.ts', status: 'added', additions: 3 },
    ]);
    const { data } = await octokit().request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...REPO,
      pull_number: 1,
    });
    expect(data).toMatchObject({
      number: 1,
      state: 'open',
      additions: 8,
      deletions: 2,
      changed_files: 2,
      mergeable: null,
      head: { ref: 'feature/realtime-a', sha: standin.state.branches.get('feature/realtime-a') },
      base: { ref: 'main' },
      labels: [{ name: 'team:realtime' }],
      html_url: 'https://github.com/octo-org/octo-repo/pull/1',
      url: `${standin.url}/repos/octo-org/octo-repo/pulls/1`,
    });
  });

  it('pages files with Link headers that Octokit follows', async () => {
    standin.state.setPullFiles(
      1,
      Array.from({ length: 5 }, (_, i) => ({ filename: `f${i}.py` })),
    );
    const first = await call('GET', '/repos/octo-org/octo-repo/pulls/1/files?per_page=2');
    const pages = `${standin.url}/repos/octo-org/octo-repo/pulls/1/files?per_page=2&page=`;
    expect(pluck(first, 'filename')).toEqual(['f0.py', 'f1.py']);
    expect(first.headers.get('link')).toBe(`<${pages}2>; rel="next", <${pages}3>; rel="last"`);
    const last = await call('GET', '/repos/octo-org/octo-repo/pulls/1/files?per_page=2&page=3');
    expect(last.headers.get('link')).toMatch(/page=1>; rel="first", <[^>]*page=2>; rel="prev"$/);
    const all = await octokit().paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      ...REPO,
      pull_number: 1,
      per_page: 2,
    });
    expect(all.map((file) => file.filename)).toEqual(['f0.py', 'f1.py', 'f2.py', 'f3.py', 'f4.py']);
    expect((await call('GET', '/repos/octo-org/octo-repo/pulls/1/files')).headers.get('link')).toBeNull();
  });
});

describe('check runs', () => {
  const create = (body: Record<string, unknown>): Promise<RawAnswer> =>
    call('POST', '/repos/octo-org/octo-repo/check-runs', checkRunBody(body));

  it('creates one as GitHub does, with ids that increase', async () => {
    const { data } = await octokit().request('POST /repos/{owner}/{repo}/check-runs', {
      ...REPO,
      name: 'shipgate',
      head_sha: HEAD,
      status: 'in_progress',
    });
    expect(data).toMatchObject({
      name: 'shipgate',
      head_sha: HEAD,
      status: 'in_progress',
      conclusion: null,
      completed_at: null,
      app: { slug: 'github-actions' },
    });
    const second = await create({ conclusion: 'success' });
    expect(second.json).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      completed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as string,
    });
    expect(Number(second.json.id)).toBeGreaterThan(data.id);
  });

  it('refuses with 422 what GitHub refuses', async () => {
    expect((await create({ status: 'completed' })).status).toBe(422);
    expect((await create({ status: 'in_progress', conclusion: 'success' })).status).toBe(422);
    expect(
      (await call('POST', '/repos/octo-org/octo-repo/check-runs', { name: 'x', head_sha: 'no-such-branch' })).status,
    ).toBe(422);
    const long = await create({ output: { title: 't', summary: 'x'.repeat(65536) } });
    expect(long).toMatchObject({
      status: 422,
      json: { message: expect.stringMatching(/summary must NOT have more than 65535 characters/) as string },
    });
    expect((await create({ output: { title: 't', summary: 'x'.repeat(65535) } })).status).toBe(201);
    expect(standin.state.checkRuns).toHaveLength(1);
  });

  it('accumulates annotations across updates and refuses more than 50 in one request', async () => {
    const run = await create({ output: { title: 'Compliance', summary: 's', annotations: annotations(50) } });
    expect(run.status).toBe(201);
    const path = `/repos/octo-org/octo-repo/check-runs/${String(run.json.id)}`;
    expect((await call('PATCH', path, { output: { summary: 's', annotations: annotations(51, 100) } })).status).toBe(
      422,
    );
    const updated = await call('PATCH', path, {
      conclusion: 'failure',
      output: { summary: 'done', annotations: annotations(30, 51) },
    });
    expect(updated.json).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Compliance', summary: 'done', annotations_count: 80 },
    });
    const listed = await octokit().paginate('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
      ...REPO,
      check_run_id: Number(run.json.id),
      per_page: 100,
    });
    expect(listed.map((a) => a.start_line)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(listed[0]).toMatchObject({
      path: 'src/app.py',
      blob_href: `https://github.com/octo-org/octo-repo/blob/${HEAD}/src/app.py`,
      annotation_level: 'warning',
    });
  });

  it('lists the runs of a commit, latest per name by default', async () => {
    await create({ name: 'lint' });
    await create({ name: 'lint', conclusion: 'success' });
    await create({ name: 'test' });
    const latest = await call('GET', `/repos/octo-org/octo-repo/commits/${HEAD}/check-runs`);
    expect(latest.json.total_count).toBe(2);
    expect(
      (latest.json.check_runs as Array<{ name: string; status: string }>).map((r) => `${r.name}:${r.status}`),
    ).toEqual(['test:queued', 'lint:completed']);
    const all = await call('GET', `/repos/octo-org/octo-repo/commits/${HEAD}/check-runs?filter=all&check_name=lint`);
    expect(all.json.total_count).toBe(2);
  });

  it("links open pull requests whose head is the run's commit", async () => {
    standin.state.addPull({ number: 4, head: { ref: 'feature/x', sha: HEAD } });
    expect((await create({})).json.pull_requests).toMatchObject([{ number: 4, head: { ref: 'feature/x', sha: HEAD } }]);
  });
});

describe('issue comments', () => {
  beforeEach(() => standin.state.addPull({ number: 5, head: 'feature/c' }));

  it('creates, lists, updates and deletes', async () => {
    const client = octokit();
    const { data: created, headers } = await client.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...REPO, issue_number: 5, body: 'hello' },
    );
    expect(headers.location).toBe(created.url);
    expect(created).toMatchObject({
      body: 'hello',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: expect.stringContaining('/pull/5#issuecomment-') as string,
    });
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...REPO,
      comment_id: created.id,
      body: 'edited',
    });
    const { data: listed } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...REPO,
      issue_number: 5,
    });
    expect(listed.map((c) => c.body)).toEqual(['edited']);
    const deleted = await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...REPO,
      comment_id: created.id,
    });
    expect(deleted.status).toBe(204);
    expect(standin.state.commentsOn(5)).toEqual([]);
  });

  it('refuses a body over 65536 characters and comments on unknown issues', async () => {
    expect(
      (await call('POST', '/repos/octo-org/octo-repo/issues/5/comments', { body: 'x'.repeat(65537) })).status,
    ).toBe(422);
    expect(
      (await call('POST', '/repos/octo-org/octo-repo/issues/5/comments', { body: 'x'.repeat(65536) })).status,
    ).toBe(201);
    expect((await call('POST', '/repos/octo-org/octo-repo/issues/6/comments', { body: 'x' })).status).toBe(404);
  });
});

describe('labels', () => {
  beforeEach(() => standin.state.addPull({ number: 8, head: 'feature/l', labels: ['keep'] }));

  it('adds labels, creating unknown ones in the repository', async () => {
    const { data } = await octokit().request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...REPO,
      issue_number: 8,
      labels: ['conflict', 'keep'],
    });
    expect(data.map((label) => label.name)).toEqual(['keep', 'conflict']);
    expect((await call('GET', '/repos/octo-org/octo-repo/labels/conflict')).json).toMatchObject({
      name: 'conflict',
      color: 'ededed',
    });
  });

  it('removes a label, 404 when the issue does not have it', async () => {
    expect((await call('DELETE', '/repos/octo-org/octo-repo/issues/8/labels/keep')).json).toEqual([]);
    const again = await call('DELETE', '/repos/octo-org/octo-repo/issues/8/labels/keep');
    expect(again).toMatchObject({ status: 404, json: { message: 'Label does not exist' } });
  });

  it('creates repository labels, 422 when one exists', async () => {
    expect(
      (await call('POST', '/repos/octo-org/octo-repo/labels', { name: 'merge conflict', color: 'b60205' })).status,
    ).toBe(201);
    expect((await call('GET', '/repos/octo-org/octo-repo/labels/merge%20conflict')).json.color).toBe('b60205');
    const duplicate = await call('POST', '/repos/octo-org/octo-repo/labels', { name: 'Merge Conflict' });
    expect(duplicate).toMatchObject({
      status: 422,
      json: { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] },
    });
  });

  it('updates a repository label, 404 when it does not exist', async () => {
    const updated = await call('PATCH', '/repos/octo-org/octo-repo/labels/keep', {
      color: '0E8A16',
      description: 'Resolved',
    });
    expect(updated.json).toMatchObject({ name: 'keep', color: '0e8a16', description: 'Resolved' });
    expect(standin.state.findLabel('keep')?.color).toBe('0e8a16');
    expect((await call('PATCH', '/repos/octo-org/octo-repo/labels/missing', { color: '000000' })).status).toBe(404);
  });
});

describe('commit statuses', () => {
  it('creates them and lists those of a branch newest first', async () => {
    const sha = standin.state.branches.get('main') ?? '';
    await call('POST', `/repos/octo-org/octo-repo/statuses/${sha}`, { state: 'pending', context: 'shipgate/gate' });
    await call('POST', `/repos/octo-org/octo-repo/statuses/${sha}`, {
      state: 'success',
      context: 'shipgate/gate',
      target_url: 'https://ci.example/1',
    });
    const listed = await call('GET', '/repos/octo-org/octo-repo/commits/main/statuses');
    expect(pluck(listed, 'state')).toEqual(['success', 'pending']);
  });
});

describe('issues', () => {
  beforeEach(() => {
    standin.state.addIssue({
      number: 1,
      title: 'tracking',
      labels: ['shipgate', 'compliance'],
      author: 'github-actions[bot]',
    });
    standin.state.addPull({ number: 2, head: 'feature/p', labels: ['shipgate'] });
    standin.state.addIssue({ number: 3, state: 'closed', labels: ['shipgate', 'compliance'] });
  });

  it('lists pull requests too, with filters on state, labels and creator', async () => {
    const numbers = async (query: string): Promise<number[]> =>
      pluck(await call('GET', `/repos/octo-org/octo-repo/issues${query}`), 'number');
    expect(await numbers('')).toEqual([2, 1]);
    expect(await numbers('?labels=shipgate,compliance&state=all')).toEqual([3, 1]);
    expect(await numbers('?creator=github-actions[bot]')).toEqual([1]);
    expect(pluck(await call('GET', '/repos/octo-org/octo-repo/issues'), 'pull_request')[0]).toMatchObject({
      url: `${standin.url}/repos/octo-org/octo-repo/pulls/2`,
    });
  });

  it('creates and closes an issue', async () => {
    const created = await call('POST', '/repos/octo-org/octo-repo/issues', {
      title: 'V2 compliance',
      labels: ['new-label'],
    });
    expect(created).toMatchObject({ status: 201, json: { number: 4, state: 'open', labels: [{ name: 'new-label' }] } });
    const closed = await call('PATCH', '/repos/octo-org/octo-repo/issues/4', {
      state: 'closed',
      state_reason: 'completed',
    });
    expect(closed.json).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      closed_at: expect.any(String) as string,
    });
  });
});

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
      sha: standin.state.branches.get('main'),
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
    standin.faults.inject({ method: 'POST', route, skip: 1, times: 2, fault: { kind: 'status', status: 503 } });
    expect([
      (await postRun()).status,
      (await postRun()).status,
      (await postRun()).status,
      (await postRun()).status,
    ]).toEqual([201, 503, 503, 201]);
    expect(standin.requests.map((r) => r.fault)).toEqual([undefined, 'status', 'status', undefined]);
    expect(standin.faults.pending).toBe(0);
  });

  it('only hits the method and route it was injected on, and only routes GitHub has', async () => {
    standin.faults.inject({ method: 'POST', route, fault: { kind: 'status', status: 500, message: 'boom' } });
    expect((await call('GET', `/repos/octo-org/octo-repo/commits/${HEAD}/check-runs`)).status).toBe(200);
    expect(await postRun()).toMatchObject({ status: 500, json: { message: 'boom' } });
    expect(() => standin.faults.inject({ route: '/repos/{owner}/{repo}/check-run', fault: { kind: 'reset' } })).toThrow(
      /no such path/,
    );
  });

  it("gives a primary rate limit with GitHub's headers, the reset counted from the stand-in's clock", async () => {
    standin.state.clock = () => new Date('2030-01-01T00:00:00Z');
    standin.faults.inject({ route, fault: { kind: 'primary-rate-limit', resetInSeconds: 120 } });
    const answer = await postRun();
    expect([answer.status, answer.headers.get('x-ratelimit-remaining')]).toEqual([403, '0']);
    expect(answer.json.message).toMatch(/^API rate limit exceeded/);
    expect(answer.headers.get('x-ratelimit-used')).toBe(answer.headers.get('x-ratelimit-limit'));
    expect(Number(answer.headers.get('x-ratelimit-reset'))).toBe(Date.UTC(2030, 0, 1) / 1000 + 120);
  });

  it('gives a secondary rate limit with retry-after', async () => {
    standin.faults.inject({ route, fault: { kind: 'secondary-rate-limit', retryAfter: 7 } });
    const answer = await postRun();
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([403, '7']);
    expect(answer.json.message).toMatch(/^You have exceeded a secondary rate limit/);
  });

  it('gives 403 "Resource not accessible by integration" for a missing permission', async () => {
    standin.faults.inject({ route, fault: { kind: 'forbidden' } });
    expect(await postRun()).toMatchObject({
      status: 403,
      json: {
        message: 'Resource not accessible by integration',
        documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//) as string,
      },
    });
  });

  it('resets the connection', async () => {
    standin.faults.inject({ route, fault: { kind: 'reset' } });
    await expect(postRun()).rejects.toThrow(/fetch failed/);
    await expect(octokit().request('GET /repos/{owner}/{repo}', REPO)).resolves.toMatchObject({ status: 200 });
    expect(standin.requests[0]).toMatchObject({ status: 0, fault: 'reset' });
    expect(standin.state.checkRuns).toHaveLength(0);
  });

  it('carries out the write, then answers with the error (after-write)', async () => {
    standin.faults.inject({ method: 'POST', route, times: 2, fault: { kind: 'after-write', status: 504 } });
    expect([(await postRun()).status, (await postRun()).status, standin.state.checkRuns.length]).toEqual([504, 504, 2]);
    expect(await postRun()).toMatchObject({ status: 201 });
  });

  it('delays an answer, then answers normally', async () => {
    standin.faults.inject({ route, fault: { kind: 'delay', ms: 300 } });
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
      baseUrl: standin.url,
      throttle: { onRateLimit, onSecondaryRateLimit, retryAfterBaseValue: 1 },
    });
    standin.faults.inject({ route: '/repos/{owner}/{repo}', fault: { kind: 'secondary-rate-limit', retryAfter: 7 } });
    await expect(client.request('GET /repos/{owner}/{repo}', REPO)).resolves.toMatchObject({ status: 200 });
    expect(onSecondaryRateLimit).toHaveBeenCalledOnce();
    expect(onSecondaryRateLimit.mock.calls[0]?.[0]).toBe(7);
    standin.faults.inject({
      route: '/repos/{owner}/{repo}',
      fault: { kind: 'primary-rate-limit', resetInSeconds: 30 },
    });
    expect(await statusOf(client.request('GET /repos/{owner}/{repo}', REPO))).toBe(403);
    expect(onRateLimit).toHaveBeenCalledOnce();
    expect(onRateLimit.mock.calls[0]?.[0]).toBeGreaterThanOrEqual(30);
  });
});
