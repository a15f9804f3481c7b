export const id = 608;
export const ids = [608];
export const modules = {

/***/ 1608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/cli/command.ts
const ExitCode = { Passed: 0, Failed: 1, Usage: 2 };

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/compliance/index.ts + 10 modules
var compliance = __webpack_require__(9505);
// EXTERNAL MODULE: ./src/compliance/formats/index.ts + 5 modules
var formats = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/conflicts/formats/index.ts + 1 modules
var conflicts_formats = __webpack_require__(8912);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/git/refs.ts
var refs = __webpack_require__(8568);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/atomic-file.ts
var atomic_file = __webpack_require__(4553);
;// CONCATENATED MODULE: ./src/cli/output.ts




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
        throw new errors/* ConfigurationError */.j1('--output needs a file name (it was empty).');
    const file = external_node_path_default().resolve(context.cwd, value);
    if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`--output ${value} is a folder: give a file name, e.g. ${external_node_path_default().join(value, 'report.json')}.`);
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
        await (0,atomic_file/* writeFileAtomic */.Z)(output, text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Cannot write --output ${output}: ${(0,errors/* fileErrorMessage */.eZ)(error)}.`);
    }
}
/** Reads a flag that must be one of a few words, with a message naming the flag. */
function choice(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`${flag} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}

// EXTERNAL MODULE: ./src/conflicts/find-conflicts.ts + 1 modules
var find_conflicts = __webpack_require__(0);
// EXTERNAL MODULE: ./src/conflicts/settings.ts
var settings = __webpack_require__(2974);
;// CONCATENATED MODULE: ./src/cli/commands/conflicts.ts








const str = (value) => (typeof value === 'string' ? value : undefined);
const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
async function run(input, context) {
    const config = str(input.values.config);
    const failOn = input.values['fail-on'];
    const report = await (0,find_conflicts/* findConflicts */.N)({
        cwd: context.cwd,
        ...(config ? { configPath: external_node_path_default().resolve(context.cwd, config) } : {}),
        ...(str(input.values.base) ? { base: str(input.values.base) } : {}),
        // `--branches a b c`: the flag takes one value, the rest arrive as positionals.
        patterns: [...strings(input.values.branches), ...input.positionals],
        ...(failOn === undefined ? {} : { failOn: choice(failOn, settings/* CONFLICTS_FAIL_ON */.ry, '--fail-on', 'any') }),
        defaultFailOn: 'any',
        ...(input.values.exhaustive === true ? { exhaustive: true } : {}),
        ...(str(input.values.focus) ? { focus: str(input.values.focus) } : {}),
        logger: stderrLogger(context),
        toolVersion: package_0/* version */.rE,
    });
    const format = choice(input.values.format, conflicts_formats/* CONFLICTS_FORMATS */.fO, '--format', 'text');
    await emit((0,conflicts_formats/* renderConflicts */.QV)(report, format), str(input.values.output), context);
    return report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}
const conflictsCommand = {
    name: 'conflicts',
    summary: 'Find merge conflicts between branches, their base and each other, by real merges',
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
    const git = await (0,git_git/* openRepository */.h_)(cwd);
    const result = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowExitCodes: [1, 128] });
    return result.exitCode === 0 ? result.stdout.trim() : 'HEAD';
}
/**
 * `shipgate check`'s conflicts part: the checked-out branch against its base and against the other branches
 * (the config's `branches`, else every local branch). Like the action, it fails on base conflicts by default.
 */
