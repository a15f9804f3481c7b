export const id = 291;
export const ids = [291];
export const modules = {

/***/ 3258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   conflictsCheck: () => (/* binding */ conflictsCheck),
/* harmony export */   conflictsCommand: () => (/* binding */ conflictsCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8330);
/* harmony import */ var _conflicts_formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8912);
/* harmony import */ var _conflicts_find_conflicts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(0);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(308);
/* harmony import */ var _conflicts_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2974);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6657);








const str = (value) => (typeof value === 'string' ? value : undefined);
const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
async function run(input, context) {
    const config = str(input.values.config);
    const failOn = input.values['fail-on'];
    const report = await (0,_conflicts_find_conflicts_js__WEBPACK_IMPORTED_MODULE_3__/* .findConflicts */ .N)({
        cwd: context.cwd,
        ...(config ? { configPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, config) } : {}),
        ...(str(input.values.base) ? { base: str(input.values.base) } : {}),
        // `--branches a b c`: the flag takes one value, the rest arrive as positionals.
        patterns: [...strings(input.values.branches), ...input.positionals],
        ...(failOn === undefined ? {} : { failOn: (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .choice */ .Yq)(failOn, _conflicts_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .CONFLICTS_FAIL_ON */ .ry, '--fail-on', 'any') }),
        defaultFailOn: 'any',
        ...(input.values.exhaustive === true ? { exhaustive: true } : {}),
        ...(str(input.values.focus) ? { focus: str(input.values.focus) } : {}),
        logger: (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .stderrLogger */ .D7)(context),
        toolVersion: _package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE,
    });
    const format = (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .choice */ .Yq)(input.values.format, _conflicts_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFLICTS_FORMATS */ .fO, '--format', 'text');
    await (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .emit */ .Ic)((0,_conflicts_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderConflicts */ .QV)(report, format), str(input.values.output), context);
    return report.summary.passed ? _command_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.Passed : _command_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .y.Failed;
}
const conflictsCommand = {
    usage: 'shipgate conflicts [--base REF] [--branches PATTERN...] [options]',
    optionHelp: [
        '  --base REF            the base (default: the config, else the branch origin/HEAD points at, else main)',
        '  --branches PATTERN... globs over branch names or full refs: feature/*, origin/feature/*, refs/pull/*/head',
        '                        (default: the config, else every local branch)',
        '  --focus BRANCH        check only BRANCH against the base and the other branches ("does mine clash?")',
        '  --fail-on POLICY      any (default): exit 1 on any conflict; base: only on conflicts with the base; none',
        '  --exhaustive          run every merge, even those that provably cannot conflict (slower)',
        '  --config FILE         config file (default .github/shipgate.yml)',
        '  --format FORMAT       text (default), json, markdown',
        '  --output FILE         write the report to FILE instead of stdout',
    ],
    options: {
        base: { type: 'string' },
        branches: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        focus: { type: 'string' },
        exhaustive: { type: 'boolean' },
        config: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
    },
    allowPositionals: true,
    run,
};
/** The branch checked out, by name, or HEAD when detached. */
async function currentBranch(cwd) {
    const git = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(cwd);
    const result = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowExitCodes: [1, 128] });
    return result.exitCode === 0 ? result.stdout.trim() : 'HEAD';
}
/**
 * `shipgate check`'s conflicts part: the checked-out branch against its base and against the other branches
 * (the config's `branches`, else every local branch). Like the action, it fails on base conflicts by default.
 */
async function conflictsCheck(context, config, base) {
    return (0,_conflicts_find_conflicts_js__WEBPACK_IMPORTED_MODULE_3__/* .findConflicts */ .N)({
        cwd: context.cwd,
        config,
        ...(base ? { base } : {}),
        patterns: [],
        focus: await currentBranch(context.cwd),
        defaultFailOn: 'base',
        logger: (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .stderrLogger */ .D7)(context),
        toolVersion: _package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE,
    });
}


/***/ }),

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8330);
/* harmony import */ var _compliance_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9505);
/* harmony import */ var _compliance_formats_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9251);
/* harmony import */ var _conflicts_formats_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8912);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(308);
/* harmony import */ var _git_refs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8568);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6657);
/* harmony import */ var _conflicts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3258);











