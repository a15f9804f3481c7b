export const id = 286;
export const ids = [286];
export const modules = {

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

/***/ 500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ GATE_FORMATS),
  e: () => (/* binding */ renderGate)
});

// EXTERNAL MODULE: ./src/gate/formats/markdown.ts + 2 modules
var markdown = __webpack_require__(1135);
// EXTERNAL MODULE: ./src/gate/formats/describe.ts
var describe = __webpack_require__(499);
;// CONCATENATED MODULE: ./src/gate/formats/text.ts

const SHOWN = 20;
function conditionLines(result) {
    return result.report.conditions.map((c) => {
        const note = (0,describe/* noteOf */.kH)(c, result);
        return `  ${(0,describe/* outcomeOf */.sG)(c).padEnd(8)} ${(0,describe/* conditionText */.D3)(c).padEnd(32)} actual ${(0,describe/* formatValue */.Fl)(c.metric, c.actual)}${note ? ` (${note})` : ''}`;
    });
}
function detailLines(result) {
    const lines = [];
    if (result.failures.length > 0)
        lines.push('', 'Failed tests:');
    for (const f of result.failures.slice(0, SHOWN)) {
        lines.push(`  ${f.name}: ${f.message.split('\n')[0]}${f.place ? ` (${f.place.path}:${f.place.line})` : ''}`);
    }
    const uncovered = result.newCode?.uncovered ?? [];
    if (uncovered.length > 0)
        lines.push('', 'Changed lines not covered:');
    for (const file of uncovered.slice(0, SHOWN))
        lines.push(`  ${file.path}: ${(0,describe/* rangesText */.OM)(file.ranges)}`);
    return lines;
}
function toText(result) {
    const reports = result.report.reports.map((r) => `  ${r.path} (${r.format})`);
    const baseline = result.baseline.state === 'found'
        ? [`Baseline: ${result.baseline.sha.slice(0, 12)}`]
        : result.baseline.state === 'none'
            ? [result.baseline.reason]
            : [];
    return [
        (0,describe/* verdictLine */.MT)(result),
        '',
        'Conditions:',
        ...conditionLines(result),
        ...detailLines(result),
        '',
        'Reports:',
        ...reports,
        ...baseline,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/gate/formats/index.ts


const GATE_FORMATS = ['text', 'json', 'markdown'];
function renderGate(result, format) {
    if (format === 'json')
        return `${JSON.stringify(result.report, null, 2)}\n`;
    return format === 'markdown' ? (0,markdown/* toMarkdown */.l)(result) : toText(result);
}


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

/***/ 9713:
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

/***/ 6229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ GATE_REPORT_VERSION),
/* harmony export */   b: () => (/* binding */ failsTheStep)
/* harmony export */ });
const GATE_REPORT_VERSION = 1;
/** Whether the gate makes the step and the check fail under the fail policy. */
const failsTheStep = (result) => !result.report.passed && result.failOn === 'failed';


/***/ }),

/***/ 843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./src/git/diff.ts
var diff = __webpack_require__(3437);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/git/history.ts
var git_history = __webpack_require__(528);
// EXTERNAL MODULE: ./src/git/tracked-files.ts
var tracked_files = __webpack_require__(9672);
;// CONCATENATED MODULE: ./src/gate/conditions/evaluate.ts
const COMPARE = {
    '>=': (a, t) => a >= t,
    '>': (a, t) => a > t,
    '<=': (a, t) => a <= t,
    '<': (a, t) => a < t,
    '==': (a, t) => a === t,
    '!=': (a, t) => a !== t,
};
/**
 * `defaults`: the conditions are the built-in ones, which apply only to metrics some report gave; a
 * condition the user wrote fails when its metric has no data, so a missing report is never a silent pass.
 */
