import { beforeEach, describe, expect, it } from 'vitest';
import { pluck } from '../support/standin/index.js';
import { callOn, octokitFor, REPO, useStandin } from './support.js';

// The stand-in answers comment, label, status and issue calls like GitHub.
const standinNow = useStandin();
const call = callOn(standinNow);
const octokit = () => octokitFor(standinNow());

describe('issue comments', () => {
  beforeEach(() => standinNow().state.addPull({ number: 5, head: 'feature/c' }));

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
    expect(standinNow().state.commentsOn(5)).toEqual([]);
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
  beforeEach(() => standinNow().state.addPull({ number: 8, head: 'feature/l', labels: ['keep'] }));

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
    expect(standinNow().state.findLabel('keep')?.color).toBe('0e8a16');
    expect((await call('PATCH', '/repos/octo-org/octo-repo/labels/missing', { color: '000000' })).status).toBe(404);
  });
});

describe('commit statuses', () => {
  it('creates them and lists those of a branch newest first', async () => {
    const sha = standinNow().state.branches.get('main') ?? '';
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
    standinNow().state.addIssue({
      number: 1,
      title: 'tracking',
      labels: ['shipgate', 'compliance'],
      author: 'github-actions[bot]',
    });
    standinNow().state.addPull({ number: 2, head: 'feature/p', labels: ['shipgate'] });
    standinNow().state.addIssue({ number: 3, state: 'closed', labels: ['shipgate', 'compliance'] });
  });

  it('lists pull requests too, with filters on state, labels and creator', async () => {
    const numbers = async (query: string): Promise<number[]> =>
      pluck(await call('GET', `/repos/octo-org/octo-repo/issues${query}`), 'number');
    expect(await numbers('')).toEqual([2, 1]);
    expect(await numbers('?labels=shipgate,compliance&state=all')).toEqual([3, 1]);
    expect(await numbers('?creator=github-actions[bot]')).toEqual([1]);
    expect(pluck(await call('GET', '/repos/octo-org/octo-repo/issues'), 'pull_request')[0]).toMatchObject({
      url: `${standinNow().url}/repos/octo-org/octo-repo/pulls/2`,
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
