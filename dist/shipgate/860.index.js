export const id = 860;
export const ids = [860];
export const modules = {

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: resolveBaseUrl

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/request-error.ts
var request_error = __webpack_require__(7409);
;// CONCATENATED MODULE: ./src/github/request-failure-text.ts
// The wording of request failures, shared by the retry warnings and the final GitHubRequestError.

/** "503 Service Unavailable", or "no answer (…)" when the request never got a response. */
function answerOf(error, status) {
    const apiMessage = (0,request_error/* apiMessageOf */.rU)(error);
    return (0,request_error/* responseOf */.lR)(error) === undefined ? `no answer (${apiMessage})` : `${status} ${apiMessage}`;
}
/** " The rate limit resets at …" when the failure was an exhausted rate limit, else nothing. */
function rateLimitResetNote(status, headers) {
    if ((status !== 403 && status !== 429) || String(headers['x-ratelimit-remaining']) !== '0')
        return '';
    const reset = Number(headers['x-ratelimit-reset']);
    if (!Number.isFinite(reset) || reset <= 0)
        return '';
    return ` The rate limit resets at ${new Date(reset * 1000).toISOString()}.`;
}
/** "POST /repos/o/r/check-runs": the expanded path when the error has it, else the route. */
function describeRequest(error, request) {
    const url = requestUrlOf(error) ?? request.url ?? '';
    let path = url;
    try {
        path = new URL(url, 'https://api.github.com').pathname;
    }
    catch {
        // keep the raw text: it is only for the message
    }
    return `${request.method} ${path}`;
}
// The URL actually sent, as Octokit's RequestError records it.
function requestUrlOf(error) {
    if (typeof error !== 'object' || error === null || !('request' in error))
        return undefined;
    const sent = error.request;
    if (typeof sent !== 'object' || sent === null || !('url' in sent))
        return undefined;
    const url = sent.url;
    return typeof url === 'string' ? url : undefined;
}

// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(2203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/github/request-policy.ts

// The retry plugin must leave client errors alone, and 429 too: the throttling plugin owns rate limits.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
function retryOptions(policy) {
    return { retries: policy.retries, retryAfterBaseValue: policy.retryBaseDelayMs, doNotRetry: DO_NOT_RETRY };
}
/** The retries the retry plugin grants this request: its own `request.retries` (0 for creating writes), else the policy's. */
function retriesFor(policy, request) {
    const own = request.request?.retries;
    return typeof own === 'number' ? own : policy.retries;
}
function throttleOptions(policy) {
    const options = {
        retryAfterBaseValue: 1000 * policy.waitScale,
        onRateLimit: rateLimitHandler(policy, "GitHub's rate limit for this token is used up"),
        onSecondaryRateLimit: rateLimitHandler(policy, 'GitHub applied a secondary rate limit'),
    };
    // The plugin spaces writes 1 s apart (GitHub's advice) in process-wide groups; scaled waits need our own.
    if (policy.waitScale !== 1)
        Object.assign(options, scaledSpacingGroups(policy.waitScale));
    return options;
}
function scaledSpacingGroups(scale) {
    const group = (minTime) => new (lib_default()).Group({ maxConcurrent: 1, minTime: Math.round(minTime * scale) });
    return { write: group(1000), notifications: group(3000), search: group(2000) };
}
function rateLimitHandler(policy, what) {
    return (retryAfter, request, _octokit, retryCount) => {
        const call = `${request.method} ${request.url}`;
        if (retryCount >= policy.retries) {
            policy.logger.warning(`${what} (${call}); giving up after ${retryCount + 1} attempts.`);
            return false;
        }
        const left = policy.deadline === undefined ? Infinity : (policy.deadline - Date.now()) / 1000;
        if (retryAfter * policy.waitScale > left) {
            policy.logger.warning(`${what} (${call}) for ${retryAfter} s, past the time allowed for GitHub calls; giving up.`);
            return false;
        }
        if (retryAfter > policy.maxRateLimitWaitSeconds) {
            policy.logger.warning(`${what} (${call}) for ${retryAfter} s, longer than the ${policy.maxRateLimitWaitSeconds} s shipgate waits; giving up.`);
            return false;
        }
        const wait = formatSeconds(retryAfter * policy.waitScale);
        policy.logger.warning(`${what} (${call}); waiting ${wait} before retrying (attempt ${retryCount + 2} of ${policy.retries + 1}).`);
        return true;
    };
}
function formatSeconds(seconds) {
    return seconds >= 1 ? `${Math.round(seconds)} s` : `${Math.round(seconds * 1000)} ms`;
}

;// CONCATENATED MODULE: ./src/github/request-timeout.ts
/**
 * An attempt that got no full answer in time. Shaped like Octokit's RequestError for a dropped connection
 * (status 500, `request`, no `response`), so the retry plugin retries it as it retries resets.
 */
class RequestTimeoutError extends Error {
    request;
    name = 'RequestTimeoutError';
    status = 500;
    constructor(message, request, options) {
        super(message, options);
        this.request = request;
    }
}
// The caller's own signal per request, remembered at the first attempt: later attempts find ours in its place.
const callerSignals = new WeakMap();
/** The client's time for all its calls is spent: no attempt is made, and none is retried (it has no status). */
class TimeBudgetSpentError extends Error {
    name = 'TimeBudgetSpentError';
}
/** How long the next attempt may take: the per-attempt limit, cut to what the client's deadline leaves. */
function attemptLimit(policy) {
    const perAttempt = policy?.requestTimeoutMs ? policy.requestTimeoutMs : Infinity;
    const left = policy?.deadline === undefined ? Infinity : policy.deadline - Date.now();
    if (left <= 0)
        throw new TimeBudgetSpentError('not sent: the time allowed for GitHub calls in this step is spent');
    return Math.min(perAttempt, left);
}
/**
 * Every attempt (first try, retries, rate-limit waits) gets a fresh signal. Creating writes treat a timeout
 * like any failure that may have been committed: they look before trying again.
 */
function limitAttemptTime(octokit, options) {
    const policy = options.shipgatePolicy;
    if (!policy?.requestTimeoutMs && policy?.deadline === undefined)
        return;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const limitMs = attemptLimit(policy);
        if (!callerSignals.has(requestOptions))
            callerSignals.set(requestOptions, requestOptions.request?.signal);
        const given = callerSignals.get(requestOptions);
        const timeout = AbortSignal.timeout(Math.max(1, Math.round(limitMs)));
        const timedOut = () => timeout.aborted && given?.aborted !== true;
        // Hooks are bound to the options object, so the signal goes in there; `request` is replaced, never
        // changed, as it may be the client's defaults.
        requestOptions.request = {
            ...requestOptions.request,
            signal: given === undefined ? timeout : AbortSignal.any([given, timeout]),
        };
        try {
            const response = await request(requestOptions);
            // A body cut off by the timeout can reach us as an empty success: it is a timeout all the same.
            if (timedOut())
                throw timeout.reason;
            return response;
        }
        catch (error) {
            if (!timedOut())
                throw error;
            const sent = octokit.request.endpoint.parse(requestOptions);
            throw new RequestTimeoutError(`timed out after ${formatLimit(limitMs)}`, sent, { cause: error });
        }
    });
}
function formatLimit(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${Math.round(ms)} ms`;
}

;// CONCATENATED MODULE: ./src/github/request-hooks.ts




// Attempts per request, keyed by the options object Octokit hands unchanged to every hook and retry.
const attemptsByRequest = new WeakMap();
/** Innermost plugin: counts every attempt and warns when a failed one is about to be retried. */
function countAttempts(octokit, options) {
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
function exposePolicy(_octokit, options) {
    return { requestPolicy: options.shipgatePolicy };
}
/** Outermost plugin: turns a request's final failure into one clear GitHubRequestError. */
function explainFailures(octokit) {
    octokit.hook.error('request', (error, request) => {
        throw toGitHubRequestError(error, request);
    });
}
/** A retry whose backoff would end past the client's deadline is not waited for: the failure stands. */
function stopAtDeadline(policy, error, request) {
    const status = (0,request_error/* statusOf */.c2)(error);
    const attempt = attemptsByRequest.get(request) ?? 1;
    if (policy.deadline === undefined || status === undefined || status < 500 || attempt > retriesFor(policy, request))
        return;
    if (Date.now() + policy.retryBaseDelayMs * attempt * attempt < policy.deadline)
        return;
    const reason = `${describeRequest(error, request)} failed (${answerOf(error, status)})`;
    throw new TimeBudgetSpentError(`${reason}, and the time allowed for GitHub calls in this step leaves no room to retry`, {
        cause: error,
    });
}
function warnIfRetrying(policy, error, request) {
    const status = (0,request_error/* statusOf */.c2)(error);
    const attempt = attemptsByRequest.get(request) ?? 1;
    const retries = retriesFor(policy, request);
    // Only 5xx (and 500 for "no answer") reach the retry plugin; rate limits warn in their own handlers.
    if (status === undefined || status < 500 || attempt > retries)
        return;
    policy.logger.warning(`GitHub API ${describeRequest(error, request)} failed (${answerOf(error, status)}); ` +
        `retrying with backoff (attempt ${attempt + 1} of ${retries + 1}).`);
}
function toGitHubRequestError(error, request) {
    const status = (0,request_error/* statusOf */.c2)(error);
    if (status === undefined || error instanceof request_error/* GitHubRequestError */.vK)
        return error;
    const attempts = attemptsByRequest.get(request) ?? 1;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const headers = (0,request_error/* responseOf */.lR)(error)?.headers ?? {};
    const message = `GitHub API ${describeRequest(error, request)} failed${tries}: ${answerOf(error, status)}.` +
        rateLimitResetNote(status, headers);
    return new request_error/* GitHubRequestError */.vK(message, { status, apiMessage: (0,request_error/* apiMessageOf */.rU)(error), attempts, responseHeaders: headers }, { cause: error });
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var http_client_lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/github/proxy.ts
// Self-hosted runners and GHES often reach GitHub only through a proxy. Node's fetch ignores
// HTTPS_PROXY, HTTP_PROXY and NO_PROXY, so requests go through undici's fetch with the proxy the
// official toolkit (@actions/http-client) picks for the URL: the same variables, NO_PROXY and the
// loopback exemption honoured the same way.


/** A fetch that goes through the configured proxy, or undefined when no proxy applies to the API URL. */
function proxyFetch(apiUrl) {
    const dispatcher = new http_client_lib/* HttpClient */.Qq('shipgate').getAgentDispatcher(apiUrl);
    if (dispatcher === undefined)
        return undefined;
    const viaProxy = (input, init) => (0,undici/* fetch */.hd)(input, { ...init, dispatcher });
    return viaProxy;
}

;// CONCATENATED MODULE: ./src/github/client.ts










// Plugin order matters: hooks registered first run innermost. limitAttemptTime and countAttempts see every
// single attempt, explainFailures only the final outcome, after retry and throttling have done their work.
const ShipgateOctokit = dist_src/* Octokit */.E.plugin(limitAttemptTime, countAttempts, exposePolicy, plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, explainFailures);
const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_TIMEOUT_MS = 30_000;
function createGitHubClient(options) {
    if (options.token.trim() === '') {
        throw new errors/* ConfigurationError */.j1('No GitHub token was given: pass the "token" input (usually ${{ github.token }}).');
    }
    const policy = policyFrom(options);
    const baseUrl = resolveBaseUrl(options.baseUrl, options.env ?? process.env);
    const viaProxy = proxyFetch(baseUrl);
    const octokitOptions = {
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
function policyFrom(options) {
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
function nonNegative(value, name) {
    if (!Number.isFinite(value) || value < 0) {
        throw new errors/* ConfigurationError */.j1(`The GitHub client option "${name}" must be a number >= 0, not ${value}.`);
    }
    return value;
}
/** The API root without a trailing slash: explicit option, then GITHUB_API_URL, then github.com's. */
function resolveBaseUrl(explicit, env = process.env) {
    const chosen = explicit?.trim() || env['GITHUB_API_URL']?.trim() || DEFAULT_API_URL;
    try {
        new URL(chosen);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`The GitHub API URL "${chosen}" is not a valid URL (for GHES: https://HOST/api/v3).`);
    }
    return chosen.replace(/\/+$/, '');
}
// Octokit's own log calls (deprecations, plugin notices) go to our logger; they never contain the token.
function octokitLog(logger) {
    return {
        debug: (message) => logger.debug(message),
        info: (message) => logger.info(message),
        warn: (message) => logger.warning(message),
        error: (message) => logger.error(message),
    };
}


