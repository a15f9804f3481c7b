export const id = 152;
export const ids = [152];
export const modules = {

/***/ 3153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ complianceStep),
  r: () => (/* binding */ scanTarget)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(6448);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/compliance/formats/index.ts + 5 modules
var formats = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/compliance/formats/markdown/index.ts + 1 modules
var markdown = __webpack_require__(6606);
// EXTERNAL MODULE: ./src/compliance/index.ts + 10 modules
var src_compliance = __webpack_require__(9505);
// EXTERNAL MODULE: ./src/compliance/settings.ts
var compliance_settings = __webpack_require__(8874);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(9307);
// EXTERNAL MODULE: ./src/config/formats.ts
var config_formats = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/core/atomic-file.ts
var atomic_file = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/runner/context.ts
var runner_context = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/runner/logger.ts
var logger = __webpack_require__(1784);
// EXTERNAL MODULE: ./src/actions/compliance/inputs.ts
var compliance_inputs = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/github/create-once.ts
var create_once = __webpack_require__(4633);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/text-limits.ts
var text_limits = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/github/issues.ts




/** Tracking issues found by label (and optionally title), e.g. the nightly compliance report. */
class TrackingIssues {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /** The oldest issue in `state` with the label (and title, if given); pull requests are skipped. */
    async find(label, options = {}) {
        // Listing a repository's issues answers 404 only when the token cannot see the repository.
        const issues = await (0,permissions/* withPermission */.IW)('issues: read', `list the issues labelled "${label}"`, () => this.client.paginate(this.client.rest.issues.listForRepo, {
            ...this.repo,
            labels: label,
            state: options.state ?? 'open',
            sort: 'created',
            direction: 'asc',
            per_page: 100,
        }), { notFoundMeansDenied: true });
        const match = issues.find((issue) => issue.pull_request === undefined && (options.title === undefined || issue.title === options.title));
        return match && toTrackingIssue(match);
    }
    /** Finds the tracking issue and brings it up to date, or creates it (or reopens it, if asked). */
    async ensure(spec) {
        const title = spec.matchTitle === true ? (0,text_limits/* truncateLine */.rT)(spec.title, text_limits/* LIMITS */.b1.issueTitle) : undefined;
        const open = await this.find(spec.label, { title });
        if (open !== undefined)
            return this.refresh(open, spec);
        const closed = spec.reopen === true ? await this.find(spec.label, { title, state: 'closed' }) : undefined;
        if (closed !== undefined) {
            return { issue: await this.update(closed.number, { ...spec, state: 'open' }), outcome: 'reopened' };
        }
        return { issue: await this.create(spec), outcome: 'created' };
    }
    /**
     * Opens an issue with the label. Should GitHub fail in a way that leaves open whether it opened it, an open
     * issue with this label and title counts as opened: a tracking issue is one per label (and title), so such an
     * issue is this attempt's, or another run's doing the same job.
     */
    async create(spec) {
        const title = (0,text_limits/* truncateLine */.rT)(spec.title, text_limits/* LIMITS */.b1.issueTitle);
        const issue = await (0,create_once/* createOnce */.Ur)(this.client, `open the issue "${title}"`, () => this.post({ ...spec, title }), () => this.find(spec.label, { title }));
        this.logger.info(`Opened issue #${issue.number}: ${issue.title}`);
        return issue;
    }
    async update(number, change) {
        const { data } = await (0,permissions/* withPermission */.IW)('issues: write', `update issue #${number}`, () => this.client.rest.issues.update({
            ...this.repo,
            issue_number: number,
            title: change.title === undefined ? undefined : (0,text_limits/* truncateLine */.rT)(change.title, text_limits/* LIMITS */.b1.issueTitle),
            body: change.body === undefined ? undefined : (0,text_limits/* truncateMarkdown */.o4)(change.body, text_limits/* LIMITS */.b1.issueBody),
            state: change.state,
            state_reason: change.state === 'open' ? 'reopened' : change.state === 'closed' ? 'completed' : undefined,
        }));
        this.logger.debug(`Updated issue #${number}.`);
        return toTrackingIssue(data);
    }
    /** Closes the issue as completed (the problem it tracks is gone). */
    async close(number) {
        return this.update(number, { state: 'closed' });
    }
    async reopen(number) {
        return this.update(number, { state: 'open' });
    }
    async post(spec) {
        const { data } = await (0,permissions/* withPermission */.IW)('issues: write', `open the issue "${spec.title}"`, () => this.client.rest.issues.create({
            ...this.repo,
            title: spec.title,
            body: (0,text_limits/* truncateMarkdown */.o4)(spec.body, text_limits/* LIMITS */.b1.issueBody),
            labels: [spec.label],
            request: create_once/* NO_BLIND_RETRY */.hv,
        }), { notFoundMeansDenied: true });
        return toTrackingIssue(data);
    }
    async refresh(issue, spec) {
        const title = (0,text_limits/* truncateLine */.rT)(spec.title, text_limits/* LIMITS */.b1.issueTitle);
        const body = (0,text_limits/* truncateMarkdown */.o4)(spec.body, text_limits/* LIMITS */.b1.issueBody);
        if (issue.title === title && issue.body.replace(/\r\n/g, '\n').trimEnd() === body.trimEnd()) {
            return { issue, outcome: 'unchanged' };
        }
        return { issue: await this.update(issue.number, { title, body }), outcome: 'updated' };
    }
}
function toTrackingIssue(issue) {
    return {
        number: issue.number,
        title: issue.title,
        body: issue.body ?? '',
        state: issue.state === 'closed' ? 'closed' : 'open',
        htmlUrl: issue.html_url,
        labels: issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
    };
}

