import { describe, expect, it } from 'vitest';
import {} from '../support/standin/index.js';
import {
  annotations,
  callOn,
  checkRunBody,
  HEAD,
  octokitFor,
  REPO,
  takeViolation as take,
  useStandin,
} from './support.js';

// The stand-in refuses what GitHub's description refuses, and says what it got wrong itself.
const standinNow = useStandin();
const call = callOn(standinNow);
const octokit = () => octokitFor(standinNow());
const takeViolation = (): string => take(standinNow());

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
      standinNow().state.addIssue({ number: 3 });
      const answer = await call(method, `/repos/octo-org/octo-repo${path}`, body);
      expect(answer.status).toBe(400);
      expect(answer.json.message).toMatch(/^stand-in: /);
      const violation = takeViolation();
      expect(violation.startsWith(`${method} /repos/octo-org/octo-repo${path}: `)).toBe(true);
      expect(violation).toMatch(problem);
      expect([
        standinNow().state.checkRuns.length,
        standinNow().state.statuses.length,
        standinNow().state.labelNames(3).length,
      ]).toEqual([0, 0, 0]);
    },
  );

  it('makes assertNoViolations throw with the list, then start clean', async () => {
    await call('GET', '/nowhere');
    expect(() => standinNow().assertNoViolations()).toThrow(
      /1 exchange\(s\) broke GitHub's OpenAPI description:\n {2}- GET \/nowhere/,
    );
    expect(standinNow().violations).toEqual([]);
  });

  it('records every request with its route, operation and status', async () => {
    await octokit().request('POST /repos/{owner}/{repo}/check-runs', { ...REPO, name: 'a', head_sha: HEAD });
    expect(standinNow().requests).toEqual([
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
    standinNow().state.repository.createdAt = 'yesterday';
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
