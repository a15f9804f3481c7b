export const id = 925;
export const ids = [925];
export const modules = {

/***/ 9251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: DEFAULT_MAX_CHARS, DEFAULT_MAX_RESULTS, DEFAULT_TITLE, FINGERPRINT_KEY, REPORT_FORMATS, SARIF_LEVELS, SARIF_SCHEMA_URI, SEVERITY_LABELS, TOTALS_MARKER, WORST_OFFENDERS, formatDelta, issueTitle, parseTrackingTotals, renderTrackingIssue, splitSarif, summaryLine, toMarkdown, toSarif, toText, totalsMarker, trackingTotals, trendPhrase, verdictLine, violationFingerprints, violationLine

// EXTERNAL MODULE: ./src/compliance/formats/markdown/index.ts + 1 modules
var markdown = __webpack_require__(6606);
// EXTERNAL MODULE: ./src/compliance/settings.ts
var settings = __webpack_require__(8874);
// EXTERNAL MODULE: ./src/compliance/report.ts
var compliance_report = __webpack_require__(7637);
// EXTERNAL MODULE: ./src/compliance/formats/order.ts
var order = __webpack_require__(8304);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(4661);
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
const EXCEPTION_ADVICE = `If the code cannot be split yet, ask for an approved exception: add an entry under compliance.exceptions in ${config_settings/* DEFAULT_CONFIG_PATH */.Bi} ` +
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
        ruleIndex: (0,order/* ruleRank */.Rq)(v.rule),
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
    const unparsed = report.files.filter(compliance_report/* wasNotParsed */.e7).map((f) => ({
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
                rules: settings/* RULE_IDS */.Iu.map((rule) => ruleDescriptor(rule, report.rules[rule])),
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
    const report = (0,compliance_report/* withRepositoryPaths */.dH)(scanned);
    const max = checkedMax(options.maxResults ?? DEFAULT_MAX_RESULTS);
    const ordered = (0,order/* sortedCopy */.TZ)(report.violations, order/* severityThenNew */.t0);
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
const COLORS = {
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
    const paint = options.color === true ? COLORS : PLAIN;
    const lines = (0,order/* sortedCopy */.TZ)(report.violations, order/* byPathAndLine */.Uo).map((v) => violationLine(v, paint));
    const unparsed = report.files
        .filter(compliance_report/* wasNotParsed */.e7)
        .map((f) => `${paint.path(clean(f.path))}: ${paint.dim(`note: counted but not parsed (${clean(f.note ?? '')})`)}`);
    const skipped = report.skipped.map((f) => `${paint.path(clean(f.path))}: ${paint.dim(`note: not scanned (${clean(f.reason)})`)}`);
    const config = report.config.changes.map((line) => paint.dim(`config change: ${clean(line)}`));
    return [...lines, ...unparsed, ...skipped, ...config, summaryLine(report, paint)].join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/compliance/formats/markdown/tracking-issue.ts + 1 modules
var tracking_issue = __webpack_require__(245);
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
            return (0,markdown/* toMarkdown */.l6)(report, options);
        case 'text':
            return toText(report, options);
    }
}


/***/ }),

/***/ 3755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ fitSections),
/* harmony export */   a: () => (/* binding */ omissionNote)
/* harmony export */ });
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5217);
/** A size budget for Markdown: sections of rows cut whole, each cut saying how much was left out. */

/** The note under a cut table: "12 more existing violations not shown", without "more" when none were shown. */
const omissionNote = (one, many) => (count, shown) => `\n_${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(count)} ${shown > 0 ? 'more ' : ''}${count === 1 ? one : many} not shown: the size limit was reached._\n\n`;
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


/***/ }),

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Gs: () => (/* binding */ SEVERITY_LABELS),
/* harmony export */   PP: () => (/* binding */ tableHead),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   gg: () => (/* binding */ locationCell),
/* harmony export */   jD: () => (/* binding */ tableRow)
/* harmony export */ });
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


/***/ }),

/***/ 6606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PN: () => (/* binding */ DEFAULT_MAX_CHARS),
  l6: () => (/* binding */ toMarkdown)
});