// EXTERNAL MODULE: ./src/publishing/pull-request.ts
var pull_request = __webpack_require__(8906);
// EXTERNAL MODULE: ./src/compliance/formats/markdown/tracking-issue.ts + 1 modules
var tracking_issue = __webpack_require__(245);
// EXTERNAL MODULE: ./src/compliance/formats/order.ts
var order = __webpack_require__(8304);
// EXTERNAL MODULE: ./src/compliance/report.ts
var compliance_report = __webpack_require__(7637);
// EXTERNAL MODULE: ./src/compliance/summary.ts
var summary = __webpack_require__(5723);
;// CONCATENATED MODULE: ./src/compliance/github-report.ts







const CHECK_RUN_NAME = 'shipgate / compliance';
const TRACKING_LABEL = 'shipgate-compliance';
const COMMENT_PURPOSE = 'compliance';
/** failure for what fails the check, warning for other new ones, notice for accepted ones. */
function levelOf(v, failOn) {
    if ((0,summary/* failsCheck */.k)(v, failOn))
        return 'failure';
    return v.new ? 'warning' : 'notice';
}
function annotationOf(report, v) {
    return {
        path: (0,compliance_report/* repositoryPath */.SH)(report, v.path),
        startLine: v.line,
        endLine: v.endLine,
        level: levelOf(v, report.summary.failOn),
        title: `${v.rule}${v.symbol ? `: ${v.symbol}` : ''}`,
        message: v.message,
    };
}
/** Annotations most worth seeing first: failing ones, then by severity. */
const annotationOrder = (violations) => (0,order/* sortedCopy */.TZ)(violations, order/* newThenSeverity */.XT);
function publishComplianceCheckRun(target, report, headSha) {
    const s = report.summary;
    return (0,pull_request/* publishCheckRun */.Nm)(target, {
        name: CHECK_RUN_NAME,
        headSha,
        conclusion: s.passed ? 'success' : 'failure',
        title: `${s.new} new, ${s.violations} total violation(s)`,
        summary: (maxChars) => (0,markdown/* toMarkdown */.l6)(report, { maxChars }),
        annotations: annotationOrder(report.violations).map((v) => annotationOf(report, v)),
        overflowHint: 'the JSON and SARIF reports',
    });
}
function publishComplianceComment(target, report, pullNumber) {
    return (0,pull_request/* publishStickyComment */.i2)(target, pullNumber, COMMENT_PURPOSE, (0,markdown/* toMarkdown */.l6)(report));
}
/** Keeps the one tracking issue current, and closes it once everything complies. */
async function publishTrackingIssue(target, report, runUrl) {
    const issues = new TrackingIssues(target.client, target.repo, target.logger);
    const open = await issues.find(TRACKING_LABEL);
    if (report.summary.violations === 0) {
        if (open)
            await issues.close(open.number);
        target.logger.info(open ? `Everything complies: closed #${open.number}.` : 'Everything complies.');
        return;
    }
    const previous = open ? (0,tracking_issue/* parseTrackingTotals */.Cd)(open.body) : null;
    const { title, body } = (0,tracking_issue/* renderTrackingIssue */.Tm)(report, previous, { runUrl });
    const { issue, outcome } = await issues.ensure({ label: TRACKING_LABEL, title, body });
    target.logger.info(`Tracking issue ${outcome}: ${issue.htmlUrl}`);
}

