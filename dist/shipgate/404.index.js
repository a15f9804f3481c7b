export const id = 404;
export const ids = [404];
export const modules = {

/***/ 6272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _runner_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1953);
/* harmony import */ var _runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2362);
/* harmony import */ var _conflicts_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3830);
/* harmony import */ var _conflicts_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4030);




/** The conflicts action: each pull request against its base and every other open pull request, by real merges. */
function main() {
    return (0,_runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(() => (0,_conflicts_step_js__WEBPACK_IMPORTED_MODULE_3__/* .conflictsStep */ .K)((0,_conflicts_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readConflictsInputs */ .xk)(), (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)()));
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