// UNUSED EXPORTS: DEFAULT_TITLE, SEVERITY_LABELS, verdictLine

// EXTERNAL MODULE: ./src/compliance/settings.ts
var settings = __webpack_require__(8874);
// EXTERNAL MODULE: ./src/compliance/formats/markdown/budget.ts
var budget = __webpack_require__(3755);
// EXTERNAL MODULE: ./src/compliance/formats/markdown/cells.ts
var cells = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/compliance/report.ts
var report = __webpack_require__(7637);
// EXTERNAL MODULE: ./src/compliance/formats/order.ts
var order = __webpack_require__(8304);
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
    const symbol = v.symbol === null ? '—' : (0,cells/* codeSpan */.SS)(v.symbol);
    const value = `${(0,cells/* formatCount */.B4)(v.value)} / ${(0,cells/* formatCount */.B4)(v.limit)}`;
    return (0,cells/* tableRow */.jD)([
        cells/* SEVERITY_LABELS */.Gs[v.severity],
        (0,cells/* locationCell */.gg)(v.path, v.line, links),
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
    const ordered = (0,order/* sortedCopy */.TZ)(report.violations, order/* newThenSeverity */.XT);
    const failing = ordered.filter((v) => v.new);
    const existing = ordered.filter((v) => !v.new);
    const head = (0,cells/* tableHead */.PP)(VIOLATION_COLUMNS);
    const sections = [
        {
            open: `### New violations (${(0,cells/* formatCount */.B4)(failing.length)})\n\n${head}`,
            rows: failing.map((v) => violationRow(v, links)),
            close: '\n',
            omitted: (0,budget/* omissionNote */.a)('new violation', 'new violations'),
        },
        {
            open: collapsed(`Existing violations (${(0,cells/* formatCount */.B4)(existing.length)})`, head),
            rows: existing.map((v) => violationRow(v, links)),
            close: '\n</details>\n\n',
            omitted: (0,budget/* omissionNote */.a)('existing violation', 'existing violations'),
        },
    ];
    return sections.filter((section) => section.rows.length > 0);
}
function fixedSection(fixed) {
    const head = (0,cells/* tableHead */.PP)([
        ['Path', 'left'],
        ['Symbol', 'left'],
        ['Rule', 'left'],
        ['Was', 'right'],
    ]);
    const rows = fixed.map((f) => (0,cells/* tableRow */.jD)([(0,cells/* codeSpan */.SS)(f.path), f.symbol === null ? '—' : (0,cells/* codeSpan */.SS)(f.symbol), f.rule, (0,cells/* formatCount */.B4)(f.value)]));
    return {
        open: collapsed(`Fixed since the baseline (${(0,cells/* formatCount */.B4)(fixed.length)})`, head),
        rows,
        close: '\n</details>\n\n',
        omitted: (0,budget/* omissionNote */.a)('fixed entry', 'fixed entries'),
    };
}
function unparsedSection(files) {
    const unparsed = files.filter(report/* wasNotParsed */.e7);
    const head = (0,cells/* tableHead */.PP)([
        ['File', 'left'],
        ['Lines', 'right'],
        ['Why', 'left'],
    ]);
    const rows = unparsed.map((f) => (0,cells/* tableRow */.jD)([(0,cells/* codeSpan */.SS)(f.path), (0,cells/* formatCount */.B4)(f.lines), (0,cells/* escapeText */.X1)(f.note ?? '')]));
    return {
        open: collapsed(`Files counted but not parsed (${(0,cells/* formatCount */.B4)(unparsed.length)})`, head),
        rows,
        close: '\n</details>\n\n',
        omitted: (0,budget/* omissionNote */.a)('unparsed file', 'unparsed files'),
    };
}
function skippedSection(skipped) {
    const head = (0,cells/* tableHead */.PP)([
        ['File', 'left'],
        ['Why it was not scanned', 'left'],
    ]);
    return {
        open: collapsed(`Files not scanned (${(0,cells/* formatCount */.B4)(skipped.length)})`, head),
        rows: skipped.map((f) => (0,cells/* tableRow */.jD)([(0,cells/* codeSpan */.SS)(f.path), (0,cells/* escapeText */.X1)(f.reason)])),
        close: '\n</details>\n\n',
        omitted: (0,budget/* omissionNote */.a)('skipped file', 'skipped files'),
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
    const shown = config.changes.slice(0, 20).map((line) => `> - ${(0,cells/* codeSpan */.SS)(line)}`);
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
    const counts = `${(0,cells/* formatCount */.B4)(s.new)} new, ${(0,cells/* formatCount */.B4)(s.violations)} total, ${(0,cells/* formatCount */.B4)(s.fixed)} fixed`;
    const failOn = s.failOn === 'new' ? '' : ` (fail-on: ${s.failOn})`;
    return `${s.passed ? '✅ **Compliance passed**' : '❌ **Compliance failed**'}: ${counts}${failOn}`;
}
function scopeLine(report) {
    const files = (0,cells/* formatCount */.B4)(report.summary.files);
    const scope = report.mode === 'changed' ? `${files} changed files` : `all ${files} files`;
    const base = report.base === null ? '' : ` against ${(0,cells/* escapeText */.X1)(report.base)}`;
    const shard = report.shard === null ? '' : `, shard ${report.shard.index} of ${report.shard.count}`;
    return `Checked ${scope}${base}${shard}; fail-on: ${report.summary.failOn}.`;
}
function totalsTable(report) {
    const s = report.summary;
    const head = (0,cells/* tableHead */.PP)([
        ['Files', 'right'],
        ['Lines', 'right'],
        ['Code', 'right'],
        ['Comment', 'right'],
        ['Blank', 'right'],
        ['Not parsed', 'right'],
        ['Suppressed', 'right'],
    ]);
    return head + (0,cells/* tableRow */.jD)([s.files, s.lines, s.code, s.comment, s.blank, s.unparsed, s.suppressed].map(cells/* formatCount */.B4));
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
        ...order/* SEVERITIES_WORST_FIRST */.Vl.map((sev) => [cells/* SEVERITY_LABELS */.Gs[sev], 'right']),
        ['Total', 'right'],
        ['New', 'right'],
    ];
    const rows = settings/* RULE_IDS */.Iu.filter((rule) => report.rules[rule].enabled || s.byRule[rule] > 0).map((rule) => {
        const newCount = report.violations.filter((v) => v.rule === rule && v.new).length;
        const bySeverity = order/* SEVERITIES_WORST_FIRST */.Vl.map((sev) => (0,cells/* formatCount */.B4)(countBy(report.violations, rule, sev)));
        const limit = report.rules[rule].enabled ? (0,cells/* formatCount */.B4)(report.rules[rule].limit) : 'off';
        return (0,cells/* tableRow */.jD)([rule, limit, ...bySeverity, (0,cells/* formatCount */.B4)(s.byRule[rule]), (0,cells/* formatCount */.B4)(newCount)]);
    });
    const all = (0,cells/* tableRow */.jD)([
        '**All**',
        '',
        ...order/* SEVERITIES_WORST_FIRST */.Vl.map((sev) => (0,cells/* formatCount */.B4)(s.bySeverity[sev])),
        (0,cells/* formatCount */.B4)(s.violations),
        (0,cells/* formatCount */.B4)(s.new),
    ]);
    return (0,cells/* tableHead */.PP)(columns) + rows.join('') + all;
}
/** The whole report as Markdown within maxChars; rows are cut whole, and each cut says how many were left out. */
function toMarkdown(report, options = {}) {
    const title = (0,cells/* escapeText */.X1)(options.title ?? DEFAULT_TITLE);
    const config = configChangeNote(report);
    const head = `## ${title}\n\n${verdictLine(report)}\n\n${config ? `${config}\n` : ''}${scopeLine(report)}\n\n${totalsTable(report)}\n${rulesTable(report)}\n`;
    const sections = [
        ...violationSections(report, options.links),
        fixedSection(report.fixed),
        unparsedSection(report.files),
        skippedSection(report.skipped),
    ].filter((section) => section.rows.length > 0);
    const foot = `<sub>shipgate ${(0,cells/* escapeText */.X1)(report.tool.version)}</sub>\n`;
    return (0,budget/* fitSections */.W)(head, sections, foot, options.maxChars ?? DEFAULT_MAX_CHARS);
}


/***/ }),

