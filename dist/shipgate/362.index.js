export const id = 362;
export const ids = [362];
export const modules = {

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ changedSince),
/* harmony export */   EL: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   UW: () => (/* binding */ COMPLIANCE_INPUTS),
/* harmony export */   VH: () => (/* binding */ readComplianceInputs),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   oA: () => (/* binding */ secondsInput)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _compliance_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8874);
/* harmony import */ var _publishing_courtesy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3839);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9205);
/** The compliance action's inputs (the table a test checks against actions/compliance/action.yml) and their meaning. */




const COMPLIANCE_INPUTS = {
    path: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    config: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    mode: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(['auto', 'changed', 'full']),
    base: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'fail-on': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(_compliance_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON */ .d$),
    baseline: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    shard: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'merge-reports': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'json-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'sarif-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'markdown-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'check-run': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(),
    comment: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(),
    'tracking-issue': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(['auto', 'true', 'false']),
    'trust-pr-config': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(),
    'publish-timeout': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    token: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .secret */ .rJ)(),
};
const REPORT_FORMATS = ['json', 'sarif', 'markdown'];
/** A number of seconds from an input: a whole number from 1 to a day. */
function secondsInput(name, value, fallback) {
    if (value === undefined)
        return fallback;
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The input "${name}" must be a whole number of seconds from 1 to 86400, not "${value}".`);
    }
    return seconds;
}
/** Drops the undefined values, so optional properties stay absent rather than undefined. */
function optional(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
function readComplianceInputs() {
    const raw = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .Ko)(COMPLIANCE_INPUTS);
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
        publishSeconds: secondsInput('publish-timeout', raw['publish-timeout'], _publishing_courtesy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PUBLISH_SECONDS */ .w),
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The input "mode" is "${inputs.mode}" on a ${event.name} event, which gives no base to compare with: ` +
            'set the "base" input (a ref or SHA), or mode: full.');
    }
    return base;
}


/***/ }),

/***/ 8944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _runner_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1953);
/* harmony import */ var _runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2362);
/* harmony import */ var _quality_gate_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2630);
/* harmony import */ var _quality_gate_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7263);




/** The quality-gate action: conditions on coverage, test, lint and compliance reports, as one check run. */
function main() {
    return (0,_runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(() => (0,_quality_gate_step_js__WEBPACK_IMPORTED_MODULE_3__/* .gateStep */ .s)((0,_quality_gate_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGateInputs */ .rI)(), (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)()));
}


/***/ }),

/***/ 2630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lh: () => (/* binding */ conditionsInput),
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   rI: () => (/* binding */ readGateInputs)
/* harmony export */ });
/* unused harmony export GATE_INPUTS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _gate_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5306);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9205);
/* harmony import */ var _compliance_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5986);
/** The quality-gate action's inputs (the table a test checks against actions/quality-gate/action.yml). */




const GATE_INPUTS = {
    reports: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    conditions: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    'fail-on': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(_gate_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_POLICIES */ .q2),
    base: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    'head-sha': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    baseline: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(),
    config: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    'json-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    'markdown-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(),
    'check-run': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(),
    comment: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(),
    token: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .secret */ .rJ)(),
};
/** One item per line (commas separate too, for globs written on one line). */
function listInput(value, splitCommas) {
    const items = (value ?? '').split(splitCommas ? /[\n,]/ : /\n/);
    return items.map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}
