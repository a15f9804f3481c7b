export const id = 953;
export const ids = [953];
export const modules = {

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

/***/ 1953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultBranchOf: () => (/* binding */ defaultBranchOf),
/* harmony export */   pullOf: () => (/* binding */ pullOf),
/* harmony export */   readRunnerContext: () => (/* binding */ readRunnerContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/** The runner's environment, read once into one typed object; a missing variable is an error, never "undefined". */


function required(env, name) {
    const value = env[name]?.trim();
    if (!value) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${name} is not set: shipgate's actions run inside GitHub Actions, which sets it (outside, use the shipgate CLI).`);
    }
    return value;
}
function readEvent(env) {
    const name = required(env, 'GITHUB_EVENT_NAME');
    const file = required(env, 'GITHUB_EVENT_PATH');
    let payload;
    try {
        payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Cannot read the event payload GITHUB_EVENT_PATH=${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The event payload GITHUB_EVENT_PATH=${file} is not a JSON object.`);
    }
    return { name, payload: payload };
}
function readRunnerContext(env = process.env) {
    const [serverUrl, repository, runId] = ['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID'].map((n) => required(env, n));
    const stepSummary = env.GITHUB_STEP_SUMMARY?.trim();
    return {
        workspace: required(env, 'GITHUB_WORKSPACE'),
        event: readEvent(env),
        sha: required(env, 'GITHUB_SHA'),
        ref: env.GITHUB_REF ?? '',
        repository: repository,
        serverUrl: serverUrl,
        apiUrl: required(env, 'GITHUB_API_URL'),
        runUrl: `${serverUrl}/${repository}/actions/runs/${runId}`,
        runId: runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
        runnerTemp: required(env, 'RUNNER_TEMP'),
        ...(stepSummary ? { stepSummary } : {}),
    };
}
function pullOf(event) {
    const pr = event.payload.pull_request;
    if (!pr?.number || !pr.base?.sha || !pr.head?.sha)
        return undefined;
    return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, baseRef: pr.base.ref ?? '' };
}
/** The repository's default branch, from the payload (every event that has a repository carries it). */
function defaultBranchOf(event) {
    return event.payload.repository?.default_branch;
}


/***/ })

};
