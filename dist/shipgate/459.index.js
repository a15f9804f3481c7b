export const id = 459;
export const ids = [459];
export const modules = {

/***/ 5422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ readDeployInputs),
/* harmony export */   dO: () => (/* binding */ sharedInputs)
/* harmony export */ });
/* unused harmony export DEPLOY_INPUTS */
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/** The deploy action's inputs (the table a test checks against actions/deploy/action.yml) and their meaning. */


const DEPLOY_INPUTS = {
    environment: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(),
    ref: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(),
    config: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(),
    'json-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(),
    token: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)(),
};
/** The inputs deploy and rollback share, read from a table that has them. */
function sharedInputs(raw) {
    if (raw.environment === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('The input "environment" is required: the environment under deploy.environments to use.');
    }
    const optional = { config: raw.config, jsonReport: raw['json-report'], token: raw.token };
    const given = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
    return { environment: raw.environment, ...given };
}
function readDeployInputs() {
    const raw = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInputs */ .Ko)(DEPLOY_INPUTS);
    return { ...sharedInputs(raw), ...(raw.ref === undefined ? {} : { ref: raw.ref }) };
}


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ finishStep),
/* harmony export */   p: () => (/* binding */ stepOptions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/* harmony import */ var _core_atomic_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4553);
/* harmony import */ var _deploy_formats_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9815);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8860);
/* harmony import */ var _github_repo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1839);
/* harmony import */ var _runner_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1784);
/** What deploy and rollback do as workflow steps: run options from inputs and runner, then outputs, summary, verdict. */







/** The engines' logger in a step, folding the user's command output into groups. */
const stepLogger = { ..._runner_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .coreLogger */ .W, group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os(title, body) };
function stepOptions(inputs, runner) {
    const base = {
        root: runner.workspace,
        environment: inputs.environment,
        logger: stepLogger,
        run: { logUrl: runner.runUrl, runId: runner.runId, runAttempt: runner.runAttempt },
        ...(inputs.config === undefined ? {} : { configPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(runner.workspace, inputs.config) }),
    };
    if (inputs.token === undefined)
        return { ...base, noLedgerReason: 'the "token" input is empty' };
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createGitHubClient */ .L)({ token: inputs.token, logger: _runner_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .coreLogger */ .W, baseUrl: runner.apiUrl });
    return { ...base, github: { client, repo: (0,_github_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRepo */ .E3)(runner.repository, 'GITHUB_REPOSITORY') } };
}
/** Report file, outputs, job summary, and the verdict: a deploy that failed or rolled back fails the step. */
async function finishStep(report, inputs, runner) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(runner.workspace, inputs.jsonReport ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(runner.runnerTemp, 'shipgate', `${report.kind}.json`));
    await (0,_core_atomic_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(file, `${JSON.stringify(report, null, 2)}\n`);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('outcome', report.outcome);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('active-color', report.activeColor ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('previous-color', report.previousColor ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('deployment-id', report.deploymentId === null ? '' : String(report.deploymentId));
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('rolled-back', String(report.rolledBack));
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('switch-ms', report.switchMs === null ? '' : String(Math.round(report.switchMs)));
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('json-report', file);
    if (report.passed)
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`shipgate ${report.kind}: ${report.message}`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`shipgate ${report.kind} ${report.outcome}: ${report.message}`);
    if (runner.stepSummary)
        await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw((0,_deploy_formats_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .deployMarkdown */ .P)(report)).write();
}


/***/ }),

/***/ 9459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/rollback/rollback.ts + 1 modules
var rollback = __webpack_require__(9599);
// EXTERNAL MODULE: ./src/runner/context.ts
var context = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/runner/run-action.ts
var run_action = __webpack_require__(2362);
// EXTERNAL MODULE: ./src/actions/deploy/step.ts
var step = __webpack_require__(4089);
// EXTERNAL MODULE: ./src/runner/inputs.ts
var inputs = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/actions/deploy/inputs.ts
var deploy_inputs = __webpack_require__(5422);
;// CONCATENATED MODULE: ./src/actions/rollback/inputs.ts
/** The rollback action's inputs (the table a test checks against actions/rollback/action.yml) and their meaning. */


const ROLLBACK_INPUTS = {
    environment: (0,inputs/* text */.Qq)(),
    to: (0,inputs/* text */.Qq)(),
    config: (0,inputs/* text */.Qq)(),
    'json-report': (0,inputs/* text */.Qq)(),
    token: (0,inputs/* secret */.rJ)(),
};
function readRollbackInputs() {
    const raw = (0,inputs/* readInputs */.Ko)(ROLLBACK_INPUTS);
    return { ...(0,deploy_inputs/* sharedInputs */.dO)(raw), ...(raw.to === undefined ? {} : { to: raw.to }) };
}

