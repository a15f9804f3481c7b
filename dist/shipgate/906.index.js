export const id = 906;
export const ids = [906,860];
export const modules = {

/***/ 1227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/** A logger that drops everything: for tests and library use that wants silence. */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
};


/***/ }),

/***/ 1377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rp: () => (/* binding */ CheckRuns)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_REQUEST, annotationBatches, toApiAnnotation

// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/github/text-limits.ts
var text_limits = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/github/check-run-output.ts

/** GitHub takes at most this many annotations per request; more go in further updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Title, summary and text cut to GitHub's limits (the same each request: GitHub replaces them). */
function apiOutput(output, annotations) {
    return {
        title: (0,text_limits/* truncateLine */.rT)(output.title, text_limits/* LIMITS */.b1.checkRunTitle),
        summary: (0,text_limits/* truncateMarkdown */.o4)(output.summary, text_limits/* LIMITS */.b1.checkRunSummary),
        text: output.text === undefined ? undefined : (0,text_limits/* truncateMarkdown */.o4)(output.text, text_limits/* LIMITS */.b1.checkRunText),
        annotations: annotations.length > 0 ? annotations : undefined,
    };
}
function annotationBatches(annotations) {
    const batches = [];
    for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(toApiAnnotation));
    }
    return batches;
}
/** One annotation within GitHub's rules: lines from 1, end not before start, fields cut to size. */
function toApiAnnotation(annotation) {
    const startLine = Math.max(1, Math.floor(annotation.startLine));
    const endLine = Math.max(startLine, Math.floor(annotation.endLine ?? startLine));
    const result = {
        path: annotation.path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, ''),
        start_line: startLine,
        end_line: endLine,
        annotation_level: annotation.level,
        message: (0,text_limits/* truncateBytes */.QY)(annotation.message.trim() === '' ? '(no message)' : annotation.message, text_limits/* LIMITS */.b1.annotationBytes),
    };
    if (annotation.title)
        result.title = (0,text_limits/* truncateLine */.rT)(annotation.title, text_limits/* LIMITS */.b1.annotationTitle);
    if (annotation.rawDetails)
        result.raw_details = (0,text_limits/* truncateBytes */.QY)(annotation.rawDetails, text_limits/* LIMITS */.b1.annotationBytes);
    // GitHub accepts columns only on single-line annotations.
    if (startLine === endLine && annotation.startColumn !== undefined) {
        result.start_column = Math.max(1, Math.floor(annotation.startColumn));
        result.end_column = Math.max(result.start_column, Math.floor(annotation.endColumn ?? annotation.startColumn));
    }
    return result;
}

// EXTERNAL MODULE: ./src/github/create-once.ts
var create_once = __webpack_require__(4633);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/request-error.ts
var request_error = __webpack_require__(7409);
;// CONCATENATED MODULE: ./src/github/check-runs.ts





// The output and annotation types and helpers are part of this module's API.

