/** What is known about a request that failed for good; the fields GitHubRequestError carries. */
export interface RequestFailure {
  /** HTTP status; 500 also stands for "no answer at all" (connection reset, DNS failure). */
  status: number;
  /** What GitHub said, e.g. "Resource not accessible by integration". */
  apiMessage: string;
  attempts: number;
  responseHeaders: Record<string, string | number | undefined>;
}

/**
 * A GitHub API call that failed for good (after any retries). It keeps the HTTP status so callers can
 * tell "absent" (404) or "refused" (403) from real failures, and says how many attempts were made.
 */
export class GitHubRequestError extends Error implements RequestFailure {
  override name = 'GitHubRequestError';
  readonly status: number;
  readonly apiMessage: string;
  readonly attempts: number;
  readonly responseHeaders: Record<string, string | number | undefined>;

  // The failure's details come as one object: four positional values of like types are easy to swap.
  constructor(message: string, failure: RequestFailure, options?: ErrorOptions) {
    super(message, options);
    this.status = failure.status;
    this.apiMessage = failure.apiMessage;
    this.attempts = failure.attempts;
    this.responseHeaders = failure.responseHeaders;
  }
}

/** The HTTP status carried by an Octokit or shipgate request error, if any. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = (error as { status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's own words for a failed request ("message" in its JSON body), else the error's message. */
export function apiMessageOf(error: unknown): string {
  if (error instanceof GitHubRequestError) return error.apiMessage;
  const data = responseOf(error)?.data;
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return error instanceof Error ? error.message : String(error);
}

interface ResponseLike {
  data?: unknown;
  headers?: Record<string, string | number | undefined>;
}

/** The response an Octokit RequestError carries (absent when no answer came back). */
export function responseOf(error: unknown): ResponseLike | undefined {
  if (typeof error !== 'object' || error === null || !('response' in error)) return undefined;
  const response = (error as { response: unknown }).response;
  return typeof response === 'object' && response !== null ? (response as ResponseLike) : undefined;
}

/** True when GitHub answered 404: the thing asked for does not exist (or the token cannot see it). */
export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}

/** True when GitHub refused for a rate limit (primary or secondary), not for a permission. */
export function isRateLimited(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 429) return true;
  if (status !== 403) return false;
  const headers = error instanceof GitHubRequestError ? error.responseHeaders : (responseOf(error)?.headers ?? {});
  return String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(apiMessageOf(error));
}