async function conflictsCheck(context, config, base) {
    return (0,find_conflicts/* findConflicts */.N)({
        cwd: context.cwd,
        config,
        ...(base ? { base } : {}),
        patterns: [],
        focus: await currentBranch(context.cwd),
        defaultFailOn: 'base',
        logger: stderrLogger(context),
        toolVersion: package_0/* version */.rE,
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/pr-checks.ts











const pr_checks_str = (value) => (typeof value === 'string' ? value : undefined);
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
    const explicit = pr_checks_str(input.values.base);
    if (explicit !== undefined) {
        if (explicit.trim() === '')
            throw new errors/* ConfigurationError */.j1('--base needs a ref or SHA (it was empty).');
        return explicit;
    }
    const git = new git_git/* GitCli */.Tq(context.cwd);
    const prBase = context.env.GITHUB_BASE_REF ? `origin/${context.env.GITHUB_BASE_REF}` : undefined;
    if (prBase !== undefined) {
        if (await (0,refs/* refExists */.SJ)(git, prBase))
            return unlessHead(git, prBase);
        throw new errors/* ConfigurationError */.j1(`GITHUB_BASE_REF names ${prBase}, which this clone does not have: check out with fetch-depth: 0 (or fetch the base branch).`);
    }
    if (await (0,refs/* refExists */.SJ)(git, 'origin/HEAD'))
        return unlessHead(git, 'origin/HEAD');
    logger.info('shipgate check: no origin/HEAD here, so there is no base to compare with.');
    return undefined;
}
async function complianceOutput(prepared, logger) {
    const { changes } = prepared;
    logger.info(changes ? `shipgate check: the changes since ${changes.base}` : 'shipgate check: scanning the whole repository');
    const target = { target: prepared.git.root, trustWorkTreeConfig: false };
    const request = { ...target, prepared, overrides: {}, writeBaseline: false, pruneBaseline: false };
    const { report } = await (0,compliance/* scanRepository */.Gw)({ ...request, logger, toolVersion: package_0/* version */.rE });
    return { passed: report.summary.passed, render: (format) => (0,formats/* renderReport */.B1)(report, format), json: report };
}
/**
 * Conflicts have no SARIF form: under --format sarif their text goes to stderr, beside the compliance SARIF.
 * They name the base as given (--base), else as conflicts resolve it (origin/HEAD's branch).
 */
async function conflictsOutput(prepared, input, context) {
    const report = await conflictsCheck(context, prepared.config, pr_checks_str(input.values.base));
    return {
        passed: report.summary.passed,
        render: (format) => {
            if (format !== 'sarif')
                return (0,conflicts_formats/* renderConflicts */.QV)(report, format);
            context.stderr.write((0,conflicts_formats/* renderConflicts */.QV)(report, 'text'));
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
    const configPath = pr_checks_str(input.values.config) ? external_node_path_default().resolve(context.cwd, pr_checks_str(input.values.config)) : undefined;
    const repository = await (0,git_git/* openRepository */.h_)(context.cwd);
    const trustWorkTreeConfig = input.values['trust-pr-config'] === true;
    const target = { target: repository.root, ...(configPath ? { configPath } : {}), trustWorkTreeConfig };
    return (0,compliance/* prepareScan */.JU)({ ...target, ...(base ? { changedSince: base } : {}) });
}
async function pr_checks_run(input, context) {
    const logger = stderrLogger(context);
    const format = choice(input.values.format, ['text', 'json', 'sarif', 'markdown'], '--format', 'text');
    const output = outputFlag(input, context);
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
        await emit(combined(outputs, format), output, context);
    return outputs.every((o) => o.output.passed) ? ExitCode.Passed : ExitCode.Failed;
}
const checkCommand = {
    name: 'check',
    summary: 'Run the pull-request checks the config enables (with no config: V2 compliance of the changed files)',
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
    run: pr_checks_run,
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/compliance/settings.ts
var compliance_settings = __webpack_require__(8874);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(9307);
;// CONCATENATED MODULE: ./src/cli/commands/compliance.ts











const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const compliance_str = (value) => (typeof value === 'string' ? value : undefined);
async function readReport(file, cwd) {
    try {
        return { file, report: JSON.parse(await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8')) };
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`compliance merge: cannot read the JSON report ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** The merging run's fail-on: --fail-on, else its config's (never a shard report's own). */
async function mergeFailOn(input, context) {
    const flag = input.values['fail-on'];
    if (flag !== undefined)
        return choice(flag, compliance_settings/* FAIL_ON */.d$, '--fail-on', 'new');
    const configPath = compliance_str(input.values.config);
    const root = (await (0,git_git/* findRepositoryRoot */.mL)(context.cwd)) ?? context.cwd;
    const config = await (0,load/* loadSettings */.M)({
        root,
        ...(configPath ? { configPath: external_node_path_default().resolve(context.cwd, configPath) } : {}),
    });
    return config.settings.compliance.failOn;
}
async function merge(files, input, context) {
    const format = choice(input.values.format, FORMATS, '--format', 'json');
    const output = outputFlag(input, context);
    const failOn = await mergeFailOn(input, context);
    const reports = await Promise.all(files.map((f) => readReport(f, context.cwd)));
    const report = (0,compliance/* mergeReports */.C1)(reports, failOn);
    await emit((0,formats/* renderReport */.B1)(report, format), output, context);
    return report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}
function changedSinceFlag(input) {
    const ref = input.values['changed-since'];
    if (ref === undefined)
        return undefined;
    const text = compliance_str(ref)?.trim();
    if (!text)
        throw new errors/* ConfigurationError */.j1('--changed-since needs a ref or SHA (it was empty).');
    return text;
}
function scanRequest(input, context) {
    const [target = '.', ...extra] = input.positionals;
    if (extra.length > 0) {
        throw new errors/* ConfigurationError */.j1(`compliance takes one PATH, got ${input.positionals.length}: ${input.positionals.join(' ')}`);
    }
    const [shard, baseline, config, changedSince] = [
        compliance_str(input.values.shard),
        compliance_str(input.values.baseline),
        compliance_str(input.values.config),
        changedSinceFlag(input),
    ];
    const failOn = input.values['fail-on'] === undefined ? undefined : choice(input.values['fail-on'], compliance_settings/* FAIL_ON */.d$, '--fail-on', 'new');
    return {
        target: external_node_path_default().resolve(context.cwd, target),
        ...(config ? { configPath: external_node_path_default().resolve(context.cwd, config) } : {}),
        overrides: { failOn, baseline: baseline === undefined ? undefined : external_node_path_default().resolve(context.cwd, baseline) },
        ...(changedSince ? { changedSince } : {}),
        trustWorkTreeConfig: input.values['trust-pr-config'] === true,
        ...(shard ? { shard: (0,compliance/* parseShard */.uK)(shard, '--shard') } : {}),
        writeBaseline: input.values['write-baseline'] === true,
        pruneBaseline: input.values['prune-baseline'] === true,
        logger: stderrLogger(context),
        toolVersion: package_0/* version */.rE,
    };
}
async function scan(input, context) {
    // Every flag is checked before the scan: a typo should not cost a whole scan first.
    const format = choice(input.values.format, FORMATS, '--format', 'text');
    const output = outputFlag(input, context);
    const result = await (0,compliance/* scanRepository */.Gw)(scanRequest(input, context));
    await emit((0,formats/* renderReport */.B1)(result.report, format), output, context);
    if (result.baselineWritten)
        context.stderr.write(`Baseline written to ${result.baselineWritten}.\n`);
    if (result.baselineWritten)
        return ExitCode.Passed;
    return result.report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}
const complianceCommand = {
    name: 'compliance',
    summary: 'Check files, classes and functions against line-count limits (V2 by default)',
    usage: 'shipgate compliance [PATH] [options]\n       shipgate compliance merge REPORT.json... [--format F] [--output F]',
    optionHelp: [
        '  --changed-since REF   check only files changed since the merge base of REF and HEAD (PR mode)',
        '  --config FILE         config file (default .github/shipgate.yml in the repository)',
        '  --baseline FILE       baseline file (default .github/shipgate-baseline.json)',
        '  --write-baseline      record the current violations as the baseline, then exit 0',
        '  --prune-baseline      drop fixed entries from the baseline and lower shrunk values, then exit 0',
        '  --fail-on MODE        new (default): fail on new violations; all: on any; none: never',
        "  --trust-pr-config     with --changed-since: judge by the work tree's config, not the merge base's",
        '  --shard I/N           scan only shard I of N (for matrix jobs); combine with `compliance merge`',
        '  --format FORMAT       text (default), json, sarif, markdown',
        '  --output FILE         write the report to FILE instead of stdout',
    ],
    options: {
        'changed-since': { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'boolean' },
        'prune-baseline': { type: 'boolean' },
        'fail-on': { type: 'string' },
        'trust-pr-config': { type: 'boolean' },
        shard: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
    },
    allowPositionals: true,
    run: (input, context) => input.positionals[0] === 'merge' ? merge(input.positionals.slice(1), input, context) : scan(input, context),
};

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

;// CONCATENATED MODULE: ./src/cli/commands/deploy-shared.ts
// What `shipgate deploy` and `shipgate rollback` share: the ledger choice, the report formats and the exit code.








const deploy_shared_str = (value) => (typeof value === 'string' ? value : undefined);
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
    return (await (0,git_git/* openRepository */.h_)(cwd).catch(() => undefined))?.root ?? cwd;
}
/** The run options every deploy command builds from its flags and environment. */
async function runOptions(input, context) {
    const environment = deploy_shared_str(input.values.environment);
    if (environment === undefined)
        throw new errors/* ConfigurationError */.j1('--environment is required (e.g. --environment staging).');
    const config = deploy_shared_str(input.values.config);
    const configPath = config === undefined ? undefined : external_node_path_default().resolve(context.cwd, config);
    const logger = stderrLogger(context);
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
    const ledger = choice(input.values.ledger, ['github', 'none'], '--ledger', canRecord ? 'github' : 'none');
    if (ledger === 'none')
        return { ...base, noLedgerReason: canRecord ? '--ledger none' : 'GITHUB_TOKEN or GITHUB_REPOSITORY is not set' };
    if (!canRecord)
        throw new errors/* ConfigurationError */.j1('--ledger github needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo).');
    const { createGitHubClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8860)); // loaded only to record
    const client = createGitHubClient({ token: token, logger, env: context.env });
    return { ...base, github: { client, repo: (0,repo/* parseRepo */.E3)(repository, 'GITHUB_REPOSITORY') } };
}
async function emitReport(report, input, context) {
    const format = choice(input.values.format, ['text', 'json', 'markdown'], '--format', 'text');
    const text = format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'markdown'
            ? (0,markdown/* deployMarkdown */.P)(report)
            : deployText(report);
    await emit(text, deploy_shared_str(input.values.output), context);
    return report.passed ? ExitCode.Passed : ExitCode.Failed;
}

;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts

const deployCommand = {
    name: 'deploy',
    summary: 'Deploy to the idle colour and switch traffic after health checks',
    usage: 'shipgate deploy --environment NAME [--ref REF] [options]',
    optionHelp: [
        ...SHARED_HELP.slice(0, 1),
        '  --ref REF            the branch, tag or SHA to deploy (default HEAD)',
        ...SHARED_HELP.slice(1),
    ],
    options: { ...SHARED_OPTIONS, ref: { type: 'string' } },
    allowPositionals: false,
    run: async (input, context) => {
        const ref = deploy_shared_str(input.values.ref);
        // Loaded on use: the other commands need neither it nor the GitHub client behind it.
        const { deployEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(876), __webpack_require__.e(12)]).then(__webpack_require__.bind(__webpack_require__, 7012));
        const report = await deployEnvironment({
            ...(await runOptions(input, context)),
            ...(ref === undefined ? {} : { ref }),
        });
        return emitReport(report, input, context);
    },
};

// EXTERNAL MODULE: ./src/gate/run-gate.ts + 31 modules
var run_gate = __webpack_require__(843);
// EXTERNAL MODULE: ./src/gate/formats/index.ts + 1 modules
var gate_formats = __webpack_require__(500);
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
var github_report = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/gate/index.ts
// The quality gate's public face: the use case, its report and formats, and the deploy guard.






// EXTERNAL MODULE: ./src/gate/settings.ts
var gate_settings = __webpack_require__(5306);
;// CONCATENATED MODULE: ./src/cli/commands/gate.ts









const gate_str = (value) => (typeof value === 'string' ? value : undefined);
const list = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
/** The config is read from the repository around the working directory, or from the working directory itself. */
async function configRoot(cwd) {
    try {
        return (await (0,git_git/* openRepository */.h_)(cwd)).root;
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
    const configFile = gate_str(input.values.config);
    const root = await configRoot(context.cwd);
    const { settings } = await (0,load/* loadSettings */.M)({
        root,
        ...(configFile ? { configPath: external_node_path_default().resolve(context.cwd, configFile) } : {}),
    });
    const conditions = list(input.values.condition).map((text) => (0,gate_settings/* parseCondition */.zB)(text, '--condition', (m) => new errors/* ConfigurationError */.j1(m)));
    const failOn = input.values['fail-on'] === undefined
        ? undefined
        : choice(input.values['fail-on'], gate_settings/* FAIL_POLICIES */.q2, '--fail-on', 'failed');
    const reports = list(input.values.report);
    const gate = (0,gate_settings/* withGateOverrides */.vq)(settings.gate, { conditions, reports, failOn });
    const base = gate_str(input.values.base);
    const baselineFile = gate_str(input.values.baseline);
    return {
        // Reports named on the command line are relative to the working directory; the config's to the repository.
        cwd: reports.length > 0 ? context.cwd : root,
        settings: gate,
        ...(base ? { base } : {}),
        ...(baselineFile ? { baseline: await readBaselineFile(baselineFile, context.cwd) } : {}),
        logger: stderrLogger(context),
    };
}
async function gate_run(input, context) {
    const result = await (0,run_gate/* runGate */.R)(await request(input, context));
    const format = choice(input.values.format, gate_formats/* GATE_FORMATS */.b, '--format', 'text');
    await emit((0,gate_formats/* renderGate */.e)(result, format), gate_str(input.values.output), context);
    return result.report.passed || result.failOn === 'never' ? ExitCode.Passed : ExitCode.Failed;
}
const gateCommand = {
    name: 'gate',
    summary: 'Pass or fail on coverage, test, lint and compliance results',
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
    run: gate_run,
};

;// CONCATENATED MODULE: ./src/cli/commands/rollback.ts

const rollbackCommand = {
    name: 'rollback',
    summary: 'Return traffic to the last deployment that succeeded',
    usage: 'shipgate rollback --environment NAME [--to ID|REF] [options]',
    optionHelp: [
        ...SHARED_HELP.slice(0, 1),
        '  --to ID|REF          a deployment id or a ref to go back to (default: the last good deployment',
        '                       before the current one; without a ledger: the idle colour)',
        ...SHARED_HELP.slice(1),
    ],
    options: { ...SHARED_OPTIONS, to: { type: 'string' } },
    allowPositionals: false,
    run: async (input, context) => {
        const to = deploy_shared_str(input.values.to);
        // Loaded on use: the other commands need neither it nor the GitHub client behind it.
        const { rollbackEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(876), __webpack_require__.e(599)]).then(__webpack_require__.bind(__webpack_require__, 9599));
        const report = await rollbackEnvironment({
            ...(await runOptions(input, context)),
            ...(to === undefined ? {} : { to }),
        });
        return emitReport(report, input, context);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/index.ts






/** Every `shipgate` command, in the order `--help` lists them. */
const commands = [
    checkCommand,
    complianceCommand,
    conflictsCommand,
    gateCommand,
    deployCommand,
    rollbackCommand,
];

;// CONCATENATED MODULE: ./src/cli/main.ts






const COMMON_HELP = ['  -h, --help     show help for the command'];
function overview() {
    const width = Math.max(...commands.map((c) => c.name.length));
    const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return [
        `shipgate ${package_0/* version */.rE}: CI checks for teams that ship many parallel branches.`,
        '',
        'Usage: shipgate <command> [options]',
        '',
        'Commands:',
        ...rows,
        '',
        'Run `shipgate <command> --help` for the options of a command.',
        'Exit codes: 0 passed, 1 the check failed, 2 bad usage or bad config.',
        '',
    ].join('\n');
}
function commandHelp(command) {
    return [
        `Usage: ${command.usage}`,
        '',
        command.summary,
        '',
        'Options:',
        ...command.optionHelp,
        ...COMMON_HELP,
        '',
    ].join('\n');
}
function findCommand(name, context) {
    const command = commands.find((c) => c.name === name);
    if (!command) {
        const hint = (0,mod/* closest */.kp)(name, commands.map((c) => c.name));
        context.stderr.write(`shipgate: unknown command "${name}"; did you mean "${hint}"?\n\n${overview()}`);
    }
    return command;
}
async function runCommand(command, args, context) {
    const parsed = (0,external_node_util_.parseArgs)({
        args,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: command.allowPositionals,
        strict: true,
    });
    if (parsed.values.help) {
        context.stdout.write(commandHelp(command));
        return ExitCode.Passed;
    }
    return command.run({ values: parsed.values, positionals: parsed.positionals }, context);
}
/** Runs the CLI and returns its exit code; errors become messages, bugs are reported as such. */
async function main(args, context) {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        context.stdout.write(overview());
        return name === undefined ? ExitCode.Usage : ExitCode.Passed;
    }
    if (name === '--version' || name === '-v') {
        context.stdout.write(`${package_0/* version */.rE}\n`);
        return ExitCode.Passed;
    }
    const command = findCommand(name, context);
    if (!command)
        return ExitCode.Usage;
    try {
        return await runCommand(command, rest, context);
    }
    catch (error) {
        return reportError(command.name, error, context);
    }
}
function reportError(commandName, error, context) {
    const isUsage = error instanceof errors/* ConfigurationError */.j1 || error.code?.startsWith('ERR_PARSE_ARGS');
    if (isUsage) {
        context.stderr.write(`shipgate ${commandName}: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return ExitCode.Usage;
    }
    const detail = error instanceof Error && error.stack ? error.stack : (0,errors/* errorMessage */.gJ)(error);
    context.stderr.write(`shipgate ${commandName} failed unexpectedly (a bug; please report it):\n${detail}\n`);
    return ExitCode.Usage;
}

;// CONCATENATED MODULE: ./src/cli/start.ts

/** `shipgate …` in a terminal: the process's arguments, streams, directory and environment. */
async function start() {
    process.exitCode = await main(process.argv.slice(2), {
        stdout: process.stdout,
        stderr: process.stderr,
        cwd: process.cwd(),
        env: process.env,
    });
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


/***/ })

};
