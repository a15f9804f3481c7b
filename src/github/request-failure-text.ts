// The wording of request failures, shared by the retry warnings and the final GitHubRequestError.
import { apiMessageOf, responseOf } from './request-error.js';
import type { RequestOptions } from './request-policy.js';

/** "503 Service Unavailable", or "no answer (…)" when the request never got a response. */
export function answerOf(error: unknown, status: number): string {
  const apiMessage = apiMessageOf(error);
  return responseOf(error) === undefined ? `no answer (${apiMessage})` : `${status} ${apiMessage}`;
}

/** " The rate limit resets at …" when the failure was an exhausted rate limit, else nothing. */
export function rateLimitResetNote(status: number, headers: Record<string, string | number | undefined>): string {
  if ((status !== 403 && status !== 429) || String(headers['x-ratelimit-remaining']) !== '0') return '';
  const reset = Number(headers['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return '';
  return ` The rate limit resets at ${new Date(reset * 1000).toISOString()}.`;
}

/** "POST /repos/o/r/check-runs": the expanded path when the error has it, else the route. */
export function describeRequest(error: unknown, request: RequestOptions): string {
  const url = requestUrlOf(error) ?? request.url ?? '';
  let path = url;
  try {
    path = new URL(url, 'https://api.github.com').pathname;
  } catch {
    // keep the raw text: it is only for the message
  }
  return `${request.method} ${path}`;
}

// The URL actually sent, as Octokit's RequestError records it.
function requestUrlOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('request' in error)) return undefined;
  const sent = (error as { request: unknown }).request;
  if (typeof sent !== 'object' || sent === null || !('url' in sent)) return undefined;
  const url = (sent as { url: unknown }).url;
  return typeof url === 'string' ? url : undefined;
}