/***/ 245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cd: () => (/* reexport */ parseTrackingTotals),
  Tm: () => (/* binding */ renderTrackingIssue)
});

// UNUSED EXPORTS: TOTALS_MARKER, WORST_OFFENDERS, formatDelta, issueTitle, totalsMarker, trackingTotals, trendPhrase

// EXTERNAL MODULE: ./src/compliance/settings.ts
var settings = __webpack_require__(8874);
// EXTERNAL MODULE: ./src/compliance/formats/markdown/index.ts + 1 modules
var markdown = __webpack_require__(6606);
// EXTERNAL MODULE: ./src/compliance/formats/markdown/budget.ts
var budget = __webpack_require__(3755);
// EXTERNAL MODULE: ./src/compliance/formats/markdown/cells.ts
var cells = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/compliance/formats/order.ts
var order = __webpack_require__(8304);
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
    const bySeverity = countsOf(data['bySeverity'], order/* SEVERITIES_WORST_FIRST */.Vl, false);
    // rules added in a later version are simply absent from older totals
    const byRule = countsOf(data['byRule'] ?? {}, settings/* RULE_IDS */.Iu, true);
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
    return delta > 0 ? `+${(0,cells/* formatCount */.B4)(delta)}` : `−${(0,cells/* formatCount */.B4)(-delta)}`;
}
/** "violations 120 → 112 (−8)"; without a previous value just "violations 112". */
function trendPhrase(name, now, before) {
    if (before === undefined)
        return `${name} ${(0,cells/* formatCount */.B4)(now)}`;
    return `${name} ${(0,cells/* formatCount */.B4)(before)} → ${(0,cells/* formatCount */.B4)(now)} (${formatDelta(now - before)})`;
}
function trendParagraph(now, previous) {
    if (previous === null)
        return `First recorded scan: ${(0,cells/* formatCount */.B4)(now.violations)} violations.`;
    const severities = order/* SEVERITIES_WORST_FIRST */.Vl.map((sev) => trendPhrase(sev, now.bySeverity[sev], previous.bySeverity[sev]));
    return `Since the previous scan: ${trendPhrase('violations', now.violations, previous.violations)}; ${severities.join(', ')}.`;
}
function comparisonRow(name, now, before) {
    const previous = before === undefined ? '—' : (0,cells/* formatCount */.B4)(before);
    const change = before === undefined ? '—' : formatDelta(now - before);
    return (0,cells/* tableRow */.jD)([name, (0,cells/* formatCount */.B4)(now), previous, change]);
}
function totalsTable(now, previous) {
    const head = (0,cells/* tableHead */.PP)([
        ['', 'left'],
        ['This scan', 'right'],
        ['Previous', 'right'],
        ['Change', 'right'],
    ]);
    const rows = [
        comparisonRow('**Violations**', now.violations, previous?.violations),
        ...order/* SEVERITIES_WORST_FIRST */.Vl.map((sev) => comparisonRow(cells/* SEVERITY_LABELS */.Gs[sev], now.bySeverity[sev], previous?.bySeverity[sev])),
        ...settings/* RULE_IDS */.Iu.map((rule) => comparisonRow(rule, now.byRule[rule], previous?.byRule[rule])),
        comparisonRow('Files', now.files, previous?.files),
        comparisonRow('Lines', now.lines, previous?.lines),
        comparisonRow('Not parsed', now.unparsed, previous?.unparsed),
    ];
    return head + rows.join('');
}
function offenderRow(v, rank, links) {
    const location = (0,cells/* locationCell */.gg)(v.path, v.line, links);
    const symbol = v.symbol === null ? '—' : (0,cells/* codeSpan */.SS)(v.symbol);
    const ratio = `×${(0,order/* overLimitRatio */.Ry)(v).toFixed(2)}`;
    return (0,cells/* tableRow */.jD)([
        String(rank),
        cells/* SEVERITY_LABELS */.Gs[v.severity],
        location,
        symbol,
        v.rule,
        `${(0,cells/* formatCount */.B4)(v.value)} / ${(0,cells/* formatCount */.B4)(v.limit)}`,
        ratio,
    ]);
}
function offendersSection(report, links) {
    const worst = (0,order/* sortedCopy */.TZ)(report.violations, order/* worstFirst */.md).slice(0, WORST_OFFENDERS);
    const head = (0,cells/* tableHead */.PP)([
        ['#', 'right'],
        ['Severity', 'left'],
        ['Location', 'left'],
        ['Symbol', 'left'],
        ['Rule', 'left'],
        ['Value / limit', 'right'],
        ['Over', 'right'],
    ]);
    return {
        open: `### Worst offenders (${worst.length} of ${(0,cells/* formatCount */.B4)(report.violations.length)})\n\n${head}`,
        rows: worst.map((v, i) => offenderRow(v, i + 1, links)),
        close: '\n',
        omitted: (0,budget/* omissionNote */.a)('offender', 'offenders'),
    };
}
function issueTitle(totals) {
    const s = totals.bySeverity;
    return `V2 compliance: ${(0,cells/* formatCount */.B4)(totals.violations)} violations (${s.critical} critical, ${s.major} major, ${s.minor} minor)`;
}
/** Title and body of the tracking issue; the body starts with this scan's totals in a hidden marker. */
function renderTrackingIssue(report, previous, options = {}) {
    const now = trackingTotals(report);
    const run = options.runUrl === undefined ? '' : `Latest scan: [workflow run](${(0,cells/* safeUrl */.Pl)(options.runUrl)}).\n\n`;
    const head = `${totalsMarker(now)}\n` +
        `## V2 compliance: nightly scan\n\n${trendParagraph(now, previous)}\n\n${run}### Totals\n\n${totalsTable(now, previous)}\n`;
    const sections = report.violations.length > 0 ? [offendersSection(report, options.links)] : [];
    const foot = `<sub>Kept up to date by shipgate ${report.tool.version}; the next scan compares against the totals in this issue.</sub>\n`;
    return { title: issueTitle(now), body: (0,budget/* fitSections */.W)(head, sections, foot, options.maxChars ?? markdown/* DEFAULT_MAX_CHARS */.PN) };
}


