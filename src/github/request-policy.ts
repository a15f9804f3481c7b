import type { Octokit, OctokitOptions } from '@octokit/core';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import type { RetryOptions } from '@octokit/plugin-retry';
import type { EndpointDefaults } from '@octokit/types';
import Bottleneck from 'bottleneck';
import type { Logger } from '../logger.js';
import { GitHubRequestError, apiMessageOf, responseOf, statusOf } from './request-error.js';

/** How the client rides out GitHub's failures and limits. */
export interface RequestPolicy {
  logger: Logger;
  /** Retries after the first attempt, for 5xx answers, resets and rate limits alike. */
  retries: number;
  /** Backoff for 5xx answers and resets: the n-th retry waits n² times this. */
  retryBaseDelayMs: number;
  /** Multiplies every wait GitHub asks for (rate-limit resets, retry-after, spacing of writes); tests shrink it. */
  waitScale: number;
  /** A rate limit that lifts later than this is not waited for: the call fails and says so. */
  maxRateLimitWaitSeconds: number;
}

/** Octokit options carrying our policy to the plugins below (Octokit passes its options to every plugin). */
export type PolicyOptions = OctokitOptions & { shipgatePolicy?: RequestPolicy };

type RequestOptions = Required<EndpointDefaults>;

// Attempts per request, keyed by the options object Octokit hands unchanged to every hook and retry.
const attemptsByRequest = new WeakMap<object, number>();

// The retry plugin must leave client errors alone, and 429 too: the throttling plugin owns rate limits.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

/** Innermost plugin: counts every attempt and warns when a failed one is about to be retried. */
export function countAttempts(octokit: Octokit, options: PolicyOptions): void {
  const policy = options.shipgatePolicy;
  octokit.hook.before('request', (request) => {
    attemptsByRequest.set(request, (attemptsByRequest.get(request) ?? 0) + 1);
  });
  octokit.hook.error('request', (error, request) => {
    if (policy !== undefined) warnIfRetrying(policy, error, request);
    throw error;
  });
}

/** Outermost plugin: turns a request's final failure into one clear GitHubRequestError. */
export function explainFailures(octokit: Octokit): void {
  octokit.hook.error('request', (error, request) => {
    throw toGitHubRequestError(error, request);
  });
}

function warnIfRetrying(policy: RequestPolicy, error: unknown, request: RequestOptions): void {
  const status = statusOf(error);
  const attempt = attemptsByRequest.get(request) ?? 1;
  // Only 5xx (and 500 for "no answer") reach the retry plugin; rate limits warn in their own handlers.
  if (status === undefined || status < 500 || attempt > policy.retries) return;
  policy.logger.warning(
    `GitHub API ${describeRequest(error, request)} failed (${answerOf(error, status)}); ` +
      `retrying with backoff (attempt ${attempt + 1} of ${policy.retries + 1}).`,
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
  return new GitHubRequestError(message, status, apiMessageOf(error), attempts, headers, { cause: error });
}

function answerOf(error: unknown, status: number): string {
  const apiMessage = apiMessageOf(error);
  return responseOf(error) === undefined ? `no answer (${apiMessage})` : `${status} ${apiMessage}`;
}

function rateLimitResetNote(status: number, headers: Record<string, string | number | undefined>): string {
  if ((status !== 403 && status !== 429) || String(headers['x-ratelimit-remaining']) !== '0') return '';
  const reset = Number(headers['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return '';
  return ` The rate limit resets at ${new Date(reset * 1000).toISOString()}.`;
}

/** "POST /repos/o/r/check-runs": the expanded path when the error has it, else the route. */
function describeRequest(error: unknown, request: RequestOptions): string {
  const url = requestUrlOf(error) ?? request.url ?? '';
  let path = url;
  try {
    path = new URL(url, 'https://api.github.com').pathname;
  } catch {
    // keep the raw text: it is only for the message
  }
  return `${request.method} ${path}`;
}

function requestUrlOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('request' in error)) return undefined;
  const sent = (error as { request: unknown }).request;
  if (typeof sent !== 'object' || sent === null || !('url' in sent)) return undefined;
  const url = (sent as { url: unknown }).url;
  return typeof url === 'string' ? url : undefined;
}

export function retryOptions(policy: RequestPolicy): RetryOptions {
  return { retries: policy.retries, retryAfterBaseValue: policy.retryBaseDelayMs, doNotRetry: DO_NOT_RETRY };
}

export function throttleOptions(policy: RequestPolicy): ThrottlingOptions {
  const options: ThrottlingOptions = {
    retryAfterBaseValue: 1000 * policy.waitScale,
    onRateLimit: rateLimitHandler(policy, "GitHub's rate limit for this token is used up"),
    onSecondaryRateLimit: rateLimitHandler(policy, 'GitHub applied a secondary rate limit'),
  };
  // The plugin spaces writes 1 s apart (GitHub's advice) in process-wide groups; scaled waits need our own.
  if (policy.waitScale !== 1) Object.assign(options, scaledSpacingGroups(policy.waitScale));
  return options;
}

function scaledSpacingGroups(scale: number): Pick<ThrottlingOptions, 'write' | 'notifications' | 'search'> {
  const group = (minTime: number): Bottleneck.Group =>
    new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.round(minTime * scale) });
  return { write: group(1000), notifications: group(3000), search: group(2000) };
}

type LimitHandler = (retryAfter: number, request: RequestOptions, octokit: Octokit, retryCount: number) => boolean;

function rateLimitHandler(policy: RequestPolicy, what: string): LimitHandler {
  return (retryAfter, request, _octokit, retryCount) => {
    const call = `${request.method} ${request.url}`;
    if (retryCount >= policy.retries) {
      policy.logger.warning(`${what} (${call}); giving up after ${retryCount + 1} attempts.`);
      return false;
    }
    if (retryAfter > policy.maxRateLimitWaitSeconds) {
      policy.logger.warning(
        `${what} (${call}) for ${retryAfter} s, longer than the ${policy.maxRateLimitWaitSeconds} s shipgate waits; giving up.`,
      );
      return false;
    }
    const wait = formatSeconds(retryAfter * policy.waitScale);
    policy.logger.warning(
      `${what} (${call}); waiting ${wait} before retrying (attempt ${retryCount + 2} of ${policy.retries + 1}).`,
    );
    return true;
  };
}

function formatSeconds(seconds: number): string {
  return seconds >= 1 ? `${Math.round(seconds)} s` : `${Math.round(seconds * 1000)} ms`;
}
