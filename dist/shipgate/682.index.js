export const id = 682;
export const ids = [682];
export const modules = {

/***/ 144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A0: () => (/* binding */ SHARED_HELP),
  TL: () => (/* binding */ SHARED_OPTIONS),
  Kk: () => (/* binding */ emitReport),
  Ku: () => (/* binding */ runOptions),
  gx: () => (/* binding */ str)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/github/repo.ts
var repo = __webpack_require__(1839);
// EXTERNAL MODULE: ./src/deploy/formats/markdown.ts
var markdown = __webpack_require__(9815);
// EXTERNAL MODULE: ./src/deploy/duration.ts
var duration = __webpack_require__(5039);
;// CONCATENATED MODULE: ./src/deploy/formats/text.ts
// The report for a terminal: the verdict first, then the facts, the phases and the notes.

const text_short = (sha) => (sha === null ? '' : ` (${sha.slice(0, 12)})`);
function facts(report) {
    const lines = [
        `  active colour: ${report.activeColor ?? 'none'}; before: ${report.previousColor ?? 'none'}`,
        `  deployment: ${report.deploymentId ?? '—'}${report.rollbackDeploymentId === null ? '' : `; rollback recorded as ${report.rollbackDeploymentId}`}`,
        `  router: ${report.router}`,
        `  ledger: ${report.ledger}`,
    ];
    if (report.switchMs !== null)
        lines.push(`  switch: ${(0,duration/* formatDuration */.a3)(report.switchMs)}`);
    if (report.soak !== null) {
        const { successRate, p95Ms, probes } = report.soak;
        lines.push(`  soak: ${successRate.toFixed(1)}% of ${probes} probe(s) succeeded, p95 ${(0,duration/* formatDuration */.a3)(p95Ms)}`);
    }
    return lines;
}
function phases(report) {
    const width = Math.max(...report.phases.map((p) => p.name.length), 5);
    return report.phases.map((p) => {
        const took = (0,duration/* formatDuration */.a3)(p.endMs - p.startMs).padStart(9);
        return `  ${p.name.padEnd(width)}  ${p.outcome.padEnd(7)} ${took}  ${p.detail}`;
    });
}
function deployText(report) {
    const head = `shipgate ${report.kind} ${report.environment}: ${report.outcome} — ${report.message}`;
    const notes = report.notes.map((note) => `  - ${note}`);
    const lines = [head, '', `${report.ref}${text_short(report.sha)}`, ...facts(report), '', 'phases:', ...phases(report)];
    if (notes.length > 0)
        lines.push('', 'notes:', ...notes);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/commands/deploy-shared.ts
// What `shipgate deploy` and `shipgate rollback` share: the ledger choice, the report formats and the exit code.








const str = (value) => (typeof value === 'string' ? value : undefined);
const SHARED_OPTIONS = {
    environment: { type: 'string' },
    config: { type: 'string' },
    ledger: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
};
const SHARED_HELP = [
    '  --environment NAME   the environment under deploy.environments in the config (required)',
    '  --config FILE        config file (default .github/shipgate.yml)',
    '  --ledger WHERE       github: record in GitHub Deployments (needs GITHUB_TOKEN and GITHUB_REPOSITORY);',
    '                       none: record nothing (default: github when both are set, else none)',
    '  --format FORMAT      text (default), json, markdown',
    '  --output FILE        write the report to FILE instead of stdout',
];
/** The workflow run, when the CLI runs in one (`run: npx shipgate deploy …`): recorded with the deployment. */
function runInfo(env) {
    const { GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt, GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
    if (!runId)
        return {};
    const logUrl = server && repo ? `${server}/${repo}/actions/runs/${runId}` : undefined;
    return { runId, runAttempt: Number(attempt ?? '1'), ...(logUrl === undefined ? {} : { logUrl }) };
}
/** The repository's root (config and commands are taken from there), or the working directory outside one. */
async function rootOf(cwd) {
    return (await (0,git/* openRepository */.h_)(cwd).catch(() => undefined))?.root ?? cwd;
}
/** The run options every deploy command builds from its flags and environment. */
async function runOptions(input, context) {
    const environment = str(input.values.environment);
    if (environment === undefined)
        throw new errors/* ConfigurationError */.j1('--environment is required (e.g. --environment staging).');
    const config = str(input.values.config);
    const configPath = config === undefined ? undefined : external_node_path_default().resolve(context.cwd, config);
    const logger = (0,output/* stderrLogger */.D7)(context);
    const base = {
        root: await rootOf(context.cwd),
        environment,
        logger,
        env: context.env,
        run: runInfo(context.env),
        ...(configPath ? { configPath } : {}),
    };
    const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository } = context.env;
    const canRecord = Boolean(token && repository);
    const ledger = (0,output/* choice */.Yq)(input.values.ledger, ['github', 'none'], '--ledger', canRecord ? 'github' : 'none');
    if (ledger === 'none')
        return { ...base, noLedgerReason: canRecord ? '--ledger none' : 'GITHUB_TOKEN or GITHUB_REPOSITORY is not set' };
    if (!canRecord)
        throw new errors/* ConfigurationError */.j1('--ledger github needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo).');
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(247), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 8860)); // loaded only to record
    const client = createGitHubClient({ token: token, logger, env: context.env });
    return { ...base, github: { client, repo: (0,repo/* parseRepo */.E3)(repository, 'GITHUB_REPOSITORY') } };
}
async function emitReport(report, input, context) {
    const format = (0,output/* choice */.Yq)(input.values.format, ['text', 'json', 'markdown'], '--format', 'text');
    const text = format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'markdown'
            ? (0,markdown/* deployMarkdown */.P)(report)
            : deployText(report);
    await (0,output/* emit */.Ic)(text, str(input.values.output), context);
    return report.passed ? command/* ExitCode */.y.Passed : command/* ExitCode */.y.Failed;
}


/***/ }),

/***/ 2682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var _deploy_shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(144);

const deployCommand = {
    usage: 'shipgate deploy --environment NAME [--ref REF] [options]',
    optionHelp: [
        ..._deploy_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_HELP */ .A0.slice(0, 1),
        '  --ref REF            the branch, tag or SHA to deploy (default HEAD)',
        ..._deploy_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_HELP */ .A0.slice(1),
    ],
    options: { ..._deploy_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_OPTIONS */ .TL, ref: { type: 'string' } },
    allowPositionals: false,
    run: async (input, context) => {
        const ref = (0,_deploy_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(input.values.ref);
        // Loaded on use: the other commands need neither it nor the GitHub client behind it.
        const { deployEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(247), __webpack_require__.e(307), __webpack_require__.e(906), __webpack_require__.e(876), __webpack_require__.e(12)]).then(__webpack_require__.bind(__webpack_require__, 7012));
        const report = await deployEnvironment({
            ...(await (0,_deploy_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .runOptions */ .Ku)(input, context)),
            ...(ref === undefined ? {} : { ref }),
        });
        return (0,_deploy_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .emitReport */ .Kk)(report, input, context);
    },
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