/***/ }),

/***/ 8304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ ruleRank),
/* harmony export */   Ry: () => (/* binding */ overLimitRatio),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   Uo: () => (/* binding */ byPathAndLine),
/* harmony export */   Vl: () => (/* binding */ SEVERITIES_WORST_FIRST),
/* harmony export */   XT: () => (/* binding */ newThenSeverity),
/* harmony export */   md: () => (/* binding */ worstFirst),
/* harmony export */   t0: () => (/* binding */ severityThenNew)
/* harmony export */ });
/* unused harmony export severityRank */
/* harmony import */ var _compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8874);
/** The orders every format shows violations in, so the same report reads the same way everywhere. */

const SEVERITIES_WORST_FIRST = ['critical', 'major', 'minor'];
const SEVERITY_RANK = { critical: 0, major: 1, minor: 2 };
const severityRank = (severity) => SEVERITY_RANK[severity];
const ruleRank = (rule) => _compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(rule);
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
function severityThenNew(a, b) {
    return severityRank(a.severity) - severityRank(b.severity) || Number(b.new) - Number(a.new) || byLocation(a, b);
}
/** Path, then line: the order of a compiler's output. */
const byPathAndLine = byLocation;
/** How far over its limit a violation is, as a ratio; a zero limit counts as the value itself. */
const overLimitRatio = (v) => (v.limit > 0 ? v.value / v.limit : v.value);
/** Critical first, then the largest ratio to the limit: the worst offenders. */
function worstFirst(a, b) {
    const critical = Number(b.severity === 'critical') - Number(a.severity === 'critical');
    return critical || overLimitRatio(b) - overLimitRatio(a) || severityThenNew(a, b);
}
const sortedCopy = (violations, order) => [...violations].sort(order);


