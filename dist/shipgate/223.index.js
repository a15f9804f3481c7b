export const id = 223;
export const ids = [223];
export const modules = {

/***/ 5422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ readDeployInputs),
/* harmony export */   dO: () => (/* binding */ sharedInputs)
/* harmony export */ });
/* unused harmony export DEPLOY_INPUTS */
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9205);
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
/* harmony import */ var _runner_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1953);
/* harmony import */ var _runner_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1784);
/** What deploy and rollback do as workflow steps: run options from inputs and runner, then outputs, summary, verdict. */








/** The engines' logger in a step, folding the user's command output into groups. */
const stepLogger = { ..._runner_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .coreLogger */ .W, group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os(title, body) };
function stepOptions(inputs, runner) {
    const base = {
        root: runner.workspace,
        environment: inputs.environment,
        logger: stepLogger,
        run: { logUrl: runner.runUrl, runId: runner.runId, runAttempt: runner.runAttempt },
        ...(inputs.config === undefined ? {} : { configPath: (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_6__/* .workspacePath */ .X5)(runner, inputs.config, 'config') }),
    };
    if (inputs.token === undefined)
        return { ...base, noLedgerReason: 'the "token" input is empty' };
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__.createGitHubClient)({ token: inputs.token, logger: _runner_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .coreLogger */ .W, baseUrl: runner.apiUrl });
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

/***/ 9815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ deployMarkdown)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5039);
// The job summary: the verdict first, the facts, the deploy as a timeline (a Mermaid Gantt chart of the
// phases), and the soak's success rate and p95 latency over time (Mermaid xy charts).

const ICONS = { deployed: '✅', unchanged: '✅', 'rolled-back': '↩️', failed: '❌', refused: '⛔' };
/** Charts stay readable (and small) with at most this many points. */
const MAX_POINTS = 60;
function gantt(phases) {
    const tag = (p) => (p.outcome === 'failed' ? 'crit, ' : p.outcome === 'skipped' ? '' : 'done, ');
    const rows = phases.map((p, i) => {
        const end = Math.max(p.endMs, p.startMs + 1);
        const name = `${p.name}${p.outcome === 'skipped' ? ' (skipped)' : ''}`.replace(/[:#;]/g, ' ');
        return `    ${name} :${tag(p)}p${i}, ${Math.round(p.startMs)}, ${Math.round(end)}`;
    });
    return [
        '```mermaid',
        'gantt',
        '    title Phases (mm:ss from the start)',
        '    dateFormat x',
        '    axisFormat %M:%S',
        '    todayMarker off',
        ...rows,
        '```',
    ];
}
function sample(points) {
    if (points.length <= MAX_POINTS)
        return points;
    const step = points.length / MAX_POINTS;
    return Array.from({ length: MAX_POINTS }, (_, i) => points[Math.floor(i * step)]);
}
function chart(title, axis, points, value) {
    const xs = points.map((p) => (p.atMs / 1000).toFixed(1));
    const ys = points.map((p) => value(p).toFixed(1));
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "seconds into the soak" [${xs.join(', ')}]`,
        `    y-axis "${axis}"`,
        `    line [${ys.join(', ')}]`,
        '```',
    ];
}
function soakSection(report) {
    const soak = report.soak;
    if (soak === null)
        return [];
    const head = `### Soak: ${soak.passed ? 'passed' : 'failed'} — ${soak.reason}`;
    const figures = `${soak.probes} probe(s), ${soak.failures} failed; success rate ${soak.successRate.toFixed(1)}%, p95 ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(soak.p95Ms)}.`;
    const points = sample(soak.points);
    if (points.length < 2)
        return [head, '', figures, ''];
    return [
        head,
        '',
        figures,
        '',
        ...chart('Success rate so far', '%', points, (p) => p.successRate),
        '',
        ...chart('p95 latency of recent probes', 'ms', points, (p) => p.p95Ms),
        '',
    ];
}
function factsTable(report) {
    const rows = [
        ['ref', `\`${report.ref}\`${report.sha === null ? '' : ` (\`${report.sha.slice(0, 12)}\`)`}`],
        ['active colour', report.activeColor ?? 'none'],
        ['previous colour', report.previousColor ?? 'none'],
        ['deployment', String(report.deploymentId ?? '—')],
        ['switch', report.switchMs === null ? '—' : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(report.switchMs)],
        ['router', report.router],
        ['ledger', report.ledger],
    ];
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`)];
}
function deployMarkdown(report) {
    const title = `## ${ICONS[report.outcome]} shipgate ${report.kind} of ${report.environment}: ${report.outcome}`;
    const notes = report.notes.length === 0 ? [] : ['', '**Notes**', '', ...report.notes.map((n) => `- ${n}`)];
    const lines = [
        title,
        '',
        report.message,
        '',
        ...factsTable(report),
        ...notes,
        '',
        '### Timeline',
        '',
        ...gantt(report.phases),
        '',
        ...soakSection(report),
    ];
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   eT: () => (/* binding */ decodeRecord)
/* harmony export */ });
/* unused harmony export TREND_POINTS */
const MARKER = 'shipgate:gate-metrics';
const RECORD = new RegExp(`<!-- ${MARKER} (\\{.*?\\}) -->`);
/** Points kept in a record: enough for a readable chart. */
const TREND_POINTS = 20;
function encodeRecord(sha, metrics, previous) {
    const coverage = metrics['coverage.lines'];
    const own = coverage === undefined ? [] : [{ sha: sha.slice(0, 12), coverage }];
    const trend = [...previous, ...own].slice(-TREND_POINTS);
    // "--" cannot appear in the JSON of numbers and hex digits, so the comment cannot be closed early.
    return `<!-- ${MARKER} ${JSON.stringify({ v: 1, metrics, trend })} -->`;
}
function decodeRecord(text) {
    const json = RECORD.exec(text ?? '')?.[1];
    if (json === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(json);
        if (parsed.v !== 1 || typeof parsed.metrics !== 'object' || parsed.metrics === null)
            return undefined;
        return { metrics: parsed.metrics, trend: Array.isArray(parsed.trend) ? parsed.trend : [] };
    }
    catch {
        return undefined; // a record someone edited by hand is no baseline
    }
}