// EXTERNAL MODULE: ./src/publishing/courtesy.ts
var publishing_courtesy = __webpack_require__(3839);
;// CONCATENATED MODULE: ./src/actions/compliance/publish.ts
/** What the compliance step tells GitHub: check run, sticky comment, tracking issue, step annotations. */








/** `auto`: scheduled and manual full scans of the default branch (a feature branch's scan must not rewrite it). */
function wantsTrackingIssue(inputs, runner) {
    if (inputs.trackingIssue !== 'auto')
        return inputs.trackingIssue === 'true';
    const defaultBranch = (0,runner_context/* defaultBranchOf */.dV)(runner.event);
    const onDefault = !defaultBranch || runner.ref === `refs/heads/${defaultBranch}`;
    return ['schedule', 'workflow_dispatch'].includes(runner.event.name) && onDefault;
}
/** A shard's result is partial: only the merged result goes to the check run, the comment and the issue. */
function planOf(result, inputs, runner, pull) {
    const whole = result.report.shard === null;
    return {
        checkRun: inputs.checkRun && whole,
        comment: result.settings.comment && pull !== undefined && whole,
        trackingIssue: result.report.mode === 'full' && whole && wantsTrackingIssue(inputs, runner),
    };
}
/** Without a token nothing is published: the step says what it would have published. */
function noticeNoToken(plan) {
    const wanted = Object.entries(plan)
        .filter(([, on]) => on)
        .map(([what]) => what);
    if (wanted.length > 0)
        core/* notice */.lm(`shipgate: no token, so nothing was published (skipped: ${wanted.join(', ')}).`);
    return false;
}
/** Publishes what the inputs ask for; true when the check run (which carries every annotation) was published. */
async function publish(result, inputs, runner, pull) {
    const plan = planOf(result, inputs, runner, pull);
    if (!inputs.token)
        return noticeNoToken(plan);
    const courtesy = new publishing_courtesy/* Courtesy */.H(logger/* coreLogger */.W, inputs.publishSeconds);
    const { apiUrl, repository } = runner;
    const target = (0,pull_request/* publishTarget */.dO)({
        token: inputs.token,
        apiUrl,
        repository,
        logger: logger/* coreLogger */.W,
        deadline: courtesy.deadline,
    });
    const { report } = result;
    const headSha = pull?.headSha ?? runner.sha;
    const checkRun = plan.checkRun && (await courtesy.publish('check run', () => publishComplianceCheckRun(target, report, headSha)));
    if (plan.comment && pull) {
        await courtesy.publish('pull request comment', () => publishComplianceComment(target, report, pull.number));
    }
    if (plan.trackingIssue) {
        await courtesy.publish('tracking issue', () => publishTrackingIssue(target, report, runner.runUrl));
    }
    return checkRun;
}
/**
 * Step annotations, when no check run carries them. The platform shows 10 per level and step: 9 leave
 * room for the verdict (an error) and for publishing warnings.
 */
function annotate(report) {
    const repoPath = (reportPath) => (0,compliance_report/* repositoryPath */.SH)(report, reportPath);
    const ordered = annotationOrder(report.violations);
    const failing = ordered.filter((v) => (0,summary/* failsCheck */.k)(v, report.summary.failOn)).slice(0, 9);
    const others = ordered.filter((v) => !(0,summary/* failsCheck */.k)(v, report.summary.failOn)).slice(0, 8);
    for (const v of failing) {
        core/* error */.z3(v.message, {
            file: repoPath(v.path),
            startLine: v.line,
            endLine: v.endLine,
            title: `shipgate ${v.rule}`,
        });
    }
    for (const v of others) {
        core/* warning */.$e(v.message, {
            file: repoPath(v.path),
            startLine: v.line,
            endLine: v.endLine,
            title: `shipgate ${v.rule}`,
        });
    }
}