/** Check runs of one repository: created, updated and completed with any number of annotations. */
class CheckRuns {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /**
     * Creates a check run in its final state (a conclusion completes it) with the first 50 annotations; the
     * rest are appended by updates. Should one of those fail, the run still shows its conclusion (it is not
     * left in progress, blocking required checks) and the error is thrown.
     */
    async create(run) {
        const batches = annotationBatches(run.output?.annotations ?? []);
        const fields = runFields(run.status ?? 'in_progress', run.conclusion, run.detailsUrl);
        const body = { ...fields, output: run.output && apiOutput(run.output, batches[0] ?? []) };
        const externalId = run.externalId ?? (0,create_once/* creationNonce */.tD)();
        const ref = await (0,create_once/* createOnce */.Ur)(this.client, `create the check run "${run.name}"`, () => this.post(run, externalId, body), () => this.findCreated(run, externalId));
        if (run.output && batches.length > 1)
            await this.sendBatches(ref.id, run.output, batches.slice(1), {});
        return ref;
    }
    /** Updates a check run; new annotations are appended to those it has, 50 per request. */
    async update(id, update) {
        const fields = runFields(update.status, update.conclusion, update.detailsUrl);
        if (update.output === undefined)
            return this.patch(id, fields);
        const batches = annotationBatches(update.output.annotations ?? []);
        await this.sendBatches(id, update.output, batches.length === 0 ? [[]] : batches, fields);
    }
    /**
     * The newest run of that name on a commit (a re-run replaces the earlier one), or undefined when the
     * commit has none or GitHub does not know the commit.
     */
    async latest(ref, name) {
        try {
            const { data } = await (0,permissions/* withPermission */.IW)('checks: read', `read the check runs of ${ref.slice(0, 12)}`, () => this.client.rest.checks.listForRef({ ...this.repo, ref, check_name: name, filter: 'latest', per_page: 1 }));
            const run = data.check_runs[0];
            return run && toView(run);
        }
        catch (error) {
            if ((0,request_error/* statusOf */.c2)(error) === 422 || (0,request_error/* statusOf */.c2)(error) === 404)
                return undefined; // a commit GitHub has not seen
            throw error;
        }
    }
    async post(run, externalId, body) {
        const { data } = await (0,permissions/* withPermission */.IW)('checks: write', 'create a check run', () => this.client.rest.checks.create({
            ...this.repo,
            name: run.name,
            head_sha: run.headSha,
            external_id: externalId,
            ...body,
            request: create_once/* NO_BLIND_RETRY */.hv,
        }), { notFoundMeansDenied: true });
        this.logger.debug(`Created check run "${run.name}" (${String(data.id)}).`);
        return { id: Number(data.id), htmlUrl: data.html_url };
    }
    /**
     * The run a failed attempt made, by its external id: unique per run, so an earlier run of the same name
     * on the same commit (a re-run) is never taken for it.
     */
    async findCreated(run, externalId) {
        const runs = await (0,permissions/* withPermission */.IW)('checks: write', `look for the check run "${run.name}"`, () => this.client.paginate(this.client.rest.checks.listForRef, {
            ...this.repo,
            ref: run.headSha,
            check_name: run.name,
            filter: 'all',
            per_page: 100,
        }));
        const found = runs.find((candidate) => candidate.external_id === externalId);
        return found && { id: Number(found.id), htmlUrl: found.html_url };
    }
    /** The first request carries the run's fields; the others only append annotations (GitHub wants title and summary each time). */
    async sendBatches(id, output, batches, first) {
        for (const [index, batch] of batches.entries()) {
            await this.patch(id, { ...(index === 0 ? first : {}), output: apiOutput(output, batch) });
        }
    }
    async patch(id, body) {
        const annotations = body.output?.annotations?.length ?? 0;
        await (0,permissions/* withPermission */.IW)('checks: write', `update check run ${id}`, () => this.client.rest.checks.update({ ...this.repo, check_run_id: id, ...body }));
        this.logger.debug(`Updated check run ${id}${annotations > 0 ? ` with ${annotations} annotations` : ''}.`);
    }
}
function toView(run) {
    return {
        id: Number(run.id),
        htmlUrl: run.html_url,
        name: run.name,
        headSha: run.head_sha,
        status: run.status,
        conclusion: run.conclusion,
        output: { title: run.output.title, summary: run.output.summary, text: run.output.text },
    };
}
function runFields(status, conclusion, detailsUrl) {
    if (status === 'completed' && conclusion === undefined) {
        throw new Error('A completed check run needs a conclusion.');
    }
    const completed = conclusion !== undefined;
    return {
        status: completed ? 'completed' : status,
        conclusion,
        completed_at: completed ? new Date().toISOString() : undefined,
        details_url: detailsUrl,
    };
}


/***/ }),

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

/***/ 7680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ StickyComments)
});

// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/github/create-once.ts
var create_once = __webpack_require__(4633);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/request-error.ts
var request_error = __webpack_require__(7409);
// EXTERNAL MODULE: ./src/github/text-limits.ts
var text_limits = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/github/sticky-text.ts
// The text side of sticky comments: the hidden marker that finds them, and when two bodies count as equal.