/***/ }),

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ conditionText),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   OM: () => (/* binding */ rangesText),
/* harmony export */   kH: () => (/* binding */ noteOf),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
const PERCENT_METRICS = new Set([
    'coverage.lines',
    'coverage.branches',
    'coverage.functions',
    'new.coverage.lines',
    'delta.coverage.lines',
]);
function formatValue(metric, value) {
    if (value === null)
        return '—';
    const text = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
    if (metric === 'tests.duration')
        return `${text} s`;
    if (!PERCENT_METRICS.has(metric))
        return text;
    return metric.startsWith('delta.') && value > 0 ? `+${text}%` : `${text}%`;
}
function conditionText(c) {
    return `${c.metric} ${c.op} ${c.threshold}`;
}
function outcomeOf(c) {
    if (c.skipped !== undefined)
        return 'skipped';
    if (c.actual === null)
        return 'no data';
    return c.passed ? 'passed' : 'failed';
}
/** The reason shown beside a skipped condition or one that had no data. */
function noteOf(c, result) {
    return c.skipped ?? (c.actual === null ? (result.gaps[c.metric]?.reason ?? 'no data') : '');
}
function verdictLine(result) {
    const { conditions, passed } = result.report;
    const failed = conditions.filter((c) => !c.passed).length;
    const skipped = conditions.filter((c) => c.skipped !== undefined).length;
    const counts = `${conditions.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`;
    const reportOnly = !passed && result.failOn === 'never' ? ' (report only: fail-on never)' : '';
    return `Quality gate ${passed ? 'passed' : 'failed'}: ${counts}${reportOnly}`;
}
/** "3–5, 9" */
const rangesText = (ranges) => ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ toMarkdown)
});

