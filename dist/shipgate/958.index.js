export const id = 958;
export const ids = [958];
export const modules = {

/***/ 3716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _runner_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1953);
/* harmony import */ var _runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2362);
/* harmony import */ var _compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5986);
/* harmony import */ var _compliance_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3153);




/** The compliance action (`uses: …/actions/compliance@v1`). */
function main() {
    return (0,_runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(() => (0,_compliance_step_js__WEBPACK_IMPORTED_MODULE_3__/* .complianceStep */ .i)((0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readComplianceInputs */ .VH)(), (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)()));
}


/***/ }),

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

/***/ 1839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ parseRepo),
/* harmony export */   Qq: () => (/* binding */ repoName)
/* harmony export */ });
/* unused harmony export repoFromEnv */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

// GitHub's rules: owners are alphanumerics and single hyphens; repository names also allow "." and "_".
const OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
/** Parses "owner/repo"; `source` names where the text came from, for the error message. */
function parseRepo(text, source = 'the repository name') {
    const parts = text.trim().split('/');
    const [owner, repo] = parts;
    const valid = parts.length === 2 &&
        owner !== undefined &&
        repo !== undefined &&
        OWNER_PATTERN.test(owner) &&
        NAME_PATTERN.test(repo) &&
        repo !== '.' &&
        repo !== '..';
    if (!valid) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} is "${text}", which is not of the form "owner/repo" (for example "octo-org/octo-repo").`);
    }
    return { owner, repo };
}
/** The repository the workflow runs in, from GITHUB_REPOSITORY (set by the Actions runner). */
function repoFromEnv(env = process.env) {
    const value = env['GITHUB_REPOSITORY'];
    if (value === undefined || value.trim() === '') {
        throw new ConfigurationError('GITHUB_REPOSITORY is not set: outside GitHub Actions, set it to "owner/repo" to say which repository to use.');
    }
    return parseRepo(value, 'GITHUB_REPOSITORY');
}
/** "owner/repo", for messages. */
function repoName(repo) {
    return `${repo.owner}/${repo.repo}`;
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


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
