// The request policy, and the settings it gives Octokit's retry and throttling plugins.
import type { Octokit, OctokitOptions } from '@octokit/core';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import type { RetryOptions } from '@octokit/plugin-retry';
import type { EndpointDefaults } from '@octokit/types';
import Bottleneck from 'bottleneck';
import type { Logger } from '../core/logger.js';

/** How the client rides out GitHub's failures and limits. */
export interface RequestPolicy {
  logger: Logger;
  /**
   * Retries after the first attempt, for 5xx answers, resets, timeouts and rate limits alike. Creating writes
   * (see create-once.ts) are not retried blindly: they look for what a failed attempt may have made first.
   */
  retries: number;
  /** Backoff for 5xx answers and resets: the n-th retry waits n² times this. */
  retryBaseDelayMs: number;
  /** Multiplies every wait GitHub asks for (rate-limit resets, retry-after, spacing of writes); tests shrink it. */
  waitScale: number;
  /** A rate limit that lifts later than this is not waited for: the call fails and says so. */
  maxRateLimitWaitSeconds: number;
  /** Each attempt is abandoned after this long without a full answer; 0 means never. */
  requestTimeoutMs: number;
  /**
   * When (epoch ms) every call of this client must have ended, retries and rate-limit waits included: a
   * GitHub that does not answer costs a step this long at most, not minutes per call.
   */
  deadline?: number;
}

/** Octokit options carrying our policy to the plugins in request-hooks.ts (Octokit passes its options to every plugin). */
export type PolicyOptions = OctokitOptions & { shipgatePolicy?: RequestPolicy };

/** A request as Octokit's hooks and throttling handlers see it. */
export type RequestOptions = Required<EndpointDefaults>;

// The retry plugin must leave client errors alone, and 429 too: the throttling plugin owns rate limits.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

export function retryOptions(policy: RequestPolicy): RetryOptions {
  return { retries: policy.retries, retryAfterBaseValue: policy.retryBaseDelayMs, doNotRetry: DO_NOT_RETRY };
}

/** The retries the retry plugin grants this request: its own `request.retries` (0 for creating writes), else the policy's. */
export function retriesFor(policy: RequestPolicy, request: RequestOptions): number {
  const own: unknown = (request.request as { retries?: unknown } | undefined)?.retries;
  return typeof own === 'number' ? own : policy.retries;
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
    const left = policy.deadline === undefined ? Infinity : (policy.deadline - Date.now()) / 1000;
    if (retryAfter * policy.waitScale > left) {
      policy.logger.warning(
        `${what} (${call}) for ${retryAfter} s, past the time allowed for GitHub calls; giving up.`,
      );
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
