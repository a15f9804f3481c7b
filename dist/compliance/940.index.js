export const id = 940;
export const ids = [940,339];
export const modules = {

/***/ 3940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedSince: () => (/* binding */ changedSince),
/* harmony export */   optional: () => (/* binding */ optional),
/* harmony export */   pullOf: () => (/* binding */ pullOf),
/* harmony export */   readComplianceInputs: () => (/* binding */ readComplianceInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3339);


function readComplianceInputs() {
    const reports = {};
    for (const format of ['json', 'sarif', 'markdown']) {
        const file = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.stringInput)(`${format}-report`);
        if (file)
            reports[format] = file;
    }
    return {
        path: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.stringInput)('path') ?? '.',
        ...optional({ config: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.stringInput)('config'), base: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.stringInput)('base'), baseline: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.stringInput)('baseline'), shard: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.stringInput)('shard'), mergeReports: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.stringInput)('merge-reports') }),
        mode: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.choiceInput)('mode', ['auto', 'changed', 'full']) ?? 'auto',
        ...optional({ failOn: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.choiceInput)('fail-on', ['new', 'all', 'none']), comment: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.booleanInput)('comment'), token: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.tokenInput)() }),
        reports,
        checkRun: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.booleanInput)('check-run') ?? true,
        trackingIssue: (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__.choiceInput)('tracking-issue', ['auto', 'true', 'false']) ?? 'auto',
    };
}
/** Drops the undefined values, so optional properties stay absent rather than undefined. */
function optional(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
function pullOf(event) {
    const pr = event.payload.pull_request;
    if (!pr?.number || !pr.base?.sha || !pr.head?.sha)
        return undefined;
    return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
}
function changedSince(inputs, event, pull) {
    const changed = inputs.mode === 'changed' || (inputs.mode === 'auto' && PR_EVENTS.has(event.name));
    if (!changed)
        return undefined;
    const base = inputs.base ?? pull?.baseSha;
    if (!base)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`The input "mode" is "${inputs.mode}" on a ${event.name} event, which gives no base to compare with: set the "base" input (a ref or SHA), or mode: full.`);
    return base;
}


/***/ }),

/***/ 3339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   booleanInput: () => (/* binding */ booleanInput),
/* harmony export */   choiceInput: () => (/* binding */ choiceInput),
/* harmony export */   coreLogger: () => (/* binding */ coreLogger),
/* harmony export */   readEvent: () => (/* binding */ readEvent),
/* harmony export */   runAction: () => (/* binding */ runAction),
/* harmony export */   stringInput: () => (/* binding */ stringInput),
/* harmony export */   tokenInput: () => (/* binding */ tokenInput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/** The Actions runtime glue every entry shares: logger, typed inputs, event, and one error policy. */



const coreLogger = {
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(message),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message),
    error: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(message),
};
function stringInput(name) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name).trim();
    return value === '' ? undefined : value;
}
function choiceInput(name, allowed) {
    const value = stringInput(name);
    if (value === undefined || allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`The input "${name}" must be one of ${allowed.join(', ')}, not "${value}".`);
}
/** true/false (any case); empty gives undefined so the config file decides. */
function booleanInput(name) {
    const value = stringInput(name)?.toLowerCase();
    if (value === undefined)
        return undefined;
    if (value === 'true' || value === 'false')
        return value === 'true';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`The input "${name}" must be true or false, not "${value}".`);
}
/** The token input, masked in the log before anything can print it. */
function tokenInput() {
    const token = stringInput('token');
    if (token)
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(token);
    return token;
}
function readEvent(env = process.env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, payload: {} };
    try {
        return { name, payload: JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')) };
    }
    catch (error) {
        throw new Error(`Cannot read the event payload ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)}`);
    }
}
/**
 * Runs an action's main function: a user's mistake fails the step with its message; anything else
 * is reported as a bug with its stack, never swallowed.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j) {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(error.stack);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`shipgate failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)}`);
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
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


/***/ })

};
