import { beforeEach, describe, expect, it } from 'vitest';
import { pluck, type RawAnswer } from '../support/standin/index.js';
import { annotations, callOn, checkRunBody, HEAD, octokitFor, REPO, useStandin } from './support.js';

// The stand-in answers pull request and check run calls like GitHub.
const standinNow = useStandin();
const call = callOn(standinNow);
const octokit = () => octokitFor(standinNow());

describe('pull requests', () => {
  beforeEach(() => {
    standinNow().state.addPull({ number: 1, head: 'feature/realtime-a', labels: ['team:realtime'] });
    standinNow().state.addPull({ number: 2, head: 'feature/ai-b', base: 'release' });
    standinNow().state.addPull({ number: 3, head: 'feature/old', state: 'closed' });
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
    standinNow().state.setPullFiles(1, [
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
      head: { ref: 'feature/realtime-a', sha: standinNow().state.branches.get('feature/realtime-a') },
      base: { ref: 'main' },
      labels: [{ name: 'team:realtime' }],
      html_url: 'https://github.com/octo-org/octo-repo/pull/1',
      url: `${standinNow().url}/repos/octo-org/octo-repo/pulls/1`,
    });
  });

  it('pages files with Link headers that Octokit follows', async () => {
    standinNow().state.setPullFiles(
      1,
      Array.from({ length: 5 }, (_, i) => ({ filename: `f${i}.py` })),
    );
    const first = await call('GET', '/repos/octo-org/octo-repo/pulls/1/files?per_page=2');
    const pages = `${standinNow().url}/repos/octo-org/octo-repo/pulls/1/files?per_page=2&page=`;
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
    expect(standinNow().state.checkRuns).toHaveLength(1);
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
    standinNow().state.addPull({ number: 4, head: { ref: 'feature/x', sha: HEAD } });
    expect((await create({})).json.pull_requests).toMatchObject([{ number: 4, head: { ref: 'feature/x', sha: HEAD } }]);
  });
});