const str = (value) => (typeof value === 'string' ? value : undefined);
/** The base, unless it is HEAD itself (then there is no change to check: the whole repository is scanned). */
async function unlessHead(git, candidate) {
    const [baseCommit, head] = (await git.run(['rev-parse', `${candidate}^{commit}`, 'HEAD'])).stdout.split('\n');
    return baseCommit === head ? undefined : candidate;
}
/**
 * The base a pull request is compared with: --base, else the PR's base branch in Actions (which must
 * exist: a silent fallback would check the wrong change), else the remote's default branch. None
 * found, or the base is HEAD itself: the whole repository is scanned, and the log says so.
 */
async function resolveBase(input, context, logger) {
    const explicit = str(input.values.base);
    if (explicit !== undefined) {
        if (explicit.trim() === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('--base needs a ref or SHA (it was empty).');
        return explicit;
    }
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_6__/* .GitCli */ .Tq(context.cwd);
    const prBase = context.env.GITHUB_BASE_REF ? `origin/${context.env.GITHUB_BASE_REF}` : undefined;
    if (prBase !== undefined) {
        if (await (0,_git_refs_js__WEBPACK_IMPORTED_MODULE_10__/* .refExists */ .SJ)(git, prBase))
            return unlessHead(git, prBase);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`GITHUB_BASE_REF names ${prBase}, which this clone does not have: check out with fetch-depth: 0 (or fetch the base branch).`);
    }
    if (await (0,_git_refs_js__WEBPACK_IMPORTED_MODULE_10__/* .refExists */ .SJ)(git, 'origin/HEAD'))
        return unlessHead(git, 'origin/HEAD');
    logger.info('shipgate check: no origin/HEAD here, so there is no base to compare with.');
    return undefined;
}
async function complianceOutput(prepared, logger) {
    const { changes } = prepared;
    logger.info(changes ? `shipgate check: the changes since ${changes.base}` : 'shipgate check: scanning the whole repository');
    const target = { target: prepared.git.root, trustWorkTreeConfig: false };
    const request = { ...target, prepared, overrides: {}, writeBaseline: false, pruneBaseline: false };
    const { report } = await (0,_compliance_index_js__WEBPACK_IMPORTED_MODULE_2__/* .scanRepository */ .Gw)({ ...request, logger, toolVersion: _package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE });
    return { passed: report.summary.passed, render: (format) => (0,_compliance_formats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReport */ .B1)(report, format), json: report };
}
/**
 * Conflicts have no SARIF form: under --format sarif their text goes to stderr, beside the compliance SARIF.
 * They name the base as given (--base), else as conflicts resolve it (origin/HEAD's branch).
 */