;// CONCATENATED MODULE: ./src/actions/rollback.ts





/** The rollback action (`uses: …/actions/rollback@v1`). */
function main() {
    return (0,run_action/* runAction */.C)(async () => {
        const inputs = readRollbackInputs();
        const runner = (0,context/* readRunnerContext */.gi)();
        const report = await (0,rollback/* rollbackEnvironment */.S)({
            ...(0,step/* stepOptions */.p)(inputs, runner),
            ...(inputs.to === undefined ? {} : { to: inputs.to }),
        });
        await (0,step/* finishStep */.I)(report, inputs, runner);
    });
}


/***/ }),

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ rollbackEnvironment)
});

// EXTERNAL MODULE: ./src/deploy/flow/after-switch.ts + 4 modules
var after_switch = __webpack_require__(2426);
// EXTERNAL MODULE: ./src/deploy/flow/deploy.ts
var deploy = __webpack_require__(801);
// EXTERNAL MODULE: ./src/deploy/flow/lock.ts + 2 modules
var lock = __webpack_require__(3039);
// EXTERNAL MODULE: ./src/deploy/flow/prepare.ts
var prepare = __webpack_require__(6583);
// EXTERNAL MODULE: ./src/deploy/flow/run-state.ts + 1 modules
var run_state = __webpack_require__(6814);
// EXTERNAL MODULE: ./src/deploy/flow/switch.ts
var flow_switch = __webpack_require__(3666);
// EXTERNAL MODULE: ./src/deploy/health/wait.ts + 2 modules
var wait = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/deploy/setup.ts + 12 modules
var setup = __webpack_require__(6940);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/rollback/target.ts
// What a rollback goes back to: by default the last deployment before the current one whose success still
// stands; or an explicit deployment id or ref. Without a ledger: the idle colour, whatever it runs.


/** The deployment serving now: the newest good one on the live colour. */
function currentDeployment(state) {
    return state.view.lastGood((record) => record.payload.color === state.previous);
}
async function byId(state, id) {
    const record = state.view.byId(id);
    if (record === undefined) {
        throw new errors/* ConfigurationError */.j1(`Deployment ${id} is not among shipgate's newest deployments to ${state.environment}.`);
    }
    if (!(await state.view.everSucceeded(id)))
        return { kind: 'none', reason: `deployment ${id} never succeeded` };
    return { kind: 'commit', ref: record.ref, sha: record.sha, from: `deployment ${id}` };
}
async function lastGoodBefore(state, current) {
    const earlier = (r) => current === undefined || (r.id < current.id && r.sha !== current.sha);
    const record = await state.view.lastGood(earlier);
    if (record === undefined) {
        const before = current === undefined ? '' : ` before deployment ${current.id}`;
        return { kind: 'none', reason: `no deployment to ${state.environment}${before} succeeded` };
    }
    return { kind: 'commit', ref: record.ref, sha: record.sha, from: `deployment ${record.id}, the last good one` };
}
/** A re-run of the workflow run that already rolled back does nothing more. */
function alreadyRolledBack(state, current) {
    const runId = state.deps.run.runId;
    if (current === undefined || current.payload.rollbackOf === null || runId === undefined)
        return undefined;
    if (current.payload.runId !== runId)
        return undefined;
    return { kind: 'unchanged', reason: `this workflow run already rolled back (deployment ${current.id})` };
}
async function explicit(state, to, root) {
    if (/^\d+$/.test(to))
        return byId(state, Number(to));
    return { kind: 'commit', ref: to, sha: await (0,setup/* resolveCommit */.WL)(root, to), from: `ref ${to}` };
}
/** `to`: a deployment id, a ref, or undefined for the last good deployment. */
async function chooseTarget(state, to, root) {
    const current = await currentDeployment(state);
    state.rollbackOf = current?.id ?? null;
    if (to === undefined) {
        const repeat = alreadyRolledBack(state, current);
        if (repeat !== undefined)
            return repeat;
        if (!state.deps.ledger.enabled)
            return { kind: 'idle-colour' };
    }
    const target = to === undefined ? await lastGoodBefore(state, current) : await explicit(state, to, root);
    if (target.kind === 'commit' && current !== undefined && target.sha === current.sha) {
        const reason = `${state.environment} already runs ${target.sha.slice(0, 12)} (deployment ${current.id})`;
        return { kind: 'unchanged', reason };
    }
    return target;
}

;// CONCATENATED MODULE: ./src/rollback/rollback.ts
// The rollback use case: back to the chosen target at once when the idle colour still runs it and is healthy,
// else by redeploying its commit through the whole deploy flow. A rollback is a deployment of its own
// (payload.rollbackOf), and the deployment it replaces is marked. With no healthy target it refuses.