/***/ }),

/***/ 9505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C1: () => (/* reexport */ mergeReports),
  uK: () => (/* reexport */ parseShard),
  JU: () => (/* reexport */ prepareScan),
  Gw: () => (/* reexport */ scanRepository),
  aq: () => (/* reexport */ verifyCheckout)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/formats.ts
var formats = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/diff.ts
var diff = __webpack_require__(3437);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/core/atomic-file.ts
var atomic_file = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/compliance/settings.ts
var compliance_settings = __webpack_require__(8874);
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
    await (0,atomic_file/* writeFileAtomic */.Z)(file, `${JSON.stringify(content, null, 2)}\n`);
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
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/git/tracked-files.ts
var tracked_files = __webpack_require__(9672);
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
    const tracked = await (0,tracked_files/* trackedFiles */.O)(git, scanPath);
    const undecodable = undecodableNames(git.root, tracked);
    const readable = tracked.filter((p) => !undecodable.has(p));
    const marked = await (0,tracked_files/* generatedOrVendored */.g)(git, readable);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/compliance/analysis/analyze.ts + 37 modules
var analyze = __webpack_require__(8680);
// EXTERNAL MODULE: ./src/compliance/analysis/thread.ts
var analysis_thread = __webpack_require__(4924);
// EXTERNAL MODULE: ./src/compliance/analysis/worker-script.ts
var worker_script = __webpack_require__(240);
;// CONCATENATED MODULE: ./src/compliance/analysis/work-queue.ts
/** A thread that loads the compiler should have at least this many files to parse with it. */
const FILES_PER_COMPILER_THREAD = 400;
class WorkQueue {
    compiler = [];
    plain = [];
    /** how many threads may load the compiler */
    compilerThreads;
    stopped = false;
    constructor(files, needsCompiler, batchSize) {
        const compilerFiles = files.filter(needsCompiler);
        const plainFiles = files.filter((file) => !needsCompiler(file));
        for (let i = 0; i < compilerFiles.length; i += batchSize)
            this.compiler.push(compilerFiles.slice(i, i + batchSize));
        for (let i = 0; i < plainFiles.length; i += batchSize)
            this.plain.push(plainFiles.slice(i, i + batchSize));
        this.compilerThreads = Math.ceil(compilerFiles.length / FILES_PER_COMPILER_THREAD);
    }
    /** The next batch for a thread: compiler files first for one that may load the compiler; none once stopped. */
    take(mayLoadCompiler) {
        if (this.stopped)
            return undefined;
        return (mayLoadCompiler ? this.compiler.shift() : undefined) ?? this.plain.shift();
    }
    /** No more batches for anyone: a thread failed and the scan is failing. */
    stop() {
        this.stopped = true;
    }
}

