// The per-attempt time limit: a stalled connection would otherwise wait for undici's 300 s default.
import type { Octokit } from '@octokit/core';
import type { PolicyOptions, RequestOptions } from './request-policy.js';

/** The request as sent, the shape Octokit's RequestError carries and the retry plugin reads. */
type SentRequest = ReturnType<Octokit['request']['endpoint']['parse']>;

/**
 * An attempt that got no full answer in time. Shaped like Octokit's RequestError for a dropped connection
 * (status 500, `request`, no `response`), so the retry plugin retries it as it retries resets.
 */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  readonly status = 500;

  constructor(
    message: string,
    readonly request: SentRequest,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// The caller's own signal per request, remembered at the first attempt: later attempts find ours in its place.
const callerSignals = new WeakMap<object, AbortSignal | undefined>();

/**
 * Every attempt (first try, retries, rate-limit waits) gets a fresh signal. Creating writes treat a timeout
 * like any failure that may have been committed: they look before trying again.
 */
export function limitAttemptTime(octokit: Octokit, options: PolicyOptions): void {
  const limitMs = options.shipgatePolicy?.requestTimeoutMs ?? 0;
  if (limitMs <= 0) return;
  octokit.hook.wrap('request', async (request, requestOptions) => {
    if (!callerSignals.has(requestOptions))
      callerSignals.set(requestOptions, requestOptions.request?.signal as AbortSignal | undefined);
    const given = callerSignals.get(requestOptions);
    const timeout = AbortSignal.timeout(limitMs);
    const timedOut = (): boolean => timeout.aborted && given?.aborted !== true;
    // Hooks are bound to the options object, so the signal goes in there; `request` is replaced, never
    // changed, as it may be the client's defaults.
    requestOptions.request = {
      ...requestOptions.request,
      signal: given === undefined ? timeout : AbortSignal.any([given, timeout]),
    };
    try {
      const response = await request(requestOptions);
      // A body cut off by the timeout can reach us as an empty success: it is a timeout all the same.
      if (timedOut()) throw timeout.reason;
      return response;
    } catch (error) {
      if (!timedOut()) throw error;
      const sent = octokit.request.endpoint.parse(requestOptions as RequestOptions);
      throw new RequestTimeoutError(`timed out after ${formatLimit(limitMs)}`, sent, { cause: error });
    }
  });
}

function formatLimit(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