// EXTERNAL MODULE: ./src/gate/formats/describe.ts
var describe = __webpack_require__(499);
;// CONCATENATED MODULE: ./src/gate/formats/new-code.ts
const SHOWN = 20;
function lineLink(path, [start, end], blobUrl) {
    const text = start === end ? String(start) : `${start}–${end}`;
    if (!blobUrl)
        return text;
    return `[${text}](${blobUrl}/${path.split('/').map(encodeURIComponent).join('/')}#L${start}${end === start ? '' : `-L${end}`})`;
}
function newCodeSection(result, blobUrl) {
    const code = result.newCode;
    if (!code || code.coverable === 0)
        return '';
    const head = `**New code:** ${code.covered} of ${code.coverable} changed coverable lines covered.`;
    if (code.uncovered.length === 0)
        return head;
    const files = code.uncovered
        .slice(0, SHOWN)
        .map((f) => `- \`${f.path}\`: ${f.ranges.map((r) => lineLink(f.path, r, blobUrl)).join(', ')}`);
    const more = code.uncovered.length > SHOWN ? [`- … and ${code.uncovered.length - SHOWN} more file(s)`] : [];
    return [
        head,
        '',
        '<details open><summary>Changed lines not covered</summary>',
        '',
        ...files,
        ...more,
        '',
        '</details>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/gate/formats/trend.ts
function trendChart(result) {
    if (result.baseline.state !== 'found')
        return '';
    const current = result.report.metrics['coverage.lines'];
    const points = [...result.baseline.trend.map((p) => ({ label: p.sha.slice(0, 7), value: p.coverage }))];
    if (current !== undefined)
        points.push({ label: 'this', value: current });
    if (points.length < 2)
        return '';
    const low = Math.max(0, Math.floor(Math.min(...points.map((p) => p.value)) / 10) * 10 - 10);
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Line coverage: base branch, then this change"',
        `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
        `  y-axis "lines %" ${low} --> 100`,
        `  line [${points.map((p) => p.value).join(', ')}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/gate/formats/markdown.ts



const markdown_SHOWN = 20;
const ICONS = { passed: '✅', failed: '❌', skipped: '⏭️', 'no data': '❌' };
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function conditionsTable(result) {
    const rows = result.report.conditions.map((c) => {
        const outcome = (0,describe/* outcomeOf */.sG)(c);
        const note = (0,describe/* noteOf */.kH)(c, result);
        const status = `${ICONS[outcome]} ${outcome}${note ? `: ${cell(note)}` : ''}`;
        return `| \`${(0,describe/* conditionText */.D3)(c)}\` | ${(0,describe/* formatValue */.Fl)(c.metric, c.actual)} | ${status} |`;
    });
    return ['| condition | actual | result |', '|---|---|---|', ...rows].join('\n');
}
function baselineSection(result) {
    const b = result.baseline;
    if (b.state === 'found')
        return `Compared with the base branch at \`${b.sha.slice(0, 12)}\`.`;
    return b.state === 'none' ? `_${b.reason}._` : '';
}
function failuresSection(result) {
    if (result.failures.length === 0)
        return '';
    const items = result.failures.slice(0, markdown_SHOWN).map((f) => {
        const where = f.place ? ` (\`${f.place.path}:${f.place.line}\`)` : '';
        return `- **${cell(f.name)}**${where}: ${cell(f.message.split('\n')[0] ?? '')}`;
    });
    const total = result.report.metrics['tests.failed'] ?? result.failures.length;
    const more = total > markdown_SHOWN ? [`- … ${total - markdown_SHOWN} more`] : [];
    return [`**Failed tests** (${total}):`, '', ...items, ...more].join('\n');
}
function lintSection(result) {
    const errors = result.newCode?.lintErrors ?? [];
    if (errors.length === 0)
        return '';
    const items = errors
        .slice(0, markdown_SHOWN)
        .map((e) => `- \`${e.place.path}:${e.place.line}\` ${cell(e.rule)}: ${cell(e.message)}`);
    return [`**Lint errors on changed lines** (${errors.length}):`, '', ...items].join('\n');
}
function reportsSection(result) {
    const rows = result.report.reports.map((r) => `| \`${cell(r.path)}\` | ${r.format}${r.kind === 'tests' ? ` (${String(r.dialect)})` : ''} |`);
    return [
        '<details><summary>Reports read</summary>',
        '',
        '| report | format |',
        '|---|---|',
        ...rows,
        '',
        '</details>',
    ].join('\n');
}
function toMarkdown(result, options = {}) {
    const heading = `### ${result.report.passed ? '✅' : '❌'} ${(0,describe/* verdictLine */.MT)(result)}`;
    const sections = [
        heading,
        conditionsTable(result),
        baselineSection(result),
        newCodeSection(result, options.blobUrl),
        failuresSection(result),
        lintSection(result),
        trendChart(result),
        reportsSection(result),
    ].filter((s) => s !== '');
    return withinBudget(sections, options.maxChars ?? Infinity);
}
/** Whole sections while they fit; a note says how many were left out. */
function withinBudget(sections, maxChars) {
    const note = (left) => `\n\n_${left} more section(s) did not fit here; the job summary and the JSON report have them._`;
    let text = '';
    for (const [index, section] of sections.entries()) {
        const next = text === '' ? section : `${text}\n\n${section}`;
        const reserve = index < sections.length - 1 ? note(sections.length - index).length : 0;
        if (next.length + reserve > maxChars)
            return (text || section.slice(0, maxChars - reserve)) + note(sections.length - index);
        text = next;
    }
    return `${text}\n`;
}


/***/ }),

/***/ 7357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ gatePassedFor)
/* harmony export */ });
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1227);
/* harmony import */ var _github_check_runs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1377);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The deploy guard: did the quality gate pass for this commit? Read from the check run the gate published,
 * so a deploy of a commit nobody gated, or one still being gated, is refused like a failed one.
 */