;// CONCATENATED MODULE: ./src/compliance/analysis/threads.ts






const BATCH = 48;
const BATCHES_IN_FLIGHT = 2;
/** Below this many files, starting a thread costs more than it saves. */
const MIN_FILES_FOR_THREADS = 300;
/** A batch is at most 48 files of at most the parse limit each: minutes without an answer mean a stuck thread. */
const DEFAULT_BATCH_TIMEOUT_MS = 120_000;
/**
 * Reading and parsing is CPU work, so a scan shares it with worker threads that run this same bundle.
 * Files are handed out in small batches, two in flight per thread, so a thread that started late or met
 * large files does not hold the others up. Threads may start long before the work (loading the bundle
 * overlaps with listing files); every wait on them ends, with their answer, their failure or a timeout.
 */
class AnalysisPool {
    options;
    threads;
    batchTimeoutMs;
    /** how many files the threads analysed (the rest were analysed on the calling thread) */
    filesFromThreads = 0;
    constructor(options) {
        this.options = options;
        this.batchTimeoutMs = options.batchTimeoutMs ?? DEFAULT_BATCH_TIMEOUT_MS;
        const script = (0,worker_script/* analysisScript */.e0)();
        this.threads = script ? Array.from({ length: options.threads }, () => new analysis_thread/* AnalysisThread */.HW(script)) : [];
    }
    /** Analyses every file, on this thread and the pool's; both lists are sorted by path. */
    async analyze(job) {
        const queue = new WorkQueue(job.files, (file) => (0,analyze/* needsCompiler */.L_)(file.repoPath), BATCH);
        const results = [];
        const lanes = this.threads.flatMap((thread, index) => {
            const mayLoadCompiler = index < queue.compilerThreads;
            return Array.from({ length: BATCHES_IN_FLIGHT }, () => this.threadLane(thread, mayLoadCompiler, job, queue, results));
        });
        // This thread loads the compiler only when no analysis thread can (small scans, or no bundle).
        await Promise.all([this.ownLane(job, queue, results, this.threads.length === 0), ...lanes]);
        const byPath = (pathOf) => (a, b) => pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0;
        return {
            analyzed: results.flatMap((r) => r.analyzed).sort(byPath((f) => f.entry.path)),
            skipped: results.flatMap((r) => r.skipped).sort(byPath((f) => f.path)),
        };
    }
    async threadLane(thread, mayLoadCompiler, job, queue, results) {
        try {
            for (let batch = queue.take(mayLoadCompiler); batch; batch = queue.take(mayLoadCompiler)) {
                const answer = await thread.analyze({ ...job, files: batch }, this.batchTimeoutMs);
                this.filesFromThreads += answer.analyzed.length;
                results.push(answer);
            }
        }
        catch (error) {
            queue.stop();
            throw error;
        }
    }
    async ownLane(job, queue, results, mayLoadCompiler) {
        const onAnalysisStack = (file) => this.analyzeOnAnalysisStack(job, file);
        for (let batch = queue.take(mayLoadCompiler); batch; batch = queue.take(mayLoadCompiler)) {
            results.push(await (0,analyze/* analyzeFiles */._$)({ ...job, files: batch }, onAnalysisStack));
            await (0,external_node_timers_promises_.setImmediate)(); // lets the threads' answers through
        }
    }
    /** A file whose nesting exhausted this thread's stack, analysed again on a thread with the analysis stack. */
    async analyzeOnAnalysisStack(job, file) {
        const script = (0,worker_script/* analysisScript */.e0)();
        if (!script)
            return undefined;
        const own = this.threads[0];
        const thread = own ?? new analysis_thread/* AnalysisThread */.HW(script);
        try {
            return await thread.analyze({ ...job, files: [file] }, this.batchTimeoutMs);
        }
        finally {
            if (!own)
                await thread.close();
        }
    }
    /** Stops the threads. */
    async close() {
        await Promise.all(this.threads.map((t) => t.close()));
    }
    /** Stops the threads without waiting for them to end (see AnalysisThread.release): for a pool never used. */
    release() {
        for (const thread of this.threads)
            thread.release();
    }
}
/** A pool sized to the machine (at most 3 extra threads), or none when no bundle registered itself. */
function startAnalysisPool() {
    return new AnalysisPool({ threads: Math.max(0, Math.min(external_node_os_default().availableParallelism(), 4) - 1) });
}

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

