// The per-attempt time limit: a stalled connection would otherwise wait for undici's 300 s default.
import type { Octokit } from '@octokit/core';
import type { PolicyOptions, RequestOptions, RequestPolicy } from './request-policy.js';

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

/** The client's time for all its calls is spent: no attempt is made, and none is retried (it has no status). */
export class TimeBudgetSpentError extends Error {
  override name = 'TimeBudgetSpentError';
}

/** How long the next attempt may take: the per-attempt limit, cut to what the client's deadline leaves. */
function attemptLimit(policy: RequestPolicy | undefined): number {
  const perAttempt = policy?.requestTimeoutMs ? policy.requestTimeoutMs : Infinity;
  const left = policy?.deadline === undefined ? Infinity : policy.deadline - Date.now();
  if (left <= 0) throw new TimeBudgetSpentError('not sent: the time allowed for GitHub calls in this step is spent');
  return Math.min(perAttempt, left);
}

/**
 * Every attempt (first try, retries, rate-limit waits) gets a fresh signal. Creating writes treat a timeout
 * like any failure that may have been committed: they look before trying again.
 */
export function limitAttemptTime(octokit: Octokit, options: PolicyOptions): void {
  const policy = options.shipgatePolicy;
  if (!policy?.requestTimeoutMs && policy?.deadline === undefined) return;
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const limitMs = attemptLimit(policy);
    if (!callerSignals.has(requestOptions))
      callerSignals.set(requestOptions, requestOptions.request?.signal as AbortSignal | undefined);
    const given = callerSignals.get(requestOptions);
    const timeout = AbortSignal.timeout(Math.max(1, Math.round(limitMs)));
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
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${Math.round(ms)} ms`;
}
