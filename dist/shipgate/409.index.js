export const id = 409;
export const ids = [409];
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
