export const id = 583;
export const ids = [583];
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

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