;// CONCATENATED MODULE: ./src/actions/compliance/step.ts

















/** A report file from an input, inside the workspace (a path that leaves it is refused, not written). */
function reportFile(runner, format, file) {
    const absolute = external_node_path_default().resolve(runner.workspace, file);
    if (!(0,config_formats/* staysInside */.No)(external_node_path_default().relative(runner.workspace, absolute))) {
        throw new errors/* ConfigurationError */.j1(`The input "${format}-report" (${file}) leads outside the workspace.`);
    }
    return absolute;
}
async function writeReports(result, inputs, runner) {
    const written = { files: {}, failures: [] };
    const ownJson = external_node_path_default().join(runner.runnerTemp, 'shipgate', 'compliance.json');
    for (const [format, file] of Object.entries({ json: ownJson, ...inputs.reports })) {
        try {
            const absolute = file === ownJson ? ownJson : reportFile(runner, format, file);
            await (0,atomic_file/* writeFileAtomic */.Z)(absolute, (0,formats/* renderReport */.B1)(result.report, format));
            written.files[format] = absolute;
        }
        catch (error) {
            const reason = error instanceof errors/* ConfigurationError */.j1 ? error.message : (0,errors/* fileErrorMessage */.eZ)(error);
            written.failures.push(`the ${format} report ${file}: ${reason}`);
        }
    }
    return written;
}
function setOutputs(result, reports) {
    const s = result.report.summary;
    core/* setOutput */.uH('violations', s.violations);
    core/* setOutput */.uH('new-violations', s.new);
    core/* setOutput */.uH('failing', s.failing);
    core/* setOutput */.uH('passed', s.passed);
    for (const format of compliance_inputs/* REPORT_FORMATS */.EL)
        core/* setOutput */.uH(`${format}-report`, reports[format] ?? '');
}
/** What the inputs ask to scan, and which config judges it. */
function scanTarget(inputs, runner) {
    const pull = (0,runner_context/* pullOf */.pv)(runner.event);
    return {
        target: external_node_path_default().resolve(runner.workspace, inputs.path),
        trustWorkTreeConfig: inputs.trustPrConfig,
        ...(0,compliance_inputs/* optional */.lq)({
            configPath: inputs.config === undefined ? undefined : (0,runner_context/* workspacePath */.X5)(runner, inputs.config, 'config'),
            changedSince: (0,compliance_inputs/* changedSince */.$A)(inputs, runner.event, pull),
            expectHead: pull?.headSha,
        }),
    };
}
async function scanned({ inputs, runner, prepared }) {
    const workspace = runner.workspace;
    const result = await (0,src_compliance/* scanRepository */.Gw)({
        ...scanTarget(inputs, runner),
        ...(0,compliance_inputs/* optional */.lq)({
            prepared,
            shard: inputs.shard === undefined ? undefined : (0,src_compliance/* parseShard */.uK)(inputs.shard, 'The input "shard"'),
        }),
        overrides: {
            failOn: inputs.failOn,
            baseline: inputs.baseline === undefined ? undefined : external_node_path_default().resolve(workspace, inputs.baseline),
            comment: inputs.comment,
        },
        writeBaseline: false,
        pruneBaseline: false,
        logger: logger/* coreLogger */.W,
        toolVersion: package_0/* version */.rE,
    });
    return { report: result.report, settings: result.settings.compliance };
}
async function readShardReport(file) {
    try {
        return { file, report: JSON.parse(await (0,promises_.readFile)(file, 'utf8')) };
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The input "merge-reports": cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** The reports of `shard` runs, merged as if one run had scanned everything. */
async function merged(pattern, { inputs, runner }) {
    const files = (await (0,dist/* glob */.TI)(pattern, { cwd: runner.workspace, absolute: true })).sort();
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`The input "merge-reports" (${pattern}) matches no file in ${runner.workspace}.`);
    }
    const reports = await Promise.all(files.map(readShardReport));
    const configPath = inputs.config === undefined ? undefined : (0,runner_context/* workspacePath */.X5)(runner, inputs.config, 'config');
    const { settings } = await (0,load/* loadSettings */.M)({ root: runner.workspace, ...(0,compliance_inputs/* optional */.lq)({ configPath }) });
    const compliance = (0,compliance_settings/* withComplianceOverrides */.DG)(settings.compliance, { failOn: inputs.failOn, comment: inputs.comment });
    return { report: (0,src_compliance/* mergeReports */.C1)(reports, compliance.failOn), settings: compliance };
}
/** The compliance check as a workflow step: scan (or merge), reports, outputs, summary, annotations, GitHub. */
async function complianceStep(inputs, runner, prepared) {
    const context = { inputs, runner, pull: (0,runner_context/* pullOf */.pv)(runner.event), ...(0,compliance_inputs/* optional */.lq)({ prepared }) };
    const result = inputs.mergeReports ? await merged(inputs.mergeReports, context) : await scanned(context);
    const reports = await writeReports(result, inputs, runner);
    setOutputs(result, reports.files);
    const s = result.report.summary;
    // The verdict comes first: the platform shows only the first 10 errors of a step.
    if (!s.passed)
        core/* setFailed */.C1(`shipgate compliance: ${s.failing} violation(s) fail the check (fail-on: ${s.failOn}).`);
    else
        core/* info */.pq(`shipgate compliance passed: ${s.violations} violation(s), ${s.new} new.`);
    if (reports.failures.length > 0)
        core/* setFailed */.C1(`shipgate could not write ${reports.failures.join('; ')}.`);
    if (runner.stepSummary)
        await core/* summary */.z.addRaw((0,markdown/* toMarkdown */.l6)(result.report)).write();
    else
        core/* debug */.Yz('No GITHUB_STEP_SUMMARY on this runner: no job summary.');
    const checkRunPublished = await publish(result, inputs, runner, context.pull);
    if (!checkRunPublished)
        annotate(result.report);
}