function conditionsInput(value, name) {
    return listInput(value, false).map((line) => (0,_gate_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCondition */ .zB)(line, `The input "${name}"`, (m) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(m)));
}
function headSha(value) {
    if (value === undefined || /^[0-9a-f]{40}$/i.test(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The input "head-sha" must be a full 40-character commit SHA, not "${value}".`);
}
function readGateInputs() {
    const raw = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)(GATE_INPUTS);
    return {
        reports: listInput(raw.reports, true),
        conditions: conditionsInput(raw.conditions, 'conditions'),
        ...(0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lq)({ failOn: raw['fail-on'], base: raw.base, config: raw.config, comment: raw.comment, token: raw.token }),
        ...(0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lq)({
            jsonReport: raw['json-report'],
            markdownReport: raw['markdown-report'],
            headSha: headSha(raw['head-sha']),
        }),
        baseline: raw.baseline ?? true,
        checkRun: raw['check-run'] ?? true,
    };
}


/***/ }),

/***/ 7263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ gateStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(9307);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/git/diff.ts
var diff = __webpack_require__(3437);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/core/atomic-file.ts
var atomic_file = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/github/check-runs.ts + 1 modules
var check_runs = __webpack_require__(1377);
// EXTERNAL MODULE: ./src/gate/github-report.ts
var github_report = __webpack_require__(9713);
// EXTERNAL MODULE: ./src/gate/baseline/record.ts
var record = __webpack_require__(8134);
;// CONCATENATED MODULE: ./src/gate/baseline/check-runs.ts



function checkRunBaseline(client, repo, logger) {
    const runs = new check_runs/* CheckRuns */.rp(client, repo, logger);
    return {
        description: `the "${github_report/* GATE_CHECK_RUN_NAME */.rs}" check runs`,
        perCommit: true,
        async metricsAt(sha) {
            const run = await runs.latest(sha, github_report/* GATE_CHECK_RUN_NAME */.rs);
            return (0,record/* decodeRecord */.eT)(run?.output.summary);
        },
    };
}

// EXTERNAL MODULE: ./src/gate/formats/index.ts + 1 modules
var formats = __webpack_require__(500);
// EXTERNAL MODULE: ./src/gate/formats/markdown.ts + 2 modules
var markdown = __webpack_require__(1135);
// EXTERNAL MODULE: ./src/gate/report.ts
var report = __webpack_require__(6229);
// EXTERNAL MODULE: ./src/gate/run-gate.ts + 31 modules
var run_gate = __webpack_require__(843);
// EXTERNAL MODULE: ./src/gate/settings.ts
var settings = __webpack_require__(5306);
// EXTERNAL MODULE: ./src/github/repo.ts
var repo = __webpack_require__(1839);
// EXTERNAL MODULE: ./src/publishing/courtesy.ts
var publishing_courtesy = __webpack_require__(3839);
// EXTERNAL MODULE: ./src/runner/context.ts
var context = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/runner/logger.ts
var logger = __webpack_require__(1784);
// EXTERNAL MODULE: ./src/actions/compliance/inputs.ts
var compliance_inputs = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/github/client.ts + 5 modules
var client = __webpack_require__(8860);
;// CONCATENATED MODULE: ./src/actions/quality-gate/publish.ts
/** What the gate step tells GitHub: the check run and the sticky comment; step annotations without a check run. */





/** The step's GitHub client (none without a token), its calls bound by the step's publishing budget. */
function clientFor(inputs, runner, courtesy) {
    if (!inputs.token)
        return undefined;
    return (0,client.createGitHubClient)({
        token: inputs.token,
        logger: logger/* coreLogger */.W,
        baseUrl: runner.apiUrl,
        deadline: courtesy.deadline,
    });
}
/** Publishes what the inputs ask for; true when the check run (which carries every annotation) was published. */
async function publish(p, inputs, runner, pull, github) {
    const { client, courtesy } = github;
    const wanted = [inputs.checkRun && 'checkRun', p.comment && pull && 'comment'].filter(Boolean);
    if (!client) {
        if (wanted.length > 0)
            core/* notice */.lm(`shipgate: no token, so nothing was published (skipped: ${wanted.join(', ')}).`);
        return false;
    }
    const target = { client, repo: (0,repo/* parseRepo */.E3)(runner.repository, 'GITHUB_REPOSITORY'), logger: logger/* coreLogger */.W };
    const checkRun = inputs.checkRun &&
        (await courtesy.publish('check run', () => (0,github_report/* publishGateCheckRun */.Y0)(target, p.result, p.headSha, p.links)));
    if (p.comment && pull) {
        await courtesy.publish('pull request comment', () => (0,github_report/* publishGateComment */.gZ)(target, p.result, pull.number, p.links));
    }
    return checkRun;
}
/** Without a check run: the failed tests and new lint errors on the step itself, 9 (the verdict is the 10th error). */
function annotate(result) {
    for (const annotation of (0,github_report/* gateAnnotations */.kv)(result).slice(0, 9)) {
        core/* error */.z3(annotation.message, {
            file: annotation.path,
            startLine: annotation.startLine,
            title: annotation.title ?? 'shipgate quality gate',
        });
    }
}

;// CONCATENATED MODULE: ./src/actions/quality-gate/step.ts



















/**
 * The config that judges this run: on a pull request as it is at the merge base, so a pull request
 * cannot lower the conditions that judge it (see config/resolve.ts); else the work tree's.
 */
async function configFor(inputs, runner) {
    const configPath = inputs.config === undefined ? undefined : (0,context/* workspacePath */.X5)(runner, inputs.config, 'config');
    const pull = (0,context/* pullOf */.pv)(runner.event);
    if (!pull)
        return (0,load/* loadSettings */.M)({ root: runner.workspace, ...(0,compliance_inputs/* optional */.lq)({ configPath }) });
    const git = await (0,git_git/* openRepository */.h_)(runner.workspace);
    const mergeBase = await (0,diff/* mergeBaseOf */.nM)(git, pull.baseSha);
    return (0,resolve/* resolveConfig */.p)({ git, ...(0,compliance_inputs/* optional */.lq)({ configPath }), mergeBase, trustWorkTree: false });
}
async function settingsFor(inputs, runner, config) {
    const loaded = config ?? (await configFor(inputs, runner));
    return (0,settings/* withGateOverrides */.vq)(loaded.settings.gate, {
        ...(0,compliance_inputs/* optional */.lq)({ failOn: inputs.failOn, comment: inputs.comment }),
        reports: inputs.reports,
        conditions: inputs.conditions,
    });
}
/**
 * Runs with a base (pull requests, the fork workflow) compare with the base branch at the merge base; a
 * push to the default branch with the commit before it, so the trend it stores continues. Others have none.
 */
function baselineFrom(runner, base) {
    if (base !== undefined)
        return {};
    const defaultBranch = (0,context/* defaultBranchOf */.dV)(runner.event);
    return runner.event.name === 'push' && runner.ref === `refs/heads/${defaultBranch}` ? { from: 'HEAD~1' } : undefined;
}
function requestFor(inputs, runner, settings, client) {
    const pull = (0,context/* pullOf */.pv)(runner.event);
    const base = inputs.base ?? pull?.baseSha;
    const from = baselineFrom(runner, base);
    const wantsBaseline = inputs.baseline && client !== undefined && from !== undefined;
    const source = wantsBaseline
        ? checkRunBaseline(client, (0,repo/* parseRepo */.E3)(runner.repository, 'GITHUB_REPOSITORY'), logger/* coreLogger */.W)
        : undefined;
    return {
        cwd: runner.workspace,
        settings,
        ...(0,compliance_inputs/* optional */.lq)({ base }),
        ...(source ? { baseline: { source, ...from } } : {}),
        logger: logger/* coreLogger */.W,
    };
}
async function writeReports(result, inputs, runner) {
    const json = external_node_path_default().resolve(runner.workspace, inputs.jsonReport ?? external_node_path_default().join(runner.runnerTemp, 'shipgate', 'gate.json'));
    await (0,atomic_file/* writeFileAtomic */.Z)(json, (0,formats/* renderGate */.e)(result, 'json'));
    if (inputs.markdownReport)
        await (0,atomic_file/* writeFileAtomic */.Z)(external_node_path_default().resolve(runner.workspace, inputs.markdownReport), (0,formats/* renderGate */.e)(result, 'markdown'));
    return json;
}
/** The quality gate as a workflow step: reports → metrics → conditions → outputs, summary, check run, comment. */
async function gateStep(inputs, runner, options = {}) {
    const settings = await settingsFor(inputs, runner, options.config);
    const courtesy = new publishing_courtesy/* Courtesy */.H(logger/* coreLogger */.W);
    const client = clientFor(inputs, runner, courtesy);
    const result = await (0,run_gate/* runGate */.R)(requestFor(inputs, runner, settings, client));
    const pull = (0,context/* pullOf */.pv)(runner.event);
    const prefix = options.outputPrefix ?? '';
    core/* setOutput */.uH(`${prefix}passed`, result.report.passed);
    core/* setOutput */.uH(`${prefix}metrics`, JSON.stringify(result.report.metrics));
    core/* setOutput */.uH(`${prefix}json-report`, await writeReports(result, inputs, runner));
    const verdict = `shipgate quality gate ${result.report.passed ? 'passed' : 'failed'}: ${result.report.conditions.filter((c) => !c.passed).length} condition(s) failed.`;
    if ((0,report/* failsTheStep */.b)(result))
        core/* setFailed */.C1(verdict);
    else
        core/* info */.pq(verdict);
    const headSha = inputs.headSha ?? pull?.headSha ?? runner.sha;
    const links = { blobUrl: `${runner.serverUrl}/${runner.repository}/blob/${headSha}` };
    if (runner.stepSummary)
        await core/* summary */.z.addRaw((0,markdown/* toMarkdown */.l)(result, links)).write();
    const publication = { result, headSha, links, comment: settings.comment };
    const published = await publish(publication, inputs, runner, pull, { client, courtesy });
    if (!published)
        annotate(result);
}


/***/ }),

/***/ 8270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ resolveConfig)
/* harmony export */ });
/* unused harmony export describeChanges */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _git_refs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8568);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3910);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9307);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4661);
/**
 * Which config judges a change. A pull request's own files never decide how it is judged: in
 * changed-files mode the config is read as it is at the merge base (new exceptions and looser rules take
 * effect once merged, after review), unless the repository trusts the work tree's config (for example
 * because CODEOWNERS protects it). Either way the differences are listed so reviewers see them.
 */






/** The config file as a repository path; undefined for a file outside the repository, which no change can touch. */
function repositoryPathOf(git, configPath) {
    if (configPath === undefined)
        return _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONFIG_PATH */ .Bi;
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(git.root, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(git.root, configPath)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .staysInside */ .No)(relative) ? relative : undefined;
}
async function loadAt(git, commit, repoPath) {
    // A commit the clone lacks must not read as "no config here": that would judge by the defaults.
    if (!(await (0,_git_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .refExists */ .SJ)(git, commit))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The commit ${commit.slice(0, 12)}, whose config judges this change, is not in the clone: check out with fetch-depth: 0.`);
    }
    const { stdout, exitCode } = await git.run(['show', `${commit}:${repoPath}`], { allowExitCodes: [128] });
    if (exitCode !== 0)
        return { settings: (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .settingsFromConfig */ .m5)({}), commit };
    return { settings: (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSettings */ .P)(stdout, `${repoPath} at ${commit.slice(0, 12)}`), source: repoPath, commit };
}
/** Reads the config that judges this run, with what the work tree's config would change. */
async function resolveConfig(request) {
    const { git, configPath, mergeBase } = request;
    const workTree = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSettings */ .M)({ root: git.root, ...(configPath === undefined ? {} : { configPath }) });
    const repoPath = repositoryPathOf(git, configPath);
    if (mergeBase === undefined || repoPath === undefined)
        return workTree;
    const atBase = await loadAt(git, mergeBase, repoPath);
    const changes = describeChanges(atBase.settings, workTree.settings);
    return request.trustWorkTree ? { ...workTree, changes } : { ...atBase, changes };
}
/** Every setting the second config changes, as `path: before → after` lines. */
function describeChanges(before, after) {
    const lines = [];
    walkChanges(before, after, '', lines);
    return lines;
}
function walkChanges(before, after, where, lines) {
    if (JSON.stringify(before) === JSON.stringify(after))
        return;
    const bothObjects = isPlainObject(before) && isPlainObject(after);
    if (!bothObjects) {
        lines.push(`${where}: ${JSON.stringify(before) ?? 'unset'} → ${JSON.stringify(after) ?? 'unset'}`);
        return;
    }
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
        walkChanges(before[key], after[key], where === '' ? key : `${where}.${key}`, lines);
    }
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 4553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Writes a file so readers see the old content or the new, never half of it: temp file, then rename. */
async function writeFileAtomic(file, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${process.pid}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, content);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { force: true });
        throw error;
    }
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

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export DURATION_PATTERN */
/** Durations as users write them in the config: "500ms", "2s", "1.5m", "1h". */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The pattern the schema checks, so a bad duration is reported with its line and column before this runs. */
const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$';
/** Milliseconds in a duration the schema has validated. */
function parseDuration(text) {
    const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)$/.exec(text.trim());
    if (!match)
        throw new Error(`"${text}" is not a duration such as 500ms, 2s, 5m or 1h`);
    return Math.round(Number(match[1]) * UNITS[match[2]]);
}
/** "1.2 s", "350 ms", "2 min" for reports and messages. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${(ms / 60_000).toFixed(1)} min`;
}


/***/ }),

