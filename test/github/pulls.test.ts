import { describe, expect, it } from 'vitest';
import { PullRequests } from '../../src/github/pulls.js';
import type { PullFileSeed } from '../support/standin/seeds.js';
import { REPO, requestsTo, testClient, useStandin } from './support.js';

const standin = useStandin();

describe('PullRequests', () => {
  it('gets a pull request as a small object', async () => {
    const seeded = standin().state.addPull({
      head: { ref: 'feature/ai-workflow-x', sha: 'a'.repeat(40) },
      title: 'AI workflow',
      labels: ['team:ai'],
      draft: true,
    });
    const pull = await new PullRequests(testClient(standin()), REPO).get(seeded.number);
    expect(pull).toMatchObject({
      number: seeded.number,
      title: 'AI workflow',
      state: 'open',
      draft: true,
      merged: false,
      labels: ['team:ai'],
      headRef: 'feature/ai-workflow-x',
      headSha: 'a'.repeat(40),
      baseRef: 'main',
      baseSha: standin().state.branches.get('main'),
      isFork: false,
    });
  });

  it('lists every changed file across pages, with renames', async () => {
    const files: PullFileSeed[] = Array.from({ length: 250 }, (_, i) => ({
      filename: `src/f${i}.py`,
      status: 'modified',
      additions: i,
      deletions: 1,
    }));
    files.push({
      filename: 'src/new_name.py',
      status: 'renamed',
      additions: 0,
      deletions: 0,
      previousFilename: 'src/old_name.py',
    });
    const number = standin().state.addPull({ head: 'feature/big', files }).number;
    const changed = await new PullRequests(testClient(standin()), REPO).changedFiles(number);
    expect(changed).toHaveLength(251);
    expect(changed[7]).toEqual({ path: 'src/f7.py', status: 'modified', additions: 7, deletions: 1 });
    expect(changed[250]).toEqual({
      path: 'src/new_name.py',
      status: 'renamed',
      previousPath: 'src/old_name.py',
      additions: 0,
      deletions: 0,
    });
    expect(requestsTo(standin(), 'GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(3);
  });

  it('lists open pull requests across pages, optionally by base', async () => {
    for (let i = 0; i < 105; i += 1) standin().state.addPull({ head: `feature/p${i}` });
    standin().state.addPull({ head: 'hotfix/1', base: 'release' });
    standin().state.addPull({ head: 'feature/done', state: 'closed' });
    const pulls = new PullRequests(testClient(standin()), REPO);
    const open = await pulls.listOpen();
    expect(open).toHaveLength(106);
    expect(open.every((pull) => pull.state === 'open')).toBe(true);
    const release = await pulls.listOpen({ base: 'release' });
    expect(release.map((pull) => pull.headRef)).toEqual(['hotfix/1']);
  });

  it('names "pull-requests: read" when GitHub refuses to list pull requests or their files', async () => {
    const number = standin().state.addPull({ head: 'feature/x' }).number;
    standin().faults.inject({ method: 'GET', route: '/repos/{owner}/{repo}/pulls', fault: { kind: 'forbidden' } });
    standin().faults.inject({
      method: 'GET',
      route: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      fault: { kind: 'forbidden' },
    });
    standin().faults.inject({
      method: 'GET',
      route: '/repos/{owner}/{repo}/pulls/{pull_number}',
      fault: { kind: 'forbidden' },
    });
    const pulls = new PullRequests(testClient(standin()), REPO);
    for (const attempt of [pulls.listOpen(), pulls.changedFiles(number), pulls.get(number)]) {
      await expect(attempt).rejects.toMatchObject({
        name: 'GitHubPermissionError',
        permission: 'pull-requests: read',
        status: 403,
      });
    }
  });
});
