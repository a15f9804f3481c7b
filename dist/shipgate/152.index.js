export const id = 152;
export const ids = [152];
export const modules = {

/***/ 1152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/runner/run-action.ts
var run_action = __webpack_require__(2362);
// EXTERNAL MODULE: ./src/compliance/index.ts + 10 modules
var compliance = __webpack_require__(9505);
// EXTERNAL MODULE: ./src/runner/context.ts
var context = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/runner/logger.ts
var logger = __webpack_require__(1784);
// EXTERNAL MODULE: ./src/actions/compliance/inputs.ts
var compliance_inputs = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/actions/compliance/step.ts + 3 modules
var step = __webpack_require__(3153);
// EXTERNAL MODULE: ./src/actions/quality-gate/step.ts + 2 modules
var quality_gate_step = __webpack_require__(7263);
// EXTERNAL MODULE: ./src/runner/inputs.ts
var inputs = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/actions/quality-gate/inputs.ts
var quality_gate_inputs = __webpack_require__(2630);
;// CONCATENATED MODULE: ./src/actions/pr-checks/inputs.ts
/** The root action's inputs: the compliance inputs, and the quality gate's own (the others are shared). */



const PR_CHECKS_INPUTS = {
    ...compliance_inputs/* COMPLIANCE_INPUTS */.UW,
    'gate-reports': (0,inputs/* text */.Qq)(),
    'gate-conditions': (0,inputs/* text */.Qq)(),
};
/** The gate's inputs in the root action: its reports and conditions, the rest shared with compliance. */
function rootGateInputs(compliance) {
    const raw = (0,inputs/* readInputs */.Ko)({
        'gate-reports': PR_CHECKS_INPUTS['gate-reports'],
        'gate-conditions': PR_CHECKS_INPUTS['gate-conditions'],
    });
    return {
        reports: (0,quality_gate_inputs/* listInput */.dt)(raw['gate-reports'], true),
        conditions: (0,quality_gate_inputs/* conditionsInput */.Lh)(raw['gate-conditions'], 'gate-conditions'),
        ...(compliance.base === undefined ? {} : { base: compliance.base }),
        ...(compliance.config === undefined ? {} : { config: compliance.config }),
        ...(compliance.comment === undefined ? {} : { comment: compliance.comment }),
        ...(compliance.token === undefined ? {} : { token: compliance.token }),
        baseline: true,
        checkRun: compliance.checkRun,
    };
}

;// CONCATENATED MODULE: ./src/actions/pr-checks/run-checks.ts







/**
 * Runs each check the config lists under `checks:`, with the action's inputs. The config is read once,
 * as it is at the pull request's merge base (see config/resolve.ts), so a pull request cannot switch a
 * check off for itself.
 */
async function runPullRequestChecks() {
    const runner = (0,context/* readRunnerContext */.gi)();
    const inputs = (0,compliance_inputs/* readComplianceInputs */.VH)();
    const prepared = await (0,compliance/* prepareScan */.JU)((0,step/* scanTarget */.r)(inputs, runner));
    const { checks } = prepared.config.settings;
    if (checks.length === 0)
        logger/* coreLogger */.W.info('shipgate: the config enables no check (checks: []), nothing to run.');
    for (const check of checks) {
        logger/* coreLogger */.W.info(`shipgate check: running ${check}`);
        if (check === 'compliance')
            await (0,step/* complianceStep */.i)(inputs, runner, prepared);
        // The gate's outputs are prefixed: the root action's unprefixed outputs are compliance's.
        if (check === 'gate') {
            await (0,quality_gate_step/* gateStep */.s)(rootGateInputs(inputs), runner, { config: prepared.config, outputPrefix: 'gate-' });
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/pr-checks.ts


/**
 * The root action (`uses: owner/shipgate@v1`): the PR checks the repository's config enables; with no
 * config, V2 compliance of the changed files.
 */
function main() {
    return (0,run_action/* runAction */.C)(runPullRequestChecks);
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
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1586);
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
// EXTERNAL MODULE: ./src/config/load.ts + 6 modules
var load = __webpack_require__(2764);
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
var github_report = __webpack_require__(6856);
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
// EXTERNAL MODULE: ./src/gate/run-gate.ts + 32 modules
var run_gate = __webpack_require__(162);
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
    return (0,client/* createGitHubClient */.L)({
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
    const configPath = inputs.config === undefined ? undefined : external_node_path_default().resolve(runner.workspace, inputs.config);
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


/***/ })

};
