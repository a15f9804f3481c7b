export const id = 520;
export const ids = [520];
export const modules = {

/***/ 3716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _runner_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1953);
/* harmony import */ var _runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2362);
/* harmony import */ var _compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5986);
/* harmony import */ var _compliance_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3153);




/** The compliance action (`uses: …/actions/compliance@v1`). */
function main() {
    return (0,_runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(() => (0,_compliance_step_js__WEBPACK_IMPORTED_MODULE_3__/* .complianceStep */ .i)((0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readComplianceInputs */ .VH)(), (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)()));
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
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3910);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2764);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4661);
/**
 * Which config judges a change. A pull request's own files never decide how it is judged: in
 * changed-files mode the config is read as it is at the merge base (new exceptions and looser rules take
 * effect once merged, after review), unless the repository trusts the work tree's config (for example
 * because CODEOWNERS protects it). Either way the differences are listed so reviewers see them.
 */





/** The config file as a repository path, refused when it lies outside the repository. */
function repositoryPathOf(git, configPath) {
    if (configPath === undefined)
        return _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONFIG_PATH */ .Bi;
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(git.root, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(git.root, configPath)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    if (!(0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .staysInside */ .No)(relative)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The config file ${configPath} is outside the repository: a change is judged by the config at its merge base, ` +
            'which only a file in the repository has.');
    }
    return relative;
}
async function loadAt(git, commit, repoPath) {
    const { stdout, exitCode } = await git.run(['show', `${commit}:${repoPath}`], { allowExitCodes: [128] });
    if (exitCode !== 0)
        return { settings: (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .settingsFromConfig */ .m5)({}), commit };
    return { settings: (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSettings */ .P)(stdout, `${repoPath} at ${commit.slice(0, 12)}`), source: repoPath, commit };
}
/** Reads the config that judges this run, with what the work tree's config would change. */
async function resolveConfig(request) {
    const { git, configPath, mergeBase } = request;
    const workTree = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSettings */ .M)({ root: git.root, ...(configPath === undefined ? {} : { configPath }) });
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
    if (!(await (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .refExists */ .S)(git, ref))) {
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

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ refExists)
/* harmony export */ });
/** True when the ref names a commit in this repository. */
async function refExists(git, ref) {
    const result = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowExitCodes: [1, 128] });
    return result.exitCode === 0;
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