const PURPOSE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The hidden first line that identifies shipgate's comment for one purpose. */
function stickyMarker(purpose) {
    if (!PURPOSE_PATTERN.test(purpose)) {
        throw new Error(`A sticky comment purpose must be letters, digits, ".", "_" or "-", not "${purpose}".`);
    }
    return `<!-- shipgate:${purpose} -->`;
}
/** The full comment body: marker line, then the text cut to GitHub's limit. */
function stickyBody(purpose, body) {
    const marker = stickyMarker(purpose);
    return `${marker}\n${(0,text_limits/* truncateMarkdown */.o4)(body, text_limits/* LIMITS */.b1.commentBody - marker.length - 1)}`;
}
// GitHub may store line endings as CRLF and trim trailing blanks; neither is a change worth a write.
function sameText(stored, wanted) {
    const normalize = (text) => text.replace(/\r\n/g, '\n').trimEnd();
    return normalize(stored) === normalize(wanted);
}

;// CONCATENATED MODULE: ./src/github/comments.ts





/**
 * One comment per pull request (or issue) and purpose, kept up to date in place. The comment is found
 * by its hidden marker, so it survives edits of its text and restarts of the workflow.
 */
class StickyComments {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /** Creates the comment, or updates the existing one when its text differs; removes duplicates. */
    async upsert(issueNumber, purpose, body) {
        const wanted = stickyBody(purpose, body);
        const [first, ...duplicates] = await this.find(issueNumber, purpose);
        for (const duplicate of duplicates)
            await this.deleteComment(duplicate.id);
        const duplicatesRemoved = duplicates.length;
        if (first === undefined) {
            return { comment: await this.create(issueNumber, purpose, wanted), outcome: 'created', duplicatesRemoved };
        }
        if (sameText(first.body, wanted)) {
            this.logger.debug(`Comment ${first.id} (${purpose}) is already up to date.`);
            return { comment: first, outcome: 'unchanged', duplicatesRemoved };
        }
        return { comment: await this.update(first.id, wanted), outcome: 'updated', duplicatesRemoved };
    }
    /** shipgate's comments for this purpose, oldest first (normally one). */
    async find(issueNumber, purpose) {
        const marker = stickyMarker(purpose);
        const comments = await (0,permissions/* withPermission */.IW)('pull-requests: read', `read the comments of #${issueNumber}`, () => this.client.paginate(this.client.rest.issues.listComments, {
            ...this.repo,
            issue_number: issueNumber,
            per_page: 100,
        }));
        return comments
            .filter((comment) => (comment.body ?? '').trimStart().startsWith(marker))
            .map(toIssueComment)
            .sort((a, b) => a.id - b.id);
    }
    /** Deletes every comment for this purpose; returns how many there were. */
    async remove(issueNumber, purpose) {
        const comments = await this.find(issueNumber, purpose);
        for (const comment of comments)
            await this.deleteComment(comment.id);
        return comments.length;
    }
    /**
     * Should GitHub fail in a way that leaves open whether it made the comment, a comment with the purpose's
     * marker counts as made: upsert creates only when there is none, so such a comment is this attempt's
     * (or another job's for the same purpose, which the next upsert brings up to date).
     */
    async create(issueNumber, purpose, body) {
        return (0,create_once/* createOnce */.Ur)(this.client, `comment on #${issueNumber}`, () => this.post(issueNumber, body), async () => (await this.find(issueNumber, purpose))[0]);
    }
    async post(issueNumber, body) {
        const { data } = await (0,permissions/* withPermission */.IW)('pull-requests: write', `comment on #${issueNumber}`, () => this.client.rest.issues.createComment({ ...this.repo, issue_number: issueNumber, body, request: create_once/* NO_BLIND_RETRY */.hv }));
        this.logger.debug(`Created comment ${String(data.id)} on #${issueNumber}.`);
        return toIssueComment(data);
    }
    async update(commentId, body) {
        const { data } = await (0,permissions/* withPermission */.IW)('pull-requests: write', `update comment ${commentId}`, () => this.client.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body }));
        this.logger.debug(`Updated comment ${commentId}.`);
        return toIssueComment(data);
    }
    async deleteComment(commentId) {
        try {
            await (0,permissions/* withPermission */.IW)('pull-requests: write', `delete comment ${commentId}`, () => this.client.rest.issues.deleteComment({ ...this.repo, comment_id: commentId }));
            this.logger.debug(`Deleted comment ${commentId}.`);
        }
        catch (error) {
            // Another job may have deleted it first: the goal is reached either way.
            if (!(0,request_error/* isNotFound */.c4)(error))
                throw error;
        }
    }
}
function toIssueComment(comment) {
    return { id: Number(comment.id), body: comment.body ?? '', htmlUrl: comment.html_url };
}


