import { describe, expect, it } from 'vitest';
import { Labels } from '../../src/github/labels.js';
import { GitHubPermissionError } from '../../src/github/permissions.js';
import { CommitStatuses } from '../../src/github/statuses.js';
import { REPO, requestsTo, testClient, useStandin, writes } from './support.js';

const standin = useStandin();
const ADD = '/repos/{owner}/{repo}/issues/{issue_number}/labels';

describe('Labels', () => {
  it('adds only labels not already there, and adding twice is harmless', async () => {
    const number = standin().state.addPull({ head: 'feature/a', labels: ['team:realtime'] }).number;
    const labels = new Labels(testClient(standin()), REPO);
    const current = await labels.list(number);
    expect(current).toEqual(['team:realtime']);
    expect(await labels.add(number, ['team:realtime', 'conflict', 'conflict'], current)).toEqual(['conflict']);
    expect(requestsTo(standin(), 'POST', ADD).map((request) => request.body)).toEqual([{ labels: ['conflict'] }]);
    expect(await labels.add(number, ['conflict'], ['Conflict'])).toEqual([]);
    expect(requestsTo(standin(), 'POST', ADD)).toHaveLength(1);
    await labels.add(number, ['conflict']); // no known list: GitHub's add is idempotent
    expect(standin().state.labelNames(number).sort()).toEqual(['conflict', 'team:realtime']);
  });

  it('removes a label, and removing an absent one is not an error', async () => {
    const number = standin().state.addPull({ head: 'feature/b', labels: ['conflict', 'keep'] }).number;
    const labels = new Labels(testClient(standin()), REPO);
    expect(await labels.remove(number, 'conflict')).toBe(true);
    expect(await labels.remove(number, 'conflict')).toBe(false);
    expect(standin().state.labelNames(number)).toEqual(['keep']);
  });

  it('ensures a repository label: creates, leaves alone, then corrects colour and description', async () => {
    const labels = new Labels(testClient(standin()), REPO);
    expect(
      await labels.ensure({ name: 'shipgate:conflict', color: '#D93F0B', description: 'Conflicts with another PR' }),
    ).toBe('created');
    const writesAfterCreate = writes(standin()).length;
    expect(
      await labels.ensure({ name: 'shipgate:conflict', color: 'd93f0b', description: 'Conflicts with another PR' }),
    ).toBe('unchanged');
    expect(writes(standin())).toHaveLength(writesAfterCreate);
    expect(await labels.ensure({ name: 'shipgate:conflict', color: '0e8a16', description: 'Resolved' })).toBe(
      'updated',
    );
    expect(standin().state.findLabel('shipgate:conflict')).toMatchObject({ color: '0e8a16', description: 'Resolved' });
  });
});

describe('Labels without the issues permission', () => {
  it('names "issues: write" when GitHub refuses to create a label the pull request is given', async () => {
    const number = standin().state.addPull({ head: 'feature/c' }).number;
    const message = 'You do not have permission to create labels on this repository.';
    standin().faults.inject({ method: 'POST', route: ADD, fault: { kind: 'forbidden', message } });
    const attempt = new Labels(testClient(standin()), REPO).add(number, ['shipgate:conflict']);
    await expect(attempt).rejects.toBeInstanceOf(GitHubPermissionError);
    await expect(attempt).rejects.toMatchObject({ permission: 'issues: write', status: 403 });
    await expect(attempt).rejects.toThrow(
      /the workflow token lacks "issues: write" \(GitHub creates a label that does not exist yet\)/,
    );
  });

  it('names "pull-requests: read" when GitHub refuses to list the labels', async () => {
    const number = standin().state.addPull({ head: 'feature/d' }).number;
    standin().faults.inject({ method: 'GET', route: ADD, fault: { kind: 'forbidden' } });
    await expect(new Labels(testClient(standin()), REPO).list(number)).rejects.toMatchObject({
      permission: 'pull-requests: read',
    });
  });
});

describe('CommitStatuses', () => {
  it('creates a status with its description cut to 140 characters', async () => {
    const sha = standin().state.branches.get('main')!;
    const status = await new CommitStatuses(testClient(standin()), REPO).create({
      sha,
      state: 'failure',
      context: 'shipgate/compliance',
      description: `3 files over the limit: ${'src/very/long/path.py, '.repeat(10)}`,
      targetUrl: 'https://example.com/runs/42',
    });
    expect(status).toMatchObject({
      state: 'failure',
      context: 'shipgate/compliance',
      targetUrl: 'https://example.com/runs/42',
    });
    const stored = standin().state.statuses;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      sha,
      state: 'failure',
      context: 'shipgate/compliance',
      targetUrl: 'https://example.com/runs/42',
    });
    expect(stored[0]!.description).toHaveLength(140);
    expect(stored[0]!.description!.endsWith('…')).toBe(true);
  });

  it('does not set a status twice when GitHub set it but answered 502', async () => {
    const sha = standin().state.branches.get('main')!;
    const statuses = new CommitStatuses(testClient(standin()), REPO);
    await statuses.create({ sha, state: 'success', context: 'shipgate/compliance' });
    await statuses.create({ sha, state: 'failure', context: 'shipgate/compliance' });
    standin().faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/statuses/{sha}',
      fault: { kind: 'after-write', status: 502 },
    });
    const status = await statuses.create({
      sha,
      state: 'success',
      context: 'shipgate/compliance',
      description: 'All good',
    });
    expect(standin().state.statuses.map((stored) => stored.state)).toEqual(['success', 'failure', 'success']);
    expect(status).toMatchObject({ state: 'success', context: 'shipgate/compliance', description: 'All good' });
  });
});