/***/ }),

/***/ 7409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   lR: () => (/* binding */ responseOf),
/* harmony export */   rU: () => (/* binding */ apiMessageOf),
/* harmony export */   vK: () => (/* binding */ GitHubRequestError)
/* harmony export */ });
/**
 * A GitHub API call that failed for good (after any retries). It keeps the HTTP status so callers can
 * tell "absent" (404) or "refused" (403) from real failures, and says how many attempts were made.
 */
class GitHubRequestError extends Error {
    name = 'GitHubRequestError';
    status;
    apiMessage;
    attempts;
    responseHeaders;
    // The failure's details come as one object: four positional values of like types are easy to swap.
    constructor(message, failure, options) {
        super(message, options);
        this.status = failure.status;
        this.apiMessage = failure.apiMessage;
        this.attempts = failure.attempts;
        this.responseHeaders = failure.responseHeaders;
    }
}
/** The HTTP status carried by an Octokit or shipgate request error, if any. */
function statusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's own words for a failed request ("message" in its JSON body), else the error's message. */
function apiMessageOf(error) {
    if (error instanceof GitHubRequestError)
        return error.apiMessage;
    const data = responseOf(error)?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const message = data.message;
        if (typeof message === 'string')
            return message;
    }
    return error instanceof Error ? error.message : String(error);
}
/** The response an Octokit RequestError carries (absent when no answer came back). */
function responseOf(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return undefined;
    const response = error.response;
    return typeof response === 'object' && response !== null ? response : undefined;
}
/** True when GitHub answered 404: the thing asked for does not exist (or the token cannot see it). */
function isNotFound(error) {
    return statusOf(error) === 404;
}
/** True when GitHub refused for a rate limit (primary or secondary), not for a permission. */
function isRateLimited(error) {
    const status = statusOf(error);
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const headers = error instanceof GitHubRequestError ? error.responseHeaders : (responseOf(error)?.headers ?? {});
    return String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(apiMessageOf(error));
}


/***/ })

};
