// Shared set-up for the GitHub layer's tests: one stand-in per file, a fast client, a recording logger.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import type { RepoRef } from '../../src/github/repo.js';
import type { Logger } from '../../src/core/logger.js';
import { startStandin } from '../support/standin/index.js';

export type Standin = Awaited<ReturnType<typeof startStandin>>;

export const REPO: RepoRef = { owner: 'octo-org', repo: 'octo-repo' };
export const TOKEN = 'ghs_test-token-never-logged';

export interface RecordingLogger extends Logger {
  readonly lines: string[];
  readonly warnings: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const warnings: string[] = [];
  const record = (level: string) => (message: string) => {
    lines.push(`${level}: ${message}`);
    if (level === 'warning') warnings.push(message);
  };
  return {
    lines,
    warnings,
    debug: record('debug'),
    info: record('info'),
    warning: record('warning'),
    error: record('error'),
  };
}

/** Starts one stand-in for the file; after each test it must have seen no invalid request, then resets. */
export function useStandin(): () => Standin {
  let standin: Standin | undefined;
  beforeAll(async () => {
    standin = await startStandin();
  });
  afterEach(() => {
    standin?.assertNoViolations();
    standin?.reset();
  });
  afterAll(async () => {
    await standin?.close();
  });
  return () => {
    if (standin === undefined) throw new Error('the stand-in has not started');
    return standin;
  };
}

/** A client aimed at the stand-in with every wait scaled down so retries take milliseconds. */
export function testClient(standin: Standin, options: Partial<GitHubClientOptions> = {}): GitHubClient {
  return createGitHubClient({
    token: TOKEN,
    baseUrl: standin.url,
    logger: recordingLogger(),
    retries: 3,
    retryBaseDelayMs: 1,
    waitScale: 0.001,
    ...options,
  });
}

/** The requests the stand-in received for one method and route template. */
export function requestsTo(standin: Standin, method: string, route: string): Standin['requests'] {
  return standin.requests.filter((request) => request.method === method && request.route === route);
}

/** Requests that change something (anything but GET). */
export function writes(standin: Standin): Standin['requests'] {
  return standin.requests.filter((request) => request.method !== 'GET');
}
