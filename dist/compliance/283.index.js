export const id = 283;
export const ids = [283];
export const modules = {

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMPLIANCE_INPUTS: () => (/* binding */ COMPLIANCE_INPUTS),
  REPORT_FORMATS: () => (/* binding */ REPORT_FORMATS),
  changedSince: () => (/* binding */ changedSince),
  optional: () => (/* binding */ optional),
  readComplianceInputs: () => (/* binding */ readComplianceInputs),
  secondsInput: () => (/* binding */ secondsInput)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/compliance/settings.ts
var settings = __webpack_require__(8874);
// EXTERNAL MODULE: ./src/publishing/courtesy.ts
var courtesy = __webpack_require__(3839);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/runner/inputs.ts
/**
 * Action inputs read through a typed table: each action declares its inputs once, a test checks the
 * table against its action.yml, and every value arrives parsed (a typo in a name fails that test instead
 * of reading as an empty input).
 */


const inputs_text = () => ({ kind: 'text' });
const flag = () => ({ kind: 'boolean' });
/** A token: masked in the log before anything can print it. */
const secret = () => ({ kind: 'secret' });
const choice = (values) => ({ kind: 'choice', values });
function readOne(name, spec) {
    const raw = core/* getInput */.V4(name).trim();
    if (raw === '')
        return undefined;
    switch (spec.kind) {
        case 'secret':
            core/* setSecret */.Pq(raw);
            return raw;
        case 'boolean':
            if (/^(true|false)$/i.test(raw))
                return raw.toLowerCase() === 'true';
            throw new errors/* ConfigurationError */.j1(`The input "${name}" must be true or false, not "${raw}".`);
        case 'choice':
            if (spec.values.includes(raw))
                return raw;
            throw new errors/* ConfigurationError */.j1(`The input "${name}" must be one of ${spec.values.join(', ')}, not "${raw}".`);
        default:
            return raw;
    }
}
/** Reads and checks every input of the table. */
function readInputs(table) {
    const values = {};
    for (const [name, spec] of Object.entries(table))
        values[name] = readOne(name, spec);
    return values;
}

;// CONCATENATED MODULE: ./src/actions/compliance/inputs.ts
/** The compliance action's inputs (the table a test checks against actions/compliance/action.yml) and their meaning. */




const COMPLIANCE_INPUTS = {
    path: inputs_text(),
    config: inputs_text(),
    mode: choice(['auto', 'changed', 'full']),
    base: inputs_text(),
    'fail-on': choice(settings/* FAIL_ON */.d$),
    baseline: inputs_text(),
    shard: inputs_text(),
    'merge-reports': inputs_text(),
    'json-report': inputs_text(),
    'sarif-report': inputs_text(),
    'markdown-report': inputs_text(),
    'check-run': flag(),
    comment: flag(),
    'tracking-issue': choice(['auto', 'true', 'false']),
    'trust-pr-config': flag(),
    'publish-timeout': inputs_text(),
    token: secret(),
};
const REPORT_FORMATS = ['json', 'sarif', 'markdown'];
/** A number of seconds from an input: a whole number from 1 to a day. */
function secondsInput(name, value, fallback) {
    if (value === undefined)
        return fallback;
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
        throw new errors/* ConfigurationError */.j1(`The input "${name}" must be a whole number of seconds from 1 to 86400, not "${value}".`);
    }
    return seconds;
}
/** Drops the undefined values, so optional properties stay absent rather than undefined. */
function optional(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
function readComplianceInputs() {
    const raw = readInputs(COMPLIANCE_INPUTS);
    const reports = {};
    for (const format of REPORT_FORMATS) {
        const file = raw[`${format}-report`];
        if (file)
            reports[format] = file;
    }
    return {
        path: raw.path ?? '.',
        ...optional({ config: raw.config, base: raw.base, baseline: raw.baseline, shard: raw.shard }),
        ...optional({ mergeReports: raw['merge-reports'], failOn: raw['fail-on'], comment: raw.comment, token: raw.token }),
        mode: raw.mode ?? 'auto',
        reports,
        checkRun: raw['check-run'] ?? true,
        trackingIssue: raw['tracking-issue'] ?? 'auto',
        trustPrConfig: raw['trust-pr-config'] ?? false,
        publishSeconds: secondsInput('publish-timeout', raw['publish-timeout'], courtesy/* DEFAULT_PUBLISH_SECONDS */.w),
    };
}
const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function changedSince(inputs, event, pull) {
    const changed = inputs.mode === 'changed' || (inputs.mode === 'auto' && PR_EVENTS.has(event.name));
    if (!changed)
        return undefined;
    const base = inputs.base ?? pull?.baseSha;
    if (!base) {
        throw new errors/* ConfigurationError */.j1(`The input "mode" is "${inputs.mode}" on a ${event.name} event, which gives no base to compare with: ` +
            'set the "base" input (a ref or SHA), or mode: full.');
    }
    return base;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eZ: () => (/* binding */ fileErrorMessage),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * A mistake in what the user gave us (config, inputs, flags). It carries a message that says what is
 * wrong and where, and maps to exit code 2 / `setFailed` with the fix. Anything else thrown is a bug.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** Turns any thrown value into a readable message; nothing is swallowed. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
const FILE_ERRORS = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a file stands where a folder is needed',
    EEXIST: 'a file stands where a folder is needed',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    ENOENT: 'no such file or folder',
};
/** A file system error in words a user can act on, with its code. */
function fileErrorMessage(error) {
    const code = error.code;
    if (code === undefined)
        return errorMessage(error);
    return FILE_ERRORS[code] ? `${FILE_ERRORS[code]} (${code})` : code;
}


/***/ }),

/***/ 3839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ Courtesy),
/* harmony export */   w: () => (/* binding */ DEFAULT_PUBLISH_SECONDS)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Time one step may spend publishing, retries and rate-limit waits included, unless the workflow says otherwise. */
const DEFAULT_PUBLISH_SECONDS = 120;
/**
 * Publishing is a courtesy on top of the verdict: when GitHub refuses it (a fork's read-only token) or
 * fails after retries, the step warns and its result still stands. A step spends at most its budget on
 * it: a GitHub that does not answer delays the verdict by that much at most, and what was left is named.
 */
class Courtesy {
    logger;
    budgetSeconds;
    now;
    deadline;
    constructor(logger, budgetSeconds = DEFAULT_PUBLISH_SECONDS, now = Date.now) {
        this.logger = logger;
        this.budgetSeconds = budgetSeconds;
        this.now = now;
        this.deadline = now() + budgetSeconds * 1000;
    }
    /** Publishes `what`; false (with a warning saying why) when it failed or the budget was spent. */
    async publish(what, action) {
        if (this.now() >= this.deadline) {
            this.logger.warning(`Skipped the ${what}: the ${this.budgetSeconds} s allowed for publishing are spent.`);
            return false;
        }
        try {
            await action();
            return true;
        }
        catch (error) {
            this.logger.warning(`Could not publish the ${what}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            return false;
        }
    }
}


/***/ })

};