/***/ 3437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gf: () => (/* binding */ touchesChange),
/* harmony export */   nM: () => (/* binding */ mergeBaseOf),
/* harmony export */   sR: () => (/* binding */ changesSince)
/* harmony export */ });
/* unused harmony exports unquoteDiffPath, parseHunks */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8568);


async function mergeBaseOf(git, ref) {
    if (!(await (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .refExists */ .SJ)(git, ref))) {
        const hint = /^[\w.-]+$/.test(ref) && !/^[0-9a-f]{7,40}$/.test(ref)
            ? ` (in a workflow the base branch is usually "origin/${ref}")`
            : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`changed-since: "${ref}" is not a commit in this repository${hint}. In a workflow, check out with fetch-depth: 0 so that the base and its history are there.`);
    }
    const { stdout, exitCode } = await git.run(['merge-base', ref, 'HEAD'], { allowExitCodes: [1] });
    if (exitCode !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`changed-since: "${ref}" and HEAD share no history (no merge base).`);
    return stdout.trim();
}
/** Paths the change added, modified or renamed (with rename detection); deleted files are left out. */
async function changedPaths(git, mergeBase) {
    const { stdout } = await git.run(['diff', '-z', '--name-status', '-M', '--no-ext-diff', mergeBase, '--']);
    const fields = stdout.split('\0');
    const files = new Map();
    for (let i = 0; i + 1 < fields.length;) {
        const status = fields[i];
        if (status.startsWith('R') || status.startsWith('C')) {
            const [from, to] = [fields[i + 1], fields[i + 2]];
            files.set(to, status.startsWith('R') ? { added: false, ranges: [], renamedFrom: from } : { added: true, ranges: [] });
            i += 3;
            continue;
        }
        if (status !== 'D')
            files.set(fields[i + 1], { added: status === 'A', ranges: [] });
        i += 2;
    }
    return files;
}
/** Reads a path as git writes it in a `+++` line: C-quoted when it has `"`, `\` or control characters. */
function unquoteDiffPath(text) {
    if (!text.startsWith('"'))
        return text.replace(/\t$/, '');
    const bytes = [];
    const escapes = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
    for (let i = 1; i < text.length && text[i] !== '"'; i++) {
        if (text[i] !== '\\') {
            bytes.push(...Buffer.from(text[i], 'utf8'));
        }
        else if (/[0-7]/.test(text[i + 1] ?? '')) {
            bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(escapes[text[++i]] ?? text.charCodeAt(i));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/**
 * Reads the new-side line ranges of `git diff -U0` hunks. Only the header of each file's patch names
 * the file (content lines inside hunks may start with `+++` too); a pure deletion marks the line it follows.
 */
function parseHunks(diff, files) {
    let current;
    let inHeader = false;
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ')) {
            [current, inHeader] = [undefined, true];
        }
        else if (inHeader && line.startsWith('+++ ')) {
            const target = line.slice(4);
            current = target === '/dev/null' ? undefined : files.get(unquoteDiffPath(target).replace(/^b\//, ''));
        }
        else if (line.startsWith('@@ ')) {
            inHeader = false;
            const hunk = current && HUNK.exec(line);
            if (!hunk || !current)
                continue;
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            current.ranges.push(count === 0 ? [Math.max(1, start), Math.max(1, start)] : [start, start + count - 1]);
        }
    }
}
/** The change between the merge base of `ref` and the work tree (so local, uncommitted edits count). */
async function changesSince(git, ref) {
    const mergeBase = await mergeBaseOf(git, ref);
    const files = await changedPaths(git, mergeBase);
    if (files.size > 0) {
        const args = [
            '-c',
            'core.quotePath=false',
            'diff',
            '-U0',
            '-M',
            '--no-color',
            '--no-ext-diff',
            '--src-prefix=a/',
            '--dst-prefix=b/',
            mergeBase,
            '--',
        ];
        parseHunks((await git.run(args)).stdout, files);
    }
    return { base: ref, mergeBase, files };
}
/** True when a span touches a changed line of the file, or the file is new. */
function touchesChange(change, line, endLine) {
    return change.added || change.ranges.some(([start, end]) => start <= endLine && end >= line);
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tq: () => (/* binding */ GitCli),
/* harmony export */   h_: () => (/* binding */ openRepository),
/* harmony export */   mL: () => (/* binding */ findRepositoryRoot),
/* harmony export */   uc: () => (/* binding */ openRepositoryOrBare)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const MAX_OUTPUT = 1024 * 1024 * 1024;
/** Runs the real `git` binary in a work tree. */
class GitCli {
    root;
    constructor(root) {
        this.root = root;
    }
    run(args, options = {}) {
        return this.exec(args, options, 'utf8');
    }
    async read(args, options = {}) {
        return (await this.exec(args, options, 'buffer')).stdout;
    }
    exec(args, options, encoding) {
        const env = options.env ? { ...process.env, ...options.env } : undefined;
        const settings = {
            cwd: this.root,
            maxBuffer: MAX_OUTPUT,
            encoding,
            timeout: options.timeoutMs ?? 0,
            ...(env ? { env } : {}),
        };
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, settings, (error, stdout, stderr) => {
                const failure = explainFailure(args, options, error, String(stderr));
                if (failure instanceof Error)
                    return reject(failure);
                resolve({ stdout: stdout, stderr: String(stderr), exitCode: failure });
            });
            // A git that dies early (a fatal error) closes its stdin: its exit status reports that, not EPIPE.
            child.stdin?.on('error', () => undefined);
            if (options.input !== undefined)
                child.stdin?.end(options.input);
        });
    }
}
/** The exit code when the run counts as answered, else the error to reject with. */
function explainFailure(args, options, error, stderr) {
    if (error?.killed && options.timeoutMs)
        return new Error(`git ${args[0] ?? ''} did not finish within ${options.timeoutMs} ms and was stopped.`);
    const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
    if (!error || options.allowExitCodes?.includes(exitCode))
        return exitCode;
    if (error.code === 'ENOENT')
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('git was not found on PATH: shipgate needs git to list and compare files.');
    return new Error(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim() || error.message}`);
}
/** Opens the work tree that contains `dir`, with a clear error when it is not in a git repository. */
async function openRepository(dir) {
    const probe = new GitCli(dir);
    const result = await probe.run(['rev-parse', '--show-toplevel'], { allowExitCodes: [128] });
    if (result.exitCode !== 0) {
        const reason = result.stderr.trim().split('\n')[0] ?? '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`git cannot open ${dir} as a repository (shipgate checks the files git tracks): ${reason}`);
    }
    return new GitCli(result.stdout.trim());
}
/** The root of the work tree that contains `dir`, or undefined when it is in none. */
async function findRepositoryRoot(dir) {
    const result = await new GitCli(dir).run(['rev-parse', '--show-toplevel'], { allowExitCodes: [128] });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/**
 * The repository at `dir`, with or without a work tree: merges need none, so a bare mirror will do. In a
 * work tree this is `openRepository`.
 */
async function openRepositoryOrBare(dir) {
    const probe = new GitCli(dir);
    const bare = await probe.run(['rev-parse', '--is-bare-repository'], { allowExitCodes: [128] });
    if (bare.exitCode === 0 && bare.stdout.trim() === 'true')
        return probe;
    return openRepository(dir);
}


/***/ }),

/***/ 528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ branchHistories),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   hJ: () => (/* binding */ firstParentHistory),
/* harmony export */   q9: () => (/* binding */ commitTimes),
/* harmony export */   yp: () => (/* binding */ commitsAhead)
/* harmony export */ });
/** `rev-list --parents --boundary tips ^base`: the commits only the tips reach, and where they meet the base. */
async function walk(git, base, tips) {
    const input = [...tips, `^${base}`].join('\n') + '\n';
    const { stdout } = await git.run(['rev-list', '--parents', '--boundary', '--stdin'], { input });
    const parents = new Map();
    const boundary = new Set();
    for (const line of stdout.split('\n')) {
        if (line === '')
            continue;
        if (line.startsWith('-'))
            boundary.add(line.slice(1).split(' ')[0]);
        else {
            const [commit, ...rest] = line.split(' ');
            parents.set(commit, rest);
        }
    }
    return { parents, boundary };
}
/** Follows a tip's own commits down to the commits of the base's history it stands on. */
function historyOf(tip, { parents }) {
    const own = new Set();
    const reached = new Set();
    if (!parents.has(tip))
        return { own, reached: new Set([tip]) };
    const stack = [tip];
    while (stack.length > 0) {
        const commit = stack.pop();
        if (own.has(commit))
            continue;
        own.add(commit);
        for (const parent of parents.get(commit) ?? []) {
            if (parents.has(parent))
                stack.push(parent);
            else
                reached.add(parent);
        }
    }
    return { own, reached };
}
/**
 * The history of each tip against the base. With one commit reached in the base's history, that commit is
 * the merge base; with several (the branch merged the base in, or criss-cross merges), git decides.
 */
async function branchHistories(git, base, tips) {
    const unique = [...new Set(tips)];
    const graph = await walk(git, base, unique);
    const histories = new Map();
    // One git process at a time: few branches need one, and a burst of hundreds would starve the machine.
    for (const tip of unique) {
        const { own, reached } = historyOf(tip, graph);
        const mergeBases = reached.size <= 1 ? [...reached] : await mergeBasesOf(git, base, tip);
        histories.set(tip, { own, mergeBases });
    }
    return histories;
}
async function mergeBasesOf(git, base, tip) {
    const { stdout } = await git.run(['merge-base', '--all', base, tip], { allowExitCodes: [1] });
    return stdout.split('\n').filter(Boolean).sort();
}
/** True when the repository is a shallow clone, whose histories may stop before branches meet. */
async function isShallow(git) {
    const { stdout } = await git.run(['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
}
/** The committer time (seconds) of each commit, from one `git log --no-walk`. */
async function commitTimes(git, shas) {
    if (shas.length === 0)
        return new Map();
    const { stdout } = await git.run(['log', '--no-walk=unsorted', '--format=%H %ct', '--stdin'], {
        input: shas.join('\n') + '\n',
    });
    return new Map(stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.split(' ')[0], Number(line.split(' ')[1])]));
}
/** How many commits `to` has that `from` lacks (how far a branch is behind its base: from = branch, to = base). */
async function commitsAhead(git, from, to) {
    const { stdout } = await git.run(['rev-list', '--count', `${from}..${to}`]);
    return Number(stdout.trim());
}
/** The commit `ref` names and its first parents, newest first, at most `count`; empty when git knows no such ref. */
async function firstParentHistory(git, ref, count) {
    if (count <= 0)
        return [];
    const result = await git.run(['rev-list', '--first-parent', `--max-count=${count}`, ref, '--'], {
        allowExitCodes: [128],
    });
    return result.exitCode === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ remoteHeadBranch),
/* harmony export */   SJ: () => (/* binding */ refExists),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   qH: () => (/* binding */ listCommitRefs)
/* harmony export */ });
/* unused harmony export shortRefName */
/** True when the ref names a commit in this repository. */
async function refExists(git, ref) {
    const result = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowExitCodes: [1, 128] });
    return result.exitCode === 0;
}
/** "refs/heads/x" → "x", "refs/remotes/origin/x" → "origin/x", "refs/pull/7/head" → "pull/7/head". */
function shortRefName(ref) {
    return ref.replace(/^refs\/(heads|remotes|tags)\//, '').replace(/^refs\//, '');
}
/** Every branch, remote-tracking branch and other ref under refs/ that points at a commit (symbolic refs left out). */
async function listCommitRefs(git) {
    const format = '%(refname)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)%00%(symref)';
    const { stdout } = await git.run(['for-each-ref', `--format=${format}`]);
    const refs = [];
    for (const line of stdout.split('\n')) {
        const [ref, sha, peeled, type, peeledType, symref] = line.split('\0');
        if (!ref || symref)
            continue;
        const commit = type === 'commit' ? sha : peeledType === 'commit' ? peeled : undefined;
        if (commit)
            refs.push({ ref, name: shortRefName(ref), sha: commit });
    }
    return refs;
}
/** The commit a ref or revision names, or undefined when there is none. */
async function resolveCommit(git, revision) {
    if (revision.startsWith('-'))
        return undefined;
    const result = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], {
        allowExitCodes: [1, 128],
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/** The branch the remote's HEAD points at (e.g. "origin/main"), when the clone recorded it. */
async function remoteHeadBranch(git, remote = 'origin') {
    const result = await git.run(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`], {
        allowExitCodes: [1, 128],
    });
    return result.exitCode === 0 ? shortRefName(result.stdout.trim()) : undefined;
}


