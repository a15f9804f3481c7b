export const id = 877;
export const ids = [877,283,953];
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

/***/ 2877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  complianceStep: () => (/* binding */ complianceStep),
  scanTarget: () => (/* binding */ scanTarget)
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
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/compliance/settings.ts
var compliance_settings = __webpack_require__(8874);
;// CONCATENATED MODULE: ./src/compliance/formats/markdown/cells.ts
/** Free text: HTML-escaped, Markdown punctuation backslash-escaped, one line. */
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~#@]/g, (c) => `\\${c}`)
        .replace(/\s*[\r\n]+\s*/g, ' ');
}
/**
 * A path or symbol as a code span: no Markdown, no @mention and no #reference inside it. The fence is longer
 * than any backtick run in the text; a pipe stays escaped because GFM splits table cells before code spans.
 */
function codeSpan(text) {
    const oneLine = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = longestRun > 0 || oneLine.startsWith(' ') || oneLine.endsWith(' ') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Percent-encodes what would end a Markdown link destination or a table cell early. */
const safeUrl = (url) => url.replace(/[\s()<>|`"\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
/** `path:line` as code, linked when the builder gives a URL. */
function locationCell(path, line, links) {
    const text = codeSpan(`${path}:${line}`);
    const url = links?.(path, line);
    return url === undefined ? text : `[${text}](${safeUrl(url)})`;
}
const SEVERITY_LABELS = {
    critical: '🔴 critical',
    major: '🟠 major',
    minor: '🟡 minor',
};
const formatCount = (n) => n.toLocaleString('en-US');
const RULER = { left: ':---', right: '---:' };
function tableHead(columns) {
    const titles = columns.map(([title]) => title);
    return `${tableRow(titles)}${tableRow(columns.map(([, align]) => RULER[align]))}`;
}
/** One table row with its newline; cells must already be escaped. */
const tableRow = (cells) => `| ${cells.join(' | ')} |\n`;

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/budget.ts
/** A size budget for Markdown: sections of rows cut whole, each cut saying how much was left out. */

/** The note under a cut table: "12 more existing violations not shown", without "more" when none were shown. */
const omissionNote = (one, many) => (count, shown) => `\n_${formatCount(count)} ${shown > 0 ? 'more ' : ''}${count === 1 ? one : many} not shown: the size limit was reached._\n\n`;
/** The longest omission note a section can need, whether some of its rows are shown or none. */
const longestNote = (s) => Math.max(s.omitted(s.rows.length, 0).length, s.omitted(s.rows.length, 1).length);
/** As many whole rows as fit in `room` after the frame and the omission note. */
function rowsThatFit(section, room) {
    let left = room - section.open.length - section.close.length - longestNote(section);
    let count = 0;
    for (const row of section.rows) {
        if (row.length > left)
            break;
        left -= row.length;
        count++;
    }
    return count;
}
function renderSection(section, room) {
    const whole = section.open + section.rows.join('') + section.close;
    if (whole.length <= room)
        return whole;
    const count = rowsThatFit(section, room);
    const note = section.omitted(section.rows.length - count, count);
    if (count === 0)
        return note.length <= room ? note : '';
    return section.open + section.rows.slice(0, count).join('') + note + section.close;
}
/** Whole lines of `text` that fit in `max` characters: the last resort when even the header is too long. */
function wholeLines(text, max) {
    let end = 0;
    for (let next = text.indexOf('\n'); next >= 0 && next < max; next = text.indexOf('\n', next + 1))
        end = next + 1;
    return text.slice(0, end);
}
/**
 * head + sections + foot within maxChars. Sections come in priority order; room for the omission notes of
 * the later sections is held back, so every section can at least say how much of it was left out.
 */
function fitSections(head, sections, foot, maxChars) {
    if (head.length + foot.length > maxChars)
        return wholeLines(head, maxChars);
    const notes = sections.map(longestNote);
    let out = head;
    sections.forEach((section, i) => {
        const heldBack = notes.slice(i + 1).reduce((sum, n) => sum + n, 0);
        out += renderSection(section, maxChars - out.length - foot.length - heldBack);
    });
    return out + foot;
}

;// CONCATENATED MODULE: ./src/compliance/report.ts
const REPORT_VERSION = 1;
/** A file worth a remark: one that has a parser but was counted only (too large, unparseable, not UTF-8). */
const wasNotParsed = (file) => !file.parsed && file.note !== undefined;
/** A report path as a repository path, for annotations and code scanning. */
function repositoryPath(report, reportPath) {
    return report.root === '' ? reportPath : `${report.root}/${reportPath}`;
}
/** The same report with repository paths: what code scanning needs, whatever folder was scanned. */
function report_withRepositoryPaths(report) {
    if (report.root === '')
        return report;
    const rooted = (item) => ({ ...item, path: repositoryPath(report, item.path) });
    return {
        ...report,
        root: '',
        files: report.files.map(rooted),
        violations: report.violations.map(rooted),
        fixed: report.fixed.map(rooted),
        skipped: report.skipped.map(rooted),
    };
}

;// CONCATENATED MODULE: ./src/compliance/formats/order.ts
/** The orders every format shows violations in, so the same report reads the same way everywhere. */

const SEVERITIES_WORST_FIRST = ['critical', 'major', 'minor'];
const SEVERITY_RANK = { critical: 0, major: 1, minor: 2 };
const severityRank = (severity) => SEVERITY_RANK[severity];
const ruleRank = (rule) => compliance_settings/* RULE_IDS */.Iu.indexOf(rule);
function byLocation(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return a.line - b.line || ruleRank(a.rule) - ruleRank(b.rule);
}
/** New before old, then worst severity first, then path and line: what a reviewer reads first. */
function newThenSeverity(a, b) {
    return Number(b.new) - Number(a.new) || severityRank(a.severity) - severityRank(b.severity) || byLocation(a, b);
}
/** Worst severity first, then new before old: what to keep when only so many results fit. */
function order_severityThenNew(a, b) {
    return severityRank(a.severity) - severityRank(b.severity) || Number(b.new) - Number(a.new) || byLocation(a, b);
}
/** Path, then line: the order of a compiler's output. */
const byPathAndLine = byLocation;
/** How far over its limit a violation is, as a ratio; a zero limit counts as the value itself. */
const overLimitRatio = (v) => (v.limit > 0 ? v.value / v.limit : v.value);
/** Critical first, then the largest ratio to the limit: the worst offenders. */
function worstFirst(a, b) {
    const critical = Number(b.severity === 'critical') - Number(a.severity === 'critical');
    return critical || overLimitRatio(b) - overLimitRatio(a) || order_severityThenNew(a, b);
}
const order_sortedCopy = (violations, order) => [...violations].sort(order);

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/sections.ts
/** The sections of the Markdown report: violations, fixed entries, unparsed and skipped files, config changes. */




const STATUS_LABELS = {
    new: '**new**',
    grown: '**grown**',
    'expired-exception': '**exception expired**',
    baseline: 'baseline',
    existing: 'existing',
};
const VIOLATION_COLUMNS = [
    ['Severity', 'left'],
    ['Location', 'left'],
    ['Symbol', 'left'],
    ['Rule', 'left'],
    ['Value / limit', 'right'],
    ['Status', 'left'],
];
function violationRow(v, links) {
    const symbol = v.symbol === null ? '—' : codeSpan(v.symbol);
    const value = `${formatCount(v.value)} / ${formatCount(v.limit)}`;
    return tableRow([
        SEVERITY_LABELS[v.severity],
        locationCell(v.path, v.line, links),
        symbol,
        v.rule,
        value,
        STATUS_LABELS[v.status],
    ]);
}
function collapsed(summary, head) {
    return `<details><summary>${summary}</summary>\n\n${head}`;
}
function violationSections(report, links) {
    const ordered = order_sortedCopy(report.violations, newThenSeverity);
    const failing = ordered.filter((v) => v.new);
    const existing = ordered.filter((v) => !v.new);
    const head = tableHead(VIOLATION_COLUMNS);
    const sections = [
        {
            open: `### New violations (${formatCount(failing.length)})\n\n${head}`,
            rows: failing.map((v) => violationRow(v, links)),
            close: '\n',
            omitted: omissionNote('new violation', 'new violations'),
        },
        {
            open: collapsed(`Existing violations (${formatCount(existing.length)})`, head),
            rows: existing.map((v) => violationRow(v, links)),
            close: '\n</details>\n\n',
            omitted: omissionNote('existing violation', 'existing violations'),
        },
    ];
    return sections.filter((section) => section.rows.length > 0);
}
function fixedSection(fixed) {
    const head = tableHead([
        ['Path', 'left'],
        ['Symbol', 'left'],
        ['Rule', 'left'],
        ['Was', 'right'],
    ]);
    const rows = fixed.map((f) => tableRow([codeSpan(f.path), f.symbol === null ? '—' : codeSpan(f.symbol), f.rule, formatCount(f.value)]));
    return {
        open: collapsed(`Fixed since the baseline (${formatCount(fixed.length)})`, head),
        rows,
        close: '\n</details>\n\n',
        omitted: omissionNote('fixed entry', 'fixed entries'),
    };
}
function unparsedSection(files) {
    const unparsed = files.filter(wasNotParsed);
    const head = tableHead([
        ['File', 'left'],
        ['Lines', 'right'],
        ['Why', 'left'],
    ]);
    const rows = unparsed.map((f) => tableRow([codeSpan(f.path), formatCount(f.lines), escapeText(f.note ?? '')]));
    return {
        open: collapsed(`Files counted but not parsed (${formatCount(unparsed.length)})`, head),
        rows,
        close: '\n</details>\n\n',
        omitted: omissionNote('unparsed file', 'unparsed files'),
    };
}
function skippedSection(skipped) {
    const head = tableHead([
        ['File', 'left'],
        ['Why it was not scanned', 'left'],
    ]);
    return {
        open: collapsed(`Files not scanned (${formatCount(skipped.length)})`, head),
        rows: skipped.map((f) => tableRow([codeSpan(f.path), escapeText(f.reason)])),
        close: '\n</details>\n\n',
        omitted: omissionNote('skipped file', 'skipped files'),
    };
}
/**
 * What the change does to the config, shown first: reviewers must see a pull request that adds an
 * exception or loosens a rule, whichever config judged it.
 */
function configChangeNote(report) {
    const { config } = report;
    if (config.changes.length === 0)
        return '';
    const judged = config.commit === null
        ? "judged by the pull request's own config (trust-pr-config)"
        : `judged by the config at the merge base ${config.commit.slice(0, 12)}; the changes apply once merged`;
    const shown = config.changes.slice(0, 20).map((line) => `> - ${codeSpan(line)}`);
    const more = config.changes.length > 20 ? [`> - …and ${config.changes.length - 20} more`] : [];
    return [`> [!WARNING]`, `> This change edits the shipgate config (${judged}):`, ...shown, ...more, ''].join('\n');
}

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/index.ts
/** The compliance report as Markdown: job summary, check-run summary and sticky PR comment. */





/** GitHub's check-run summary and comment limit is 65,535 characters; leave room for a caller's marker. */
const DEFAULT_MAX_CHARS = 65_000;
const DEFAULT_TITLE = 'shipgate · V2 compliance';

