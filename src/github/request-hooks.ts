// The Octokit plugins that count attempts, warn on retries and explain a request's final failure.
import type { Octokit } from '@octokit/core';
import { answerOf, describeRequest, rateLimitResetNote } from './request-failure-text.js';
import { GitHubRequestError, apiMessageOf, responseOf, statusOf } from './request-error.js';
import { retriesFor, type PolicyOptions, type RequestOptions, type RequestPolicy } from './request-policy.js';
import { TimeBudgetSpentError } from './request-timeout.js';

// Attempts per request, keyed by the options object Octokit hands unchanged to every hook and retry.
const attemptsByRequest = new WeakMap<object, number>();

/** Innermost plugin: counts every attempt and warns when a failed one is about to be retried. */
export function countAttempts(octokit: Octokit, options: PolicyOptions): void {
  const policy = options.shipgatePolicy;
  octokit.hook.before('request', (request) => {
    attemptsByRequest.set(request, (attemptsByRequest.get(request) ?? 0) + 1);
  });
  octokit.hook.error('request', (error, request) => {
    if (policy !== undefined) {
      stopAtDeadline(policy, error, request);
      warnIfRetrying(policy, error, request);
    }
    throw error;
  });
}

/** Gives the client its policy as `client.requestPolicy`, for calls that pace their own retries (create-once.ts). */
export function exposePolicy(_octokit: Octokit, options: PolicyOptions): { requestPolicy: RequestPolicy | undefined } {
  return { requestPolicy: options.shipgatePolicy };
}

/** Outermost plugin: turns a request's final failure into one clear GitHubRequestError. */
export function explainFailures(octokit: Octokit): void {
  octokit.hook.error('request', (error, request) => {
    throw toGitHubRequestError(error, request);
  });
}

/** A retry whose backoff would end past the client's deadline is not waited for: the failure stands. */
function stopAtDeadline(policy: RequestPolicy, error: unknown, request: RequestOptions): void {
  const status = statusOf(error);
  const attempt = attemptsByRequest.get(request) ?? 1;
  if (policy.deadline === undefined || status === undefined || status < 500 || attempt > retriesFor(policy, request))
    return;
  if (Date.now() + policy.retryBaseDelayMs * attempt * attempt < policy.deadline) return;
  const reason = `${describeRequest(error, request)} failed (${answerOf(error, status)})`;
  throw new TimeBudgetSpentError(
    `${reason}, and the time allowed for GitHub calls in this step leaves no room to retry`,
    {
      cause: error,
    },
  );
}

function warnIfRetrying(policy: RequestPolicy, error: unknown, request: RequestOptions): void {
  const status = statusOf(error);
  const attempt = attemptsByRequest.get(request) ?? 1;
  const retries = retriesFor(policy, request);
  // Only 5xx (and 500 for "no answer") reach the retry plugin; rate limits warn in their own handlers.
  if (status === undefined || status < 500 || attempt > retries) return;
  policy.logger.warning(
    `GitHub API ${describeRequest(error, request)} failed (${answerOf(error, status)}); ` +
      `retrying with backoff (attempt ${attempt + 1} of ${retries + 1}).`,
  );
}

function toGitHubRequestError(error: unknown, request: RequestOptions): unknown {
  const status = statusOf(error);
  if (status === undefined || error instanceof GitHubRequestError) return error;
  const attempts = attemptsByRequest.get(request) ?? 1;
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  const headers = responseOf(error)?.headers ?? {};
  const message =
    `GitHub API ${describeRequest(error, request)} failed${tries}: ${answerOf(error, status)}.` +
    rateLimitResetNote(status, headers);
  return new GitHubRequestError(
    message,
    { status, apiMessage: apiMessageOf(error), attempts, responseHeaders: headers },
    { cause: error },
  );
}