/** Whether the idle colour runs the commit (as far as the ledger knows) and answers its health checks. */
async function warm(state, sha) {
    const idle = state.target;
    if (sha !== undefined && state.view.newestOn(idle)?.sha !== sha)
        return false;
    const { colors, health } = state.request.settings;
    const verdict = await state.timeline.run('health', () => (0,wait/* checkOnce */.G)(colors[idle], health), (v) => [v.healthy ? 'done' : 'failed', v.reason]);
    return verdict.healthy;
}
/** Traffic straight back to the warm idle colour: record, switch, check, mark. */
async function switchBack(state, description) {
    await (0,prepare/* openAttempt */.Eu)(state, description);
    await (0,lock/* confirm */.lJ)(state);
    await (0,flow_switch/* switchToTarget */.N)(state);
    const idle = state.target;
    const verdict = await (0,after_switch/* verifyBack */.jM)(state, idle);
    const { ledger, run } = state.deps;
    await ledger.record(state.deploymentId, {
        state: 'success',
        description: `${description}: ${verdict.reason}`,
        environmentUrl: state.request.settings.url,
        logUrl: run.logUrl,
    });
    await (0,after_switch/* markRolledBack */.du)(state);
    return state.report('rolled-back', `${description}: ${idle} was still warm.`);
}
async function execute(state, target) {
    if (target.kind === 'unchanged')
        return state.report('unchanged', `Nothing to roll back: ${target.reason}.`);
    if (target.kind === 'none')
        throw new run_state/* RunStopped */.NL('refused', `No rollback target: ${target.reason}.`);
    const idle = state.target;
    if (target.kind === 'idle-colour') {
        state.request = { ...state.request, ref: `the ${idle} colour` };
        if (await warm(state, undefined))
            return switchBack(state, `Rollback to the ${idle} colour`);
        throw new run_state/* RunStopped */.NL('refused', `No ledger to say what to roll back to, and ${idle} is not healthy: nothing to switch to.`);
    }
    state.request = { ...state.request, ref: target.ref, sha: target.sha };
    const description = `Rollback to ${target.ref} (${target.from})`;
    if (await warm(state, target.sha))
        return switchBack(state, description);
    state.deps.logger.info(`${idle} does not serve ${target.sha.slice(0, 12)} healthily: redeploying it.`);
    return (0,deploy/* release */._)(state, description);
}
async function rollbackEnvironment(options) {
    const settings = await (0,setup/* environmentSettings */.fu)(options);
    const state = new run_state/* RunState */.ll('rollback', { settings, ref: options.to ?? 'last good', sha: '' }, (0,setup/* flowDeps */.lt)(options, settings));
    return (0,run_state/* settle */.G9)(state, async () => {
        await (0,lock/* acquire */.XC)(state);
        await (0,prepare/* readColors */.NY)(state);
        if (state.previous === null)
            throw new run_state/* RunStopped */.NL('refused', 'No colour serves traffic: there is nothing to roll back.');
        return execute(state, await chooseTarget(state, options.to, options.root));
    });
}


/***/ }),

/***/ 1953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dV: () => (/* binding */ defaultBranchOf),
/* harmony export */   gi: () => (/* binding */ readRunnerContext),
/* harmony export */   pv: () => (/* binding */ pullOf)
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


/***/ }),

/***/ 1586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   rJ: () => (/* binding */ secret)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Action inputs read through a typed table: each action declares its inputs once, a test checks the
 * table against its action.yml, and every value arrives parsed (a typo in a name fails that test instead
 * of reading as an empty input).
 */


const text = () => ({ kind: 'text' });
const flag = () => ({ kind: 'boolean' });
/** A token: masked in the log before anything can print it. */
const secret = () => ({ kind: 'secret' });
const choice = (values) => ({ kind: 'choice', values });
function readOne(name, spec) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return undefined;
    switch (spec.kind) {
        case 'secret':
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(raw);
            return raw;
        case 'boolean':
            if (/^(true|false)$/i.test(raw))
                return raw.toLowerCase() === 'true';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The input "${name}" must be true or false, not "${raw}".`);
        case 'choice':
            if (spec.values.includes(raw))
                return raw;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The input "${name}" must be one of ${spec.values.join(', ')}, not "${raw}".`);
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


/***/ }),

/***/ 1784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);

/** The engines' logger inside a workflow step: the runner's log levels and annotations. */
const coreLogger = {
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    error: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message),
};


/***/ }),

/***/ 2362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Runs an action's main function: a user's mistake fails the step with its message; anything else
 * is reported as a bug with its stack, never swallowed.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`shipgate failed unexpectedly: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