function evaluateConditions(conditions, metrics, gaps, defaults) {
    return conditions.map(({ metric, op, threshold }) => {
        const actual = metrics[metric];
        const gap = gaps[metric];
        const base = { metric, op, threshold };
        if (gap?.judged === 'skip')
            return { ...base, actual: actual ?? null, passed: true, skipped: gap.reason };
        if (actual === undefined) {
            const reason = gap?.reason ?? 'no data';
            // The reason stays in the gaps, where the formats read it.
            return defaults
                ? { ...base, actual: null, passed: true, skipped: reason }
                : { ...base, actual: null, passed: false };
        }
        return { ...base, actual, passed: COMPARE[op](actual, threshold) };
    });
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/gate/baseline/find.ts

/** Walks `commits` (newest first) until one has stored metrics. A source that fails means no baseline, with the reason. */
async function findBaseline(source, commits, logger) {
    if (commits.length === 0)
        return { state: 'none', reason: 'no baseline yet: the base commit is not in this checkout' };
    for (const [index, sha] of commits.entries()) {
        let stored;
        try {
            stored = await source.metricsAt(sha);
        }
        catch (error) {
            logger.warning(`Could not read the base branch's metrics from ${source.description}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return { state: 'none', reason: `no baseline: ${source.description} could not be read` };
        }
        if (stored)
            return { state: 'found', sha, metrics: stored.metrics, trend: stored.trend, checkedCommits: index + 1 };
    }
    return {
        state: 'none',
        reason: `no baseline yet: no stored metrics in ${source.description} on the base commit or the ${commits.length - 1} before it`,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/gate/reports/source.ts
/** Report files as streams: never read whole into one string, and every fault named with file and place. */



/** A report that cannot be read or understood: the user's input, so exit 2 / a failed step, with file and place. */
class ReportError extends errors/* ConfigurationError */.j1 {
    name = 'ReportError';
}
/** Bytes read per chunk: small enough to keep memory flat, large enough to keep parsers busy. */
const CHUNK_BYTES = 64 * 1024;
/** The file's text in chunks (UTF-8; a byte-order mark is dropped). */
async function* textChunks(file, display) {
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
    let first = true;
    try {
        for await (const chunk of stream) {
            yield first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
            first = false;
        }
    }
    catch (error) {
        throw new ReportError(`Cannot read the report ${display}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        stream.destroy();
    }
}
/** The first bytes of a file, as text: enough to tell its format. */
async function readHead(file, display, bytes = CHUNK_BYTES) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
        const buffer = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
        return buffer
            .subarray(0, bytesRead)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (0,errors/* errorMessage */.gJ)(error);
        throw new ReportError(`Cannot read the report ${display}: ${reason}.`);
    }
    finally {
        await handle?.close();
    }
}
/**
 * A copy of a string that shares no memory with the chunk it was cut from. V8 keeps a substring as a view
 * of its parent, so one kept file name or failure message would keep a whole 64 KB–1 MB chunk alive; what a
 * parser keeps past its chunk goes through this.
 */
function ownCopy(text) {
    return Buffer.from(text, 'utf8').toString('utf8');
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/branches.ts
class BranchLines {
    totals = new Uint32Array(0);
    covered = new Uint32Array(0);
    /** lines with at least one branch */
    size = 0;
    /** Adds branches found on a line of one report (several records for one line add up). */
    add(line, total, covered) {
        if (!(line >= 0) || !Number.isInteger(line) || total <= 0)
            return;
        if (line >= this.totals.length)
            this.grow(line);
        if (this.totals[line] === 0)
            this.size += 1;
        const lineTotal = this.totals[line] + total;
        this.totals[line] = lineTotal;
        this.covered[line] = Math.min(lineTotal, this.covered[line] + covered);
    }
    /** Another report's branches of the same file: formats name branches differently, so per line the better of the two. */
    unionWith(other) {
        for (let line = 0; line < other.totals.length; line++) {
            const total = other.totals[line];
            if (total === 0)
                continue;
            if (line >= this.totals.length)
                this.grow(line);
            if (this.totals[line] === 0)
                this.size += 1;
            this.totals[line] = Math.max(this.totals[line], total);
            this.covered[line] = Math.min(this.totals[line], Math.max(this.covered[line], other.covered[line]));
        }
    }
    counts() {
        let total = 0;
        let covered = 0;
        for (let line = 0; line < this.totals.length; line++) {
            total += this.totals[line];
            covered += this.covered[line];
        }
        return { total, covered };
    }
    /** The first allocation fits most files at once: each typed array allocation costs more than its size. */
    grow(line) {
        let size = Math.max(256, this.totals.length);
        while (size <= line)
            size *= 2;
        const totals = new Uint32Array(size);
        const covered = new Uint32Array(size);
        totals.set(this.totals);
        covered.set(this.covered);
        [this.totals, this.covered] = [totals, covered];
    }
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/file-coverage.ts
/** One file's coverage as one report (or the union of several) gives it: line states, branches, functions. */


const zero = () => ({ total: 0, covered: 0 });
const noCounts = () => ({ lines: zero(), branches: zero(), functions: zero() });
/** How a line stands: not coverable (0), coverable and not run, or run. */
const UNCOVERED = 1;
const COVERED = 2;
class FileCoverage {
    /** line number → UNCOVERED or COVERED (0: not coverable); grows as lines arrive */
    lineStates = new Uint8Array(256);
    lastLine = 0;
    /** branches per line (per line is what every format can give) */
    branches = new BranchLines();
    /** function name and line → run at least once */
    functions = new Map();
    /** counts without detail (Istanbul's json-summary, Clover's file metrics); for each kind, detail wins */
    summary;
    markLine(line, hits) {
        if (!(line >= 1) || !Number.isInteger(line))
            return;
        if (line >= this.lineStates.length)
            this.grow(line);
        const state = hits > 0 ? COVERED : UNCOVERED;
        if (state > this.lineStates[line])
            this.lineStates[line] = state;
        if (line > this.lastLine)
            this.lastLine = line;
    }
    /** Adds branches found on a line of one report (several BRDA records add up). */
    addBranches(line, total, covered) {
        this.branches.add(line, total, covered);
    }
    markFunction(name, line, hits) {
        const key = ownCopy(`${name}@${line}`);
        this.functions.set(key, this.functions.get(key) === true || hits > 0);
    }
    /** Lines the file has that could run, and whether they did: for new-code coverage. */
    lineState(line) {
        const state = this.lineStates[line];
        return state === COVERED ? 'covered' : state === UNCOVERED ? 'uncovered' : undefined;
    }
    /** Unions another report's view of the same file into this one. */
    merge(other) {
        for (let line = 1; line <= other.lastLine; line++) {
            const state = other.lineStates[line];
            if (state !== 0)
                this.markLine(line, state === COVERED ? 1 : 0);
        }
        this.branches.unionWith(other.branches);
        for (const [key, run] of other.functions)
            this.functions.set(key, this.functions.get(key) === true || run);
        if (other.summary && !this.summary)
            this.summary = other.summary;
    }
    counts() {
        const result = noCounts();
        for (let line = 1; line <= this.lastLine; line++) {
            const state = this.lineStates[line];
            if (state === 0)
                continue;
            result.lines.total += 1;
            if (state === COVERED)
                result.lines.covered += 1;
        }
        result.branches = this.branches.counts();
        for (const run of this.functions.values()) {
            result.functions.total += 1;
            if (run)
                result.functions.covered += 1;
        }
        return this.withSummary(result);
    }
    /** Kinds the file has no detail for take the summary's counts. */
    withSummary(result) {
        if (!this.summary)
            return result;
        return {
            lines: this.lastLine > 0 ? result.lines : this.summary.lines,
            branches: this.branches.size > 0 ? result.branches : this.summary.branches,
            functions: this.functions.size > 0 ? result.functions : this.summary.functions,
        };
    }
    grow(line) {
        let size = this.lineStates.length;
        while (size <= line)
            size *= 2;
        const bigger = new Uint8Array(size);
        bigger.set(this.lineStates);
        this.lineStates = bigger;
    }
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/data.ts
/**
 * Coverage as every coverage parser builds it: per file, the state of each line, branches per line and
 * functions. Reports of the same code are unioned (a line covered in either report is covered), never added.
 */


/** Coverage of many files, keyed by repository path (or the report's path when it names no tracked file). */
class CoverageData {
    files = new Map();
    file(key) {
        let file = this.files.get(key);
        if (!file) {
            file = new FileCoverage();
            this.files.set(key, file);
        }
        return file;
    }
    /** Adds a file read from one record of a report (a file may appear in several records: unioned). */
    add(key, coverage) {
        const seen = this.files.get(key);
        if (seen)
            seen.merge(coverage);
        else
            this.files.set(key, coverage);
    }
    merge(other) {
        for (const [key, file] of other.files)
            this.file(key).merge(file);
    }
    totals() {
        const result = noCounts();
        for (const file of this.files.values()) {
            const counts = file.counts();
            for (const kind of ['lines', 'branches', 'functions']) {
                result[kind].total += counts[kind].total;
                result[kind].covered += counts[kind].covered;
            }
        }
        return result;
    }
}
/** A percentage with two decimals; 0 of 0 is 100, as coverage tools report it. */
function percent(counts) {
    if (counts.total === 0)
        return 100;
    return Math.floor((counts.covered / counts.total) * 10_000) / 100;
}

;// CONCATENATED MODULE: ./src/gate/metrics/collect.ts
/** Reports in, one view out: coverage unioned across reports, tests, lint and compliance added up. */

function entryOf(path, report) {
    const base = { path, format: report.format, kind: report.kind };
    switch (report.kind) {
        case 'coverage': {
            const totals = report.coverage.totals();
            return {
                ...base,
                files: report.coverage.files.size,
                lines: percent(totals.lines),
                coverableLines: totals.lines.total,
            };
        }
        case 'tests':
            return { ...base, dialect: report.dialect, ...report.totals };
        case 'lint':
            return { ...base, errors: report.errors, warnings: report.warnings, byRule: report.byRule };
        case 'compliance':
            return { ...base, violations: report.violations, new: report.new };
    }
}
function addTests(into, more) {
    if (!into)
        return { ...more };
    for (const key of Object.keys(more))
        into[key] += more[key];
    into.duration = Math.round(into.duration * 1000) / 1000;
    return into;
}
/** Folds the reports, in the order given, into one view. */
function collect(reports) {
    const result = { failures: [], lintFindings: [], entries: [] };
    for (const { path, report } of reports) {
        result.entries.push(entryOf(path, report));
        // The first coverage report is taken as it is; later ones are unioned into it.
        if (report.kind === 'coverage') {
            if (result.coverage)
                result.coverage.merge(report.coverage);
            else
                result.coverage = report.coverage;
        }
        else if (report.kind === 'tests') {
            result.tests = addTests(result.tests, report.totals);
            result.failures.push(...report.failures);
        }
        else if (report.kind === 'lint') {
            result.lint = {
                errors: (result.lint?.errors ?? 0) + report.errors,
                warnings: (result.lint?.warnings ?? 0) + report.warnings,
            };
            result.lintFindings.push(...report.findings);
        }
        else {
            result.compliance = {
                violations: (result.compliance?.violations ?? 0) + report.violations,
                new: (result.compliance?.new ?? 0) + report.new,
            };
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/gate/metrics/compute.ts
/** The metrics conditions are judged on, and why a metric has no value when it has none. */

function overallMetrics(collected) {
    const metrics = {};
    if (collected.coverage) {
        const totals = collected.coverage.totals();
        metrics['coverage.lines'] = percent(totals.lines);
        metrics['coverage.branches'] = percent(totals.branches);
        metrics['coverage.functions'] = percent(totals.functions);
    }
    if (collected.tests) {
        const t = collected.tests;
        Object.assign(metrics, {
            'tests.total': t.total,
            'tests.passed': t.passed,
            'tests.failed': t.failed,
            'tests.skipped': t.skipped,
            'tests.flaky': t.flaky,
            'tests.duration': t.duration,
        });
    }
    if (collected.lint) {
        metrics['lint.errors'] = collected.lint.errors;
        metrics['lint.warnings'] = collected.lint.warnings;
    }
    if (collected.compliance) {
        metrics['compliance.violations'] = collected.compliance.violations;
        metrics['compliance.new'] = collected.compliance.new;
    }
    return metrics;
}
/** Reasons for the overall metrics a run has no report for. */
const MISSING_REPORTS = [
    [['coverage.lines', 'coverage.branches', 'coverage.functions'], 'no coverage report was read'],
    [
        ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.flaky', 'tests.duration'],
        'no test report was read',
    ],
    [['lint.errors', 'lint.warnings'], 'no lint report (SARIF, ESLint) was read'],
    [['compliance.violations', 'compliance.new'], 'no shipgate compliance report was read'],
];
function missingReports(metrics) {
    const gaps = {};
    for (const [ids, reason] of MISSING_REPORTS) {
        for (const id of ids)
            if (metrics[id] === undefined)
                gaps[id] = { reason, judged: 'fail' };
    }
    return gaps;
}
/** new.* metrics from the changed lines; below the minimum of coverable lines, new coverage is not judged. */
function newCodeMetrics(newCode, minLines, hasCoverage) {
    if (!newCode) {
        const gap = { reason: 'no base to compare with, so no changed lines', judged: 'skip' };
        return { metrics: {}, gaps: { 'new.coverage.lines': gap, 'new.lint.errors': gap } };
    }
    const metrics = { 'new.lint.errors': newCode.lintErrors.length };
    const gaps = {};
    if (!hasCoverage)
        gaps['new.coverage.lines'] = { reason: 'no coverage report was read', judged: 'fail' };
    else if (newCode.coverable < minLines) {
        gaps['new.coverage.lines'] = {
            reason: `only ${newCode.coverable} changed coverable line(s), fewer than the minimum of ${minLines}`,
            judged: 'skip',
        };
    }
    if (hasCoverage)
        metrics['new.coverage.lines'] = percent({ total: newCode.coverable, covered: newCode.covered });
    return { metrics, gaps };
}
/** delta.* against the base branch's metrics; without them, "no baseline yet" (never a comparison with zero). */
function deltaMetrics(current, base, noBaseline) {
    const now = current['coverage.lines'];
    const then = base?.['coverage.lines'];
    if (now === undefined)
        return { metrics: {}, gaps: { 'delta.coverage.lines': { reason: 'no coverage report was read', judged: 'fail' } } };
    if (then === undefined)
        return { metrics: {}, gaps: { 'delta.coverage.lines': { reason: noBaseline, judged: 'skip' } } };
    return { metrics: { 'delta.coverage.lines': Math.round((now - then) * 100) / 100 }, gaps: {} };
}

;// CONCATENATED MODULE: ./src/gate/metrics/new-code.ts
function onChangedLine(change, line) {
    return change !== undefined && change.ranges.some(([start, end]) => start <= line && line <= end);
}
function uncoveredRanges(lines) {
    const ranges = [];
    for (const line of lines) {
        const last = ranges[ranges.length - 1];
        if (last && last[1] === line - 1)
            last[1] = line;
        else
            ranges.push([line, line]);
    }
    return ranges;
}
function newCodeOf(changes, coverage, findings) {
    const result = { coverable: 0, covered: 0, uncovered: [], lintErrors: [] };
    for (const [path, change] of [...changes].sort(([a], [b]) => a.localeCompare(b))) {
        const file = coverage?.files.get(path);
        if (!file)
            continue;
        const missed = [];
        for (const [start, end] of change.ranges) {
            for (let line = start; line <= end; line++) {
                const state = file.lineState(line);
                if (state === undefined)
                    continue;
                result.coverable += 1;
                if (state === 'covered')
                    result.covered += 1;
                else
                    missed.push(line);
            }
        }
        if (missed.length > 0)
            result.uncovered.push({ path, ranges: uncoveredRanges(missed) });
    }
    result.lintErrors = findings.filter((f) => f.level === 'error' && f.place && onChangedLine(changes.get(f.place.path), f.place.line));
    return result;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/gate/paths.ts
/**
 * Report paths → repository paths. Reports name files in many ways: absolute paths from the machine that
 * ran the tests (often another job's), paths relative to a source folder (Cobertura), package paths (JaCoCo),
 * class names and stack traces. A path resolves to the tracked file it names, or, failing that, to the one
 * tracked file whose path ends with the longest tail of it.
 */


class RepositoryPaths {
    root;
    tracked;
    byName = new Map();
    cache = new Map();
    /** outside a repository there is no list to check against: any path inside the root counts */
    outsideGit;
    /** `tracked`: the repository's files (repository-relative, forward slashes); undefined outside a repository. */
    constructor(root, tracked) {
        this.root = root;
        this.tracked = new Set(tracked ?? []);
        this.outsideGit = tracked === undefined;
        for (const file of this.tracked) {
            const name = file.slice(file.lastIndexOf('/') + 1);
            const list = this.byName.get(name);
            if (list)
                list.push(file);
            else
                this.byName.set(name, [file]);
        }
    }
    /** The repository path a report path names, trying each base folder for relative ones; undefined when none. */
    resolve(reportPath, bases = []) {
        const cacheKey = bases.length === 0 ? reportPath : `${reportPath}\0${bases.join('\0')}`;
        const cached = this.cache.get(cacheKey);
        if (cached !== undefined)
            return cached ?? undefined;
        // Report paths are cut from a parser's chunk: the cache keeps copies (see ownCopy).
        const found = this.lookup(normalize(reportPath), bases.map(normalize));
        this.cache.set(ownCopy(cacheKey), found === undefined ? null : ownCopy(found));
        return found === undefined ? undefined : this.cache.get(cacheKey);
    }
    /** The key a file's coverage is kept under: its repository path, else the report's path as written. */
    key(reportPath, bases = []) {
        return this.resolve(reportPath, bases) ?? ownCopy(normalize(reportPath));
    }
    lookup(reportPath, bases) {
        const candidates = external_node_path_default().posix.isAbsolute(reportPath)
            ? [reportPath]
            : [...bases.map((base) => external_node_path_default().posix.join(base, reportPath)), reportPath];
        for (const candidate of candidates) {
            const inRepo = this.inRepository(candidate);
            if (inRepo !== undefined && (this.outsideGit || this.tracked.has(inRepo)))
                return inRepo;
        }
        return this.outsideGit ? undefined : this.bySuffix(reportPath);
    }
    inRepository(candidate) {
        const absolute = external_node_path_default().posix.isAbsolute(candidate) ? candidate : external_node_path_default().posix.join(normalize(this.root), candidate);
        const relative = external_node_path_default().posix.relative(normalize(this.root), absolute);
        return relative === '' || relative.startsWith('../') || relative === '..' ? undefined : relative;
    }
    /** The one tracked file ending with the longest tail of the path (at least its file name). */
    bySuffix(reportPath) {
        const parts = reportPath.split('/').filter((part) => part !== '' && part !== '.');
        const name = parts[parts.length - 1];
        const sameName = name === undefined ? undefined : this.byName.get(name);
        if (!sameName)
            return undefined;
        for (let start = 0; start < parts.length; start++) {
            const tail = parts.slice(start).join('/');
            const matches = sameName.filter((file) => file === tail || file.endsWith(`/${tail}`));
            if (matches.length === 1)
                return matches[0];
            if (matches.length > 1)
                return undefined;
        }
        return undefined;
    }
}
/** Forward slashes, no file:// scheme, no leading ./ */
function normalize(text) {
    return text
        .trim()
        .replace(/^file:\/\//, '')
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '');
}

// EXTERNAL MODULE: ./src/gate/report.ts
var report = __webpack_require__(6229);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(6448);
;// CONCATENATED MODULE: ./src/gate/report-files.ts
/** Report globs → files: a glob that matches nothing is worth a warning, no report at all is an error. */




/** Plain paths are taken as given (an unreadable one is an error later, naming it); globs are expanded. */
async function reportFiles(patterns, cwd, logger) {
    if (patterns.length === 0) {
        throw new errors/* ConfigurationError */.j1('No report to read: name report files or globs (--report, the "reports" input, or gate.reports in the config).');
    }
    const files = new Set();
    for (const pattern of patterns) {
        const matched = (0,dist/* isDynamicPattern */.ey)(pattern)
            ? await (0,dist/* glob */.TI)(pattern, { cwd, absolute: true, dot: true })
            : [external_node_path_default().resolve(cwd, pattern)];
        if (matched.length === 0)
            logger.warning(`The report glob "${pattern}" matches no file in ${cwd}.`);
        for (const file of matched.sort())
            files.add(file);
    }
    if (files.size === 0)
        throw new errors/* ConfigurationError */.j1(`No report file matches ${patterns.map((p) => `"${p}"`).join(', ')} in ${cwd}.`);
    const result = [];
    for (const file of files) {
        const isFolder = (await (0,promises_.stat)(file).catch(() => undefined))?.isDirectory() === true;
        if (!isFolder)
            result.push({ file, display: external_node_path_default().relative(cwd, file) || file });
    }
    return result;
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./src/gate/reports/xml.ts
/** Streaming XML through saxes: elements arrive as events, and any malformation names file, line and column. */



/** Parses the whole file, calling the handlers; throws a ReportError at the first malformation or truncation. */
async function parseXml(file, display, build) {
    const parser = new saxes/* SaxesParser */.wT({ fileName: display, position: true, xmlns: false });
    const place = { fail: (message) => new ReportError(parser.makeError(message).message) };
    const handlers = build(place);
    // Without namespaces saxes gives attributes as plain strings.
    parser.on('opentag', (tag) => handlers.open(tag.name, tag.attributes));
    parser.on('closetag', (tag) => handlers.close(tag.name));
    if (handlers.comment)
        parser.on('comment', handlers.comment.bind(handlers));
    if (handlers.text) {
        const text = handlers.text.bind(handlers);
        const wanted = handlers.wantsText?.bind(handlers) ?? (() => true);
        parser.on('text', (value) => wanted() && text(value));
        parser.on('cdata', (value) => wanted() && text(value));
    }
    try {
        for await (const chunk of textChunks(file, display))
            parser.write(chunk);
        parser.close();
    }
    catch (error) {
        if (error instanceof ReportError)
            throw error;
        // saxes puts "file:line:column: " in front of its messages.
        throw new ReportError(`${(0,errors/* errorMessage */.gJ)(error)} (the report is not well-formed XML: malformed or cut short)`);
    }
}
/** A whole-number attribute; `fail` places the error when it is something else. */
function intAttribute(attributes, name, place, fallback) {
    const raw = attributes[name];
    if (raw === undefined || raw === '') {
        if (fallback !== undefined)
            return fallback;
        throw place.fail(`the attribute "${name}" is missing`);
    }
    const value = Number(raw);
    if (!Number.isFinite(value))
        throw place.fail(`the attribute ${name}="${raw}" is not a number`);
    return value;
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/clover.ts
/**
 * Clover XML (OpenClover, Istanbul's clover reporter, PHPUnit): <file name path> elements with
 * <line num type count> children (stmt, cond, method) and a <metrics> element of totals. Lines come from
 * the <line> elements; branch and function totals from the file's <metrics>, because writers disagree on
 * what a cond line's truecount and falsecount mean (OpenClover: times true and false; Istanbul: branches
 * covered and not).
 */


class CloverHandlers {
    input;
    place;
    data = new CoverageData();
    file;
    inClass = false;
    constructor(input, place) {
        this.input = input;
        this.place = place;
    }
    open(name, attributes) {
        if (name === 'file') {
            const where = attributes.path ?? attributes.name;
            if (!where)
                throw this.place.fail('a <file> without a path or name attribute');
            this.file = { key: this.input.paths.key(where), coverage: new FileCoverage() };
        }
        else if (name === 'class') {
            this.inClass = true;
        }
        else if (this.file && name === 'metrics' && !this.inClass) {
            this.file.coverage.summary = this.fileMetrics(attributes);
        }
        else if (this.file && name === 'line') {
            this.line(this.file.coverage, attributes);
        }
    }
    close(name) {
        if (name === 'class')
            this.inClass = false;
        if (name === 'file' && this.file) {
            this.data.add(this.file.key, this.file.coverage);
            this.file = undefined;
        }
    }
    counts(attributes, total, covered) {
        return {
            total: intAttribute(attributes, total, this.place, 0),
            covered: intAttribute(attributes, covered, this.place, 0),
        };
    }
    fileMetrics(attributes) {
        return {
            lines: this.counts(attributes, 'statements', 'coveredstatements'),
            branches: this.counts(attributes, 'conditionals', 'coveredconditionals'),
            functions: this.counts(attributes, 'methods', 'coveredmethods'),
        };
    }
    line(coverage, attributes) {
        const line = intAttribute(attributes, 'num', this.place);
        const count = intAttribute(attributes, 'count', this.place, 0);
        if (attributes.type === 'method')
            coverage.markFunction(attributes.name ?? `line ${line}`, line, count);
        else
            coverage.markLine(line, attributes.type === 'cond' && attributes.count === undefined ? this.condHits(attributes) : count);
    }
    condHits(attributes) {
        return intAttribute(attributes, 'truecount', this.place, 0) + intAttribute(attributes, 'falsecount', this.place, 0);
    }
}
async function readClover(input) {
    let handlers;
    await parseXml(input.file, input.display, (place) => (handlers = new CloverHandlers(input, place)));
    return { kind: 'coverage', format: 'clover', coverage: handlers.data };
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/cobertura.ts
/**
 * Cobertura XML (coverage.py's `coverage xml`, Istanbul's cobertura reporter, many JVM and .NET tools):
 * classes name their file relative to one of the <source> folders; <line> elements give hits and, for
 * branches, condition-coverage "50% (1/2)". Lines inside <method> repeat the class's lines: they only say
 * whether the method ran.
 */


const CONDITIONS = /\((\d+)\/(\d+)\)/;
class CoberturaHandlers {
    input;
    place;
    data = new CoverageData();
    sources = [];
    sourceText;
    file;
    method;
    constructor(input, place) {
        this.input = input;
        this.place = place;
    }
    open(name, attributes) {
        if (name === 'source')
            this.sourceText = '';
        else if (name === 'class')
            this.openClass(attributes);
        else if (name === 'method')
            this.method = { name: attributes.name ?? '?', line: 0, hits: 0 };
        else if (name === 'line' && this.file)
            this.line(this.file.coverage, attributes);
    }
    close(name) {
        if (name === 'source' && this.sourceText !== undefined) {
            if (this.sourceText.trim() !== '')
                this.sources.push(this.sourceText.trim());
            this.sourceText = undefined;
        }
        else if (name === 'method' && this.method && this.file) {
            this.file.coverage.markFunction(this.method.name, this.method.line, this.method.hits);
            this.method = undefined;
        }
        else if (name === 'class' && this.file) {
            this.data.add(this.file.key, this.file.coverage);
            this.file = undefined;
        }
    }
    wantsText() {
        return this.sourceText !== undefined;
    }
    text(text) {
        this.sourceText += text;
    }
    openClass(attributes) {
        const filename = attributes.filename;
        if (!filename)
            throw this.place.fail('a <class> without a filename attribute');
        this.file = { key: this.input.paths.key(filename, this.sources), coverage: new FileCoverage() };
    }
    line(coverage, attributes) {
        const number = intAttribute(attributes, 'number', this.place);
        const hits = intAttribute(attributes, 'hits', this.place, 0);
        if (this.method) {
            this.method.line ||= number;
            this.method.hits = Math.max(this.method.hits, hits);
            return;
        }
        coverage.markLine(number, hits);
        const conditions = attributes.branch === 'true' ? CONDITIONS.exec(attributes['condition-coverage'] ?? '') : null;
        if (conditions)
            coverage.addBranches(number, Number(conditions[2]), Number(conditions[1]));
    }
}
async function readCobertura(input) {
    let handlers;
    await parseXml(input.file, input.display, (place) => (handlers = new CoberturaHandlers(input, place)));
    return { kind: 'coverage', format: 'cobertura', coverage: handlers.data };
}

// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(5497);
;// CONCATENATED MODULE: ./src/gate/reports/json.ts
/** Streaming JSON through @streamparser/json: only the values at the given paths are built, one at a time. */




/**
 * Calls `onValue` with each value at one of `paths` (JSONPath subset: `$`, `$.key`, `$.*`, `$.a.*.b`) and
 * where it was found. Throws a ReportError, naming the file and the byte offset, for anything that is not
 * one complete JSON document.
 */
async function parseJson(file, display, paths, onValue) {
    const parser = new mjs/* JSONParser */.oj({ paths, keepStack: false });
    let handlerError;
    parser.onValue = ({ value, key, stack }) => {
        const path = [...stack.slice(1).map((element) => element.key), key];
        try {
            onValue(value, path);
        }
        catch (error) {
            handlerError ??= error; // thrown from write() below, so the stream stops at once
        }
    };
    let offset = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK_BYTES })) {
            parser.write(offset === 0 ? withoutByteOrderMark(chunk) : chunk);
            offset += chunk.length;
            if (handlerError !== undefined)
                throw handlerError;
        }
        // The parser ends itself after one complete document; still open means the file was cut short.
        if (!parser.isEnded)
            parser.end();
    }
    catch (error) {
        throw asReportError(error, display, offset);
    }
}
const withoutByteOrderMark = (chunk) => chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
function asReportError(error, display, offset) {
    if (error instanceof ReportError)
        return error;
    const where = offset === 0 ? 'it is empty' : `within bytes ${Math.max(0, offset - CHUNK_BYTES)}–${offset}`;
    return new ReportError(`${display}: not one complete JSON document (${where}): ${(0,errors/* errorMessage */.gJ)(error)}`);
}
/** Reads a value the format requires; the error names the file and the JSON path. */
function expectObject(value, display, path) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
        return value;
    throw new ReportError(`${display}: ${describePath(path)} should be an object, not ${JSON.stringify(value)?.slice(0, 60)}.`);
}
function describePath(path) {
    return path.reduce((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${key}`), '$');
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/istanbul.ts
/**
 * Istanbul's JSON: `coverage-final.json` (per file: statementMap/s, fnMap/f, branchMap/b, as c8, nyc, Jest
 * and vitest write it) and `coverage-summary.json` (json-summary: per-file totals, no line detail). Each
 * file's entry is parsed on its own, so memory follows the largest file, not the report.
 */



const lineOf = (location) => location?.start?.line ?? 0;
function fileCoverage(entry) {
    const coverage = new FileCoverage();
    for (const [id, location] of Object.entries(entry.statementMap ?? {})) {
        coverage.markLine(lineOf(location), entry.s?.[id] ?? 0);
    }
    for (const [id, fn] of Object.entries(entry.fnMap ?? {})) {
        coverage.markFunction(fn.name ?? `(anonymous_${id})`, fn.line ?? lineOf(fn.decl ?? fn.loc), entry.f?.[id] ?? 0);
    }
    for (const [id, branch] of Object.entries(entry.branchMap ?? {})) {
        const counts = entry.b?.[id] ?? [];
        coverage.addBranches(branch.line ?? lineOf(branch.loc), counts.length, counts.filter((n) => n > 0).length);
    }
    return coverage;
}
function checkEntry(value, display, path) {
    const entry = expectObject(value, display, path);
    if (entry.statementMap === undefined || entry.s === undefined) {
        throw new ReportError(`${display}: ${describePath(path)} has no statementMap and s: not Istanbul coverage.`);
    }
    return entry;
}
async function readIstanbul(input) {
    const data = new CoverageData();
    await parseJson(input.file, input.display, ['$.*'], (value, path) => {
        const entry = checkEntry(value, input.display, path);
        data.add(input.paths.key(entry.path ?? String(path[0])), fileCoverage(entry));
    });
    return { kind: 'coverage', format: 'istanbul', coverage: data };
}
function summaryCounts(value, display, path) {
    const entry = expectObject(value, display, path);
    const pick = (kind) => {
        const counts = entry[kind];
        if (typeof counts?.total !== 'number' || typeof counts.covered !== 'number') {
            throw new ReportError(`${display}: ${describePath([...path, kind])} needs numbers total and covered.`);
        }
        return { total: counts.total, covered: counts.covered };
    };
    return { lines: pick('lines'), branches: pick('branches'), functions: pick('functions') };
}
async function readIstanbulSummary(input) {
    const data = new CoverageData();
    await parseJson(input.file, input.display, ['$.*'], (value, path) => {
        if (path[0] === 'total')
            return; // the files' sum; the union of reports is computed from the files
        const coverage = new FileCoverage();
        coverage.summary = summaryCounts(value, input.display, path);
        data.add(input.paths.key(String(path[0])), coverage);
    });
    return { kind: 'coverage', format: 'istanbul-summary', coverage: data };
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/jacoco.ts
/**
 * JaCoCo XML (report.dtd 1.1): <package name="com/acme"> holds <class> elements with <method> counters and
 * <sourcefile name="Foo.java"> elements with a <line nr mi ci mb cb> per line (missed and covered
 * instructions and branches). Files are named by package path; the repository path is found by its tail.
 */


class JacocoHandlers {
    input;
    place;
    data = new CoverageData();
    packageName = '';
    /** file name → its methods, as the classes list them before the source files */
    methods = new Map();
    classFile;
    method;
    file;
    constructor(input, place) {
        this.input = input;
        this.place = place;
    }
    open(name, attributes) {
        switch (name) {
            case 'package':
                this.packageName = attributes.name ?? '';
                this.methods.clear();
                return;
            case 'class':
                this.classFile = attributes.sourcefilename;
                return;
            case 'method':
                this.method = {
                    name: attributes.name ?? '?',
                    line: intAttribute(attributes, 'line', this.place, 0),
                    covered: false,
                };
                return;
            case 'counter':
                if (this.method && attributes.type === 'METHOD')
                    this.method.covered = intAttribute(attributes, 'covered', this.place) > 0;
                return;
            case 'sourcefile':
                this.file = { name: attributes.name ?? '', coverage: new FileCoverage() };
                return;
            case 'line':
                if (this.file)
                    this.line(this.file.coverage, attributes);
        }
    }
    close(name) {
        if (name === 'method' && this.method && this.classFile) {
            const list = this.methods.get(this.classFile) ?? [];
            list.push(this.method);
            this.methods.set(this.classFile, list);
            this.method = undefined;
        }
        else if (name === 'sourcefile' && this.file) {
            for (const m of this.methods.get(this.file.name) ?? [])
                this.file.coverage.markFunction(m.name, m.line, m.covered ? 1 : 0);
            const packagePath = this.packageName === '' ? this.file.name : `${this.packageName}/${this.file.name}`;
            this.data.add(this.input.paths.key(packagePath), this.file.coverage);
            this.file = undefined;
        }
    }
    line(coverage, attributes) {
        const line = intAttribute(attributes, 'nr', this.place);
        const [mi, ci, mb, cb] = ['mi', 'ci', 'mb', 'cb'].map((a) => intAttribute(attributes, a, this.place, 0));
        if (mi + ci > 0)
            coverage.markLine(line, ci);
        if (mb + cb > 0)
            coverage.addBranches(line, mb + cb, cb);
    }
}
async function readJacoco(input) {
    let handlers;
    await parseXml(input.file, input.display, (place) => (handlers = new JacocoHandlers(input, place)));
    return { kind: 'coverage', format: 'jacoco', coverage: handlers.data };
}

;// CONCATENATED MODULE: ./src/gate/reports/lines.ts
/**
 * Text reports line by line, every line numbered so faults can be placed. Written by hand over the file's
 * byte chunks rather than with node:readline or a decoded string: on a 21 MB tracefile (2.2 million lines)
 * readline's per-line events cost a third more time, and a string per line spent a third of the reading in
 * allocation and garbage collection (both measured). The reader decodes only the lines it needs as text.
 */



/** Larger reads than the XML and JSON parsers take (lines are handed on at once); larger still cost memory, not time. */
const LINE_CHUNK_BYTES = 256 * 1024;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
/** Calls `onLine` with each line of the file; returns the count. */
async function readLines(file, display, onLine) {
    const lines = new LineSplitter(onLine);
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: LINE_CHUNK_BYTES })) {
            lines.push(chunk);
        }
    }
    catch (error) {
        if (error instanceof ReportError)
            throw error;
        throw new ReportError(`Cannot read the report ${display}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return lines.finish();
}
/** Whether the line bytes[start, end) begins with `prefix`. */
function lineStartsWith(bytes, start, end, prefix) {
    if (end - start < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (bytes[start + i] !== prefix[i])
            return false;
    return true;
}
/** Cuts chunks into numbered lines; a line cut by a chunk boundary waits for the next chunk. */
class LineSplitter {
    onLine;
    number = 0;
    rest;
    atFileStart = true;
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(chunk) {
        let start = this.atFileStart && startsWithBom(chunk) ? BYTE_ORDER_MARK.length : 0;
        this.atFileStart = false;
        if (this.rest !== undefined) {
            // Only the line cut by the chunk boundary is joined: copying whole chunks cost a tenth of the time.
            const end = chunk.indexOf(NEWLINE);
            if (end < 0) {
                this.rest = Buffer.concat([this.rest, chunk]);
                return;
            }
            const joined = Buffer.concat([this.rest, chunk.subarray(0, end)]);
            this.emit(joined, 0, joined.length);
            start = end + 1;
        }
        // A plain loop over the bytes: faster than Buffer.indexOf's call per line (measured).
        for (let end = start; end < chunk.length; end++) {
            if (chunk[end] !== NEWLINE)
                continue;
            this.emit(chunk, start, end);
            start = end + 1;
        }
        this.rest = start < chunk.length ? chunk.subarray(start) : undefined;
    }
    /** Emits an unfinished last line; returns the count of lines. */
    finish() {
        if (this.rest !== undefined)
            this.emit(this.rest, 0, this.rest.length);
        this.rest = undefined;
        return this.number;
    }
    emit(bytes, start, end) {
        const withoutReturn = end > start && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
        this.onLine(bytes, start, withoutReturn, ++this.number);
    }
}
function startsWithBom(bytes) {
    return BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte);
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/lcov-record.ts
/**
 * One LCOV record, SF: to end_of_record: its DA (line hits), BRDA (branches) and FN/FNDA (functions)
 * lines. Each method returns an error text for a malformed line, which the reader places in the file.
 */

/** The whole number `text` spells, or -1 (for the few FN and FNDA lines; DA and BRDA are read as bytes). */
function wholeNumber(text) {
    return /^\d+$/.test(text) ? Number(text) : -1;
}
const COMMA = 44;
const DASH = 45;
/** The whole number in bytes[start, end), or -1 when it is not one. */
function byteDigits(bytes, start, end) {
    if (end <= start)
        return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
        const digit = bytes[i] - 48;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** The first comma in bytes[from, end), or -1. */
function commaIn(bytes, from, end) {
    for (let i = from; i < end; i++)
        if (bytes[i] === COMMA)
            return i;
    return -1;
}
/** The last comma in bytes[from, end), or -1. */
function lastCommaIn(bytes, from, end) {
    for (let i = end - 1; i >= from; i--)
        if (bytes[i] === COMMA)
            return i;
    return -1;
}
class LcovRecord {
    key;
    sourceLine;
    coverage = new FileCoverage();
    /** FN records give a function's line, FNDA its hits by name */
    functionLines = new Map();
    constructor(key, 
    /** the line of its SF:, for messages */
    sourceLine) {
        this.key = key;
        this.sourceLine = sourceLine;
    }
    /**
     * DA:<line>,<hits>[,<checksum>], its bytes after the tag from `from` to `end` (read in place: this runs for
     * most lines); the form the line should have when it is malformed
     */
    lineHits(bytes, from, end) {
        const comma = commaIn(bytes, from, end);
        const next = comma < 0 ? -1 : commaIn(bytes, comma + 1, end);
        const line = byteDigits(bytes, from, comma);
        const hits = comma < 0 ? -1 : byteDigits(bytes, comma + 1, next < 0 ? end : next);
        if (line < 0 || hits < 0)
            return 'DA:<line>,<hits>';
        this.coverage.markLine(line, hits);
        return undefined;
    }
    /** BRDA:<line>,<block>,<branch>,<taken> ("-": never reached): the line, and whether it was taken; as lineHits */
    branch(bytes, from, end) {
        const comma = commaIn(bytes, from, end);
        const last = lastCommaIn(bytes, from, end);
        const line = byteDigits(bytes, from, comma);
        const never = last === end - 2 && bytes[last + 1] === DASH;
        const hits = never ? 0 : byteDigits(bytes, last + 1, end);
        if (line < 0 || hits < 0 || comma <= from || comma === last || commaIn(bytes, comma + 1, end) === last) {
            return 'BRDA:<line>,<block>,<branch>,<taken>';
        }
        this.coverage.addBranches(line, 1, hits > 0 ? 1 : 0);
        return undefined;
    }
    /** FN:<line>,<name> or, since lcov 2, FN:<line>,<end line>,<name> */
    functionStart(value) {
        const comma = value.indexOf(',');
        const line = comma < 0 ? -1 : wholeNumber(value.slice(0, comma));
        if (line < 0)
            return `"FN:${value.slice(0, 40)}" is not FN:<line>,<name>`;
        this.functionLines.set(value.slice(value.lastIndexOf(',') + 1), line);
        return undefined;
    }
    /** FNDA:<hits>,<name> */
    functionHits(value) {
        const comma = value.indexOf(',');
        const hits = comma < 0 ? -1 : wholeNumber(value.slice(0, comma));
        if (hits < 0)
            return `"FNDA:${value.slice(0, 40)}" is not FNDA:<hits>,<name>`;
        const name = value.slice(comma + 1);
        this.coverage.markFunction(name, this.functionLines.get(name) ?? 0, hits);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/gate/reports/coverage/lcov.ts
/**
 * LCOV tracefiles (genhtml's format; written by c8, nyc, vitest, Jest, Node's test runner, lcov itself):
 * records from SF: to end_of_record. Lines outside a record, a record left open and a file with no
 * record at all are errors naming the line: a cut-short tracefile must not read as less coverage.
 */




const DA = Buffer.from('DA:');
const BRDA = Buffer.from('BRDA:');
class LcovReader {
    input;
    data = new CoverageData();
    record;
    constructor(input) {
        this.input = input;
    }
    line(bytes, start, end, number) {
        // DA and BRDA are nearly every line of a large tracefile: the fast path reads their bytes in place.
        let expected;
        if (lineStartsWith(bytes, start, end, DA))
            expected = this.current(number).lineHits(bytes, start + DA.length, end);
        else if (lineStartsWith(bytes, start, end, BRDA))
            expected = this.current(number).branch(bytes, start + BRDA.length, end);
        else
            return this.otherLine(bytes.toString('utf8', start, end), number);
        if (expected !== undefined) {
            const quoted = bytes.toString('utf8', start, Math.min(end, start + 40));
            throw this.fail(number, `"${quoted}" is not ${expected}`);
        }
    }
    otherLine(text, number) {
        const colon = text.indexOf(':');
        const tag = colon < 0 ? text.trim() : text.slice(0, colon);
        const value = text.slice(colon + 1);
        if (tag === 'SF')
            return this.start(value, number);
        if (tag === 'end_of_record')
            return this.end(number);
        if (tag === 'FN')
            return this.check(this.current(number).functionStart(value), number);
        if (tag === 'FNDA')
            return this.check(this.current(number).functionHits(value), number);
        if (text.trim() === '' || (colon > 0 && /^[A-Z][A-Z_]*$/.test(tag)))
            return; // LF, BRF, TN, VER, …
        throw this.fail(number, `"${text.slice(0, 40)}" is not an LCOV record`);
    }
    finish(lines) {
        const open = this.record;
        if (open)
            throw this.fail(lines, `the record of ${open.key} (SF: on line ${open.sourceLine}) has no end_of_record: the file is cut short`);
        if (lines === 0)
            throw new ReportError(`${this.input.display}: the file is empty.`);
        if (this.data.files.size === 0)
            throw this.fail(lines, 'no SF: … end_of_record record: no coverage in it, or cut short');
    }
    current(number) {
        if (!this.record)
            throw this.fail(number, 'a record line outside SF: … end_of_record');
        return this.record;
    }
    start(value, number) {
        if (this.record)
            throw this.fail(number, `SF: before the end_of_record of ${this.record.key}`);
        if (value.trim() === '')
            throw this.fail(number, 'SF: names no file');
        this.record = new LcovRecord(this.input.paths.key(value), number);
    }
    end(number) {
        const record = this.current(number);
        this.data.add(record.key, record.coverage);
        this.record = undefined;
    }
    check(problem, number) {
        if (problem !== undefined)
            throw this.fail(number, problem);
    }
    fail(number, message) {
        return new ReportError(`${this.input.display}:${number}: ${message}.`);
    }
}
async function readLcov(input) {
    const reader = new LcovReader(input);
    const lines = await readLines(input.file, input.display, (text, start, end, number) => reader.line(text, start, end, number));
    reader.finish(lines);
    return { kind: 'coverage', format: 'lcov', coverage: reader.data };
}

;// CONCATENATED MODULE: ./src/gate/reports/compliance.ts


async function readComplianceReport(input) {
    let summary;
    let version;
    await parseJson(input.file, input.display, ['$.version', '$.summary'], (value, path) => {
        if (path[0] === 'version')
            version = value;
        else
            summary = expectObject(value, input.display, path);
    });
    if (version !== 1)
        throw new ReportError(`${input.display}: compliance report version ${JSON.stringify(version)}; shipgate reads version 1.`);
    if (typeof summary?.violations !== 'number' || typeof summary.new !== 'number') {
        throw new ReportError(`${input.display}: the compliance report has no summary with violations and new.`);
    }
    return { kind: 'compliance', format: 'compliance', violations: summary.violations, new: summary.new };
}

;// CONCATENATED MODULE: ./src/gate/reports/detect.ts
/** A report's format, told from its first bytes (file names vary too much to trust). */

/** The first element's name and attributes text, past the XML declaration, comments and doctype. */
function rootElement(head) {
    const doctype = /<!DOCTYPE\s+([^>]*)>/i.exec(head)?.[1] ?? '';
    const body = head
        .replace(/<\?[\s\S]*?\?>/g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<![^>]*>/g, '');
    const match = /<([A-Za-z_][\w:.-]*)([^>]*)/.exec(body);
    return match ? { name: match[1], attributes: match[2], doctype } : undefined;
}
function xmlFormat(head) {
    const root = rootElement(head);
    if (!root)
        return undefined;
    if (root.name === 'testsuites' || root.name === 'testsuite')
        return 'junit';
    if (root.name === 'report' && (/JACOCO/i.test(root.doctype) || /<sessioninfo|<package|<counter/.test(head)))
        return 'jacoco';
    if (root.name === 'coverage') {
        if (/\bclover=|\bgenerated=/.test(root.attributes) || /<project[\s>]/.test(head))
            return 'clover';
        return 'cobertura';
    }
    return undefined;
}
function jsonFormat(head) {
    if (/"runs"\s*:/.test(head) && /"2\.1\.0"|sarif/i.test(head))
        return 'sarif';
    if (/"statementMap"\s*:/.test(head))
        return 'istanbul';
    if (/^\{\s*"total"\s*:\s*\{/.test(head) && /"pct"\s*:/.test(head))
        return 'istanbul-summary';
    if (/^\[/.test(head) && /"filePath"\s*:/.test(head) && /"messages"\s*:/.test(head))
        return 'eslint';
    if (/^\[\s*\]$/.test(head))
        return 'eslint';
    if (/"name"\s*:\s*"shipgate"/.test(head) && /"violations"\s*:/.test(head))
        return 'compliance';
    return undefined;
}
const LCOV_START = /^(TN|SF|VER):/m;
/** The format of a report from its head; a ReportError names the file when it is none shipgate reads. */
function detectFormat(head, display) {
    const text = head.trimStart();
    if (text === '')
        throw new ReportError(`${display}: the file is empty.`);
    const format = text.startsWith('<')
        ? xmlFormat(text)
        : /^[[{]/.test(text)
            ? jsonFormat(text)
            : LCOV_START.test(text)
                ? 'lcov'
                : undefined;
    if (format)
        return format;
    throw new ReportError(`${display}: not a report shipgate reads. It reads coverage (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON and ` +
        'json-summary), tests (JUnit XML), lint (SARIF 2.1.0, ESLint JSON) and shipgate compliance JSON.');
}

;// CONCATENATED MODULE: ./src/gate/reports/lint/findings.ts
const MAX_MESSAGE_CHARS = 1000;
class LintTally {
    report;
    constructor(format) {
        this.report = { kind: 'lint', format, errors: 0, warnings: 0, byRule: {}, findings: [] };
    }
    /** Counts a finding; notes are kept out of the counts (they are not problems to fix). */
    add(level, rule, message, place) {
        if (level === 'note')
            return;
        const report = this.report;
        if (level === 'error')
            report.errors += 1;
        else
            report.warnings += 1;
        report.byRule[rule] = (report.byRule[rule] ?? 0) + 1;
        const finding = { level, rule, message: message.slice(0, MAX_MESSAGE_CHARS) };
        if (place)
            finding.place = place;
        report.findings.push(finding);
    }
}

;// CONCATENATED MODULE: ./src/gate/reports/lint/eslint.ts
/** ESLint's JSON formatter (`eslint -f json`): one entry per file, with messages of severity 2 (error) or 1. */


async function readEslint(input) {
    const tally = new LintTally('eslint');
    await parseJson(input.file, input.display, ['$.*'], (value, path) => {
        const result = expectObject(value, input.display, path);
        const file = result.filePath === undefined ? undefined : input.paths.resolve(result.filePath);
        for (const message of result.messages ?? []) {
            const level = message.severity === 2 || message.fatal ? 'error' : message.severity === 1 ? 'warning' : 'note';
            const place = file === undefined ? undefined : { path: file, line: message.line ?? 1 };
            tally.add(level, message.ruleId ?? (message.fatal ? 'parse-error' : '(no rule)'), message.message ?? '', place);
        }
    });
    return tally.report;
}

;// CONCATENATED MODULE: ./src/gate/reports/lint/sarif.ts
/**
 * SARIF 2.1.0 (CodeQL, Semgrep, ESLint's SARIF formatter, shipgate compliance, …): results counted by level
 * (a result without one takes its rule's default, else "warning", as the standard says) and by rule.
 * Suppressed results and results of kinds other than "fail" are not problems and are left out.
 */



const LEVELS = new Set(['error', 'warning', 'note', 'none']);
class SarifReader {
    input;
    tally = new LintTally('sarif');
    /** per run: rule index → rule, from tool.driver.rules (written before the results by every tool seen) */
    rules = new Map();
    sawRuns = false;
    constructor(input) {
        this.input = input;
    }
    value(value, path) {
        if (path[0] === 'version')
            return this.version(value);
        this.sawRuns = true;
        const run = path[1];
        if (path[2] === 'tool')
            return this.rule(run, expectObject(value, this.input.display, path));
        this.result(run, expectObject(value, this.input.display, path), path);
    }
    finish() {
        if (!this.sawRuns)
            throw new ReportError(`${this.input.display}: a SARIF log without runs.`);
        return this.tally.report;
    }
    version(value) {
        if (value !== '2.1.0')
            throw new ReportError(`${this.input.display}: SARIF version ${JSON.stringify(value)}; shipgate reads 2.1.0.`);
    }
    rule(run, rule) {
        const list = this.rules.get(run) ?? [];
        list.push(rule);
        this.rules.set(run, list);
    }
    result(run, result, path) {
        if ((result.kind ?? 'fail') !== 'fail')
            return;
        if (result.suppressions?.some((s) => (s.status ?? 'accepted') === 'accepted'))
            return;
        const rule = this.ruleOf(run, result);
        const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
        if (!LEVELS.has(level))
            throw new ReportError(`${this.input.display}: ${describePath([...path, 'level'])} is "${level}".`);
        if (level === 'none')
            return;
        const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? '(no rule)';
        const message = result.message?.text ?? result.message?.markdown ?? '';
        this.tally.add(level, ruleId, message, this.placeOf(result));
    }
    ruleOf(run, result) {
        const index = result.ruleIndex ?? result.rule?.index;
        const rules = this.rules.get(run) ?? [];
        if (index !== undefined)
            return rules[index];
        return rules.find((rule) => rule.id !== undefined && rule.id === (result.ruleId ?? result.rule?.id));
    }
    placeOf(result) {
        const location = result.locations?.[0]?.physicalLocation;
        const uri = location?.artifactLocation?.uri;
        if (!uri)
            return undefined;
        const file = this.input.paths.resolve(decodeURIComponent(uri));
        return file === undefined ? undefined : { path: file, line: location?.region?.startLine ?? 1 };
    }
}
async function readSarif(input) {
    const reader = new SarifReader(input);
    await parseJson(input.file, input.display, ['$.version', '$.runs.*.tool.driver.rules.*', '$.runs.*.results.*'], (value, path) => reader.value(value, path));
    return reader.finish();
}

;// CONCATENATED MODULE: ./src/gate/reports/types.ts
const REPORT_FORMATS = (/* unused pure expression or super */ null && ([
    'lcov',
    'cobertura',
    'jacoco',
    'clover',
    'istanbul',
    'istanbul-summary',
    'junit',
    'sarif',
    'eslint',
    'compliance',
]));
/** The most failures kept per report: the platform shows 1,000 annotations at most anyway. */
const MAX_KEPT_FAILURES = 1000;
/** Failure text kept per failure. */
const MAX_DETAILS_CHARS = 4000;

;// CONCATENATED MODULE: ./src/gate/reports/tests/dialect.ts
class DialectClues {
    found;
    element(name, attributes, depth) {
        if (this.found !== undefined && this.found !== 'node')
            return;
        const guess = this.guess(name, attributes, depth);
        if (guess !== undefined)
            this.found = guess;
    }
    /** Node's test runner ends its report with comments of totals: <!-- tests 5 -->, <!-- duration_ms 70.3 --> */
    comment(text) {
        if (this.found === undefined && /^\s*duration_ms [\d.]+\s*$/.test(text))
            this.found = 'node';
    }
    dialect() {
        return this.found ?? 'junit';
    }
    guess(name, attributes, depth) {
        if (name === 'testsuites' && attributes.name === 'vitest tests')
            return 'vitest';
        if (name === 'testsuites' && attributes.name === 'jest tests')
            return 'jest';
        if (name === 'testsuite' && attributes.name === 'pytest')
            return 'pytest';
        if (name === 'property' && attributes.name?.startsWith('go.'))
            return 'go';
        if (name === 'flakyFailure' || name === 'rerunFailure' || name === 'flakyError' || name === 'rerunError')
            return 'surefire';
        if (name === 'testsuite' && (attributes['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire'))
            return 'surefire';
        // Node's test runner puts testcases straight under the root, with an absolute file attribute.
        if (name === 'testcase' && depth === 2 && attributes.file !== undefined)
            return 'node';
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/gate/reports/tests/places.ts
const SOURCE_EXTENSIONS = 'tsx?|jsx?|mjs|cjs|mts|cts|py|go|java|kt|kts|scala|groovy|rb|php|cs|fs|rs|swift|c|cc|cpp|h|hpp|ex|exs|dart';
/** path:line, as JavaScript, Go, Java (inside parentheses) and most tools write frames */
const FRAME = new RegExp(String.raw `(?:file:\/\/)?([^\s:()'"\[\]<>]*?\.(?:${SOURCE_EXTENSIONS})):(\d+)`, 'g');
/** File "path", line N — Python tracebacks */
const PYTHON_FRAME = /File "([^"]+)", line (\d+)/g;
function placeOfFailure(facts, paths) {
    if (facts.file) {
        const file = paths.resolve(facts.file);
        if (file)
            return { path: file, line: facts.line ?? lineInText(facts.text, file, paths) ?? 1 };
    }
    return framesIn(facts.text, paths) ?? placeOfClass(facts.classname, paths);
}
function* places_frames(text) {
    for (const pattern of [PYTHON_FRAME, FRAME]) {
        for (const match of text.matchAll(pattern)) {
            const file = match[1];
            if (file.includes('node_modules/') || file.startsWith('node:') || file.includes('site-packages/'))
                continue;
            yield { file, line: Number(match[2]) };
        }
    }
}
function framesIn(text, paths) {
    for (const frame of places_frames(text)) {
        const file = paths.resolve(frame.file);
        if (file)
            return { path: file, line: frame.line };
    }
    return undefined;
}
/** The line of the first frame in `file`, when the testcase named its file but not the line. */
function lineInText(text, file, paths) {
    for (const frame of places_frames(text))
        if (paths.resolve(frame.file) === file)
            return frame.line;
    return undefined;
}
/** tests.test_api → tests/test_api.py; com.acme.FooTest → …/com/acme/FooTest.java (and the like). */
function placeOfClass(classname, paths) {
    if (classname === '')
        return undefined;
    const direct = paths.resolve(classname);
    if (direct)
        return { path: direct, line: 1 };
    const asPath = classname.replace(/\$.*$/, '').replace(/\./g, '/');
    for (const extension of ['py', 'java', 'kt', 'scala', 'cs', 'rb']) {
        const file = paths.resolve(`${asPath}.${extension}`);
        if (file)
            return { path: file, line: 1 };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gate/reports/tests/testcase.ts



const FAILED = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
/** A time attribute in seconds ("1,234.5" as some tools write it); 0 when absent. */
function seconds(text, place) {
    if (text === undefined || text === '')
        return 0;
    const value = Number(text.includes(',') ? text.replace(/,/g, '') : text);
    if (!Number.isFinite(value))
        throw place.fail(`time="${text}" is not a number of seconds`);
    return value;
}
function openTestcase(attributes, place) {
    const line = Number(attributes.line);
    return {
        name: attributes.name ?? '',
        classname: attributes.classname ?? '',
        ...(attributes.file ? { file: attributes.file } : {}),
        ...(Number.isInteger(line) && line > 0 ? { line } : {}),
        time: seconds(attributes.time, place),
        outcome: 'passed',
        flaky: false,
        message: '',
        text: '',
        capturing: false,
    };
}
/** <failure>/<error> fail the test (a <rerunFailure> beside them changes nothing); <skipped> skips it. */
function applyElement(testcase, name, attributes) {
    if (FAILED.has(name)) {
        if (testcase.outcome !== 'failed') {
            testcase.message = attributes.message ?? attributes.type ?? '';
            testcase.capturing = true;
        }
        testcase.outcome = 'failed';
    }
    else if (name === 'skipped' && testcase.outcome === 'passed') {
        testcase.outcome = 'skipped';
    }
    else if (FLAKY.has(name)) {
        testcase.flaky = true;
    }
}
function closeElement(testcase, name) {
    if (FAILED.has(name))
        testcase.capturing = false;
}
function failureOf(testcase, paths) {
    const details = testcase.text.trim().slice(0, MAX_DETAILS_CHARS);
    const place = placeOfFailure({ ...testcase, text: `${testcase.message}\n${details}` }, paths);
    const named = testcase.classname && testcase.classname !== testcase.name;
    const name = named ? `${testcase.classname} › ${testcase.name}` : testcase.name;
    // jest-junit writes no message attribute: the first line of the failure text says it.
    const message = testcase.message.trim() || details.split('\n', 1)[0].trim() || 'failed';
    const kept = { name: ownCopy(name), message: ownCopy(message), details: ownCopy(details) };
    return { ...kept, ...(place ? { place } : {}) };
}

;// CONCATENATED MODULE: ./src/gate/reports/tests/junit.ts
/**
 * JUnit XML in its dialects: Maven Surefire (flakyFailure / rerunFailure), jest-junit, pytest, vitest,
 * go-junit-report, and Node's test runner (testcases straight under <testsuites>, skips as
 * <skipped type="todo">). Testcases are counted as they stream past; only the first failures are kept.
 */





class JunitHandlers {
    input;
    place;
    totals = { total: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, duration: 0 };
    failures = [];
    clues = new DialectClues();
    depth = 0;
    /** the root's time, else the sum of what sits right under it */
    rootTime;
    topLevelTime = 0;
    testcase;
    constructor(input, place) {
        this.input = input;
        this.place = place;
    }
    open(name, attributes) {
        this.depth += 1;
        if (this.depth === 1)
            this.openRoot(name, attributes);
        this.clues.element(name, attributes, this.depth);
        if (this.testcase) {
            if (name === 'testcase')
                throw this.place.fail('a <testcase> inside another <testcase>');
            applyElement(this.testcase, name, attributes);
        }
        else if (name === 'testcase') {
            this.testcase = openTestcase(attributes, this.place);
            if (this.depth === 2)
                this.topLevelTime += this.testcase.time;
        }
        else if (name === 'testsuite' && this.depth === 2) {
            this.topLevelTime += seconds(attributes.time, this.place);
        }
    }
    close(name) {
        this.depth -= 1;
        if (!this.testcase)
            return;
        if (name === 'testcase')
            this.count(this.testcase);
        else
            closeElement(this.testcase, name);
    }
    comment(text) {
        this.clues.comment(text);
    }
    wantsText() {
        return this.testcase?.capturing === true && this.testcase.text.length < MAX_DETAILS_CHARS;
    }
    text(text) {
        this.testcase.text += text;
    }
    result() {
        if (this.depth !== 0 || this.rootTime === undefined)
            throw new ReportError(`${this.input.display}: no JUnit root element.`);
        this.totals.duration = Math.round((this.rootTime || this.topLevelTime) * 1000) / 1000;
        return {
            kind: 'tests',
            format: 'junit',
            dialect: this.clues.dialect(),
            totals: this.totals,
            failures: this.failures,
        };
    }
    openRoot(name, attributes) {
        if (name !== 'testsuites' && name !== 'testsuite') {
            throw this.place.fail(`the root element is <${name}>, not <testsuites> or <testsuite>: not a JUnit report`);
        }
        this.rootTime = seconds(attributes.time, this.place);
    }
    count(testcase) {
        this.testcase = undefined;
        this.totals.total += 1;
        this.totals[testcase.outcome] += 1;
        if (testcase.flaky && testcase.outcome === 'passed')
            this.totals.flaky += 1;
        if (testcase.outcome === 'failed' && this.failures.length < MAX_KEPT_FAILURES) {
            this.failures.push(failureOf(testcase, this.input.paths));
        }
    }
}
async function readJunit(input) {
    let handlers;
    await parseXml(input.file, input.display, (place) => (handlers = new JunitHandlers(input, place)));
    return handlers.result();
}

;// CONCATENATED MODULE: ./src/gate/reports/index.ts
/** One entry for every report: detect the format from the content, then run that format's streaming parser. */











const PARSERS = {
    lcov: readLcov,
    cobertura: readCobertura,
    jacoco: readJacoco,
    clover: readClover,
    istanbul: readIstanbul,
    'istanbul-summary': readIstanbulSummary,
    junit: readJunit,
    sarif: readSarif,
    eslint: readEslint,
    compliance: readComplianceReport,
};
async function readReport(input) {
    const format = detectFormat(await readHead(input.file, input.display), input.display);
    return PARSERS[format](input);
}


;// CONCATENATED MODULE: ./src/gate/run-gate.ts













async function repositoryFor(request) {
    try {
        return await (0,git/* openRepository */.h_)(request.cwd);
    }
    catch (error) {
        if (request.base !== undefined || request.baseline?.from !== undefined)
            throw error;
        return undefined; // reports alone can be judged outside a repository
    }
}
async function readAll(request, paths) {
    const files = await reportFiles(request.settings.reports, request.cwd, request.logger);
    const parsed = [];
    for (const { file, display } of files) {
        const report = await readReport({ file, display, paths });
        request.logger.info(`Read ${display} (${report.format}).`);
        parsed.push({ path: display, report });
    }
    return collect(parsed);
}
async function baselineFor(request, git, changes) {
    if (!request.baseline)
        return { state: 'not-asked' };
    if (!request.baseline.source.perCommit)
        return findBaseline(request.baseline.source, [request.baseline.source.description], request.logger);
    const from = request.baseline.from ?? changes?.mergeBase;
    if (from === undefined || git === undefined)
        return { state: 'none', reason: 'no baseline: no base commit to read it for' };
    const commits = await (0,git_history/* firstParentHistory */.hJ)(git, from, request.settings.baselineDepth);
    return findBaseline(request.baseline.source, commits, request.logger);
}
function allMetrics(collected, newCode, baseline, settings) {
    const overall = overallMetrics(collected);
    const fresh = newCodeMetrics(newCode, settings.newCodeMinLines, collected.coverage !== undefined);
    const noBaseline = baseline.state === 'none' ? baseline.reason : 'no baseline: the base branch was not asked for';
    const delta = deltaMetrics(overall, baseline.state === 'found' ? baseline.metrics : undefined, noBaseline);
    return {
        metrics: { ...overall, ...fresh.metrics, ...delta.metrics },
        gaps: { ...missingReports(overall), ...fresh.gaps, ...delta.gaps },
    };
}
async function runGate(request) {
    const git = await repositoryFor(request);
    const paths = new RepositoryPaths(git?.root ?? request.cwd, git ? await (0,tracked_files/* trackedFiles */.O)(git, '') : undefined);
    const collected = await readAll(request, paths);
    const changes = request.base !== undefined && git ? await (0,diff/* changesSince */.sR)(git, request.base) : undefined;
    const newCode = changes ? newCodeOf(changes.files, collected.coverage, collected.lintFindings) : undefined;
    const baseline = await baselineFor(request, git, changes);
    const { metrics, gaps } = allMetrics(collected, newCode, baseline, request.settings);
    const conditions = evaluateConditions(request.settings.conditions, metrics, gaps, request.settings.defaultConditions);
    return {
        report: {
            version: report/* GATE_REPORT_VERSION */.A,
            passed: conditions.every((c) => c.passed),
            metrics,
            conditions,
            reports: collected.entries,
        },
        gaps,
        failures: collected.failures,
        ...(newCode ? { newCode } : {}),
        baseline,
        failOn: request.settings.failOn,
    };
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


/***/ })

};
