import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { countAttempts, explainFailures, exposePolicy } from './request-hooks.js';
import { retryOptions, throttleOptions, type PolicyOptions, type RequestPolicy } from './request-policy.js';
import { proxyFetch } from './proxy.js';
import { limitAttemptTime } from './request-timeout.js';

// Plugin order matters: hooks registered first run innermost. limitAttemptTime and countAttempts see every
// single attempt, explainFailures only the final outcome, after retry and throttling have done their work.
const ShipgateOctokit = Octokit.plugin(
  limitAttemptTime,
  countAttempts,
  exposePolicy,
  restEndpointMethods,
  paginateRest,
  retry,
  throttling,
  explainFailures,
);

/** The one GitHub client type every shipgate module takes. */
export type GitHubClient = InstanceType<typeof ShipgateOctokit>;

export interface GitHubClientOptions {
  token: string;
  logger: Logger;
  /** REST API root; defaults to GITHUB_API_URL (set by the runner, GHES included), else api.github.com. */
  baseUrl?: string;
  /**
   * Retries after the first attempt for 5xx answers, resets, timeouts and rate limits. Default 3. Creating
   * writes (issues, comments, check runs, deployments, statuses) look for what a failed attempt made first.
   */
  retries?: number;
  /** Backoff base for 5xx answers and resets: the n-th retry waits n² times this. Default 1000 ms. */
  retryBaseDelayMs?: number;
  /** Multiplies waits GitHub asks for (rate-limit resets, retry-after, write spacing). Default 1; tests shrink it. */
  waitScale?: number;
  /** Rate limits lifting later than this fail at once instead of waiting. Default 600 s. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Each attempt is abandoned after this long without a full answer, and counts as "no answer". Default
   * 30,000 ms; 0 turns the limit off. Keep it above 10 s: GitHub ends requests it has not finished by
   * then, so an abandoned write can no longer land after shipgate has looked for it.
   */
  requestTimeoutMs?: number;
  userAgent?: string;
  /** When (epoch ms) every call must have ended, retries and waits included; later calls fail at once. */
  deadline?: number;
  /** Environment to read GITHUB_API_URL from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_TIMEOUT_MS = 30_000;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (options.token.trim() === '') {
    throw new ConfigurationError('No GitHub token was given: pass the "token" input (usually ${{ github.token }}).');
  }
  const policy = policyFrom(options);
  const baseUrl = resolveBaseUrl(options.baseUrl, options.env ?? process.env);
  const viaProxy = proxyFetch(baseUrl);
  const octokitOptions: PolicyOptions = {
    auth: options.token,
    baseUrl,
    ...(viaProxy ? { request: { fetch: viaProxy } } : {}),
    userAgent: options.userAgent ?? 'shipgate',
    log: octokitLog(options.logger),
    retry: retryOptions(policy),
    throttle: throttleOptions(policy),
    shipgatePolicy: policy,
  };
  return new ShipgateOctokit(octokitOptions);
}

function policyFrom(options: GitHubClientOptions): RequestPolicy {
  return {
    logger: options.logger,
    retries: nonNegative(options.retries ?? 3, 'retries'),
    retryBaseDelayMs: nonNegative(options.retryBaseDelayMs ?? 1000, 'retryBaseDelayMs'),
    waitScale: nonNegative(options.waitScale ?? 1, 'waitScale'),
    maxRateLimitWaitSeconds: nonNegative(options.maxRateLimitWaitSeconds ?? 600, 'maxRateLimitWaitSeconds'),
    requestTimeoutMs: nonNegative(options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS, 'requestTimeoutMs'),
    ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
  };
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`The GitHub client option "${name}" must be a number >= 0, not ${value}.`);
  }
  return value;
}

/** The API root without a trailing slash: explicit option, then GITHUB_API_URL, then github.com's. */
export function resolveBaseUrl(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit?.trim() || env['GITHUB_API_URL']?.trim() || DEFAULT_API_URL;
  try {
    new URL(chosen);
  } catch {
    throw new ConfigurationError(`The GitHub API URL "${chosen}" is not a valid URL (for GHES: https://HOST/api/v3).`);
  }
  return chosen.replace(/\/+$/, '');
}

// Octokit's own log calls (deprecations, plugin notices) go to our logger; they never contain the token.
function octokitLog(logger: Logger): NonNullable<PolicyOptions['log']> {
  return {
    debug: (message) => logger.debug(message),
    info: (message) => logger.info(message),
    warn: (message) => logger.warning(message),
    error: (message) => logger.error(message),
  };
}