// EXTERNAL MODULE: ./src/compliance/summary.ts
var summary = __webpack_require__(5723);
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
    return (0,diff/* touchesChange */.gf)(change, finding.line, finding.endLine) ? status : 'existing';
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
    const early = options.changes ? undefined : startAnalysisPool();
    let selected;
    try {
        selected = await filesToScan(options);
        checkSelection(options, selected);
    }
    catch (error) {
        early?.release();
        throw error;
    }
    const { files } = selected;
    const pool = files.length < MIN_FILES_FOR_THREADS ? new AnalysisPool({ threads: 0 }) : (early ?? startAnalysisPool());
    if (pool !== early)
        early?.release();
    const changes = options.changes;
    const base = changes ? ` changed since ${changes.base} (merge base ${changes.mergeBase.slice(0, 12)})` : '';
    options.logger.info(`Scanning ${files.length} file(s)${base}.`);
    try {
        const batch = await pool.analyze({ root: options.git.root, files, maxParseBytes: options.settings.maxParseBytes });
        if (pool.filesFromThreads > 0)
            options.logger.debug(`${pool.filesFromThreads} of ${files.length} files were analysed in worker threads.`);
        return { ...batch, skipped: [...selected.skipped, ...batch.skipped], selected };
    }
    finally {
        await pool.close();
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
        summary: (0,summary/* summarize */.e)(parts, judged.suppressed, options.settings.failOn),
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
/** A file's findings after its exceptions and inline directives: those still pending a verdict, and how many went. */
function suppress(file, rulesFor, exception) {
    const directive = directiveChecker(file.directives);
    const pending = [];
    let suppressed = 0;
    for (const finding of evaluateFile(file, rulesFor(file.entry.path))) {
        const [fromException, fromDirective] = [exception(finding), directive(finding)];
        if (fromException.kind === 'suppressed' || fromDirective.kind === 'suppressed')
            suppressed++;
        else if (fromException.kind === 'over-exception')
            pending.push({ finding: { ...finding, limit: fromException.limit }, suppression: fromException });
        else
            pending.push({ finding, suppression: fromException.kind === 'none' ? fromDirective : fromException });
    }
    return { pending, suppressed };
}
function judgeFiles(analyzed, options, baseline, changeOf) {
    const rulesFor = rulesForPaths(options.settings.rules, options.settings.overrides);
    const exception = exceptionChecker(options.settings.exceptions, options.today);
    const violations = [];
    let suppressed = 0;
    for (const file of analyzed) {
        warnAboutDirectives(file, options.logger);
        const { pending, suppressed: fileSuppressed } = suppress(file, rulesFor, exception);
        suppressed += fileSuppressed;
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
    const git = await (0,git_git/* openRepository */.h_)(folder);
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
    const changes = target.changedSince === undefined ? undefined : await (0,diff/* changesSince */.sR)(git, target.changedSince);
    const config = await (0,resolve/* resolveConfig */.p)({
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
    if (!(0,formats/* staysInside */.No)(relative)) {
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
    return { ...first.report, shard: null, ...parts, summary: (0,summary/* summarize */.e)(parts, suppressed, failOn) };
}

;// CONCATENATED MODULE: ./src/compliance/index.ts
// The compliance capability's public face: the use case and the report's types. The analysers (and the
// TypeScript compiler behind them) stay behind it, loaded only when a scan needs them.




/***/ }),

/***/ 7637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SH: () => (/* binding */ repositoryPath),
/* harmony export */   dH: () => (/* binding */ withRepositoryPaths),
/* harmony export */   e7: () => (/* binding */ wasNotParsed)
/* harmony export */ });
/* unused harmony export REPORT_VERSION */
const REPORT_VERSION = 1;
/** A file worth a remark: one that has a parser but was counted only (too large, unparseable, not UTF-8). */
const wasNotParsed = (file) => !file.parsed && file.note !== undefined;
/** A report path as a repository path, for annotations and code scanning. */
function repositoryPath(report, reportPath) {
    return report.root === '' ? reportPath : `${report.root}/${reportPath}`;
}
/** The same report with repository paths: what code scanning needs, whatever folder was scanned. */
function withRepositoryPaths(report) {
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


/***/ }),