async function gatePassedFor(client, repo, sha, logger = _core_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q) {
    const run = await new _github_check_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckRuns */ .rp(client, repo, logger).latest(sha, _github_report_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_CHECK_RUN_NAME */ .rs);
    const short = sha.slice(0, 12);
    if (!run)
        return {
            passed: false,
            state: 'missing',
            detail: `No "${_github_report_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_CHECK_RUN_NAME */ .rs}" check run on ${short}: the gate never ran for it.`,
        };
    const url = run.htmlUrl ? { url: run.htmlUrl } : {};
    if (run.status !== 'completed')
        return { passed: false, state: 'pending', detail: `The quality gate is still running on ${short}.`, ...url };
    if (run.conclusion === 'success')
        return { passed: true, state: 'passed', detail: `The quality gate passed on ${short}.`, ...url };
    return {
        passed: false,
        state: 'failed',
        detail: `The quality gate did not pass on ${short} (${run.conclusion ?? 'no conclusion'})${run.output.title ? `: ${run.output.title}` : ''}.`,
        ...url,
    };
}


/***/ }),

/***/ 6856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y0: () => (/* binding */ publishGateCheckRun),
/* harmony export */   gZ: () => (/* binding */ publishGateComment),
/* harmony export */   kv: () => (/* binding */ gateAnnotations),
/* harmony export */   rs: () => (/* binding */ GATE_CHECK_RUN_NAME)
/* harmony export */ });
/* harmony import */ var _publishing_pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8906);
/* harmony import */ var _baseline_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8134);
/* harmony import */ var _formats_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1135);
/* harmony import */ var _formats_describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(499);




/** The check run's name: branch protection and the deploy action require it by this name. */
const GATE_CHECK_RUN_NAME = 'shipgate / quality gate';
const COMMENT_PURPOSE = 'quality-gate';
/** Failed tests where they fail, then lint errors on changed lines: what a reviewer should look at first. */
function gateAnnotations(result) {
    const tests = result.failures.flatMap((f) => f.place
        ? [
            {
                path: f.place.path,
                startLine: f.place.line,
                level: 'failure',
                title: `Test failed: ${f.name}`,
                message: f.message,
                rawDetails: f.details,
            },
        ]
        : []);
    const lint = (result.newCode?.lintErrors ?? []).map((e) => ({
        path: e.place.path,
        startLine: e.place.line,
        level: 'failure',
        title: `New lint error: ${e.rule}`,
        message: e.message,
    }));
    return [...tests, ...lint];
}
/** success, failure, or neutral when the gate failed but only reports (fail-on: never). */
function conclusionOf(result) {
    if (result.report.passed)
        return 'success';
    return result.failOn === 'never' ? 'neutral' : 'failure';
}
/** The trend this commit passes on: the baseline's, with this run's point added by the record. */
function recordOf(result, headSha) {
    const previous = result.baseline.state === 'found' ? result.baseline.trend : [];
    return (0,_baseline_record_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeRecord */ .Ym)(headSha, result.report.metrics, previous);
}
function publishGateCheckRun(target, result, headSha, links) {
    const record = recordOf(result, headSha);
    return (0,_publishing_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .publishCheckRun */ .Nm)(target, {
        name: GATE_CHECK_RUN_NAME,
        headSha,
        conclusion: conclusionOf(result),
        title: (0,_formats_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictLine */ .MT)(result),
        summary: (maxChars) => `${(0,_formats_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .toMarkdown */ .l)(result, { ...links, maxChars: maxChars - record.length - 1 })}\n${record}`,
        annotations: gateAnnotations(result),
        overflowHint: 'the JUnit and lint reports',
    });
}
function publishGateComment(target, result, pullNumber, links) {
    return (0,_publishing_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .publishStickyComment */ .i2)(target, pullNumber, COMMENT_PURPOSE, (0,_formats_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .toMarkdown */ .l)(result, links));
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