/***/ }),

/***/ 4633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ur: () => (/* binding */ createOnce),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY),
/* harmony export */   tD: () => (/* binding */ creationNonce)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _request_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7409);
// Creating writes without duplicates. A POST that fails with a 5xx, a dropped connection or a timeout may
// still have been carried out by GitHub; sending it again blindly would make a second issue, comment,
// check run, deployment or status. So creating calls are never retried by the retry plugin: after such a
// failure they look for what the attempt may have made, and only create again when it is not there.



/** Per-request option for creating POSTs: the retry plugin must not repeat them (createOnce decides). */
const NO_BLIND_RETRY = { retries: 0 };
/**
 * Runs `attempt` (a creating POST sent with `request: NO_BLIND_RETRY`) and returns what it made. When it
 * fails in a way that leaves open whether GitHub made the object (5xx, no answer, timeout), waits as the
 * retry plugin would, calls `lookup`, and returns what it finds; otherwise tries again, up to the client's
 * retries. `lookup` must only find the object this creation makes (a nonce, a marker, or a rule that
 * says at most one may exist); it is a read, retried as usual. Other failures (refusals, 4xx) are thrown.
 * `what` reads as "GitHub managed to <what>".
 */
async function createOnce(client, what, attempt, lookup) {
    const retries = client.requestPolicy?.retries ?? 0;
    for (let tries = 1;; tries += 1) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!mayHaveBeenMade(error))
                throw error;
            const found = await lookAfterFailure(client, what, error, { tries, retries, lookup });
            if (found !== undefined)
                return found;
            if (tries > retries)
                throw error;
        }
    }
}
async function lookAfterFailure(client, what, error, recovery) {
    const policy = client.requestPolicy;
    const { tries, retries } = recovery;
    const wait = (policy?.retryBaseDelayMs ?? 0) * tries * tries;
    // Past the client's deadline there is no time left to look: the failure stands.
    if (policy?.deadline !== undefined && Date.now() + wait >= policy.deadline)
        throw error;
    const next = tries <= retries ? ` before trying again (attempt ${tries + 1} of ${retries + 1})` : '';
    const reason = error instanceof Error ? error.message : String(error);
    policy?.logger.warning(`Could not tell whether GitHub managed to ${what}: ${reason} Looking for it${next}.`);
    // The same backoff the retry plugin uses; it also gives GitHub time to show what it made.
    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(wait);
    const found = await recovery.lookup();
    if (found !== undefined)
        policy?.logger.info(`GitHub had managed to ${what} after all; not doing it again.`);
    return found;
}
/** A 5xx (500 also standing for "no answer" and timeouts): GitHub may have done the write before failing. */
function mayHaveBeenMade(error) {
    const status = (0,_request_error_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error);
    return status !== undefined && status >= 500;
}
/** A value no other creation uses, to recognise what one creation made (check-run external ids, deployment payloads). */
function creationNonce() {
    return `shipgate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
}


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   IW: () => (/* binding */ withPermission),
/* harmony export */   x6: () => (/* binding */ GitHubPermissionError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _request_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7409);


/** GitHub refused a call for want of a token permission; the message says which one and how to grant it. */
class GitHubPermissionError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    permission;
    status;
    name = 'GitHubPermissionError';
    constructor(message, permission, status, options) {
        super(message, options);
        this.permission = permission;
        this.status = status;
    }
}
// "Resource not accessible by integration" (GITHUB_TOKEN, apps) or "... by personal access token".
const REFUSAL = /resource not accessible by|must have (admin|push) (rights|access)/i;
// Adding a label the repository lacks makes GitHub create it, which takes "issues: write" whatever the call.
const LABEL_CREATION_REFUSAL = /do not have permission to create labels/i;
// No workaround is offered: under pull_request_target the checkout is the base branch (a check would pass
// without scanning the pull request) and running its code there is unsafe; workflow_run events of fork
// pull requests carry no pull request.
const FORK_NOTE = ' On pull requests from forks GitHub gives the workflow a read-only token whatever it asks for, so this ' +
    "is not published there; the step's own annotations and its result still report the verdict.";
/**
 * Runs one GitHub call and, if GitHub refuses it for want of a permission, throws an error naming
 * the permission the workflow must grant. `action` reads as "GitHub refused to <action>".
 */
async function withPermission(permission, action, call, options = {}) {
    try {
        return await call();
    }
    catch (error) {
        throw explainRefusal(error, permission, action, options) ?? error;
    }
}
/** The permission error for `error`, or undefined when it is not a refusal. */
function explainRefusal(error, permission, action, options = {}) {
    const status = (0,_request_error_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    if (status === 403 && LABEL_CREATION_REFUSAL.test((0,_request_error_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessageOf */ .rU)(error))) {
        const message = `GitHub refused to ${action}: the workflow token lacks "issues: write" (GitHub creates a label that does ` +
            `not exist yet). Add "permissions: issues: write" to the job, or create the label beforehand.${FORK_NOTE}`;
        return new GitHubPermissionError(message, 'issues: write', status, { cause: error });
    }
    const grant = `Add "permissions: ${permission}" to the job.`;
    if (status === 403 && REFUSAL.test((0,_request_error_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessageOf */ .rU)(error))) {
        const message = `GitHub refused to ${action}: the workflow token lacks "${permission}". ${grant}${FORK_NOTE}`;
        return new GitHubPermissionError(message, permission, status, { cause: error });
    }
    if (status === 404 && options.notFoundMeansDenied === true) {
        const message = `GitHub answered "Not Found" when asked to ${action}: the repository does not exist or the token ` +
            `cannot see it (GitHub hides private repositories from tokens lacking "${permission}"). ${grant}`;
        return new GitHubPermissionError(message, permission, status, { cause: error });
    }
    return undefined;
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


/***/ }),

/***/ 6981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ truncateBytes),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown),
/* harmony export */   rT: () => (/* binding */ truncateLine)
/* harmony export */ });
/** GitHub's size limits for the texts shipgate writes, and helpers that cut texts cleanly to fit them. */
const LIMITS = {
    checkRunSummary: 65_535,
    checkRunText: 65_535,
    checkRunTitle: 255,
    commentBody: 65_536,
    issueBody: 65_536,
    issueTitle: 256,
    annotationTitle: 255,
    annotationBytes: 64 * 1024,
    statusDescription: 140,
    deploymentDescription: 140,
};
const numbers = new Intl.NumberFormat('en-US');
/**
 * Cuts Markdown to at most `limit` characters at a line boundary, closes a code fence left open, and
 * appends a note saying how much was cut. Text within the limit is returned unchanged.
 */
function truncateMarkdown(text, limit) {
    if (text.length <= limit)
        return text;
    // Budget the note for the worst case (everything cut) so the result always fits.
    const budget = cutNote(text.length, lineCount(text), limit).length + FENCE_CLOSE.length;
    const cut = cutPosition(text, Math.max(0, limit - budget));
    const kept = text.slice(0, cut);
    const removed = text.slice(cut).replace(/^\n/, '');
    const fence = hasOpenFence(kept) ? FENCE_CLOSE : '';
    return kept + fence + cutNote(removed.length, lineCount(removed), limit);
}
const FENCE_CLOSE = '\n```';
function cutNote(characters, lines, limit) {
    const lineText = lines === 1 ? '1 line' : `${numbers.format(lines)} lines`;
    return (`\n\n> **Cut:** ${numbers.format(characters)} more characters (${lineText}) did not fit: ` +
        `GitHub allows ${numbers.format(limit)} characters here.`);
}
// The last line break within `max`; mid-line only when a single line is longer than half the room.
function cutPosition(text, max) {
    const lineBreak = text.lastIndexOf('\n', max);
    if (lineBreak >= max / 2)
        return lineBreak;
    return avoidSplitPair(text, max);
}
/** Moves a cut back one place if it would split a UTF-16 surrogate pair (an emoji, say). */
function avoidSplitPair(text, position) {
    const before = text.charCodeAt(position - 1);
    return position > 0 && before >= 0xd800 && before <= 0xdbff ? position - 1 : position;
}
function lineCount(text) {
    if (text === '')
        return 0;
    return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
function hasOpenFence(markdown) {
    const fences = markdown.match(/^ {0,3}(```|~~~)/gm);
    return fences !== null && fences.length % 2 === 1;
}
/** Cuts a one-line text to `limit` characters, ending it with "…" when cut. */
function truncateLine(text, limit) {
    if (text.length <= limit)
        return text;
    return text.slice(0, avoidSplitPair(text, limit - 1)) + '…';
}
/** Cuts a text to at most `maxBytes` of UTF-8, ending it with "…" when cut. */
function truncateBytes(text, maxBytes) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const ellipsis = '…';
    const room = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
    // Decoding a cut byte sequence leaves U+FFFD for a partial character: drop it.
    const kept = Buffer.from(text, 'utf8')
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    return kept + ellipsis;
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ publishCheckRun),
/* harmony export */   dO: () => (/* binding */ publishTarget),
/* harmony export */   i2: () => (/* binding */ publishStickyComment)
/* harmony export */ });
/* unused harmony export MAX_CHECK_ANNOTATIONS */
/* harmony import */ var _github_check_runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1377);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8860);
/* harmony import */ var _github_comments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7680);
/* harmony import */ var _github_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1839);




/** GitHub takes 65,535 characters; the rest is room for a cut note. */
const SUMMARY_BUDGET = 65_000;
/** The client and repository a step publishes to, every call of it bound by the step's publishing deadline. */
function publishTarget(options) {
    const { token, apiUrl, logger, deadline } = options;
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({ token, logger, baseUrl: apiUrl, deadline });
    return { client, repo: (0,_github_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(options.repository, 'GITHUB_REPOSITORY'), logger, deadline };
}
/** 20 requests of 50: enough for any pull request; the rest belongs in the capability's reports. */
const MAX_CHECK_ANNOTATIONS = 1000;
/** Creates the completed check run; returns its link. */
async function publishCheckRun(target, result) {
    const annotations = result.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
    const left = result.annotations.length - annotations.length;
    const note = left > 0 ? `\n\n${left} more finding(s) are in ${result.overflowHint}.` : '';
    const summary = result.summary(SUMMARY_BUDGET - note.length) + note;
    const run = await new _github_check_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckRuns */ .rp(target.client, target.repo, target.logger).create({
        name: result.name,
        headSha: result.headSha,
        status: 'completed',
        conclusion: result.conclusion,
        output: { title: result.title, summary, annotations },
    });
    return run.htmlUrl;
}
/** Keeps one comment per purpose on the pull request, rewritten only when its text changes. */
async function publishStickyComment(target, pullNumber, purpose, body) {
    const result = await new _github_comments_js__WEBPACK_IMPORTED_MODULE_2__/* .StickyComments */ .c(target.client, target.repo, target.logger).upsert(pullNumber, purpose, body);
    target.logger.info(`Pull request comment ${result.outcome}: ${result.comment.htmlUrl}`);
}


/***/ })

};
