export const id = 669;
export const ids = [669];
export const modules = {

/***/ 3568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(9307);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/gate/run-gate.ts + 31 modules
var run_gate = __webpack_require__(843);
// EXTERNAL MODULE: ./src/gate/formats/index.ts + 1 modules
var formats = __webpack_require__(500);
;// CONCATENATED MODULE: ./src/gate/baseline/file.ts
/** A baseline from a gate JSON report of the base branch (for terminals, where there is no Checks API). */

function fileBaseline(report, file) {
    const metrics = report?.metrics;
    if (report?.version !== 1 || typeof metrics !== 'object' || metrics === null) {
        throw new errors/* ConfigurationError */.j1(`--baseline: ${file} is not a shipgate gate JSON report (version 1 with metrics).`);
    }
    return { description: file, perCommit: false, metricsAt: () => Promise.resolve({ metrics, trend: [] }) };
}

// EXTERNAL MODULE: ./src/gate/gate-passed.ts
var gate_passed = __webpack_require__(7357);
// EXTERNAL MODULE: ./src/gate/github-report.ts
var github_report = __webpack_require__(9713);
;// CONCATENATED MODULE: ./src/gate/index.ts
// The quality gate's public face: the use case, its report and formats, and the deploy guard.






// EXTERNAL MODULE: ./src/gate/settings.ts
var gate_settings = __webpack_require__(5306);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/commands/gate.ts









const str = (value) => (typeof value === 'string' ? value : undefined);
const list = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
/** The config is read from the repository around the working directory, or from the working directory itself. */
async function configRoot(cwd) {
    try {
        return (await (0,git/* openRepository */.h_)(cwd)).root;
    }
    catch {
        return cwd;
    }
}
async function readBaselineFile(file, cwd) {
    try {
        return { source: fileBaseline(JSON.parse(await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8')), file) };
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`--baseline: cannot read the gate report ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
async function request(input, context) {
    const configFile = str(input.values.config);
    const root = await configRoot(context.cwd);
    const { settings } = await (0,load/* loadSettings */.M)({
        root,
        ...(configFile ? { configPath: external_node_path_default().resolve(context.cwd, configFile) } : {}),
    });
    const conditions = list(input.values.condition).map((text) => (0,gate_settings/* parseCondition */.zB)(text, '--condition', (m) => new errors/* ConfigurationError */.j1(m)));
    const failOn = input.values['fail-on'] === undefined
        ? undefined
        : (0,output/* choice */.Yq)(input.values['fail-on'], gate_settings/* FAIL_POLICIES */.q2, '--fail-on', 'failed');
    const reports = list(input.values.report);
    const gate = (0,gate_settings/* withGateOverrides */.vq)(settings.gate, { conditions, reports, failOn });
    const base = str(input.values.base);
    const baselineFile = str(input.values.baseline);
    return {
        // Reports named on the command line are relative to the working directory; the config's to the repository.
        cwd: reports.length > 0 ? context.cwd : root,
        settings: gate,
        ...(base ? { base } : {}),
        ...(baselineFile ? { baseline: await readBaselineFile(baselineFile, context.cwd) } : {}),
        logger: (0,output/* stderrLogger */.D7)(context),
    };
}
async function run(input, context) {
    const result = await (0,run_gate/* runGate */.R)(await request(input, context));
    const format = (0,output/* choice */.Yq)(input.values.format, formats/* GATE_FORMATS */.b, '--format', 'text');
    await (0,output/* emit */.Ic)((0,formats/* renderGate */.e)(result, format), str(input.values.output), context);
    return result.report.passed || result.failOn === 'never' ? command/* ExitCode */.y.Passed : command/* ExitCode */.y.Failed;
}
const gateCommand = {
    usage: 'shipgate gate [--report F...] [--condition "metric op value"...] [options]',
    optionHelp: [
        '  --report FILE|GLOB     a report to read (repeatable; default: gate.reports in the config); the format is',
        '                         told from the content: LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON, JUnit XML,',
        '                         SARIF, ESLint JSON, shipgate compliance JSON',
        '  --condition TEXT       e.g. "coverage.lines >= 80" (repeatable; replaces gate.conditions)',
        '  --base REF             judge new code: the lines changed since the merge base of REF and HEAD',
        '  --baseline FILE        a gate JSON report of the base branch, for delta.* metrics',
        '  --fail-on POLICY       failed (default): exit 1 when the gate fails; never: report only',
        '  --config FILE          config file (default .github/shipgate.yml)',
        '  --format FORMAT        text (default), json, markdown',
        '  --output FILE          write the report to FILE instead of stdout',
    ],
    options: {
        report: { type: 'string', multiple: true },
        condition: { type: 'string', multiple: true },
        base: { type: 'string' },
        baseline: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
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

/***/ 7357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ gatePassedFor)
/* harmony export */ });
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1227);
/* harmony import */ var _github_check_runs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1377);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9713);
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


/***/ })

};