/***/ }),

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
var inputs = __webpack_require__(9205);
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

// EXTERNAL MODULE: ./src/actions/conflicts/inputs.ts
var conflicts_inputs = __webpack_require__(3830);
// EXTERNAL MODULE: ./src/actions/conflicts/step.ts + 16 modules
var conflicts_step = __webpack_require__(4030);
;// CONCATENATED MODULE: ./src/actions/pr-checks/run-checks.ts









/**
 * Runs each check the config lists under `checks:`, with the action's inputs. The config is read once,
 * as it is at the pull request's merge base (see config/resolve.ts), so a pull request cannot switch a
 * check off for itself.
 */
async function runPullRequestChecks() {
    const runner = (0,context/* readRunnerContext */.gi)();
    const inputs = (0,compliance_inputs/* readComplianceInputs */.VH)();
    // Only compliance reads the pull request's files from the checkout; the others need no particular one.
    const { expectHead, ...target } = (0,step/* scanTarget */.r)(inputs, runner);
    const prepared = await (0,compliance/* prepareScan */.JU)(target);
    const { checks } = prepared.config.settings;
    if (checks.length === 0)
        logger/* coreLogger */.W.info('shipgate: the config enables no check (checks: []), nothing to run.');
    for (const check of checks) {
        logger/* coreLogger */.W.info(`shipgate check: running ${check}`);
        if (check === 'compliance') {
            if (expectHead)
                await (0,compliance/* verifyCheckout */.aq)(prepared.git, expectHead);
            await (0,step/* complianceStep */.i)(inputs, runner, prepared);
        }
        // The gate's outputs are prefixed: the root action's unprefixed outputs are compliance's.
        if (check === 'gate')
            await (0,quality_gate_step/* gateStep */.s)(rootGateInputs(inputs), runner, { config: prepared.config, outputPrefix: 'gate-' });
        if (check === 'conflicts') {
            const conflictsInputs = (0,conflicts_inputs/* defaultConflictsInputs */.U3)({ config: inputs.config, token: inputs.token });
            await (0,conflicts_step/* conflictsStep */.K)(conflictsInputs, runner, prepared.config);
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


/***/ })

};
