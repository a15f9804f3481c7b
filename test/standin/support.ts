// Shared by the stand-in's own tests: one stand-in per test file, reset between tests, and the helpers
// that call it raw or through Octokit.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { expect } from 'vitest';
import { fakeSha, rawCall, type RawAnswer, type Standin } from '../support/standin/index.js';

export { useStandin } from '../github/support.js';

export const PagingOctokit = Octokit.plugin(paginateRest);
export const REPO = { owner: 'octo-org', repo: 'octo-repo' };
export const HEAD = fakeSha('head');

export const octokitFor = (standin: Standin): InstanceType<typeof PagingOctokit> =>
  new PagingOctokit({ auth: 'test-token', baseUrl: standin.url });

export const callOn =
  (standin: () => Standin) =>
  (method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<RawAnswer> =>
    rawCall(standin(), method, path, body, headers);

/** The one violation a test provoked on purpose; taken out so afterEach stays quiet. */
export function takeViolation(standin: Standin): string {
  const violations = standin.takeViolations();
  expect(violations).toHaveLength(1);
  return violations[0] ?? '';
}

export const checkRunBody = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'shipgate',
  head_sha: HEAD,
  ...extra,
});

export function annotations(count: number, from = 1): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, index) => ({
    path: 'src/app.py',
    start_line: from + index,
    end_line: from + index,
    annotation_level: 'warning',
    message: `m${from + index}`,
  }));
}
