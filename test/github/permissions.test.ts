import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { CheckRuns } from '../../src/github/check-runs.js';
import { Labels } from '../../src/github/labels.js';
import { GitHubPermissionError, explainRefusal } from '../../src/github/permissions.js';
import { StickyComments } from '../../src/github/comments.js';
import { REPO, requestsTo, testClient, useStandin } from './support.js';

const standin = useStandin();
const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs';

describe('permission refusals', () => {
  it('turns a 403 "Resource not accessible by integration" into an error naming the permission', async () => {
    standin().faults.inject({
      method: 'POST',
      route: CHECK_RUNS,
      times: 1,
      fault: { kind: 'forbidden', message: 'Resource not accessible by integration' },
    });
    const sha = standin().state.branches.get('main')!;
    const attempt = new CheckRuns(testClient(standin()), REPO).create({ name: 'shipgate', headSha: sha });
    await expect(attempt).rejects.toBeInstanceOf(GitHubPermissionError);
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toMatchObject({ permission: 'checks: write', status: 403 });
    await expect(attempt).rejects.toThrow(
      'GitHub refused to create a check run: the workflow token lacks "checks: write". ' +
        'Add "permissions: checks: write" to the job. On pull requests from forks',
    );
    // No advice to move to pull_request_target or workflow_run: neither scans a fork's code safely.
    await expect(attempt).rejects.not.toThrow(/pull_request_target|workflow_run/);
    await expect(attempt).rejects.toThrow(
      /On pull requests from forks GitHub gives the workflow a read-only token .*the step's own annotations and its result still report the verdict\.$/,
    );
    // A refusal is not retried: asking again would not change GitHub's mind.
    expect(requestsTo(standin(), 'POST', CHECK_RUNS)).toHaveLength(1);
  });

  it('names pull-requests: write for a refused comment', async () => {
    const number = standin().state.addPull({ head: 'feature/fork' }).number;
    standin().faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      times: 1,
      fault: { kind: 'forbidden', message: 'Resource not accessible by integration' },
    });
    const attempt = new StickyComments(testClient(standin()), REPO).upsert(number, 'gate', 'hello');
    await expect(attempt).rejects.toThrow(
      `GitHub refused to comment on #${number}: the workflow token lacks "pull-requests: write".`,
    );
  });

  it('leaves a 404 alone where it means "absent", and explains it where it means "hidden"', async () => {
    const number = standin().state.addPull({ head: 'feature/absent' }).number;
    await expect(new Labels(testClient(standin()), REPO).remove(number, 'not-there')).resolves.toBe(false);
    const notFound = { status: 404, message: 'Not Found' };
    expect(explainRefusal(notFound, 'statuses: write', 'set a status')).toBeUndefined();
    expect(explainRefusal(notFound, 'statuses: write', 'set a status', { notFoundMeansDenied: true })?.message).toMatch(
      /^GitHub answered "Not Found" when asked to set a status: .*Add "permissions: statuses: write" to the job\.$/,
    );
  });

  it('does not mistake other 403s (rate limits) for a missing permission', () => {
    const rateLimited = { status: 403, message: 'API rate limit exceeded for installation ID 1.' };
    expect(explainRefusal(rateLimited, 'checks: write', 'create a check run')).toBeUndefined();
  });
});