/** "✅ **Compliance passed**: 0 new, 14 total, 3 fixed": the line a reviewer reads first. */
function verdictLine(report) {
    const s = report.summary;
    const counts = `${formatCount(s.new)} new, ${formatCount(s.violations)} total, ${formatCount(s.fixed)} fixed`;
    const failOn = s.failOn === 'new' ? '' : ` (fail-on: ${s.failOn})`;
    return `${s.passed ? '✅ **Compliance passed**' : '❌ **Compliance failed**'}: ${counts}${failOn}`;
}
function scopeLine(report) {
    const files = formatCount(report.summary.files);
    const scope = report.mode === 'changed' ? `${files} changed files` : `all ${files} files`;
    const base = report.base === null ? '' : ` against ${escapeText(report.base)}`;
    const shard = report.shard === null ? '' : `, shard ${report.shard.index} of ${report.shard.count}`;
    return `Checked ${scope}${base}${shard}; fail-on: ${report.summary.failOn}.`;
}
function totalsTable(report) {
    const s = report.summary;
    const head = tableHead([
        ['Files', 'right'],
        ['Lines', 'right'],
        ['Code', 'right'],
        ['Comment', 'right'],
        ['Blank', 'right'],
        ['Not parsed', 'right'],
        ['Suppressed', 'right'],
    ]);
    return head + tableRow([s.files, s.lines, s.code, s.comment, s.blank, s.unparsed, s.suppressed].map(formatCount));
}
function countBy(violations, rule, severity) {
    return violations.filter((v) => v.rule === rule && v.severity === severity).length;
}
/** Violations by rule and severity; rules that are off and clean are left out. */
function rulesTable(report) {
    const s = report.summary;
    const columns = [
        ['Rule', 'left'],
        ['Limit', 'right'],
        ...SEVERITIES_WORST_FIRST.map((sev) => [SEVERITY_LABELS[sev], 'right']),
        ['Total', 'right'],
        ['New', 'right'],
    ];
    const rows = compliance_settings/* RULE_IDS */.Iu.filter((rule) => report.rules[rule].enabled || s.byRule[rule] > 0).map((rule) => {
        const newCount = report.violations.filter((v) => v.rule === rule && v.new).length;
        const bySeverity = SEVERITIES_WORST_FIRST.map((sev) => formatCount(countBy(report.violations, rule, sev)));
        const limit = report.rules[rule].enabled ? formatCount(report.rules[rule].limit) : 'off';
        return tableRow([rule, limit, ...bySeverity, formatCount(s.byRule[rule]), formatCount(newCount)]);
    });
    const all = tableRow([
        '**All**',
        '',
        ...SEVERITIES_WORST_FIRST.map((sev) => formatCount(s.bySeverity[sev])),
        formatCount(s.violations),
        formatCount(s.new),
    ]);
    return tableHead(columns) + rows.join('') + all;
}
/** The whole report as Markdown within maxChars; rows are cut whole, and each cut says how many were left out. */
function toMarkdown(report, options = {}) {
    const title = escapeText(options.title ?? DEFAULT_TITLE);
    const config = configChangeNote(report);
    const head = `## ${title}\n\n${verdictLine(report)}\n\n${config ? `${config}\n` : ''}${scopeLine(report)}\n\n${totalsTable(report)}\n${rulesTable(report)}\n`;
    const sections = [
        ...violationSections(report, options.links),
        fixedSection(report.fixed),
        unparsedSection(report.files),
        skippedSection(report.skipped),
    ].filter((section) => section.rows.length > 0);
    const foot = `<sub>shipgate ${escapeText(report.tool.version)}</sub>\n`;
    return fitSections(head, sections, foot, options.maxChars ?? DEFAULT_MAX_CHARS);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/deploy/duration.ts
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

;// CONCATENATED MODULE: ./src/deploy/settings.ts
/** Deploy's vocabulary and settings: colours, routers, health, soak, per environment; raw config → typed. */

const COLORS = (/* unused pure expression or super */ null && (['blue', 'green']));
function otherColor(color) {
    return color === 'blue' ? 'green' : 'blue';
}
const ROUTER_TYPES = (/* unused pure expression or super */ null && (['haproxy', 'nginx', 'kubernetes', 'command']));
/** Every key of the section and of an environment, by type: the schema test checks the schema against them. */
const SECTION_KEYS = { environments: true };
const DEPLOY_CONFIG_KEYS = Object.keys(SECTION_KEYS);
const ENVIRONMENT_KEYS = {
    router: true,
    colors: true,
    deploy: true,
    'deploy-timeout': true,
    health: true,
    soak: true,
    url: true,
    production: true,
    transient: true,
    'require-quality-gate': true,
    'keep-warm': true,
    'scale-down': true,
};
const ENVIRONMENT_CONFIG_KEYS = Object.keys(ENVIRONMENT_KEYS);
const DEFAULTS = {
    routerTimeout: '10s',
    deployTimeout: '30m',
    health: { timeout: '2s', deadline: '2m', initial: '250ms', max: '5s', failureThreshold: 5 },
    soak: { duration: '1m', interval: '1s', successRate: 99, p95: '500ms' },
    keepWarm: '0s',
};
function routerFrom(raw) {
    const timeoutMs = parseDuration(raw.timeout ?? DEFAULTS.routerTimeout);
    switch (raw.type) {
        case 'haproxy':
            return { type: 'haproxy', socket: raw.socket, backend: raw.backend, servers: raw.servers, timeoutMs };
        case 'nginx': {
            const { upstream, servers } = raw;
            const settings = { type: 'nginx', upstreamFile: raw['upstream-file'], upstream, servers, timeoutMs };
            return { ...settings, binary: raw.binary ?? 'nginx', ...written({ config: raw.config }) };
        }
        case 'kubernetes': {
            const { service, kubeconfig, context } = raw;
            const where = { namespace: raw.namespace ?? 'default', label: raw.label ?? 'color' };
            return { type: 'kubernetes', service, ...where, timeoutMs, ...written({ kubeconfig, context }) };
        }
        case 'command':
            return { type: 'command', switch: raw.switch, live: raw.live, timeoutMs };
    }
}
function healthFrom(raw = {}) {
    const d = DEFAULTS.health;
    return {
        checks: (raw.checks ?? [{ path: '/' }]).map((check) => ({ ...check, status: check.status ?? 200 })),
        timeoutMs: parseDuration(raw.timeout ?? d.timeout),
        deadlineMs: parseDuration(raw.deadline ?? d.deadline),
        initialDelayMs: parseDuration(raw.backoff?.initial ?? d.initial),
        maxDelayMs: parseDuration(raw.backoff?.max ?? d.max),
        failureThreshold: raw['failure-threshold'] ?? d.failureThreshold,
    };
}
function soakFrom(raw = {}) {
    const d = DEFAULTS.soak;
    return {
        durationMs: parseDuration(raw.duration ?? d.duration),
        intervalMs: parseDuration(raw.interval ?? d.interval),
        successRate: raw['success-rate'] ?? d.successRate,
        p95Ms: parseDuration(raw.p95 ?? d.p95),
        ...(raw.path === undefined ? {} : { path: raw.path }),
        ...(raw.command === undefined ? {} : { command: raw.command }),
    };
}
/** Keeps only the optional settings that were written, so absent ones stay absent. */
function written(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
function environmentFrom(name, raw) {
    return {
        name,
        router: routerFrom(raw.router),
        colors: raw.colors,
        deployTimeoutMs: parseDuration(raw['deploy-timeout'] ?? DEFAULTS.deployTimeout),
        health: healthFrom(raw.health),
        soak: soakFrom(raw.soak),
        production: raw.production ?? name === 'production',
        transient: raw.transient ?? false,
        requireQualityGate: raw['require-quality-gate'] ?? false,
        keepWarmMs: parseDuration(raw['keep-warm'] ?? DEFAULTS.keepWarm),
        ...written({ deploy: raw.deploy, url: raw.url, scaleDown: raw['scale-down'] }),
    };
}
/** Resolves the validated `deploy:` section; an environment is only what the config describes. */
function deploySettingsFrom(raw = {}) {
    const entries = Object.entries(raw.environments ?? {}).map(([name, env]) => [name, environmentFrom(name, env)]);
    return { environments: Object.fromEntries(entries) };
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/** The one typed settings object a config file resolves into: each capability's section, resolved by its owner. */


/** The checks `shipgate check` and the root action run on a pull request. */
const CHECK_NAMES = (/* unused pure expression or super */ null && (['compliance']));
const DEFAULT_CONFIG_PATH = '.github/shipgate.yml';
/** Every top-level key, by type: the schema test checks schema/shipgate.schema.json against it. */
const TOP_LEVEL_KEYS = { checks: true, compliance: true, deploy: true };
const CONFIG_KEYS = Object.keys(TOP_LEVEL_KEYS);
/** Hands each validated section to the capability that owns it; defaults fill whatever is not written. */
function settingsFromConfig(raw) {
    return {
        checks: raw.checks ?? ['compliance'],
        compliance: (0,compliance_settings/* complianceSettingsFrom */.re)(raw.compliance),
        deploy: deploySettingsFrom(raw.deploy),
    };
}
/** Each section's own checks, run once the config has the schema's shape. */
function sectionProblems(raw) {
    return (0,compliance_settings/* complianceProblems */.SL)(raw.compliance).map((p) => ({ ...p, path: ['compliance', ...p.path] }));
}

;// CONCATENATED MODULE: ./src/compliance/formats/rule-docs.ts
/** What each rule measures and how to fix a violation, in words shared by SARIF help and Markdown. */

const RULE_DOCS = {
    'file-lines': {
        name: 'FileTooLong',
        title: 'File too long',
        unit: 'lines',
        scope: 'a source file',
        fix: 'Split the file by responsibility: move cohesive groups of functions or classes into their own modules and import them.',
    },
    'class-lines': {
        name: 'ClassTooLong',
        title: 'Class too long',
        unit: 'lines',
        scope: 'a class',
        fix: 'Extract collaborators: move a group of methods and the state they share into a separate class, or turn helpers into module functions.',
    },
    'function-lines': {
        name: 'FunctionTooLong',
        title: 'Function too long',
        unit: 'lines',
        scope: 'a function or method',
        fix: 'Extract the steps of the function into well-named helper functions, each doing one thing.',
    },
    'functions-per-file': {
        name: 'TooManyFunctions',
        title: 'Too many functions in one file',
        unit: 'functions and methods',
        scope: 'a file',
        fix: 'Group related functions into their own module so each file keeps one purpose.',
    },
    'classes-per-file': {
        name: 'TooManyClasses',
        title: 'Too many classes in one file',
        unit: 'classes',
        scope: 'a file',
        fix: 'Move classes that can stand alone into their own files.',
    },
    'enums-per-file': {
        name: 'TooManyEnums',
        title: 'Too many enums in one file',
        unit: 'enums',
        scope: 'a file',
        fix: 'Move the enums into a dedicated module of shared types.',
    },
    'function-params': {
        name: 'TooManyParameters',
        title: 'Too many parameters',
        unit: 'named parameters (self, cls and a TypeScript this not counted)',
        scope: 'a function or method',
        fix: 'Pass a single options object or data class instead of a long parameter list, or split the function.',
    },
};
/** "at most 30 lines per function or method (critical above 45)" */
function limitPhrase(rule, settings) {
    const doc = RULE_DOCS[rule];
    const codeOnly = doc.unit === 'lines' && settings.count === 'code';
    const unit = codeOnly ? 'lines of code (blank and comment-only lines not counted)' : doc.unit;
    const critical = settings.critical === undefined ? '' : ` (critical above ${settings.critical})`;
    return `at most ${settings.limit} ${unit} in ${doc.scope}${critical}`;
}
const EXCEPTION_ADVICE = `If the code cannot be split yet, ask for an approved exception: add an entry under compliance.exceptions in ${DEFAULT_CONFIG_PATH} ` +
    'with the path, rule, symbol, a higher limit, a reason and an expiry date, and have it reviewed. ' +
    'For a single case, a comment `shipgate-disable-next-line <rule> -- <reason>` above the symbol (or at the top of the file for file rules) suppresses it.';
/** A config snippet for the exception of one rule, shown in the Markdown help. */
function exceptionExample(rule, settings) {
    const perSymbol = !rule.endsWith('-per-file') && rule !== 'file-lines';
    return [
        'compliance:',
        '  exceptions:',
        '    - path: src/legacy/module.py',
        `      rule: ${rule}`,
        ...(perSymbol ? ['      symbol: LegacyParser.parse'] : []),
        `      limit: ${settings.limit * 2}`,
        '      reason: split planned, see the tracking issue',
        '      expires: 2030-12-31',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/compliance/formats/sarif/rules.ts

/** Critical and major violations fail a review; minor ones are warnings. */
const SARIF_LEVELS = { critical: 'error', major: 'error', minor: 'warning' };
function ruleDescriptor(rule, settings) {
    const doc = RULE_DOCS[rule];
    const limit = limitPhrase(rule, settings);
    const full = `The code-size standard allows ${limit}. Smaller units are easier to review, test and change in parallel.`;
    const text = `${full}\n\nHow to fix: ${doc.fix}\n\n${EXCEPTION_ADVICE}`;
    const markdown = [
        `**Limit:** ${limit}.`,
        `**How to fix:** ${doc.fix}`,
        `**Exceptions:** ${EXCEPTION_ADVICE}`,
        '```yaml\n' + exceptionExample(rule, settings) + '\n```',
    ].join('\n\n');
    const level = SARIF_LEVELS[settings.severity];
    return {
        id: rule,
        name: doc.name,
        shortDescription: { text: `${doc.title} (limit ${settings.limit})` },
        fullDescription: { text: full },
        help: { text, markdown },
        defaultConfiguration: { enabled: settings.enabled, level },
        properties: {
            tags: ['maintainability', 'code-size'],
            precision: 'very-high',
            'problem.severity': level === 'error' ? 'error' : 'warning',
        },
    };
}

;// CONCATENATED MODULE: ./src/compliance/formats/sarif/results.ts
/** SARIF results and notifications: one result per violation, notes for what could not be checked. */





/** The partialFingerprints key: versioned, so a change of the recipe can never be mistaken for the old one. */
const FINGERPRINT_KEY = 'shipgateViolation/v1';
const MAX_FILE_NOTIFICATIONS = 100;
/** Each path segment percent-encoded, so spaces, '#' or '%' in a file name still make a valid URI reference. */
const pathToUri = (path) => path.split('/').map(encodeURIComponent).join('/');
function locationOf(path, line = 1, endLine = line) {
    const startLine = Math.max(1, line);
    return {
        physicalLocation: {
            artifactLocation: { uri: pathToUri(path), uriBaseId: '%SRCROOT%' },
            region: { startLine, endLine: Math.max(startLine, endLine) },
        },
    };
}
const identityOf = (v) => `${v.path}\0${v.rule}\0${v.symbol ?? ''}`;
/**
 * Fingerprints from path, rule and symbol, not lines, so an alert keeps its identity when code above it
 * moves. Two violations with the same identity (e.g. overloads) are told apart by their order in the file.
 */
function results_violationFingerprints(violations) {
    const seen = new Map();
    const prints = new Map();
    for (const v of [...violations].sort((a, b) => a.line - b.line)) {
        const identity = identityOf(v);
        const occurrence = seen.get(identity) ?? 0;
        seen.set(identity, occurrence + 1);
        const input = occurrence === 0 ? identity : `${identity}\0${occurrence}`;
        prints.set(v, (0,external_node_crypto_.createHash)('sha256').update(input).digest('hex').slice(0, 32));
    }
    return prints;
}
function resultOf(v, fingerprint) {
    const fallback = `${RULE_DOCS[v.rule].title}: ${v.value} > ${v.limit}`;
    return {
        ruleId: v.rule,
        ruleIndex: ruleRank(v.rule),
        level: SARIF_LEVELS[v.severity],
        message: { text: v.message || fallback },
        locations: [locationOf(v.path, v.line, v.endLine)],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        properties: {
            value: v.value,
            limit: v.limit,
            severity: v.severity,
            new: v.new,
            status: v.status,
            ...(v.symbol === null ? {} : { symbol: v.symbol }),
        },
    };
}
function truncationNotice(omitted, total, max) {
    return {
        level: 'warning',
        descriptor: { id: 'shipgate/results-truncated' },
        message: {
            text: `${omitted} of ${total} violations were left out: a run holds at most ${max} results. ` +
                'The most severe were kept (critical, major, minor; new before existing).',
        },
    };
}
function capped(notices, id, what) {
    if (notices.length <= MAX_FILE_NOTIFICATIONS)
        return notices;
    const rest = notices.length - MAX_FILE_NOTIFICATIONS;
    const more = {
        level: 'note',
        descriptor: { id },
        message: { text: `${rest} more files ${what}.` },
    };
    return [...notices.slice(0, MAX_FILE_NOTIFICATIONS), more];
}
/** Files counted but not parsed, and files not scanned at all: no rule result can be trusted for them. */
function results_fileNotices(report) {
    const unparsed = report.files.filter(wasNotParsed).map((f) => ({
        level: 'note',
        descriptor: { id: 'shipgate/file-not-parsed' },
        message: {
            text: `${f.path}: lines counted but not parsed (${f.note ?? ''}); class and function rules were not checked.`,
        },
        locations: [locationOf(f.path)],
    }));
    const skipped = report.skipped.map((f) => ({
        level: 'warning',
        descriptor: { id: 'shipgate/file-not-scanned' },
        message: { text: `${f.path}: not scanned (${f.reason}); no rule was checked.` },
    }));
    return [
        ...capped(unparsed, 'shipgate/file-not-parsed', 'were not parsed'),
        ...capped(skipped, 'shipgate/file-not-scanned', 'were not scanned'),
    ];
}

;// CONCATENATED MODULE: ./src/compliance/formats/sarif/index.ts
/** The compliance report as SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer. */







const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning accepts at most this many results per run. */
const DEFAULT_MAX_RESULTS = 25_000;
function runOf(report, parts, informationUri) {
    const notices = parts.notices.length > 0 ? { toolExecutionNotifications: parts.notices } : {};
    return {
        tool: {
            driver: {
                name: 'shipgate',
                version: report.tool.version,
                ...(informationUri === undefined ? {} : { informationUri }),
                rules: compliance_settings/* RULE_IDS */.Iu.map((rule) => ruleDescriptor(rule, report.rules[rule])),
            },
        },
        ...(parts.category === undefined ? {} : { automationDetails: { id: parts.category } }),
        invocations: [{ executionSuccessful: true, ...notices }],
        results: parts.results.map((v) => resultOf(v, parts.fingerprints.get(v) ?? '')),
        properties: { mode: report.mode, base: report.base, shard: report.shard },
    };
}
const logOf = (run) => ({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] });
/** A category always ends in '/', so GitHub takes all of it as the category and none of it as a run id. */
const asCategory = (category) => (category.endsWith('/') ? category : `${category}/`);
function checkedMax(maxResults) {
    if (!Number.isInteger(maxResults) || maxResults < 1)
        throw new RangeError(`maxResults must be a positive integer, got ${maxResults}`);
    return maxResults;
}
/** One log with one run; beyond maxResults the least severe results are dropped and a notification says how many. */
function toSarif(scanned, options = {}) {
    const report = report_withRepositoryPaths(scanned);
    const max = checkedMax(options.maxResults ?? DEFAULT_MAX_RESULTS);
    const ordered = order_sortedCopy(report.violations, order_severityThenNew);
    const notices = results_fileNotices(report);
    if (ordered.length > max)
        notices.unshift(truncationNotice(ordered.length - max, ordered.length, max));
    const category = options.category === undefined ? undefined : asCategory(options.category);
    const parts = {
        results: ordered.slice(0, max),
        fingerprints: results_violationFingerprints(report.violations),
        notices,
        category,
    };
    return logOf(runOf(report, parts, options.informationUri));
}
/**
 * Every result, in as many logs as it takes, each with at most maxResults, worst first. Each part gets the
 * category `<category>part-<n>/` (default category `shipgate-compliance/`) so uploads do not replace each other.
 */
function splitSarif(scanned, maxResults, options = {}) {
    const report = withRepositoryPaths(scanned);
    const max = checkedMax(maxResults);
    const ordered = sortedCopy(report.violations, severityThenNew);
    const fingerprints = violationFingerprints(report.violations);
    const base = asCategory(options.category ?? 'shipgate-compliance');
    const count = Math.max(1, Math.ceil(ordered.length / max));
    return Array.from({ length: count }, (_, i) => {
        const notices = i === 0 ? fileNotices(report) : [];
        const parts = {
            results: ordered.slice(i * max, (i + 1) * max),
            fingerprints,
            notices,
            category: `${base}part-${i + 1}/`,
        };
        return logOf(runOf(report, parts, options.informationUri));
    });
}

;// CONCATENATED MODULE: ./src/compliance/formats/text.ts


const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text) => text;
const text_COLORS = {
    severity: { critical: sgr('1;31', '22;39'), major: sgr('31', '39'), minor: sgr('33', '39') },
    path: sgr('1', '22'),
    flag: sgr('1;35', '22;39'),
    dim: sgr('2', '22'),
    passed: sgr('1;32', '22;39'),
    failed: sgr('1;31', '22;39'),
};
const PLAIN = {
    severity: { critical: plain, major: plain, minor: plain },
    path: plain,
    flag: plain,
    dim: plain,
    passed: plain,
    failed: plain,
};
/** Control characters in a file or symbol name must not reach the terminal as escape sequences. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const clean = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
function flagsOf(v) {
    const flags = v.new ? ['new'] : [];
    if (v.status === 'grown')
        flags.push('grown');
    if (v.status === 'expired-exception')
        flags.push('exception expired');
    return flags;
}
/** `src/app.py:120: major function-lines handle_request 45 > 30 (new)` */
function violationLine(v, paint = PLAIN) {
    const symbol = v.symbol === null ? '' : ` ${clean(v.symbol)}`;
    const flags = flagsOf(v);
    const suffix = flags.length === 0 ? '' : ` ${paint.flag(`(${flags.join(', ')})`)}`;
    return `${paint.path(`${clean(v.path)}:${v.line}`)}: ${paint.severity[v.severity](v.severity)} ${v.rule}${symbol} ${v.value} > ${v.limit}${suffix}`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** `14 violations (2 new; 1 critical, 10 major, 3 minor) in 120 files, 3 fixed, 1 not parsed: failed` */
function summaryLine(report, paint = PLAIN) {
    const s = report.summary;
    const severities = `${s.bySeverity.critical} critical, ${s.bySeverity.major} major, ${s.bySeverity.minor} minor`;
    const extras = [
        `${s.fixed} fixed`,
        ...(s.unparsed > 0 ? [`${s.unparsed} not parsed`] : []),
        ...(s.skipped > 0 ? [`${s.skipped} not scanned`] : []),
        ...(s.suppressed > 0 ? [`${s.suppressed} suppressed`] : []),
    ];
    const verdict = s.passed ? paint.passed('passed') : paint.failed('failed');
    const failOn = s.failOn === 'new' ? '' : ` (fail-on: ${s.failOn})`;
    return `${plural(s.violations, 'violation')} (${s.new} new; ${severities}) in ${plural(s.files, 'file')}, ${extras.join(', ')}: ${verdict}${failOn}`;
}
/** Violations by path and line (the order editors jump through), unparsed files, then the summary. */
function toText(report, options = {}) {
    const paint = options.color === true ? text_COLORS : PLAIN;
    const lines = order_sortedCopy(report.violations, byPathAndLine).map((v) => violationLine(v, paint));
    const unparsed = report.files
        .filter(wasNotParsed)
        .map((f) => `${paint.path(clean(f.path))}: ${paint.dim(`note: counted but not parsed (${clean(f.note ?? '')})`)}`);
    const skipped = report.skipped.map((f) => `${paint.path(clean(f.path))}: ${paint.dim(`note: not scanned (${clean(f.reason)})`)}`);
    const config = report.config.changes.map((line) => paint.dim(`config change: ${clean(line)}`));
    return [...lines, ...unparsed, ...skipped, ...config, summaryLine(report, paint)].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/tracking-totals.ts
/** The totals a nightly scan keeps in its tracking issue, as hidden JSON the next scan reads back. */


const TOTALS_MARKER = 'shipgate:compliance-totals';
function trackingTotals(report) {
    const s = report.summary;
    return {
        version: 1,
        files: s.files,
        lines: s.lines,
        unparsed: s.unparsed,
        violations: s.violations,
        bySeverity: { ...s.bySeverity },
        byRule: { ...s.byRule },
    };
}
/** The hidden comment that carries the totals; JSON of numbers can never contain the closing `-->`. */
const totalsMarker = (totals) => `<!-- ${TOTALS_MARKER} ${JSON.stringify(totals)} -->`;
const MARKER_PATTERN = new RegExp(`<!--\\s*${TOTALS_MARKER}\\s+([\\s\\S]*?)\\s*-->`);
const isCount = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
function countsOf(value, keys, missingAsZero) {
    if (typeof value !== 'object' || value === null)
        return null;
    const bag = value;
    const counts = {};
    for (const key of keys) {
        const count = bag[key] ?? (missingAsZero ? 0 : undefined);
        if (!isCount(count))
            return null;
        counts[key] = count;
    }
    return counts;
}
function totalsFrom(data) {
    const numbers = countsOf(data, ['files', 'lines', 'unparsed', 'violations'], false);
    const bySeverity = countsOf(data['bySeverity'], SEVERITIES_WORST_FIRST, false);
    // rules added in a later version are simply absent from older totals
    const byRule = countsOf(data['byRule'] ?? {}, compliance_settings/* RULE_IDS */.Iu, true);
    if (numbers === null || bySeverity === null || byRule === null)
        return null;
    return { version: 1, ...numbers, bySeverity, byRule };
}
/** The totals a previous scan left in the issue body; null when there are none or a hand edit broke them. */
function parseTrackingTotals(body) {
    const json = MARKER_PATTERN.exec(body ?? '')?.[1];
    if (json === undefined)
        return null;
    let data;
    try {
        data = JSON.parse(json);
    }
    catch {
        return null;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return null;
    const version = data['version'];
    if (version !== undefined && version !== 1)
        return null;
    return totalsFrom(data);
}

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/tracking-issue.ts
/** The nightly scan's tracking issue: totals, the trend since the last scan, the worst offenders. */







const WORST_OFFENDERS = 20;
/** "+8", "−8" (a real minus sign), "±0" */
function formatDelta(delta) {
    if (delta === 0)
        return '±0';
    return delta > 0 ? `+${formatCount(delta)}` : `−${formatCount(-delta)}`;
}
/** "violations 120 → 112 (−8)"; without a previous value just "violations 112". */
function trendPhrase(name, now, before) {
    if (before === undefined)
        return `${name} ${formatCount(now)}`;
    return `${name} ${formatCount(before)} → ${formatCount(now)} (${formatDelta(now - before)})`;
}
function trendParagraph(now, previous) {
    if (previous === null)
        return `First recorded scan: ${formatCount(now.violations)} violations.`;
    const severities = SEVERITIES_WORST_FIRST.map((sev) => trendPhrase(sev, now.bySeverity[sev], previous.bySeverity[sev]));
    return `Since the previous scan: ${trendPhrase('violations', now.violations, previous.violations)}; ${severities.join(', ')}.`;
}
function comparisonRow(name, now, before) {
    const previous = before === undefined ? '—' : formatCount(before);
    const change = before === undefined ? '—' : formatDelta(now - before);
    return tableRow([name, formatCount(now), previous, change]);
}
function tracking_issue_totalsTable(now, previous) {
    const head = tableHead([
        ['', 'left'],
        ['This scan', 'right'],
        ['Previous', 'right'],
        ['Change', 'right'],
    ]);
    const rows = [
        comparisonRow('**Violations**', now.violations, previous?.violations),
        ...SEVERITIES_WORST_FIRST.map((sev) => comparisonRow(SEVERITY_LABELS[sev], now.bySeverity[sev], previous?.bySeverity[sev])),
        ...compliance_settings/* RULE_IDS */.Iu.map((rule) => comparisonRow(rule, now.byRule[rule], previous?.byRule[rule])),
        comparisonRow('Files', now.files, previous?.files),
        comparisonRow('Lines', now.lines, previous?.lines),
        comparisonRow('Not parsed', now.unparsed, previous?.unparsed),
    ];
    return head + rows.join('');
}
function offenderRow(v, rank, links) {
    const location = locationCell(v.path, v.line, links);
    const symbol = v.symbol === null ? '—' : codeSpan(v.symbol);
    const ratio = `×${overLimitRatio(v).toFixed(2)}`;
    return tableRow([
        String(rank),
        SEVERITY_LABELS[v.severity],
        location,
        symbol,
        v.rule,
        `${formatCount(v.value)} / ${formatCount(v.limit)}`,
        ratio,
    ]);
}
function offendersSection(report, links) {
    const worst = order_sortedCopy(report.violations, worstFirst).slice(0, WORST_OFFENDERS);
    const head = tableHead([
        ['#', 'right'],
        ['Severity', 'left'],
        ['Location', 'left'],
        ['Symbol', 'left'],
        ['Rule', 'left'],
        ['Value / limit', 'right'],
        ['Over', 'right'],
    ]);
    return {
        open: `### Worst offenders (${worst.length} of ${formatCount(report.violations.length)})\n\n${head}`,
        rows: worst.map((v, i) => offenderRow(v, i + 1, links)),
        close: '\n',
        omitted: omissionNote('offender', 'offenders'),
    };
}
function issueTitle(totals) {
    const s = totals.bySeverity;
    return `V2 compliance: ${formatCount(totals.violations)} violations (${s.critical} critical, ${s.major} major, ${s.minor} minor)`;
}
/** Title and body of the tracking issue; the body starts with this scan's totals in a hidden marker. */
function renderTrackingIssue(report, previous, options = {}) {
    const now = trackingTotals(report);
    const run = options.runUrl === undefined ? '' : `Latest scan: [workflow run](${safeUrl(options.runUrl)}).\n\n`;
    const head = `${totalsMarker(now)}\n` +
        `## V2 compliance: nightly scan\n\n${trendParagraph(now, previous)}\n\n${run}### Totals\n\n${tracking_issue_totalsTable(now, previous)}\n`;
    const sections = report.violations.length > 0 ? [offendersSection(report, options.links)] : [];
    const foot = `<sub>Kept up to date by shipgate ${report.tool.version}; the next scan compares against the totals in this issue.</sub>\n`;
    return { title: issueTitle(now), body: fitSections(head, sections, foot, options.maxChars ?? DEFAULT_MAX_CHARS) };
}

;// CONCATENATED MODULE: ./src/compliance/formats/index.ts







const REPORT_FORMATS = (/* unused pure expression or super */ null && (['json', 'sarif', 'markdown', 'text']));
const asJson = (value) => `${JSON.stringify(value, null, 2)}\n`;
function renderReport(report, format, options = {}) {
    switch (format) {
        case 'json':
            return asJson(report);
        case 'sarif':
            return asJson(toSarif(report, options));
        case 'markdown':
            return toMarkdown(report, options);
        case 'text':
            return toText(report, options);
    }
}

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/config/formats.ts



/** Why a glob is not one picomatch can match by, or undefined when it is fine. */
function globProblem(glob) {
    try {
        picomatch_default().makeRe(glob, { strictBrackets: true, dot: true });
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
/** A relative path that stays inside the folder it is relative to (no absolute path, no `..` out). */
function staysInside(relativePath) {
    if (external_node_path_default().isAbsolute(relativePath) || /^[A-Za-z]:[\\/]/.test(relativePath))
        return false;
    const normalized = external_node_path_default().posix.normalize(relativePath.replace(/\\/g, '/'));
    return normalized !== '..' && !normalized.startsWith('../');
}
const FORMAT_MESSAGES = {
    glob: 'must be a valid glob',
    date: 'must be a real date as YYYY-MM-DD',
    'repository-path': 'must be a path relative to the repository root that stays inside it',
};
function addConfigFormats(ajv) {
    dist_default()["default"](ajv, ['date']);
    ajv.addFormat('glob', { type: 'string', validate: (value) => globProblem(value) === undefined });
    ajv.addFormat('repository-path', { type: 'string', validate: staysInside });
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./schema/compliance.schema.json
const compliance_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/compliance.schema.json","title":"shipgate compliance settings (the compliance: section of .github/shipgate.yml)","description":"V2 line-count compliance: limits per file, class and function, overrides, approved exceptions and the baseline.","type":"object","additionalProperties":false,"properties":{"include":{"$ref":"#/definitions/globs","description":"Only files matching one of these globs are scanned (default: every tracked file)."},"exclude":{"$ref":"#/definitions/globs","description":"Files matching one of these globs are not scanned."},"rules":{"$ref":"#/definitions/rules"},"overrides":{"description":"Rule settings for the files matching `paths`; later entries win.","type":"array","items":{"type":"object","additionalProperties":false,"required":["paths","rules"],"properties":{"paths":{"$ref":"#/definitions/globs"},"rules":{"$ref":"#/definitions/rules"}}}},"exceptions":{"description":"Approved exceptions for legacy code: a higher limit for one path (and symbol), with a reason and an optional expiry date.","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","rule","limit","reason"],"properties":{"path":{"type":"string","minLength":1,"format":"glob","description":"A path or glob, relative to the repository root."},"rule":{"enum":["file-lines","class-lines","function-lines","functions-per-file","classes-per-file","enums-per-file","function-params"]},"symbol":{"type":"string","minLength":1,"description":"The function or class name, e.g. `Parser.parse`."},"limit":{"$ref":"#/definitions/limit"},"reason":{"type":"string","minLength":3},"expires":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$","format":"date","description":"YYYY-MM-DD, a real calendar date; after it the exception no longer applies."}}}},"baseline":{"type":"string","minLength":1,"format":"repository-path","description":"Path of the baseline file, relative to the repository root and inside it (default .github/shipgate-baseline.json)."},"fail-on":{"enum":["new","all","none"],"description":"new (default): fail on new violations only; all: on any; none: never."},"comment":{"type":"boolean","description":"Keep a sticky PR comment with the result (default false)."},"max-parse-bytes":{"type":"integer","minimum":1,"maximum":1073741824,"description":"Files larger than this are counted but not parsed (default 1048576)."}},"definitions":{"globs":{"type":"array","items":{"type":"string","minLength":1,"format":"glob"}},"limit":{"type":"integer","minimum":1,"maximum":1000000,"description":"A whole number from 1 to 1,000,000."},"rule":{"description":"A limit, `false` to turn the rule off, or an object with the details.","oneOf":[{"$ref":"#/definitions/limit"},{"const":false},{"type":"object","additionalProperties":false,"properties":{"limit":{"$ref":"#/definitions/limit"},"critical":{"description":"Above this value the violation is critical; must be above the limit.","$ref":"#/definitions/limit"},"severity":{"enum":["minor","major","critical"]},"count":{"description":"physical: every line; code: lines that are not blank and not only comment.","enum":["physical","code"]},"enabled":{"type":"boolean"}}}]},"rules":{"type":"object","additionalProperties":false,"properties":{"file-lines":{"$ref":"#/definitions/rule","description":"Lines per file (programming languages). V2: 400, critical above 600."},"class-lines":{"$ref":"#/definitions/rule","description":"Lines per class. V2: 200."},"function-lines":{"$ref":"#/definitions/rule","description":"Lines per function or method. V2: 30."},"functions-per-file":{"$ref":"#/definitions/rule","description":"Functions, methods and nested functions per file. V2: 10."},"classes-per-file":{"$ref":"#/definitions/rule","description":"Classes per file, enums not counted. V2: 5."},"enums-per-file":{"$ref":"#/definitions/rule","description":"Enums per file. V2: 3."},"function-params":{"$ref":"#/definitions/rule","description":"Named parameters per function, not counting self, cls or a TypeScript this. V2: 5."}}}}}');
;// CONCATENATED MODULE: ./schema/deploy.schema.json
const deploy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/deploy.schema.json","title":"shipgate deploy settings (the deploy: section of .github/shipgate.yml)","description":"Blue-green deploys and rollbacks: per environment, the router that switches traffic, the colours\' URLs, the deploy command, health checks and the soak.","type":"object","additionalProperties":false,"properties":{"environments":{"description":"Each environment shipgate deploys to, by the name GitHub\'s Deployments use.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9._-]+$"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"duration":{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h)$","description":"A duration such as 500ms, 2s, 5m or 1h."},"command":{"type":"string","minLength":1,"description":"A shell command, run from the repository root."},"colorMap":{"type":"object","additionalProperties":false,"required":["blue","green"],"properties":{"blue":{"type":"string","minLength":1},"green":{"type":"string","minLength":1}}},"environment":{"type":"object","additionalProperties":false,"required":["router","colors"],"properties":{"router":{"$ref":"#/definitions/router"},"colors":{"$ref":"#/definitions/colorMap","description":"The base URL of each colour (e.g. http://10.0.0.5:8080), for health checks and soak probes."},"deploy":{"$ref":"#/definitions/command","description":"Deploys SHIPGATE_REF to SHIPGATE_COLOR (also given SHIPGATE_ENVIRONMENT, SHIPGATE_DEPLOYMENT_ID, SHIPGATE_SHA)."},"deploy-timeout":{"$ref":"#/definitions/duration","description":"The deploy command is stopped after this (default 30m)."},"health":{"$ref":"#/definitions/health"},"soak":{"$ref":"#/definitions/soak"},"url":{"type":"string","pattern":"^https?://","description":"Where users reach the environment (GitHub\'s environment_url)."},"production":{"type":"boolean","description":"GitHub\'s production_environment (default: true for an environment named production)."},"transient":{"type":"boolean","description":"GitHub\'s transient_environment (default false)."},"require-quality-gate":{"type":"boolean","description":"Deploy only a SHA whose check run \\"shipgate / quality gate\\" succeeded (default false)."},"keep-warm":{"$ref":"#/definitions/duration","description":"How long the old colour stays up after a deploy before scale-down runs (default 0s)."},"scale-down":{"$ref":"#/definitions/command","description":"Stops the old colour (SHIPGATE_COLOR) after keep-warm."}}},"router":{"type":"object","required":["type"],"properties":{"type":{"enum":["haproxy","nginx","kubernetes","command"]}},"allOf":[{"if":{"properties":{"type":{"const":"haproxy"}}},"then":{"$ref":"#/definitions/haproxy"}},{"if":{"properties":{"type":{"const":"nginx"}}},"then":{"$ref":"#/definitions/nginx"}},{"if":{"properties":{"type":{"const":"kubernetes"}}},"then":{"$ref":"#/definitions/kubernetes"}},{"if":{"properties":{"type":{"const":"command"}}},"then":{"$ref":"#/definitions/commandRouter"}}]},"haproxy":{"description":"HAProxy\'s runtime API on its admin socket: no reload.","type":"object","additionalProperties":false,"required":["type","socket","backend","servers"],"properties":{"type":{"const":"haproxy"},"socket":{"type":"string","minLength":1,"description":"The admin socket: a Unix socket path, or host:port."},"backend":{"type":"string","minLength":1},"servers":{"$ref":"#/definitions/colorMap","description":"The server name of each colour in the backend."},"timeout":{"$ref":"#/definitions/duration"}}},"nginx":{"description":"An upstream file written atomically, checked with nginx -t, then nginx reloaded.","type":"object","additionalProperties":false,"required":["type","upstream-file","upstream","servers"],"properties":{"type":{"const":"nginx"},"upstream-file":{"type":"string","minLength":1,"description":"The file your nginx config includes; shipgate owns it."},"upstream":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The upstream\'s name."},"servers":{"$ref":"#/definitions/colorMap","description":"host:port of each colour."},"binary":{"type":"string","minLength":1,"description":"The nginx binary (default nginx)."},"config":{"type":"string","minLength":1,"description":"nginx\'s main config file, when not its default (-c)."},"timeout":{"$ref":"#/definitions/duration"}}},"kubernetes":{"description":"Patches a Service\'s selector through the Kubernetes API.","type":"object","additionalProperties":false,"required":["type","service"],"properties":{"type":{"const":"kubernetes"},"namespace":{"type":"string","minLength":1,"description":"Default: default."},"service":{"type":"string","minLength":1},"label":{"type":"string","minLength":1,"description":"The selector key that holds the colour (default color)."},"kubeconfig":{"type":"string","minLength":1,"description":"Default: KUBECONFIG, ~/.kube/config, then in-cluster credentials."},"context":{"type":"string","minLength":1,"description":"The kubeconfig context (default its current-context)."},"timeout":{"$ref":"#/definitions/duration"}}},"commandRouter":{"description":"Your own scripts switch traffic and say which colour is live.","type":"object","additionalProperties":false,"required":["type","switch","live"],"properties":{"type":{"const":"command"},"switch":{"$ref":"#/definitions/command","description":"Sends all traffic to SHIPGATE_TARGET_COLOR."},"live":{"$ref":"#/definitions/command","description":"Prints blue or green: the colour receiving traffic."},"timeout":{"$ref":"#/definitions/duration"}}},"health":{"description":"How the new colour proves ready before it gets traffic.","type":"object","additionalProperties":false,"properties":{"checks":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","pattern":"^/"},"status":{"type":"integer","minimum":100,"maximum":599,"default":200},"body":{"type":"string","description":"Text the answer must contain."}}}},"timeout":{"$ref":"#/definitions/duration","description":"Per request (default 2s)."},"deadline":{"$ref":"#/definitions/duration","description":"The whole wait for readiness (default 2m)."},"backoff":{"type":"object","additionalProperties":false,"description":"Capped exponential backoff with full jitter between attempts.","properties":{"initial":{"$ref":"#/definitions/duration","description":"Default 250ms."},"max":{"$ref":"#/definitions/duration","description":"Default 5s."}}},"failure-threshold":{"type":"integer","minimum":1,"description":"The circuit breaker stops after this many wrong answers in a row (default 5); a colour that does not listen yet is waited for."}}},"soak":{"description":"After the switch, the live colour is watched; falling short rolls back automatically.","type":"object","additionalProperties":false,"properties":{"duration":{"$ref":"#/definitions/duration","description":"Default 1m; 0s skips the soak."},"interval":{"$ref":"#/definitions/duration","description":"Between probes (default 1s)."},"success-rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of probes that must succeed (default 99)."},"p95":{"$ref":"#/definitions/duration","description":"The 95th percentile latency limit (default 500ms)."},"path":{"type":"string","pattern":"^/","description":"The path probed (default the first health check\'s)."},"command":{"$ref":"#/definitions/command","description":"Prints \\"<success rate %> <p95 ms>\\" instead of shipgate\'s own probes, once per interval."}}}}}');
;// CONCATENATED MODULE: ./schema/shipgate.schema.json
const shipgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/shipgate.schema.json","title":"shipgate configuration (.github/shipgate.yml)","type":"object","additionalProperties":false,"properties":{"checks":{"description":"The checks `shipgate check` (and the root action) runs on a pull request.","type":"array","items":{"enum":["compliance"]},"uniqueItems":true,"default":["compliance"]},"compliance":{"$ref":"compliance.schema.json"},"deploy":{"$ref":"deploy.schema.json"}}}');
;// CONCATENATED MODULE: ./src/config/validate.ts








// Compiled on first use: most runs have no config file, and compiling costs start-up time.
let compiled;
function schemaValidator() {
    // Each capability's section has its own schema file, referenced from the root schema.
    if (!compiled) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: false, verbose: true, schemas: [compliance_schema_namespaceObject, deploy_schema_namespaceObject] });
        addConfigFormats(ajv);
        compiled = ajv.compile(shipgate_schema_namespaceObject);
    }
    return compiled;
}
/** Validates parsed YAML against schema/shipgate.schema.json (and its sections' schemas) and places each problem in the file. */
function validateConfig(value, doc, lineCounter) {
    const validate = schemaValidator();
    // What the schema cannot say (a critical above its limit) is checked by the sections once the shape is right.
    const errors = validate(value ?? {})
        ? sectionProblems((value ?? {})).map(toError)
        : focusErrors(validate.errors ?? [], value);
    const problems = errors.map((error) => placeError(error, doc, lineCounter));
    const unique = new Map(problems.map((p) => [`${p.line}:${p.column}:${p.message}`, p]));
    return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
/** A section's own problem, shaped like a schema error so that it is placed and described the same way. */
function toError(problem) {
    const instancePath = problem.path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    return { instancePath, keyword: 'section', params: {}, schemaPath: '', message: problem.message };
}
function segmentsOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function valueAt(root, instancePath) {
    let current = root;
    for (const segment of segmentsOf(instancePath)) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/**
 * A rule may be a number, `false` or an object (`oneOf`), and ajv reports every branch that failed.
 * Keep only the branch that matches what the user wrote, so the message says what they got wrong.
 */
function focusErrors(errors, root) {
    const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
    return errors.flatMap((error) => {
        // "must match the then schema" only repeats what the errors inside the branch say.
        if (error.keyword === 'if')
            return [];
        if (!oneOfPaths.has(error.instancePath))
            return [error];
        if (error.keyword === 'oneOf')
            return [];
        const value = valueAt(root, error.instancePath);
        if (typeof value === 'object' && value !== null) {
            return ['additionalProperties', 'required'].includes(error.keyword) ? [error] : [];
        }
        if (typeof value === 'number') {
            const isNumberError = ['minimum', 'maximum'].includes(error.keyword) || error.params.type === 'integer';
            return isNumberError ? [error] : [];
        }
        return error.keyword === 'const' ? [{ ...error, keyword: 'rule-shape' }] : [];
    });
}
/** What each pattern of the schema parts means, in words. */
const PATTERN_NAMES = {
    '^\\d{4}-\\d{2}-\\d{2}$': 'a date as YYYY-MM-DD',
    '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$': 'a duration such as 500ms, 2s, 5m or 1h',
    '^/': 'a path starting with /',
    '^https?://': 'an http:// or https:// URL',
};
function numberKind(error) {
    return error.parentSchema?.type === 'integer' ? 'a whole number' : 'a number';
}
function describePath(instancePath) {
    const parts = segmentsOf(instancePath);
    if (parts.length === 0)
        return 'the top level';
    return parts.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
function describeError(error) {
    const where = describePath(error.instancePath);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const hint = known.length > 0 ? `; did you mean "${(0,mod/* closest */.kp)(key, known)}"?` : '';
            return `unknown key "${key}" in ${where}${hint} (expected one of: ${known.join(', ')})`;
        }
        case 'required':
            return `${where} is missing the required key "${String(params.missingProperty)}"`;
        case 'enum':
            return `${where} must be one of: ${params.allowedValues.map(String).join(', ')}`;
        case 'rule-shape':
            return `${where} must be a limit (a whole number), false, or an object with limit, critical, severity, count, enabled`;
        case 'pattern':
            return `${where} must be ${PATTERN_NAMES[String(params.pattern)] ?? `text matching ${String(params.pattern)}`}`;
        case 'format':
            return `${where} ${FORMAT_MESSAGES[String(params.format)] ?? `must be a ${String(params.format)}`}`;
        case 'minimum':
        case 'maximum':
            return `${where} must be ${numberKind(error)} of ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${Number(params.limit).toLocaleString('en-US')}`;
        case 'section':
            return `${where} ${error.message ?? 'is invalid'}`;
        default:
            return `${where} ${error.message ?? 'is invalid'}`;
    }
}
function nodeForError(error, doc) {
    const node = doc.getIn(segmentsOf(error.instancePath), true);
    if (error.keyword === 'additionalProperties' && (0,yaml_dist/* isMap */.jh)(node)) {
        const key = String(error.params.additionalProperty);
        const pair = node.items.find((item) => (0,yaml_dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
        if (pair && (0,yaml_dist/* isScalar */.jn)(pair.key))
            return pair.key;
    }
    return node ?? doc.contents;
}
function placeError(error, doc, lineCounter) {
    const offset = nodeForError(error, doc)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, message: describeError(error) };
}

;// CONCATENATED MODULE: ./src/config/load.ts






/** How many alias expansions a config may use: far more than any real config, far fewer than a bomb. */
const MAX_ALIAS_EXPANSION = 100;
/** Reads, validates and resolves the config file into one typed settings object. */
async function loadSettings(options) {
    const relative = options.configPath ?? DEFAULT_CONFIG_PATH;
    const text = await readConfigText(external_node_path_default().resolve(options.root, relative), options.configPath !== undefined);
    if (text === undefined)
        return { settings: settingsFromConfig({}) };
    return { settings: parseSettings(text, relative), source: relative };
}
async function readConfigText(file, required) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !required)
            return undefined;
        const reason = error.code === 'ENOENT' ? 'it does not exist' : (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* ConfigurationError */.j1(`Cannot read the config file ${file}: ${reason}`);
    }
}
/** Parses config text; every error names the file, line and column. */
function parseSettings(text, fileName) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const lines = doc.errors.map((e) => {
            const { line, col } = lineCounter.linePos(e.pos[0]);
            return `${fileName}:${line}:${col}: ${e.message.split('\n')[0]}`;
        });
        throw new errors/* ConfigurationError */.j1(`Invalid YAML in ${fileName}:\n${lines.join('\n')}`);
    }
    const value = plainValue(doc, fileName);
    const problems = validateConfig(value, doc, lineCounter);
    if (problems.length > 0) {
        const lines = problems.map((p) => `${fileName}:${p.line}:${p.column}: ${p.message}`);
        throw new errors/* ConfigurationError */.j1(`Invalid shipgate config ${fileName}:\n${lines.join('\n')}`);
    }
    return settingsFromConfig((value ?? {}));
}
/** The document as plain data; aliases that expand into a huge value (an "alias bomb") are refused. */
function plainValue(doc, fileName) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        throw new errors/* ConfigurationError */.j1(`Invalid YAML in ${fileName}: its aliases (*name) expand to too much data (${(0,errors/* errorMessage */.gJ)(error)}); write the values out.`);
    }
}

;// CONCATENATED MODULE: ./src/config/resolve.ts
/**
 * Which config judges a change. A pull request's own files never decide how it is judged: in
 * changed-files mode the config is read as it is at the merge base (new exceptions and looser rules take
 * effect once merged, after review), unless the repository trusts the work tree's config (for example
 * because CODEOWNERS protects it). Either way the differences are listed so reviewers see them.
 */





/** The config file as a repository path, refused when it lies outside the repository. */
function repositoryPathOf(git, configPath) {
    if (configPath === undefined)
        return DEFAULT_CONFIG_PATH;
    const relative = external_node_path_default().relative(git.root, external_node_path_default().resolve(git.root, configPath)).split((external_node_path_default()).sep).join('/');
    if (!staysInside(relative)) {
        throw new errors/* ConfigurationError */.j1(`The config file ${configPath} is outside the repository: a change is judged by the config at its merge base, ` +
            'which only a file in the repository has.');
    }
    return relative;
}
async function loadAt(git, commit, repoPath) {
    const { stdout, exitCode } = await git.run(['show', `${commit}:${repoPath}`], { allowExitCodes: [128] });
    if (exitCode !== 0)
        return { settings: settingsFromConfig({}), commit };
    return { settings: parseSettings(stdout, `${repoPath} at ${commit.slice(0, 12)}`), source: repoPath, commit };
}
/** Reads the config that judges this run, with what the work tree's config would change. */
async function resolveConfig(request) {
    const { git, configPath, mergeBase } = request;
    const workTree = await loadSettings({ root: git.root, ...(configPath === undefined ? {} : { configPath }) });
    if (mergeBase === undefined)
        return workTree;
    const atBase = await loadAt(git, mergeBase, repositoryPathOf(git, configPath));
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

;// CONCATENATED MODULE: ./src/git/refs.ts
/** True when the ref names a commit in this repository. */
async function refExists(git, ref) {
    const result = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowExitCodes: [1, 128] });
    return result.exitCode === 0;
}