/***/ }),

/***/ 9672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   g: () => (/* binding */ generatedOrVendored)
/* harmony export */ });
const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';
/** Tracked regular files under the scan path; symlinks and submodules are never followed. */
async function trackedFiles(git, scanPath) {
    const args = ['--literal-pathspecs', 'ls-files', '-z', '-s', '--full-name', '--', scanPath === '' ? '.' : scanPath];
    const { stdout } = await git.run(args);
    const files = [];
    for (const record of stdout.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const mode = record.slice(0, 6);
        const stage = record.slice(tab - 1, tab);
        if (mode === SYMLINK_MODE || mode === SUBMODULE_MODE || (stage !== '0' && stage !== '2'))
            continue;
        files.push(record.slice(tab + 1));
    }
    return [...new Set(files)];
}
/** Files marked linguist-generated or linguist-vendored in .gitattributes are not scanned. */
async function generatedOrVendored(git, files) {
    if (files.length === 0)
        return new Set();
    const { stdout } = await git.run(['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], {
        input: files.join('\0') + '\0',
    });
    const fields = stdout.split('\0');
    const marked = new Set();
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const value = fields[i + 2];
        if (value === 'set' || value === 'true')
            marked.add(fields[i]);
    }
    return marked;
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


/***/ }),

/***/ 1953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   dV: () => (/* binding */ defaultBranchOf),
/* harmony export */   gi: () => (/* binding */ readRunnerContext),
/* harmony export */   pv: () => (/* binding */ pullOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/** The runner's environment, read once into one typed object; a missing variable is an error, never "undefined". */



function required(env, name) {
    const value = env[name]?.trim();
    if (!value) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} is not set: shipgate's actions run inside GitHub Actions, which sets it (outside, use the shipgate CLI).`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read the event payload GITHUB_EVENT_PATH=${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The event payload GITHUB_EVENT_PATH=${file} is not a JSON object.`);
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
/** A path from an input, resolved in the workspace; one that leads outside it is refused. */
function workspacePath(runner, value, inputName) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(runner.workspace, value);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(runner.workspace, absolute);
    if (relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The input "${inputName}" (${value}) leads outside the workspace.`);
    }
    return absolute;
}


/***/ }),

/***/ 9205:
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