async function conflictsOutput(prepared, input, context) {
    const report = await (0,_conflicts_js__WEBPACK_IMPORTED_MODULE_9__.conflictsCheck)(context, prepared.config, str(input.values.base));
    return {
        passed: report.summary.passed,
        render: (format) => {
            if (format !== 'sarif')
                return (0,_conflicts_formats_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderConflicts */ .QV)(report, format);
            context.stderr.write((0,_conflicts_formats_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderConflicts */ .QV)(report, 'text'));
            return '';
        },
        json: report,
    };
}
/** One check: its own report; several: JSON keyed by check, other formats one after another. */
function combined(outputs, format) {
    if (outputs.length === 1)
        return outputs[0].output.render(format);
    if (format === 'json') {
        return `${JSON.stringify(Object.fromEntries(outputs.map((o) => [o.name, o.output.json])), null, 2)}\n`;
    }
    return outputs
        .map((o) => o.output.render(format))
        .filter(Boolean)
        .join('\n');
}
/** The repository, the change and the config that judges it (the merge base's, unless --trust-pr-config). */
async function prepare(input, context, base) {
    const configPath = str(input.values.config) ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, str(input.values.config)) : undefined;
    const repository = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_6__/* .openRepository */ .h_)(context.cwd);
    const trustWorkTreeConfig = input.values['trust-pr-config'] === true;
    const target = { target: repository.root, ...(configPath ? { configPath } : {}), trustWorkTreeConfig };
    return (0,_compliance_index_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareScan */ .JU)({ ...target, ...(base ? { changedSince: base } : {}) });
}
async function run(input, context) {
    const logger = (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .stderrLogger */ .D7)(context);
    const format = (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .choice */ .Yq)(input.values.format, ['text', 'json', 'sarif', 'markdown'], '--format', 'text');
    const output = (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .outputFlag */ .Y0)(input, context);
    const base = await resolveBase(input, context, logger);
    const prepared = await prepare(input, context, base);
    const { checks } = prepared.config.settings;
    if (checks.length === 0)
        logger.info('shipgate check: the config enables no check (checks: []), nothing to run.');
    if (checks.includes('gate'))
        logger.info('shipgate check: the quality gate needs test reports: run shipgate gate.');
    const outputs = [];
    if (checks.includes('compliance'))
        outputs.push({ name: 'compliance', output: await complianceOutput(prepared, logger) });
    if (checks.includes('conflicts'))
        outputs.push({ name: 'conflicts', output: await conflictsOutput(prepared, input, context) });
    if (outputs.length > 0)
        await (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .emit */ .Ic)(combined(outputs, format), output, context);
    return outputs.every((o) => o.output.passed) ? _command_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.Passed : _command_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .y.Failed;
}
const checkCommand = {
    usage: 'shipgate check [options]',
    optionHelp: [
        '  --base REF          compare with REF (default: the PR base in Actions, else origin/HEAD; none: whole repository)',
        '  --config FILE       config file (default .github/shipgate.yml)',
        "  --trust-pr-config   judge the change by the work tree's config, not the base's",
        '  --format FORMAT     text (default), json, sarif, markdown',
        '  --output FILE       write the report to FILE instead of stdout',
    ],
    options: {
        base: { type: 'string' },
        config: { type: 'string' },
        'trust-pr-config': { type: 'boolean' },
        format: { type: 'string' },
        output: { type: 'string' },
    },
    allowPositionals: false,
    run,
};


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   Ic: () => (/* binding */ emit),
/* harmony export */   Y0: () => (/* binding */ outputFlag),
/* harmony export */   Yq: () => (/* binding */ choice)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_atomic_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4553);




/** Progress goes to stderr so stdout stays clean for the report a user may pipe; SHIPGATE_DEBUG=1 adds detail. */
function stderrLogger(context) {
    const verbose = context.env.SHIPGATE_DEBUG === '1' || context.env.RUNNER_DEBUG === '1';
    const line = (prefix) => (message) => context.stderr.write(`${prefix}${message}\n`);
    return {
        debug: verbose ? line('debug: ') : () => undefined,
        info: line(''),
        warning: line('warning: '),
        error: line('error: '),
    };
}
/**
 * The --output flag checked before any work: a file to write (absolute), or undefined for stdout (`-` or
 * no flag). An empty name or an existing folder is refused at once, not after a long scan.
 */
function outputFlag(input, context) {
    const value = input.values.output;
    if (value === undefined || value === '-')
        return undefined;
    if (typeof value !== 'string' || value.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--output needs a file name (it was empty).');
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, value);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--output ${value} is a folder: give a file name, e.g. ${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(value, 'report.json')}.`);
    }
    return file;
}
/** Writes to the --output file (atomically) or to stdout; a file that cannot be written is the user's to fix. */
async function emit(text, output, context) {
    if (output === undefined) {
        context.stdout.write(text);
        return;
    }
    try {
        await (0,_core_atomic_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Z)(output, text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot write --output ${output}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fileErrorMessage */ .eZ)(error)}.`);
    }
}
/** Reads a flag that must be one of a few words, with a message naming the flag. */
function choice(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${flag} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}


/***/ }),

/***/ 1227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/** A logger that drops everything: for tests and library use that wants silence. */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
};


/***/ }),

/***/ 6981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ truncateBytes),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown),
/* harmony export */   rT: () => (/* binding */ truncateLine)
/* harmony export */ });
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


/***/ })

};