/***/ 5723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize),
/* harmony export */   k: () => (/* binding */ failsCheck)
/* harmony export */ });
/* harmony import */ var _compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8874);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7637);


/** Whether a violation fails the check under fail-on: new (default) | all | none. */
function failsCheck(violation, failOn) {
    return failOn === 'all' || (failOn === 'new' && violation.new);
}
function countsOf(violations) {
    const bySeverity = { critical: 0, major: 0, minor: 0 };
    const byRule = Object.fromEntries(_compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.map((id) => [id, 0]));
    for (const v of violations) {
        bySeverity[v.severity]++;
        byRule[v.rule]++;
    }
    return { bySeverity, byRule };
}
/** Totals of a report; `passed` follows fail-on: new (default) | all | none. */
function summarize({ files, skipped, violations, fixed }, suppressed, failOn) {
    const { bySeverity, byRule } = countsOf(violations);
    const sum = (key) => files.reduce((total, f) => total + f[key], 0);
    const failing = violations.filter((v) => failsCheck(v, failOn)).length;
    return {
        files: files.length,
        lines: sum('lines'),
        code: sum('code'),
        comment: sum('comment'),
        blank: sum('blank'),
        unparsed: files.filter(_report_js__WEBPACK_IMPORTED_MODULE_1__/* .wasNotParsed */ .e7).length,
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


/***/ })

};