;// CONCATENATED MODULE: ./src/git/diff.ts


async function mergeBaseOf(git, ref) {
    if (!(await refExists(git, ref))) {
        const hint = /^[\w.-]+$/.test(ref) && !/^[0-9a-f]{7,40}$/.test(ref)
            ? ` (in a workflow the base branch is usually "origin/${ref}")`
            : '';
        throw new errors/* ConfigurationError */.j1(`changed-since: "${ref}" is not a commit in this repository${hint}. In a workflow, check out with fetch-depth: 0 so that the base and its history are there.`);
    }
    const { stdout, exitCode } = await git.run(['merge-base', ref, 'HEAD'], { allowExitCodes: [1] });
    if (exitCode !== 0)
        throw new errors/* ConfigurationError */.j1(`changed-since: "${ref}" and HEAD share no history (no merge base).`);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/git.ts


const MAX_OUTPUT = 1024 * 1024 * 1024;
/** Runs the real `git` binary in a work tree. */
class GitCli {
    root;
    constructor(root) {
        this.root = root;
    }
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)('git', args, { cwd: this.root, maxBuffer: MAX_OUTPUT, encoding: 'utf8' }, (error, stdout, stderr) => {
                const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
                if (!error || options.allowExitCodes?.includes(exitCode))
                    return resolve({ stdout, stderr, exitCode });
                if (error.code === 'ENOENT') {
                    return reject(new errors/* ConfigurationError */.j1('git was not found on PATH: shipgate needs git to list and compare files.'));
                }
                reject(new Error(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim() || error.message}`));
            });
            if (options.input !== undefined)
                child.stdin?.end(options.input);
        });
    }
}
/** Opens the work tree that contains `dir`, with a clear error when it is not in a git repository. */
async function openRepository(dir) {
    const probe = new GitCli(dir);
    const result = await probe.run(['rev-parse', '--show-toplevel'], { allowExitCodes: [128] });
    if (result.exitCode !== 0) {
        const reason = result.stderr.trim().split('\n')[0] ?? '';
        throw new errors/* ConfigurationError */.j1(`git cannot open ${dir} as a repository (shipgate checks the files git tracks): ${reason}`);
    }
    return new GitCli(result.stdout.trim());
}
/** The root of the work tree that contains `dir`, or undefined when it is in none. */
async function findRepositoryRoot(dir) {
    const result = await new GitCli(dir).run(['rev-parse', '--show-toplevel'], { allowExitCodes: [128] });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

;// CONCATENATED MODULE: ./src/core/atomic-file.ts


/** Writes a file so readers see the old content or the new, never half of it: temp file, then rename. */
async function writeFileAtomic(file, content) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const temporary = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, content);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/compliance/baseline.ts




const keyOf = (e) => `${e.path}\0${e.rule}\0${e.symbol ?? ''}`;
function isEntry(value) {
    const e = value;
    return (typeof e?.path === 'string' &&
        compliance_settings/* RULE_IDS */.Iu.includes(String(e.rule)) &&
        (e.symbol === null || typeof e.symbol === 'string') &&
        typeof e.value === 'number');
}
/**
 * Reads a baseline file; a missing file is an empty baseline, a malformed one a configuration error.
 * Only a regular file is read (never a link or a FIFO), and errors never quote its content.
 */
async function readBaseline(file, name) {
    let text;
    try {
        const info = await (0,promises_.lstat)(file);
        if (!info.isFile())
            throw new errors/* ConfigurationError */.j1(`The baseline ${name} is not a regular file (a link, folder or FIFO?).`);
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`Cannot read the baseline ${name}: ${error.code ?? (0,errors/* errorMessage */.gJ)(error)}`);
    }
    return parseBaseline(text, name);
}
/**
 * The baseline as it was at a commit: a pull request is judged against its base's baseline, so that a
 * baseline rewritten in the pull request itself cannot wave its own violations through.
 */
async function readBaselineAt(git, commit, repoPath) {
    const { stdout, exitCode } = await git.run(['show', `${commit}:${repoPath}`], { allowExitCodes: [128] });
    return exitCode === 0 ? parseBaseline(stdout, `${repoPath} at ${commit.slice(0, 12)}`) : [];
}
const BYTE_ORDER_MARK = '\uFEFF';
function parseBaseline(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
    }
    catch {
        // JSON.parse's message quotes the text: a baseline path pointed at a secret must not print it.
        throw new errors/* ConfigurationError */.j1(`The baseline ${source} is not valid JSON.`);
    }
    const file = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    const entries = Array.isArray(file.entries) ? file.entries : undefined;
    const bad = entries?.findIndex((e) => !isEntry(e));
    if (file.version !== 1 || entries === undefined || bad !== -1) {
        const where = bad !== undefined && bad >= 0 ? ` (entries[${bad}] needs path, rule, symbol, value)` : '';
        throw new errors/* ConfigurationError */.j1(`The baseline ${source} is not a shipgate baseline of version 1${where}.`);
    }
    return entries;
}
async function writeBaseline(file, entries) {
    const sorted = [...entries].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    const content = { version: 1, entries: sorted };
    await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
}
/**
 * Matches findings to baseline entries one to one per path, rule and symbol (several anonymous
 * callbacks share a key): the largest finding takes the largest entry, and so on down. A finding within
 * its entry's value is 'baseline', above it 'grown', and without an entry 'new'.
 */
class BaselineIndex {
    entries;
    unmatched = new Map();
    matches = new Map();
    constructor(entries) {
        this.entries = entries;
        for (const entry of entries) {
            const list = this.unmatched.get(keyOf(entry)) ?? [];
            list.push(entry);
            this.unmatched.set(keyOf(entry), list);
        }
        for (const list of this.unmatched.values())
            list.sort((a, b) => b.value - a.value);
    }
    /** Judges one file's findings; `lookupPath` is the path its entries were recorded under (a renamed file's old path). */
    judge(findings, lookupPath) {
        const order = findings
            .map((finding, index) => ({ finding, index }))
            .sort((a, b) => b.finding.value - a.finding.value);
        const verdicts = new Array(findings.length);
        for (const { finding, index } of order) {
            const entry = this.unmatched.get(keyOf({ ...finding, path: lookupPath ?? finding.path }))?.shift();
            if (entry)
                this.matches.set(entry, { path: finding.path, value: finding.value });
            verdicts[index] = entry
                ? { status: finding.value <= entry.value ? 'baseline' : 'grown', recorded: entry.value }
                : { status: 'new' };
        }
        return verdicts;
    }
    /** Entries no finding matched, among the paths this run covered: fixed (or deleted) code. */
    fixed(covers) {
        return [...this.unmatched.values()]
            .flat()
            .filter((entry) => covers(entry.path))
            .map((entry) => ({ ...entry }));
    }
    /**
     * The baseline to write: entries of paths this run did not cover are kept; for covered paths the
     * current findings are recorded. With `prune`, only matched entries are kept, at their current (never
     * a higher) value, so the baseline only ever ratchets down.
     */
    next(covers, current, prune) {
        const kept = this.entries.filter((e) => !covers(e.path) && !this.matches.has(e));
        if (!prune)
            return [...kept, ...current];
        const ratcheted = [...this.matches].map(([entry, now]) => ({
            ...entry,
            path: now.path,
            value: Math.min(entry.value, now.value),
        }));
        return [...kept, ...ratcheted];
    }
}

// EXTERNAL MODULE: ./src/compliance/analysis/directives.ts
var analysis_directives = __webpack_require__(4486);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/git/tracked-files.ts
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

;// CONCATENATED MODULE: ./src/compliance/files.ts




/** FNV-1a: a stable hash so that every shard of a matrix job picks the same files on every machine. */
function stableHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}
/** Whether a repository path belongs to the shard (every path belongs to an unsharded run). */
function inShard(repoPath, shard) {
    return !shard || stableHash(repoPath) % shard.count === shard.index - 1;
}
function globFilter(include, exclude) {
    const options = { dot: true };
    const included = include.length > 0 ? picomatch_default()(include, options) : () => true;
    const excluded = exclude.length > 0 ? picomatch_default()(exclude, options) : () => false;
    return (file) => included(file) && !excluded(file);
}
/**
 * git prints names as bytes; a name that is not UTF-8 decodes with U+FFFD and names no file. Such files
 * are reported by name as skipped rather than dropped without a word.
 */
function undecodableNames(root, tracked) {
    return new Set(tracked.filter((p) => p.includes('\uFFFD') && !(0,external_node_fs_.existsSync)(external_node_path_default().join(root, p))));
}
function idleIncludes(include, tracked) {
    return include.filter((glob) => {
        const matches = picomatch_default()(glob, { dot: true });
        return !tracked.some((file) => matches(file));
    });
}
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/** Lists the files a compliance scan covers, in a stable order. */
async function selectFiles(git, selection) {
    const scanPath = normalizeScanPath(selection.scanPath);
    const tracked = await trackedFiles(git, scanPath);
    const undecodable = undecodableNames(git.root, tracked);
    const readable = tracked.filter((p) => !undecodable.has(p));
    const marked = await generatedOrVendored(git, readable);
    const matches = globFilter(selection.include, selection.exclude);
    const chosen = (repoPath) => matches(repoPath) && inShard(repoPath, selection.shard);
    const files = readable
        .filter((repoPath) => !marked.has(repoPath) && chosen(repoPath))
        .map((repoPath) => ({ repoPath, path: scanPath === '' ? repoPath : external_node_path_default().posix.relative(scanPath, repoPath) }))
        .sort(byPath);
    const skipped = [...undecodable]
        .filter(chosen)
        .map((p) => ({ path: p, reason: 'its name is not valid UTF-8 (shown with U+FFFD): rename it to scan it' }));
    return { files, tracked: new Set(tracked), skipped, idleIncludes: idleIncludes(selection.include, tracked) };
}
/** '' for the repository root, else a repository-relative folder with forward slashes. */
function normalizeScanPath(scanPath) {
    const normalized = external_node_path_default().posix.normalize(scanPath.replace(/\\/g, '/')).replace(/\/+$/, '');
    return normalized === '.' ? '' : normalized;
}

// EXTERNAL MODULE: ./src/compliance/analysis/threads.ts + 22 modules
var threads = __webpack_require__(3662);
// EXTERNAL MODULE: ./src/compliance/analysis/symbols.ts
var symbols = __webpack_require__(2923);
// EXTERNAL MODULE: ./src/compliance/lines/kinds.ts
var lines_kinds = __webpack_require__(8920);
;// CONCATENATED MODULE: ./src/compliance/rules.ts




/** Resolves the rules in force for a path: the base rules with every matching override applied in order. */
function rulesForPaths(base, overrides) {
    const matchers = overrides.map((o) => ({ matches: picomatch_default()(o.paths, { dot: true }), rules: o.rules }));
    return (path) => matchers.reduce((rules, o) => (o.matches(path) ? (0,compliance_settings/* applyRuleChanges */.sA)(rules, o.rules) : rules), base);
}
function severityOf(settings, value) {
    return settings.critical !== undefined && value > settings.critical ? 'critical' : settings.severity;
}
function codeLinesIn(kinds, line, endLine) {
    let code = 0;
    for (let i = line - 1; i < endLine && i < kinds.length; i++)
        if (kinds[i] === lines_kinds/* LineKind */.t.Code)
            code++;
    return code;
}
function spanValue(file, settings, span) {
    return settings.count === 'code' ? codeLinesIn(file.kinds, span.line, span.endLine) : span.endLine - span.line + 1;
}
function finding(file, rule, settings, at) {
    if (at.value <= settings.limit)
        return [];
    return [{ rule, path: file.entry.path, ...at, limit: settings.limit, severity: severityOf(settings, at.value) }];
}
function wholeFile(file, value) {
    return { line: 1, endLine: Math.max(1, file.entry.lines), symbol: null, value };
}
function perSymbol(kinds, measure) {
    return (file, settings, rule) => file.symbols.filter(kinds).flatMap((symbol) => {
        const value = measure(file, settings, symbol);
        if (value === undefined)
            return [];
        return finding(file, rule, settings, { line: symbol.line, endLine: symbol.endLine, symbol: symbol.name, value });
    });
}
function perFile(kinds) {
    return (file, settings, rule) => finding(file, rule, settings, wholeFile(file, file.symbols.filter(kinds).length));
}
const CHECKS = {
    'file-lines': (file, settings, rule) => {
        if (file.language?.category !== 'programming')
            return [];
        const value = settings.count === 'code' ? file.entry.code : file.entry.lines;
        return finding(file, rule, settings, wholeFile(file, value));
    },
    'class-lines': perSymbol(symbols/* isClass */.D4, (file, settings, s) => spanValue(file, settings, s)),
    'function-lines': perSymbol(symbols/* isFunction */.Tn, (file, settings, s) => spanValue(file, settings, s)),
    'function-params': perSymbol(symbols/* isFunction */.Tn, (_file, _settings, s) => s.params),
    'functions-per-file': perFile(symbols/* isNamedFunction */.Ei),
    'classes-per-file': perFile(symbols/* isClass */.D4),
    'enums-per-file': perFile(symbols/* isEnum */.GG),
};
/** Every rule's findings for one file under the rules in force for it. */
function evaluateFile(file, rules) {
    return Object.keys(CHECKS).flatMap((rule) => rules[rule].enabled ? CHECKS[rule](file, rules[rule], rule) : []);
}

;// CONCATENATED MODULE: ./src/compliance/summary.ts


/** Whether a violation fails the check under fail-on: new (default) | all | none. */
function failsCheck(violation, failOn) {
    return failOn === 'all' || (failOn === 'new' && violation.new);
}
/** Totals of a report; `passed` follows fail-on: new (default) | all | none. */
function summarize({ files, skipped, violations, fixed }, suppressed, failOn) {
    const bySeverity = { critical: 0, major: 0, minor: 0 };
    const byRule = Object.fromEntries(compliance_settings/* RULE_IDS */.Iu.map((id) => [id, 0]));
    for (const v of violations) {
        bySeverity[v.severity]++;
        byRule[v.rule]++;
    }
    const sum = (key) => files.reduce((total, f) => total + f[key], 0);
    const failing = violations.filter((v) => failsCheck(v, failOn)).length;
    return {
        files: files.length,
        lines: sum('lines'),
        code: sum('code'),
        comment: sum('comment'),
        blank: sum('blank'),
        unparsed: files.filter(wasNotParsed).length,
        skipped: skipped.length,
        violations: violations.length,
        new: violations.filter((v) => v.new).length,
        failing,
        suppressed,
        fixed: fixed.length,
        bySeverity,
        byRule,
        failOn,
        passed: failing === 0,
    };
}

;// CONCATENATED MODULE: ./src/compliance/suppressions.ts


/** Approved exceptions from the config; `today` is YYYY-MM-DD (an exception holds through its expiry day). */
function exceptionChecker(exceptions, today) {
    const compiled = exceptions.map((e) => ({ ...e, matches: picomatch_default()(e.path, { dot: true }) }));
    return (finding) => {
        const match = compiled.find((e) => e.rule === finding.rule && e.matches(finding.path) && (e.symbol === undefined || e.symbol === finding.symbol));
        if (!match)
            return { kind: 'none' };
        if (match.expires !== undefined && match.expires < today)
            return { kind: 'expired', expires: match.expires, reason: match.reason };
        if (finding.value <= match.limit)
            return { kind: 'suppressed' };
        return { kind: 'over-exception', limit: match.limit, reason: match.reason };
    };
}
/** Inline directives of one file, as a check on its findings. */
function directiveChecker(directives) {
    if (directives.length === 0)
        return () => ({ kind: 'none' });
    return (finding) => {
        const applies = (d) => d.rules.includes(finding.rule) &&
            (finding.symbol === null ? d.inHeader : d.line < finding.line && finding.line <= d.reach);
        const directive = directives.find(applies);
        if (!directive)
            return { kind: 'none' };
        if (directive.reason.length > 0)
            return { kind: 'suppressed' };
        return {
            kind: 'none',
            note: `the ${analysis_directives/* DIRECTIVE */.E} on line ${directive.line} is ignored: it needs a reason after " -- "`,
        };
    };
}

;// CONCATENATED MODULE: ./src/compliance/violations.ts

const WHAT = {
    'file-lines': (f) => `File has ${f.value} lines`,
    'class-lines': (f) => `Class ${f.symbol} has ${f.value} lines`,
    'function-lines': (f) => `Function ${f.symbol} has ${f.value} lines`,
    'functions-per-file': (f) => `File has ${f.value} functions`,
    'classes-per-file': (f) => `File has ${f.value} classes`,
    'enums-per-file': (f) => `File has ${f.value} enums`,
    'function-params': (f) => `Function ${f.symbol} takes ${f.value} parameters`,
};
function remark(suppression, verdict) {
    if (suppression.kind === 'expired')
        return `; its approved exception expired on ${suppression.expires}`;
    if (suppression.kind === 'over-exception')
        return `, over its approved exception (${suppression.reason})`;
    if (verdict.status === 'grown')
        return `; grown past its baseline value ${verdict.recorded}`;
    if (verdict.status === 'baseline')
        return ' (in the baseline)';
    return suppression.kind === 'none' && suppression.note ? `; ${suppression.note}` : '';
}
function statusOf(suppression, verdict, finding, change) {
    const status = suppression.kind === 'expired' ? 'expired-exception' : verdict.status;
    if (status === 'baseline' || !change)
        return status;
    return touchesChange(change, finding.line, finding.endLine) ? status : 'existing';
}
/**
 * Turns a finding that no exception or directive suppressed (its limit already raised by an exception
 * it exceeds) into a reported violation. `change` is the file's change in changed-files mode.
 */
function toViolation(finding, suppression, verdict, change) {
    const status = statusOf(suppression, verdict, finding, change);
    return {
        ...finding,
        new: status === 'new' || status === 'grown' || status === 'expired-exception',
        status,
        message: `${WHAT[finding.rule](finding)} (limit ${finding.limit})${remark(suppression, verdict)}`,
    };
}

;// CONCATENATED MODULE: ./src/compliance/engine.ts










async function filesToScan(options) {
    const { settings, changes } = options;
    const selected = await selectFiles(options.git, {
        scanPath: options.scanPath,
        include: settings.include,
        exclude: settings.exclude,
        shard: options.shard,
    });
    for (const glob of selected.idleIncludes) {
        options.logger.warning(`include: "${glob}" matches no tracked file (globs are case-sensitive).`);
    }
    if (!changes)
        return selected;
    return { ...selected, files: selected.files.filter((f) => changes.files.has(f.repoPath)) };
}
/** A full scan that selects nothing is almost always a config mistake; with fail-on all it cannot pass. */
function checkSelection(options, selected) {
    if (options.changes || selected.files.length > 0 || options.shard)
        return;
    const { include, exclude } = options.settings;
    const message = `No file selected: ${selected.tracked.size} file(s) are tracked under "${options.scanPath || '.'}", ` +
        `but include ${JSON.stringify(include)} and exclude ${JSON.stringify(exclude)} leave none to check.`;
    if (options.settings.failOn === 'all')
        throw new errors/* ConfigurationError */.j1(`${message} (fail-on: all refuses an empty scan)`);
    options.logger.warning(message);
}
/** Lists and analyses the files; a full scan starts its threads first, so they load while git lists files. */
async function analyzeScan(options) {
    const early = options.changes ? undefined : (0,threads/* startAnalysisPool */.HE)();
    try {
        const selected = await filesToScan(options);
        checkSelection(options, selected);
        const { files } = selected;
        const pool = files.length < threads/* MIN_FILES_FOR_THREADS */.pg ? new threads/* AnalysisPool */.XZ({ threads: 0 }) : (early ?? (0,threads/* startAnalysisPool */.HE)());
        const changes = options.changes;
        const base = changes ? ` changed since ${changes.base} (merge base ${changes.mergeBase.slice(0, 12)})` : '';
        options.logger.info(`Scanning ${files.length} file(s)${base}.`);
        try {
            const batch = await pool.analyze({
                root: options.git.root,
                files,
                maxParseBytes: options.settings.maxParseBytes,
            });
            if (pool.filesFromThreads > 0)
                options.logger.debug(`${pool.filesFromThreads} of ${files.length} files were analysed in worker threads.`);
            return { ...batch, skipped: [...selected.skipped, ...batch.skipped], selected };
        }
        finally {
            await pool.close();
        }
    }
    finally {
        await early?.close();
    }
}
/**
 * The repository paths whose baseline entries this run can judge: the files it scanned, and in a full
 * scan the files that no longer exist (their entries are fixed). A file that exists but was not scanned
 * (excluded, skipped, another shard's) is never called fixed.
 */
function coverage(options, scanned) {
    const analyzed = new Set(scanned.analyzed.map((f) => f.entry.path));
    const folder = options.scanPath === '' ? '' : `${options.scanPath}/`;
    const deletedHere = (repoPath) => !options.changes &&
        repoPath.startsWith(folder) &&
        inShard(repoPath, options.shard) &&
        !scanned.selected.tracked.has(repoPath);
    return (repoPath) => analyzed.has(repoPath) || deletedHere(repoPath);
}
/** Runs a compliance scan: lists, counts and parses the files, applies the rules, builds the report. */
async function runCompliance(options) {
    const scanned = await analyzeScan(options);
    const { changes } = options;
    const baseline = new BaselineIndex(options.baseline);
    const judged = judgeFiles(scanned.analyzed, options, baseline, (repoPath) => changes?.files.get(repoPath));
    const covers = coverage(options, scanned);
    const toReport = reportPaths(options.scanPath);
    const parts = {
        files: scanned.analyzed.map((f) => toReport(f.entry)),
        skipped: scanned.skipped.map(toReport),
        violations: judged.violations.map(toReport),
        fixed: baseline.fixed(covers).map(toReport),
    };
    const report = {
        version: 1,
        tool: { name: 'shipgate', version: options.toolVersion },
        mode: changes ? 'changed' : 'full',
        root: options.scanPath,
        base: changes?.base ?? null,
        shard: options.shard ?? null,
        config: options.config,
        rules: options.settings.rules,
        ...parts,
        summary: summarize(parts, judged.suppressed, options.settings.failOn),
    };
    return { report, current: judged.current, baseline, covers };
}
/** Rules, exceptions and the baseline speak of repository paths; the report, of paths under the scanned folder. */
function reportPaths(scanPath) {
    return (item) => scanPath === '' || !item.path.startsWith(`${scanPath}/`)
        ? item
        : { ...item, path: item.path.slice(scanPath.length + 1) };
}
/** Directives that suppress nothing because of a mistake: the author should hear of it. */
function warnAboutDirectives(file, logger) {
    for (const d of file.directives) {
        const where = `${file.entry.path}:${d.line}`;
        if (d.misspelt)
            logger.warning(`${where}: ${d.misspelt}`);
        else if (d.unknownRules.length > 0) {
            const known = compliance_settings/* RULE_IDS */.Iu.join(', ');
            logger.warning(`${where}: ${analysis_directives/* DIRECTIVE */.E} names no known rule (${d.unknownRules.join(', ')}); known rules: ${known}`);
        }
    }
}
function judgeFiles(analyzed, options, baseline, changeOf) {
    const rulesFor = rulesForPaths(options.settings.rules, options.settings.overrides);
    const exception = exceptionChecker(options.settings.exceptions, options.today);
    const violations = [];
    let suppressed = 0;
    for (const file of analyzed) {
        const directive = directiveChecker(file.directives);
        warnAboutDirectives(file, options.logger);
        const pending = [];
        for (const finding of evaluateFile(file, rulesFor(file.entry.path))) {
            const [fromException, fromDirective] = [exception(finding), directive(finding)];
            if (fromException.kind === 'suppressed' || fromDirective.kind === 'suppressed')
                suppressed++;
            else if (fromException.kind === 'over-exception')
                pending.push({ finding: { ...finding, limit: fromException.limit }, suppression: fromException });
            else
                pending.push({ finding, suppression: fromException.kind === 'none' ? fromDirective : fromException });
        }
        const change = changeOf(file.entry.path);
        const verdicts = baseline.judge(pending.map((p) => p.finding), change?.renamedFrom);
        pending.forEach((p, i) => violations.push(toViolation(p.finding, p.suppression, verdicts[i], change)));
    }
    const current = violations.map(({ path, rule, symbol, value }) => ({ path, rule, symbol, value }));
    return { violations, current, suppressed };
}

;// CONCATENATED MODULE: ./src/compliance/scan-repository.ts











/** Parses `--shard i/n` (also the action's `shard` input). */
function parseShard(text, where) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
        throw new errors/* ConfigurationError */.j1(`${where} must look like i/n with 1 ≤ i ≤ n (e.g. 2/4), not "${text}".`);
    }
    return { index, count };
}
/** The repository holding the target folder, and the folder relative to its root. */
async function openScanTarget(target) {
    const folder = await (0,promises_.realpath)(external_node_path_default().resolve(target)).catch(() => {
        throw new errors/* ConfigurationError */.j1(`The path to scan, ${target}, does not exist.`);
    });
    if (!(await (0,promises_.stat)(folder)).isDirectory())
        throw new errors/* ConfigurationError */.j1(`The path to scan, ${target}, is not a folder.`);
    const git = await openRepository(folder);
    const relative = external_node_path_default().relative(git.root, folder);
    if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`))
        throw new errors/* ConfigurationError */.j1(`${target} is outside the repository ${git.root}.`);
    return { git, scanPath: normalizeScanPath(relative) };
}
/** The checked-out commit must be the pull request's head, or the merge commit GitHub made of it. */
async function verifyCheckout(git, head) {
    const { stdout } = await git.run(['rev-parse', 'HEAD', 'HEAD^2'], { allowExitCodes: [128] });
    const [current = '', mergedIn] = stdout.trim().split('\n');
    if (current === head || mergedIn === head)
        return;
    throw new errors/* ConfigurationError */.j1(`The checked-out commit ${current.slice(0, 12)} is not the pull request's head ${head.slice(0, 12)} nor its test merge, so the pull request's changes are not here to check. ` +
        'Check out the pull request (actions/checkout does on pull_request events; elsewhere use ref: the pull request head SHA).');
}
/** Opens the repository, works out the change, and reads the config that judges it. */
async function prepareScan(target) {
    const { git, scanPath } = await openScanTarget(target.target);
    if (target.expectHead)
        await verifyCheckout(git, target.expectHead);
    const changes = target.changedSince === undefined ? undefined : await changesSince(git, target.changedSince);
    const config = await resolveConfig({
        git,
        ...(target.configPath === undefined ? {} : { configPath: target.configPath }),
        ...(changes ? { mergeBase: changes.mergeBase } : {}),
        trustWorkTree: target.trustWorkTreeConfig,
    });
    return { git, scanPath, config, ...(changes ? { changes } : {}) };
}
/** The baseline file as a repository path; one outside the repository is refused. */
function baselinePath(git, file) {
    const relative = external_node_path_default().relative(git.root, external_node_path_default().resolve(git.root, file)).split((external_node_path_default()).sep).join('/');
    if (!staysInside(relative)) {
        throw new errors/* ConfigurationError */.j1(`The baseline ${file} is outside the repository ${git.root}: keep it in the repository.`);
    }
    return relative;
}
/**
 * In changed-files mode the baseline is read as it was at the merge base, so that a baseline rewritten in
 * the pull request itself cannot wave its own violations through; writing or pruning reads the work tree's.
 */
function baselineFor(prepared, repoPath, rewriting) {
    const { git, changes } = prepared;
    if (changes && !rewriting)
        return readBaselineAt(git, changes.mergeBase, repoPath);
    return readBaseline(external_node_path_default().join(git.root, repoPath), repoPath);
}
function originOf(config) {
    return { file: config.source ?? null, commit: config.commit ?? null, changes: config.changes ?? [] };
}
/** Loads config and baseline, runs the scan, and writes the baseline when asked. */
async function scanRepository(request) {
    const prepared = request.prepared ?? (await prepareScan(request));
    const { git, config } = prepared;
    const compliance = (0,compliance_settings/* withComplianceOverrides */.DG)(config.settings.compliance, request.overrides);
    const settings = { ...config.settings, compliance };
    const rewriting = request.writeBaseline || request.pruneBaseline;
    const baselineFile = baselinePath(git, compliance.baseline);
    const run = await runCompliance({
        git,
        logger: request.logger,
        settings: compliance,
        scanPath: prepared.scanPath,
        ...(prepared.changes ? { changes: prepared.changes } : {}),
        ...(request.shard ? { shard: request.shard } : {}),
        baseline: await baselineFor(prepared, baselineFile, rewriting),
        config: originOf(config),
        today: request.today ?? new Date().toISOString().slice(0, 10),
        toolVersion: request.toolVersion,
    });
    const result = { ...run, settings, repositoryRoot: git.root };
    if (rewriting) {
        await writeBaseline(external_node_path_default().join(git.root, baselineFile), run.baseline.next(run.covers, run.current, request.pruneBaseline && !request.writeBaseline));
        result.baselineWritten = baselineFile;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/compliance/merge.ts


const fail = (message) => {
    throw new errors/* ConfigurationError */.j1(`compliance merge: ${message}`);
};
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A report's own parts, checked before any of them is read. */
function checkShape({ file, report }) {
    const parts = report;
    if (!isRecord(parts) || parts.version !== 1)
        fail(`${file} is not a shipgate compliance report (version 1).`);
    const record = parts;
    const missing = ['files', 'skipped', 'violations', 'fixed'].filter((key) => !Array.isArray(record[key]));
    if (!isRecord(record.summary))
        missing.push('summary');
    if (missing.length > 0)
        fail(`${file} is not a complete shipgate compliance report: it has no ${missing.join(', ')}.`);
}
/** A report's JSON with object keys sorted, so that equal values compare equal. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (!isRecord(value))
        return JSON.stringify(value) ?? 'undefined';
    return `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
        .join(',')}}`;
}
/** Every report must come from the same kind of run with the same rules as the first. */
function checkSameRun(first, { file, report }) {
    if (report.mode !== first.report.mode || report.base !== first.report.base || report.root !== first.report.root) {
        fail(`${file} comes from a different kind of run (mode ${report.mode}, base ${report.base}, folder "${report.root}") than ${first.file}.`);
    }
    const mine = isRecord(report.rules) ? report.rules : {};
    const theirs = isRecord(first.report.rules) ? first.report.rules : {};
    const differing = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((rule) => canonical(mine[rule]) !== canonical(theirs[rule]));
    if (differing.length > 0)
        fail(`${file} was checked with other rules than ${first.file} (${differing.sort().join(', ')} differ).`);
}
/** The shard a report comes from, or null when it is not from a shard run. */
function shardOf({ file, report }) {
    const shard = report.shard;
    if (shard === null || shard === undefined)
        return null;
    const { index, count } = isRecord(shard) ? shard : {};
    const valid = Number.isInteger(index) &&
        Number.isInteger(count) &&
        index >= 1 &&
        index <= count;
    if (!valid)
        fail(`${file} names no valid shard (${JSON.stringify(shard)}): expected { "index": i, "count": n } with 1 ≤ i ≤ n.`);
    return { index: index, count: count };
}
/** Exactly one report for each shard i/n of one sharded run. */
function checkShardSet(shards) {
    const [first] = shards;
    if (!first)
        return;
    const count = first.shard.count;
    const byIndex = new Map();
    for (const { file, shard } of shards) {
        if (shard.count !== count) {
            fail(`${file} is shard ${shard.index}/${shard.count} but ${first.file} is shard ${first.shard.index}/${count}: the shard counts differ.`);
        }
        const twin = byIndex.get(shard.index);
        if (twin !== undefined)
            fail(`shard ${shard.index}/${count} is given twice: ${twin} and ${file}.`);
        byIndex.set(shard.index, file);
    }
    const missing = [];
    for (let index = 1; index <= count && missing.length < 20; index++)
        if (!byIndex.has(index))
            missing.push(`${index}/${count}`);
    if (missing.length === 0)
        return;
    const more = count - byIndex.size - missing.length;
    const which = `${missing.length === 1 ? 'shard' : 'shards'} ${missing.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    fail(`${which} ${missing.length + more === 1 ? 'is' : 'are'} missing: got only ${[...byIndex.values()].join(', ')}.`);
}
/** Either one report of a whole run, or the reports of all the shards of one sharded run. */
function checkShards(reports) {
    const shards = reports.map((named) => ({ file: named.file, shard: shardOf(named) }));
    const sharded = shards.filter((s) => s.shard !== null);
    const whole = shards.filter((s) => s.shard === null).map((s) => s.file);
    if (whole.length === 0)
        return checkShardSet(sharded);
    if (reports.length === 1)
        return;
    if (sharded.length === 0)
        fail(`${whole.join(', ')} are not from shard runs (--shard i/n): only the reports of the shards of one run can be merged.`);
    const are = whole.length === 1 ? 'is' : 'are';
    fail(`${whole.join(', ')} ${are} not from a shard run, while ${sharded.map((s) => s.file).join(', ')} are: merge only the reports of the shards of one run.`);
}
/**
 * Combines the reports of `--shard i/n` runs into one, as if one run had scanned everything. The
 * verdict follows the merging run's `failOn` (shard runs usually run with fail-on: none), never a shard's.
 * It refuses reports that are not one whole set of shards of one run: duplicated, missing or mixed
 * shards, other rules, or incomplete reports.
 */
function mergeReports(reports, failOn) {
    const [first] = reports;
    if (!first)
        throw new errors/* ConfigurationError */.j1('compliance merge: give at least one report to merge.');
    for (const named of reports)
        checkShape(named);
    for (const named of reports)
        checkSameRun(first, named);
    checkShards(reports);
    const byPath = (items) => items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const files = byPath(reports.flatMap((r) => r.report.files));
    const violations = byPath(reports.flatMap((r) => r.report.violations));
    const fixed = byPath(reports.flatMap((r) => r.report.fixed));
    const skipped = byPath(reports.flatMap((r) => r.report.skipped));
    const suppressed = reports.reduce((total, r) => total + r.report.summary.suppressed, 0);
    const parts = { files, skipped, violations, fixed };
    return { ...first.report, shard: null, ...parts, summary: summarize(parts, suppressed, failOn) };
}

;// CONCATENATED MODULE: ./src/compliance/index.ts
// The compliance capability's public face: the use case and the report's types. The analysers (and the
// TypeScript compiler behind them) stay behind it, loaded only when a scan needs them.



// EXTERNAL MODULE: ./src/runner/context.ts
var runner_context = __webpack_require__(1953);
;// CONCATENATED MODULE: ./src/runner/logger.ts

/** The engines' logger inside a workflow step: the runner's log levels and annotations. */
const coreLogger = {
    debug: (message) => core/* debug */.Yz(message),
    info: (message) => core/* info */.pq(message),
    warning: (message) => core/* warning */.$e(message),
    error: (message) => core/* error */.z3(message),
};

// EXTERNAL MODULE: ./src/actions/compliance/inputs.ts + 1 modules
var compliance_inputs = __webpack_require__(8283);
;// CONCATENATED MODULE: ./src/core/logger.ts
/** A logger that drops everything: for tests and library use that wants silence. */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
};

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/github/request-error.ts
/**
 * A GitHub API call that failed for good (after any retries). It keeps the HTTP status so callers can
 * tell "absent" (404) or "refused" (403) from real failures, and says how many attempts were made.
 */
class GitHubRequestError extends Error {
    name = 'GitHubRequestError';
    status;
    apiMessage;
    attempts;
    responseHeaders;
    // The failure's details come as one object: four positional values of like types are easy to swap.
    constructor(message, failure, options) {
        super(message, options);
        this.status = failure.status;
        this.apiMessage = failure.apiMessage;
        this.attempts = failure.attempts;
        this.responseHeaders = failure.responseHeaders;
    }
}
/** The HTTP status carried by an Octokit or shipgate request error, if any. */
function request_error_statusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's own words for a failed request ("message" in its JSON body), else the error's message. */
function apiMessageOf(error) {
    if (error instanceof GitHubRequestError)
        return error.apiMessage;
    const data = responseOf(error)?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const message = data.message;
        if (typeof message === 'string')
            return message;
    }
    return error instanceof Error ? error.message : String(error);
}
/** The response an Octokit RequestError carries (absent when no answer came back). */
function responseOf(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return undefined;
    const response = error.response;
    return typeof response === 'object' && response !== null ? response : undefined;
}
/** True when GitHub answered 404: the thing asked for does not exist (or the token cannot see it). */
function isNotFound(error) {
    return request_error_statusOf(error) === 404;
}

;// CONCATENATED MODULE: ./src/github/create-once.ts
// Creating writes without duplicates. A POST that fails with a 5xx, a dropped connection or a timeout may
// still have been carried out by GitHub; sending it again blindly would make a second issue, comment,
// check run, deployment or status. So creating calls are never retried by the retry plugin: after such a
// failure they look for what the attempt may have made, and only create again when it is not there.



/** Per-request option for creating POSTs: the retry plugin must not repeat them (createOnce decides). */
const NO_BLIND_RETRY = { retries: 0 };
/**
 * Runs `attempt` (a creating POST sent with `request: NO_BLIND_RETRY`) and returns what it made. When it
 * fails in a way that leaves open whether GitHub made the object (5xx, no answer, timeout), waits as the
 * retry plugin would, calls `lookup`, and returns what it finds; otherwise tries again, up to the client's
 * retries. `lookup` must only find the object this creation makes (a nonce, a marker, or a rule that
 * says at most one may exist); it is a read, retried as usual. Other failures (refusals, 4xx) are thrown.
 * `what` reads as "GitHub managed to <what>".
 */
async function createOnce(client, what, attempt, lookup) {
    const retries = client.requestPolicy?.retries ?? 0;
    for (let tries = 1;; tries += 1) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!mayHaveBeenMade(error))
                throw error;
            const found = await lookAfterFailure(client, what, error, { tries, retries, lookup });
            if (found !== undefined)
                return found;
            if (tries > retries)
                throw error;
        }
    }
}
async function lookAfterFailure(client, what, error, recovery) {
    const policy = client.requestPolicy;
    const { tries, retries } = recovery;
    const wait = (policy?.retryBaseDelayMs ?? 0) * tries * tries;
    // Past the client's deadline there is no time left to look: the failure stands.
    if (policy?.deadline !== undefined && Date.now() + wait >= policy.deadline)
        throw error;
    const next = tries <= retries ? ` before trying again (attempt ${tries + 1} of ${retries + 1})` : '';
    const reason = error instanceof Error ? error.message : String(error);
    policy?.logger.warning(`Could not tell whether GitHub managed to ${what}: ${reason} Looking for it${next}.`);
    // The same backoff the retry plugin uses; it also gives GitHub time to show what it made.
    await (0,external_node_timers_promises_.setTimeout)(wait);
    const found = await recovery.lookup();
    if (found !== undefined)
        policy?.logger.info(`GitHub had managed to ${what} after all; not doing it again.`);
    return found;
}
/** A 5xx (500 also standing for "no answer" and timeouts): GitHub may have done the write before failing. */
function mayHaveBeenMade(error) {
    const status = request_error_statusOf(error);
    return status !== undefined && status >= 500;
}
/** A value no other creation uses, to recognise what one creation made (check-run external ids, deployment payloads). */
function creationNonce() {
    return `shipgate-${(0,external_node_crypto_.randomUUID)()}`;
}

;// CONCATENATED MODULE: ./src/github/permissions.ts


/** GitHub refused a call for want of a token permission; the message says which one and how to grant it. */
class GitHubPermissionError extends errors/* ConfigurationError */.j1 {
    permission;
    status;
    name = 'GitHubPermissionError';
    constructor(message, permission, status, options) {
        super(message, options);
        this.permission = permission;
        this.status = status;
    }
}
// "Resource not accessible by integration" (GITHUB_TOKEN, apps) or "... by personal access token".
const REFUSAL = /resource not accessible by|must have (admin|push) (rights|access)/i;
// Adding a label the repository lacks makes GitHub create it, which takes "issues: write" whatever the call.
const LABEL_CREATION_REFUSAL = /do not have permission to create labels/i;
// No workaround is offered: under pull_request_target the checkout is the base branch (a check would pass
// without scanning the pull request) and running its code there is unsafe; workflow_run events of fork
// pull requests carry no pull request.
const FORK_NOTE = ' On pull requests from forks GitHub gives the workflow a read-only token whatever it asks for, so this ' +
    "is not published there; the step's own annotations and its result still report the verdict.";
/**
 * Runs one GitHub call and, if GitHub refuses it for want of a permission, throws an error naming
 * the permission the workflow must grant. `action` reads as "GitHub refused to <action>".
 */
async function withPermission(permission, action, call, options = {}) {
    try {
        return await call();
    }
    catch (error) {
        throw explainRefusal(error, permission, action, options) ?? error;
    }
}
/** The permission error for `error`, or undefined when it is not a refusal. */
function explainRefusal(error, permission, action, options = {}) {
    const status = request_error_statusOf(error);
    if (status === 403 && LABEL_CREATION_REFUSAL.test(apiMessageOf(error))) {
        const message = `GitHub refused to ${action}: the workflow token lacks "issues: write" (GitHub creates a label that does ` +
            `not exist yet). Add "permissions: issues: write" to the job, or create the label beforehand.${FORK_NOTE}`;
        return new GitHubPermissionError(message, 'issues: write', status, { cause: error });
    }
    const grant = `Add "permissions: ${permission}" to the job.`;
    if (status === 403 && REFUSAL.test(apiMessageOf(error))) {
        const message = `GitHub refused to ${action}: the workflow token lacks "${permission}". ${grant}${FORK_NOTE}`;
        return new GitHubPermissionError(message, permission, status, { cause: error });
    }
    if (status === 404 && options.notFoundMeansDenied === true) {
        const message = `GitHub answered "Not Found" when asked to ${action}: the repository does not exist or the token ` +
            `cannot see it (GitHub hides private repositories from tokens lacking "${permission}"). ${grant}`;
        return new GitHubPermissionError(message, permission, status, { cause: error });
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/github/text-limits.ts
/** GitHub's size limits for the texts shipgate writes, and helpers that cut texts cleanly to fit them. */
const LIMITS = {
    checkRunSummary: 65_535,
    checkRunText: 65_535,
    checkRunTitle: 255,
    commentBody: 65_536,
    issueBody: 65_536,
    issueTitle: 256,
    annotationTitle: 255,
    annotationBytes: 64 * 1024,
    statusDescription: 140,
    deploymentDescription: 140,
};
const numbers = new Intl.NumberFormat('en-US');
/**
 * Cuts Markdown to at most `limit` characters at a line boundary, closes a code fence left open, and
 * appends a note saying how much was cut. Text within the limit is returned unchanged.
 */
function truncateMarkdown(text, limit) {
    if (text.length <= limit)
        return text;
    // Budget the note for the worst case (everything cut) so the result always fits.
    const budget = cutNote(text.length, lineCount(text), limit).length + FENCE_CLOSE.length;
    const cut = cutPosition(text, Math.max(0, limit - budget));
    const kept = text.slice(0, cut);
    const removed = text.slice(cut).replace(/^\n/, '');
    const fence = hasOpenFence(kept) ? FENCE_CLOSE : '';
    return kept + fence + cutNote(removed.length, lineCount(removed), limit);
}
const FENCE_CLOSE = '\n```';
function cutNote(characters, lines, limit) {
    const lineText = lines === 1 ? '1 line' : `${numbers.format(lines)} lines`;
    return (`\n\n> **Cut:** ${numbers.format(characters)} more characters (${lineText}) did not fit: ` +
        `GitHub allows ${numbers.format(limit)} characters here.`);
}
// The last line break within `max`; mid-line only when a single line is longer than half the room.
function cutPosition(text, max) {
    const lineBreak = text.lastIndexOf('\n', max);
    if (lineBreak >= max / 2)
        return lineBreak;
    return avoidSplitPair(text, max);
}
/** Moves a cut back one place if it would split a UTF-16 surrogate pair (an emoji, say). */
function avoidSplitPair(text, position) {
    const before = text.charCodeAt(position - 1);
    return position > 0 && before >= 0xd800 && before <= 0xdbff ? position - 1 : position;
}
function lineCount(text) {
    if (text === '')
        return 0;
    return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
function hasOpenFence(markdown) {
    const fences = markdown.match(/^ {0,3}(```|~~~)/gm);
    return fences !== null && fences.length % 2 === 1;
}
/** Cuts a one-line text to `limit` characters, ending it with "…" when cut. */
function truncateLine(text, limit) {
    if (text.length <= limit)
        return text;
    return text.slice(0, avoidSplitPair(text, limit - 1)) + '…';
}
/** Cuts a text to at most `maxBytes` of UTF-8, ending it with "…" when cut. */
function truncateBytes(text, maxBytes) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const ellipsis = '…';
    const room = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
    // Decoding a cut byte sequence leaves U+FFFD for a partial character: drop it.
    const kept = Buffer.from(text, 'utf8')
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    return kept + ellipsis;
}

;// CONCATENATED MODULE: ./src/github/issues.ts




/** Tracking issues found by label (and optionally title), e.g. the nightly compliance report. */
class TrackingIssues {
    client;
    repo;
    logger;
    constructor(client, repo, logger = silentLogger) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /** The oldest issue in `state` with the label (and title, if given); pull requests are skipped. */
    async find(label, options = {}) {
        // Listing a repository's issues answers 404 only when the token cannot see the repository.
        const issues = await withPermission('issues: read', `list the issues labelled "${label}"`, () => this.client.paginate(this.client.rest.issues.listForRepo, {
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
        const title = spec.matchTitle === true ? truncateLine(spec.title, LIMITS.issueTitle) : undefined;
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
        const title = truncateLine(spec.title, LIMITS.issueTitle);
        const issue = await createOnce(this.client, `open the issue "${title}"`, () => this.post({ ...spec, title }), () => this.find(spec.label, { title }));
        this.logger.info(`Opened issue #${issue.number}: ${issue.title}`);
        return issue;
    }
    async update(number, change) {
        const { data } = await withPermission('issues: write', `update issue #${number}`, () => this.client.rest.issues.update({
            ...this.repo,
            issue_number: number,
            title: change.title === undefined ? undefined : truncateLine(change.title, LIMITS.issueTitle),
            body: change.body === undefined ? undefined : truncateMarkdown(change.body, LIMITS.issueBody),
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
        const { data } = await withPermission('issues: write', `open the issue "${spec.title}"`, () => this.client.rest.issues.create({
            ...this.repo,
            title: spec.title,
            body: truncateMarkdown(spec.body, LIMITS.issueBody),
            labels: [spec.label],
            request: NO_BLIND_RETRY,
        }), { notFoundMeansDenied: true });
        return toTrackingIssue(data);
    }
    async refresh(issue, spec) {
        const title = truncateLine(spec.title, LIMITS.issueTitle);
        const body = truncateMarkdown(spec.body, LIMITS.issueBody);
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

;// CONCATENATED MODULE: ./src/github/check-run-output.ts

/** GitHub takes at most this many annotations per request; more go in further updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Title, summary and text cut to GitHub's limits (the same each request: GitHub replaces them). */
function apiOutput(output, annotations) {
    return {
        title: truncateLine(output.title, LIMITS.checkRunTitle),
        summary: truncateMarkdown(output.summary, LIMITS.checkRunSummary),
        text: output.text === undefined ? undefined : truncateMarkdown(output.text, LIMITS.checkRunText),
        annotations: annotations.length > 0 ? annotations : undefined,
    };
}
function annotationBatches(annotations) {
    const batches = [];
    for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(toApiAnnotation));
    }
    return batches;
}
/** One annotation within GitHub's rules: lines from 1, end not before start, fields cut to size. */
function toApiAnnotation(annotation) {
    const startLine = Math.max(1, Math.floor(annotation.startLine));
    const endLine = Math.max(startLine, Math.floor(annotation.endLine ?? startLine));
    const result = {
        path: annotation.path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, ''),
        start_line: startLine,
        end_line: endLine,
        annotation_level: annotation.level,
        message: truncateBytes(annotation.message.trim() === '' ? '(no message)' : annotation.message, LIMITS.annotationBytes),
    };
    if (annotation.title)
        result.title = truncateLine(annotation.title, LIMITS.annotationTitle);
    if (annotation.rawDetails)
        result.raw_details = truncateBytes(annotation.rawDetails, LIMITS.annotationBytes);
    // GitHub accepts columns only on single-line annotations.
    if (startLine === endLine && annotation.startColumn !== undefined) {
        result.start_column = Math.max(1, Math.floor(annotation.startColumn));
        result.end_column = Math.max(result.start_column, Math.floor(annotation.endColumn ?? annotation.startColumn));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/github/check-runs.ts




// The output and annotation types and helpers are part of this module's API.

/** Check runs of one repository: created, updated and completed with any number of annotations. */
class CheckRuns {
    client;
    repo;
    logger;
    constructor(client, repo, logger = silentLogger) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /**
     * Creates a check run in its final state (a conclusion completes it) with the first 50 annotations; the
     * rest are appended by updates. Should one of those fail, the run still shows its conclusion (it is not
     * left in progress, blocking required checks) and the error is thrown.
     */
    async create(run) {
        const batches = annotationBatches(run.output?.annotations ?? []);
        const fields = runFields(run.status ?? 'in_progress', run.conclusion, run.detailsUrl);
        const body = { ...fields, output: run.output && apiOutput(run.output, batches[0] ?? []) };
        const externalId = run.externalId ?? creationNonce();
        const ref = await createOnce(this.client, `create the check run "${run.name}"`, () => this.post(run, externalId, body), () => this.findCreated(run, externalId));
        if (run.output && batches.length > 1)
            await this.sendBatches(ref.id, run.output, batches.slice(1), {});
        return ref;
    }
    /** Updates a check run; new annotations are appended to those it has, 50 per request. */
    async update(id, update) {
        const fields = runFields(update.status, update.conclusion, update.detailsUrl);
        if (update.output === undefined)
            return this.patch(id, fields);
        const batches = annotationBatches(update.output.annotations ?? []);
        await this.sendBatches(id, update.output, batches.length === 0 ? [[]] : batches, fields);
    }
    /** The newest run of that name on the commit (a re-run replaces an earlier one), or undefined when it has none. */
    async latest(sha, name) {
        const { data } = await withPermission('checks: read', `read the check run "${name}" of ${sha}`, () => this.client.rest.checks.listForRef({ ...this.repo, ref: sha, check_name: name, filter: 'latest', per_page: 1 }));
        const run = data.check_runs[0];
        if (run === undefined)
            return undefined;
        return { id: Number(run.id), htmlUrl: run.html_url, status: run.status, conclusion: run.conclusion };
    }
    async post(run, externalId, body) {
        const { data } = await withPermission('checks: write', 'create a check run', () => this.client.rest.checks.create({
            ...this.repo,
            name: run.name,
            head_sha: run.headSha,
            external_id: externalId,
            ...body,
            request: NO_BLIND_RETRY,
        }), { notFoundMeansDenied: true });
        this.logger.debug(`Created check run "${run.name}" (${String(data.id)}).`);
        return { id: Number(data.id), htmlUrl: data.html_url };
    }
    /**
     * The run a failed attempt made, by its external id: unique per run, so an earlier run of the same name
     * on the same commit (a re-run) is never taken for it.
     */
    async findCreated(run, externalId) {
        const runs = await withPermission('checks: write', `look for the check run "${run.name}"`, () => this.client.paginate(this.client.rest.checks.listForRef, {
            ...this.repo,
            ref: run.headSha,
            check_name: run.name,
            filter: 'all',
            per_page: 100,
        }));
        const found = runs.find((candidate) => candidate.external_id === externalId);
        return found && { id: Number(found.id), htmlUrl: found.html_url };
    }
    /** The first request carries the run's fields; the others only append annotations (GitHub wants title and summary each time). */
    async sendBatches(id, output, batches, first) {
        for (const [index, batch] of batches.entries()) {
            await this.patch(id, { ...(index === 0 ? first : {}), output: apiOutput(output, batch) });
        }
    }
    async patch(id, body) {
        const annotations = body.output?.annotations?.length ?? 0;
        await withPermission('checks: write', `update check run ${id}`, () => this.client.rest.checks.update({ ...this.repo, check_run_id: id, ...body }));
        this.logger.debug(`Updated check run ${id}${annotations > 0 ? ` with ${annotations} annotations` : ''}.`);
    }
}
function runFields(status, conclusion, detailsUrl) {
    if (status === 'completed' && conclusion === undefined) {
        throw new Error('A completed check run needs a conclusion.');
    }
    const completed = conclusion !== undefined;
    return {
        status: completed ? 'completed' : status,
        conclusion,
        completed_at: completed ? new Date().toISOString() : undefined,
        details_url: detailsUrl,
    };
}

;// CONCATENATED MODULE: ./src/github/sticky-text.ts
// The text side of sticky comments: the hidden marker that finds them, and when two bodies count as equal.

const PURPOSE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The hidden first line that identifies shipgate's comment for one purpose. */
function stickyMarker(purpose) {
    if (!PURPOSE_PATTERN.test(purpose)) {
        throw new Error(`A sticky comment purpose must be letters, digits, ".", "_" or "-", not "${purpose}".`);
    }
    return `<!-- shipgate:${purpose} -->`;
}
/** The full comment body: marker line, then the text cut to GitHub's limit. */
function stickyBody(purpose, body) {
    const marker = stickyMarker(purpose);
    return `${marker}\n${truncateMarkdown(body, LIMITS.commentBody - marker.length - 1)}`;
}
// GitHub may store line endings as CRLF and trim trailing blanks; neither is a change worth a write.
function sameText(stored, wanted) {
    const normalize = (text) => text.replace(/\r\n/g, '\n').trimEnd();
    return normalize(stored) === normalize(wanted);
}

;// CONCATENATED MODULE: ./src/github/comments.ts





/**
 * One comment per pull request (or issue) and purpose, kept up to date in place. The comment is found
 * by its hidden marker, so it survives edits of its text and restarts of the workflow.
 */
class StickyComments {
    client;
    repo;
    logger;
    constructor(client, repo, logger = silentLogger) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /** Creates the comment, or updates the existing one when its text differs; removes duplicates. */
    async upsert(issueNumber, purpose, body) {
        const wanted = stickyBody(purpose, body);
        const [first, ...duplicates] = await this.find(issueNumber, purpose);
        for (const duplicate of duplicates)
            await this.deleteComment(duplicate.id);
        const duplicatesRemoved = duplicates.length;
        if (first === undefined) {
            return { comment: await this.create(issueNumber, purpose, wanted), outcome: 'created', duplicatesRemoved };
        }
        if (sameText(first.body, wanted)) {
            this.logger.debug(`Comment ${first.id} (${purpose}) is already up to date.`);
            return { comment: first, outcome: 'unchanged', duplicatesRemoved };
        }
        return { comment: await this.update(first.id, wanted), outcome: 'updated', duplicatesRemoved };
    }
    /** shipgate's comments for this purpose, oldest first (normally one). */
    async find(issueNumber, purpose) {
        const marker = stickyMarker(purpose);
        const comments = await withPermission('pull-requests: read', `read the comments of #${issueNumber}`, () => this.client.paginate(this.client.rest.issues.listComments, {
            ...this.repo,
            issue_number: issueNumber,
            per_page: 100,
        }));
        return comments
            .filter((comment) => (comment.body ?? '').trimStart().startsWith(marker))
            .map(toIssueComment)
            .sort((a, b) => a.id - b.id);
    }
    /** Deletes every comment for this purpose; returns how many there were. */
    async remove(issueNumber, purpose) {
        const comments = await this.find(issueNumber, purpose);
        for (const comment of comments)
            await this.deleteComment(comment.id);
        return comments.length;
    }
    /**
     * Should GitHub fail in a way that leaves open whether it made the comment, a comment with the purpose's
     * marker counts as made: upsert creates only when there is none, so such a comment is this attempt's
     * (or another job's for the same purpose, which the next upsert brings up to date).
     */
    async create(issueNumber, purpose, body) {
        return createOnce(this.client, `comment on #${issueNumber}`, () => this.post(issueNumber, body), async () => (await this.find(issueNumber, purpose))[0]);
    }
    async post(issueNumber, body) {
        const { data } = await withPermission('pull-requests: write', `comment on #${issueNumber}`, () => this.client.rest.issues.createComment({ ...this.repo, issue_number: issueNumber, body, request: NO_BLIND_RETRY }));
        this.logger.debug(`Created comment ${String(data.id)} on #${issueNumber}.`);
        return toIssueComment(data);
    }
    async update(commentId, body) {
        const { data } = await withPermission('pull-requests: write', `update comment ${commentId}`, () => this.client.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body }));
        this.logger.debug(`Updated comment ${commentId}.`);
        return toIssueComment(data);
    }
    async deleteComment(commentId) {
        try {
            await withPermission('pull-requests: write', `delete comment ${commentId}`, () => this.client.rest.issues.deleteComment({ ...this.repo, comment_id: commentId }));
            this.logger.debug(`Deleted comment ${commentId}.`);
        }
        catch (error) {
            // Another job may have deleted it first: the goal is reached either way.
            if (!isNotFound(error))
                throw error;
        }
    }
}
function toIssueComment(comment) {
    return { id: Number(comment.id), body: comment.body ?? '', htmlUrl: comment.html_url };
}

;// CONCATENATED MODULE: ./src/publishing/pull-request.ts


/** GitHub takes 65,535 characters; the rest is room for a cut note. */
const SUMMARY_BUDGET = 65_000;
/** 20 requests of 50: enough for any pull request; the rest belongs in the capability's reports. */
const MAX_CHECK_ANNOTATIONS = 1000;
/** Creates the completed check run; returns its link. */
async function publishCheckRun(target, result) {
    const annotations = result.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
    const left = result.annotations.length - annotations.length;
    const note = left > 0 ? `\n\n${left} more finding(s) are in ${result.overflowHint}.` : '';
    const summary = result.summary(SUMMARY_BUDGET - note.length) + note;
    const run = await new CheckRuns(target.client, target.repo, target.logger).create({
        name: result.name,
        headSha: result.headSha,
        status: 'completed',
        conclusion: result.conclusion,
        output: { title: result.title, summary, annotations },
    });
    return run.htmlUrl;
}
/** Keeps one comment per purpose on the pull request, rewritten only when its text changes. */
async function publishStickyComment(target, pullNumber, purpose, body) {
    const result = await new StickyComments(target.client, target.repo, target.logger).upsert(pullNumber, purpose, body);
    target.logger.info(`Pull request comment ${result.outcome}: ${result.comment.htmlUrl}`);
}

;// CONCATENATED MODULE: ./src/compliance/github-report.ts







const CHECK_RUN_NAME = 'shipgate / compliance';
const TRACKING_LABEL = 'shipgate-compliance';
const COMMENT_PURPOSE = 'compliance';
/** failure for what fails the check, warning for other new ones, notice for accepted ones. */
function levelOf(v, failOn) {
    if (failsCheck(v, failOn))
        return 'failure';
    return v.new ? 'warning' : 'notice';
}
function annotationOf(report, v) {
    return {
        path: repositoryPath(report, v.path),
        startLine: v.line,
        endLine: v.endLine,
        level: levelOf(v, report.summary.failOn),
        title: `${v.rule}${v.symbol ? `: ${v.symbol}` : ''}`,
        message: v.message,
    };
}
/** Annotations most worth seeing first: failing ones, then by severity. */
const annotationOrder = (violations) => order_sortedCopy(violations, newThenSeverity);
function publishComplianceCheckRun(target, report, headSha) {
    const s = report.summary;
    return publishCheckRun(target, {
        name: CHECK_RUN_NAME,
        headSha,
        conclusion: s.passed ? 'success' : 'failure',
        title: `${s.new} new, ${s.violations} total violation(s)`,
        summary: (maxChars) => toMarkdown(report, { maxChars }),
        annotations: annotationOrder(report.violations).map((v) => annotationOf(report, v)),
        overflowHint: 'the JSON and SARIF reports',
    });
}
function publishComplianceComment(target, report, pullNumber) {
    return publishStickyComment(target, pullNumber, COMMENT_PURPOSE, toMarkdown(report));
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
    const previous = open ? parseTrackingTotals(open.body) : null;
    const { title, body } = renderTrackingIssue(report, previous, { runUrl });
    const { issue, outcome } = await issues.ensure({ label: TRACKING_LABEL, title, body });
    target.logger.info(`Tracking issue ${outcome}: ${issue.htmlUrl}`);
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(3972);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/request-failure-text.ts
// The wording of request failures, shared by the retry warnings and the final GitHubRequestError.

/** "503 Service Unavailable", or "no answer (…)" when the request never got a response. */
function answerOf(error, status) {
    const apiMessage = apiMessageOf(error);
    return responseOf(error) === undefined ? `no answer (${apiMessage})` : `${status} ${apiMessage}`;
}
/** " The rate limit resets at …" when the failure was an exhausted rate limit, else nothing. */
function rateLimitResetNote(status, headers) {
    if ((status !== 403 && status !== 429) || String(headers['x-ratelimit-remaining']) !== '0')
        return '';
    const reset = Number(headers['x-ratelimit-reset']);
    if (!Number.isFinite(reset) || reset <= 0)
        return '';
    return ` The rate limit resets at ${new Date(reset * 1000).toISOString()}.`;
}
/** "POST /repos/o/r/check-runs": the expanded path when the error has it, else the route. */
function describeRequest(error, request) {
    const url = requestUrlOf(error) ?? request.url ?? '';
    let path = url;
    try {
        path = new URL(url, 'https://api.github.com').pathname;
    }
    catch {
        // keep the raw text: it is only for the message
    }
    return `${request.method} ${path}`;
}
// The URL actually sent, as Octokit's RequestError records it.
function requestUrlOf(error) {
    if (typeof error !== 'object' || error === null || !('request' in error))
        return undefined;
    const sent = error.request;
    if (typeof sent !== 'object' || sent === null || !('url' in sent))
        return undefined;
    const url = sent.url;
    return typeof url === 'string' ? url : undefined;
}

// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(2203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/github/request-policy.ts

// The retry plugin must leave client errors alone, and 429 too: the throttling plugin owns rate limits.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
function retryOptions(policy) {
    return { retries: policy.retries, retryAfterBaseValue: policy.retryBaseDelayMs, doNotRetry: DO_NOT_RETRY };
}
/** The retries the retry plugin grants this request: its own `request.retries` (0 for creating writes), else the policy's. */
function retriesFor(policy, request) {
    const own = request.request?.retries;
    return typeof own === 'number' ? own : policy.retries;
}
function throttleOptions(policy) {
    const options = {
        retryAfterBaseValue: 1000 * policy.waitScale,
        onRateLimit: rateLimitHandler(policy, "GitHub's rate limit for this token is used up"),
        onSecondaryRateLimit: rateLimitHandler(policy, 'GitHub applied a secondary rate limit'),
    };
    // The plugin spaces writes 1 s apart (GitHub's advice) in process-wide groups; scaled waits need our own.
    if (policy.waitScale !== 1)
        Object.assign(options, scaledSpacingGroups(policy.waitScale));
    return options;
}
function scaledSpacingGroups(scale) {
    const group = (minTime) => new (lib_default()).Group({ maxConcurrent: 1, minTime: Math.round(minTime * scale) });
    return { write: group(1000), notifications: group(3000), search: group(2000) };
}
function rateLimitHandler(policy, what) {
    return (retryAfter, request, _octokit, retryCount) => {
        const call = `${request.method} ${request.url}`;
        if (retryCount >= policy.retries) {
            policy.logger.warning(`${what} (${call}); giving up after ${retryCount + 1} attempts.`);
            return false;
        }
        const left = policy.deadline === undefined ? Infinity : (policy.deadline - Date.now()) / 1000;
        if (retryAfter * policy.waitScale > left) {
            policy.logger.warning(`${what} (${call}) for ${retryAfter} s, past the time allowed for GitHub calls; giving up.`);
            return false;
        }
        if (retryAfter > policy.maxRateLimitWaitSeconds) {
            policy.logger.warning(`${what} (${call}) for ${retryAfter} s, longer than the ${policy.maxRateLimitWaitSeconds} s shipgate waits; giving up.`);
            return false;
        }
        const wait = formatSeconds(retryAfter * policy.waitScale);
        policy.logger.warning(`${what} (${call}); waiting ${wait} before retrying (attempt ${retryCount + 2} of ${policy.retries + 1}).`);
        return true;
    };
}
function formatSeconds(seconds) {
    return seconds >= 1 ? `${Math.round(seconds)} s` : `${Math.round(seconds * 1000)} ms`;
}

;// CONCATENATED MODULE: ./src/github/request-timeout.ts
/**
 * An attempt that got no full answer in time. Shaped like Octokit's RequestError for a dropped connection
 * (status 500, `request`, no `response`), so the retry plugin retries it as it retries resets.
 */
class RequestTimeoutError extends Error {
    request;
    name = 'RequestTimeoutError';
    status = 500;
    constructor(message, request, options) {
        super(message, options);
        this.request = request;
    }
}
// The caller's own signal per request, remembered at the first attempt: later attempts find ours in its place.
const callerSignals = new WeakMap();
/** The client's time for all its calls is spent: no attempt is made, and none is retried (it has no status). */
class TimeBudgetSpentError extends Error {
    name = 'TimeBudgetSpentError';
}
/** How long the next attempt may take: the per-attempt limit, cut to what the client's deadline leaves. */
function attemptLimit(policy) {
    const perAttempt = policy?.requestTimeoutMs ? policy.requestTimeoutMs : Infinity;
    const left = policy?.deadline === undefined ? Infinity : policy.deadline - Date.now();
    if (left <= 0)
        throw new TimeBudgetSpentError('not sent: the time allowed for GitHub calls in this step is spent');
    return Math.min(perAttempt, left);
}
/**
 * Every attempt (first try, retries, rate-limit waits) gets a fresh signal. Creating writes treat a timeout
 * like any failure that may have been committed: they look before trying again.
 */
function limitAttemptTime(octokit, options) {
    const policy = options.shipgatePolicy;
    if (!policy?.requestTimeoutMs && policy?.deadline === undefined)
        return;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const limitMs = attemptLimit(policy);
        if (!callerSignals.has(requestOptions))
            callerSignals.set(requestOptions, requestOptions.request?.signal);
        const given = callerSignals.get(requestOptions);
        const timeout = AbortSignal.timeout(Math.max(1, Math.round(limitMs)));
        const timedOut = () => timeout.aborted && given?.aborted !== true;
        // Hooks are bound to the options object, so the signal goes in there; `request` is replaced, never
        // changed, as it may be the client's defaults.
        requestOptions.request = {
            ...requestOptions.request,
            signal: given === undefined ? timeout : AbortSignal.any([given, timeout]),
        };
        try {
            const response = await request(requestOptions);
            // A body cut off by the timeout can reach us as an empty success: it is a timeout all the same.
            if (timedOut())
                throw timeout.reason;
            return response;
        }
        catch (error) {
            if (!timedOut())
                throw error;
            const sent = octokit.request.endpoint.parse(requestOptions);
            throw new RequestTimeoutError(`timed out after ${formatLimit(limitMs)}`, sent, { cause: error });
        }
    });
}
function formatLimit(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${Math.round(ms)} ms`;
}

;// CONCATENATED MODULE: ./src/github/request-hooks.ts




// Attempts per request, keyed by the options object Octokit hands unchanged to every hook and retry.
const attemptsByRequest = new WeakMap();
/** Innermost plugin: counts every attempt and warns when a failed one is about to be retried. */
function countAttempts(octokit, options) {
    const policy = options.shipgatePolicy;
    octokit.hook.before('request', (request) => {
        attemptsByRequest.set(request, (attemptsByRequest.get(request) ?? 0) + 1);
    });
    octokit.hook.error('request', (error, request) => {
        if (policy !== undefined) {
            stopAtDeadline(policy, error, request);
            warnIfRetrying(policy, error, request);
        }
        throw error;
    });
}
/** Gives the client its policy as `client.requestPolicy`, for calls that pace their own retries (create-once.ts). */
function exposePolicy(_octokit, options) {
    return { requestPolicy: options.shipgatePolicy };
}
/** Outermost plugin: turns a request's final failure into one clear GitHubRequestError. */
function explainFailures(octokit) {
    octokit.hook.error('request', (error, request) => {
        throw toGitHubRequestError(error, request);
    });
}
/** A retry whose backoff would end past the client's deadline is not waited for: the failure stands. */
function stopAtDeadline(policy, error, request) {
    const status = request_error_statusOf(error);
    const attempt = attemptsByRequest.get(request) ?? 1;
    if (policy.deadline === undefined || status === undefined || status < 500 || attempt > retriesFor(policy, request))
        return;
    if (Date.now() + policy.retryBaseDelayMs * attempt * attempt < policy.deadline)
        return;
    const reason = `${describeRequest(error, request)} failed (${answerOf(error, status)})`;
    throw new TimeBudgetSpentError(`${reason}, and the time allowed for GitHub calls in this step leaves no room to retry`, {
        cause: error,
    });
}
function warnIfRetrying(policy, error, request) {
    const status = request_error_statusOf(error);
    const attempt = attemptsByRequest.get(request) ?? 1;
    const retries = retriesFor(policy, request);
    // Only 5xx (and 500 for "no answer") reach the retry plugin; rate limits warn in their own handlers.
    if (status === undefined || status < 500 || attempt > retries)
        return;
    policy.logger.warning(`GitHub API ${describeRequest(error, request)} failed (${answerOf(error, status)}); ` +
        `retrying with backoff (attempt ${attempt + 1} of ${retries + 1}).`);
}
function toGitHubRequestError(error, request) {
    const status = request_error_statusOf(error);
    if (status === undefined || error instanceof GitHubRequestError)
        return error;
    const attempts = attemptsByRequest.get(request) ?? 1;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const headers = responseOf(error)?.headers ?? {};
    const message = `GitHub API ${describeRequest(error, request)} failed${tries}: ${answerOf(error, status)}.` +
        rateLimitResetNote(status, headers);
    return new GitHubRequestError(message, { status, apiMessage: apiMessageOf(error), attempts, responseHeaders: headers }, { cause: error });
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var http_client_lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/github/proxy.ts
// Self-hosted runners and GHES often reach GitHub only through a proxy. Node's fetch ignores
// HTTPS_PROXY, HTTP_PROXY and NO_PROXY, so requests go through undici's fetch with the proxy the
// official toolkit (@actions/http-client) picks for the URL: the same variables, NO_PROXY and the
// loopback exemption honoured the same way.


/** A fetch that goes through the configured proxy, or undefined when no proxy applies to the API URL. */
function proxyFetch(apiUrl) {
    const dispatcher = new http_client_lib/* HttpClient */.Qq('shipgate').getAgentDispatcher(apiUrl);
    if (dispatcher === undefined)
        return undefined;
    const viaProxy = (input, init) => (0,undici/* fetch */.hd)(input, { ...init, dispatcher });
    return viaProxy;
}

;// CONCATENATED MODULE: ./src/github/client.ts










// Plugin order matters: hooks registered first run innermost. limitAttemptTime and countAttempts see every
// single attempt, explainFailures only the final outcome, after retry and throttling have done their work.
const ShipgateOctokit = dist_src/* Octokit */.E.plugin(limitAttemptTime, countAttempts, exposePolicy, plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, explainFailures);
const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_TIMEOUT_MS = 30_000;
function createGitHubClient(options) {
    if (options.token.trim() === '') {
        throw new errors/* ConfigurationError */.j1('No GitHub token was given: pass the "token" input (usually ${{ github.token }}).');
    }
    const policy = policyFrom(options);
    const baseUrl = resolveBaseUrl(options.baseUrl, options.env ?? process.env);
    const viaProxy = proxyFetch(baseUrl);
    const octokitOptions = {
        auth: options.token,
        baseUrl,
        ...(viaProxy ? { request: { fetch: viaProxy } } : {}),
        userAgent: options.userAgent ?? 'shipgate',
        log: octokitLog(options.logger),
        retry: retryOptions(policy),
        throttle: throttleOptions(policy),
        shipgatePolicy: policy,
    };
    return new ShipgateOctokit(octokitOptions);
}
function policyFrom(options) {
    return {
        logger: options.logger,
        retries: nonNegative(options.retries ?? 3, 'retries'),
        retryBaseDelayMs: nonNegative(options.retryBaseDelayMs ?? 1000, 'retryBaseDelayMs'),
        waitScale: nonNegative(options.waitScale ?? 1, 'waitScale'),
        maxRateLimitWaitSeconds: nonNegative(options.maxRateLimitWaitSeconds ?? 600, 'maxRateLimitWaitSeconds'),
        requestTimeoutMs: nonNegative(options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS, 'requestTimeoutMs'),
        ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
    };
}
function nonNegative(value, name) {
    if (!Number.isFinite(value) || value < 0) {
        throw new errors/* ConfigurationError */.j1(`The GitHub client option "${name}" must be a number >= 0, not ${value}.`);
    }
    return value;
}
/** The API root without a trailing slash: explicit option, then GITHUB_API_URL, then github.com's. */
function resolveBaseUrl(explicit, env = process.env) {
    const chosen = explicit?.trim() || env['GITHUB_API_URL']?.trim() || DEFAULT_API_URL;
    try {
        new URL(chosen);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`The GitHub API URL "${chosen}" is not a valid URL (for GHES: https://HOST/api/v3).`);
    }
    return chosen.replace(/\/+$/, '');
}
// Octokit's own log calls (deprecations, plugin notices) go to our logger; they never contain the token.
function octokitLog(logger) {
    return {
        debug: (message) => logger.debug(message),
        info: (message) => logger.info(message),
        warn: (message) => logger.warning(message),
        error: (message) => logger.error(message),
    };
}

;// CONCATENATED MODULE: ./src/github/repo.ts

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
        throw new errors/* ConfigurationError */.j1(`${source} is "${text}", which is not of the form "owner/repo" (for example "octo-org/octo-repo").`);
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

// EXTERNAL MODULE: ./src/publishing/courtesy.ts
var publishing_courtesy = __webpack_require__(3839);
;// CONCATENATED MODULE: ./src/actions/compliance/publish.ts
/** What the compliance step tells GitHub: check run, sticky comment, tracking issue, step annotations. */









/** `auto`: scheduled and manual full scans of the default branch (a feature branch's scan must not rewrite it). */
function wantsTrackingIssue(inputs, runner) {
    if (inputs.trackingIssue !== 'auto')
        return inputs.trackingIssue === 'true';
    const defaultBranch = (0,runner_context.defaultBranchOf)(runner.event);
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
/** Publishes what the inputs ask for; true when the check run (which carries every annotation) was published. */
async function publish(result, inputs, runner, pull) {
    const plan = planOf(result, inputs, runner, pull);
    const wanted = Object.entries(plan)
        .filter(([, on]) => on)
        .map(([what]) => what);
    if (!inputs.token) {
        if (wanted.length > 0)
            core/* notice */.lm(`shipgate: no token, so nothing was published (skipped: ${wanted.join(', ')}).`);
        return false;
    }
    const courtesy = new publishing_courtesy/* Courtesy */.H(coreLogger, inputs.publishSeconds);
    const client = createGitHubClient({
        token: inputs.token,
        logger: coreLogger,
        baseUrl: runner.apiUrl,
        deadline: courtesy.deadline,
    });
    const target = { client, repo: parseRepo(runner.repository, 'GITHUB_REPOSITORY'), logger: coreLogger };
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
    const repoPath = (reportPath) => repositoryPath(report, reportPath);
    const ordered = annotationOrder(report.violations);
    const failing = ordered.filter((v) => failsCheck(v, report.summary.failOn)).slice(0, 9);
    const others = ordered.filter((v) => !failsCheck(v, report.summary.failOn)).slice(0, 8);
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
    if (!staysInside(external_node_path_default().relative(runner.workspace, absolute))) {
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
            await writeFileAtomic(absolute, renderReport(result.report, format));
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
    for (const format of compliance_inputs.REPORT_FORMATS)
        core/* setOutput */.uH(`${format}-report`, reports[format] ?? '');
}
/** What the inputs ask to scan, and which config judges it. */
function scanTarget(inputs, runner) {
    const pull = (0,runner_context.pullOf)(runner.event);
    return {
        target: external_node_path_default().resolve(runner.workspace, inputs.path),
        trustWorkTreeConfig: inputs.trustPrConfig,
        ...(0,compliance_inputs.optional)({
            configPath: inputs.config === undefined ? undefined : external_node_path_default().resolve(runner.workspace, inputs.config),
            changedSince: (0,compliance_inputs.changedSince)(inputs, runner.event, pull),
            expectHead: pull?.headSha,
        }),
    };
}
async function scanned({ inputs, runner, prepared }) {
    const workspace = runner.workspace;
    const result = await scanRepository({
        ...scanTarget(inputs, runner),
        ...(0,compliance_inputs.optional)({
            prepared,
            shard: inputs.shard === undefined ? undefined : parseShard(inputs.shard, 'The input "shard"'),
        }),
        overrides: {
            failOn: inputs.failOn,
            baseline: inputs.baseline === undefined ? undefined : external_node_path_default().resolve(workspace, inputs.baseline),
            comment: inputs.comment,
        },
        writeBaseline: false,
        pruneBaseline: false,
        logger: coreLogger,
        toolVersion: package_namespaceObject.rE,
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
    const configPath = inputs.config === undefined ? undefined : external_node_path_default().resolve(runner.workspace, inputs.config);
    const { settings } = await loadSettings({ root: runner.workspace, ...(0,compliance_inputs.optional)({ configPath }) });
    const compliance = (0,compliance_settings/* withComplianceOverrides */.DG)(settings.compliance, { failOn: inputs.failOn, comment: inputs.comment });
    return { report: mergeReports(reports, compliance.failOn), settings: compliance };
}
/** The compliance check as a workflow step: scan (or merge), reports, outputs, summary, annotations, GitHub. */
async function complianceStep(inputs, runner, prepared) {
    const context = { inputs, runner, pull: (0,runner_context.pullOf)(runner.event), ...(0,compliance_inputs.optional)({ prepared }) };
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
        await core/* summary */.z.addRaw(toMarkdown(result.report)).write();
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
