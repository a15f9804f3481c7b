export const id = 681;
export const ids = [681];
export const modules = {

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ changedSince),
/* harmony export */   EL: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   UW: () => (/* binding */ COMPLIANCE_INPUTS),
/* harmony export */   VH: () => (/* binding */ readComplianceInputs),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   oA: () => (/* binding */ secondsInput)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _compliance_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8874);
/* harmony import */ var _publishing_courtesy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3839);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9205);
/** The compliance action's inputs (the table a test checks against actions/compliance/action.yml) and their meaning. */




const COMPLIANCE_INPUTS = {
    path: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    config: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    mode: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(['auto', 'changed', 'full']),
    base: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'fail-on': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(_compliance_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON */ .d$),
    baseline: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    shard: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'merge-reports': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'json-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'sarif-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'markdown-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    'check-run': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(),
    comment: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(),
    'tracking-issue': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(['auto', 'true', 'false']),
    'trust-pr-config': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(),
    'publish-timeout': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(),
    token: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .secret */ .rJ)(),
};
const REPORT_FORMATS = ['json', 'sarif', 'markdown'];
/** A number of seconds from an input: a whole number from 1 to a day. */
function secondsInput(name, value, fallback) {
    if (value === undefined)
        return fallback;
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The input "${name}" must be a whole number of seconds from 1 to 86400, not "${value}".`);
    }
    return seconds;
}
/** Drops the undefined values, so optional properties stay absent rather than undefined. */
function optional(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
function readComplianceInputs() {
    const raw = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .Ko)(COMPLIANCE_INPUTS);
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
        publishSeconds: secondsInput('publish-timeout', raw['publish-timeout'], _publishing_courtesy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PUBLISH_SECONDS */ .w),
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The input "mode" is "${inputs.mode}" on a ${event.name} event, which gives no base to compare with: ` +
            'set the "base" input (a ref or SHA), or mode: full.');
    }
    return base;
}


/***/ }),

/***/ 3830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ withInputOverrides),
/* harmony export */   U3: () => (/* binding */ defaultConflictsInputs),
/* harmony export */   xk: () => (/* binding */ readConflictsInputs)
/* harmony export */ });
/* unused harmony export CONFLICTS_INPUTS */
/* harmony import */ var _conflicts_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2974);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9205);
/* harmony import */ var _compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5986);
/** The conflicts action's inputs (the table a test checks against actions/conflicts/action.yml) and their meaning. */



const CONFLICTS_INPUTS = {
    config: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(),
    base: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(),
    'fail-on': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .choice */ .Yq)(_conflicts_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFLICTS_FAIL_ON */ .ry),
    label: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(),
    comment: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(),
    'check-run': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(),
    'json-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(),
    'markdown-report': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(),
    remote: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(),
    fetch: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(),
    'publish-timeout': (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(),
    token: (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)(),
};
/** Writes are spaced about a second apart, so this leaves room for a few hundred of them. */
const DEFAULT_PUBLISH_SECONDS = 300;
function readConflictsInputs() {
    const raw = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .Ko)(CONFLICTS_INPUTS);
    return {
        ...(0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)({ config: raw.config, base: raw.base, failOn: raw['fail-on'], label: raw.label, comment: raw.comment }),
        ...(0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)({ jsonReport: raw['json-report'], markdownReport: raw['markdown-report'], token: raw.token }),
        checkRun: raw['check-run'] ?? true,
        remote: raw.remote ?? 'origin',
        fetch: raw.fetch ?? true,
        publishSeconds: (0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .secondsInput */ .oA)('publish-timeout', raw['publish-timeout'], DEFAULT_PUBLISH_SECONDS),
    };
}
/** The root action runs the conflicts check with these: its own token and config, every other input's default. */
function defaultConflictsInputs(shared) {
    return {
        ...(0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(shared),
        checkRun: true,
        remote: 'origin',
        fetch: true,
        publishSeconds: DEFAULT_PUBLISH_SECONDS,
    };
}
/** Inputs override the config file; the action fails on base conflicts unless told otherwise. */
function withInputOverrides(settings, inputs) {
    return {
        ...settings,
        failOn: inputs.failOn ?? settings.failOn ?? 'base',
        ...(0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)({ label: inputs.label, comment: inputs.comment }),
    };
}


/***/ }),

/***/ 4030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ conflictsStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/conflicts/find-conflicts.ts + 1 modules
var find_conflicts = __webpack_require__(0);
// EXTERNAL MODULE: ./src/conflicts/formats/index.ts + 1 modules
var formats = __webpack_require__(8912);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/conflicts/run-conflicts.ts + 20 modules
var run_conflicts = __webpack_require__(636);
// EXTERNAL MODULE: ./src/git/history.ts
var git_history = __webpack_require__(528);
;// CONCATENATED MODULE: ./src/git/fetch.ts

const FETCH_TIMEOUT_MS = 10 * 60_000;
async function fetch(git, remote, refspecs, unshallow) {
    const args = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...(unshallow ? ['--unshallow'] : [])];
    const result = await git.run([...args, '--stdin', remote], {
        input: refspecs.join('\n') + '\n',
        allowExitCodes: [1, 128],
        timeoutMs: FETCH_TIMEOUT_MS,
    });
    return result.exitCode === 0 ? undefined : result.stderr.trim() || `git fetch exited ${result.exitCode}`;
}
/**
 * Fetches the refspecs from the remote in one go; when that fails, one by one, so a single missing ref
 * (a deleted pull request head) costs only that ref. A shallow clone is deepened to its full history,
 * since merge bases may lie beyond its cut.
 */
async function fetchRefspecs(git, remote, refspecs) {
    const unshallow = await (0,git_history/* isShallow */.fE)(git);
    if (refspecs.length === 0)
        return { failed: [], unshallowed: false };
    const error = await fetch(git, remote, refspecs, unshallow);
    if (error === undefined)
        return { failed: [], unshallowed: unshallow };
    if (refspecs.length === 1)
        return { failed: [{ refspec: refspecs[0], reason: error }], unshallowed: false };
    const failed = [];
    let deepened = !unshallow;
    for (const refspec of refspecs) {
        const reason = await fetch(git, remote, [refspec], !deepened);
        if (reason === undefined)
            deepened = true;
        else
            failed.push({ refspec, reason });
    }
    return { failed, unshallowed: unshallow && deepened };
}

// EXTERNAL MODULE: ./src/git/object-lookup.ts
var object_lookup = __webpack_require__(7388);
// EXTERNAL MODULE: ./src/git/refs.ts
var refs = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/conflicts/pull-requests/fetch-heads.ts




const headRef = (number) => `refs/pull/${number}/head`;
async function fetchAll(git, remote, base, pulls, logger) {
    const refspecs = [
        `+refs/heads/${base}:refs/remotes/${remote}/${base}`,
        ...pulls.map((p) => `+${headRef(p.number)}:${headRef(p.number)}`),
    ];
    const result = await fetchRefspecs(git, remote, refspecs);
    if (result.unshallowed)
        logger.info('The checkout was shallow: fetched the full history (fetch-depth: 0 avoids this step).');
    return new Map(result.failed.map((f) => [f.refspec, f.reason]));
}
/** The head GitHub names when it is here (it is what the event is about), else the one just fetched. */
async function headsOf(git, pulls) {
    const named = await (0,object_lookup/* resolveCommits */.J9)(git, pulls.map((p) => p.headSha));
    const fetched = await (0,object_lookup/* resolveCommits */.J9)(git, pulls.map((p) => headRef(p.number)));
    return pulls.map((_, i) => named[i] ?? fetched[i]);
}
async function fetchHeads(request) {
    const { git, remote, base, pulls } = request;
    const failed = request.fetch ? await fetchAll(git, remote, base, pulls, request.logger) : new Map();
    const baseSha = (await (0,refs/* resolveCommit */.WL)(git, `refs/remotes/${remote}/${base}`)) ?? (await (0,refs/* resolveCommit */.WL)(git, base));
    if (baseSha === undefined) {
        const reason = failed.values().next().value ?? 'not in this repository';
        throw new errors/* ConfigurationError */.j1(`The base branch "${base}" could not be fetched from ${remote}: ${reason}`);
    }
    const heads = new Map();
    const missing = new Map();
    const found = await headsOf(git, pulls);
    for (const [index, pull] of pulls.entries()) {
        const sha = found[index];
        if (sha)
            heads.set(pull.number, sha);
        else
            missing.set(pull.number, failed.get(`+${headRef(pull.number)}:${headRef(pull.number)}`) ?? 'its head is not in this repository');
    }
    return { baseSha, heads, missing };
}

;// CONCATENATED MODULE: ./src/conflicts/pull-requests/select.ts
/** Why a pull request is left out, or undefined when it is checked. */
function skipReason(pull, settings) {
    if (pull.draft && !settings.includeDrafts)
        return 'a draft (include-drafts: false)';
    if (pull.author.endsWith('[bot]') && !settings.includeBots)
        return `opened by ${pull.author} (include-bots: false)`;
    const label = pull.labels.find((l) => settings.skipLabels.some((skip) => skip.toLowerCase() === l.toLowerCase()));
    return label === undefined ? undefined : `labelled "${label}" (skip-labels)`;
}
function selectPulls(pulls, settings) {
    const checked = [];
    const skipped = [];
    for (const pull of pulls) {
        const reason = skipReason(pull, settings);
        if (reason === undefined)
            checked.push(pull);
        else
            skipped.push({ pull, reason });
    }
    return { checked, skipped };
}
/** The name a pull request's head has in reports: the ref GitHub keeps for it, which forks share too. */
const pullBranchName = (number) => `pull/${number}/head`;

;// CONCATENATED MODULE: ./src/conflicts/pull-requests/check-pulls.ts




async function openPulls(request) {
    const { pulls, failure } = await request.lister.listOpenPartially({ base: request.base });
    const focus = request.focus;
    // The listing is fresher than the event (labels added since); the event names the head being checked.
    const fresh = focus && { ...(pulls.find((p) => p.number === focus.number) ?? focus), headSha: focus.headSha };
    const listed = fresh ? [...pulls.filter((p) => p.number !== fresh.number), fresh] : pulls;
    const withFocus = fresh ? { focus: fresh } : {};
    if (failure === undefined)
        return { pulls: listed, ...withFocus };
    const reason = `listing the open pull requests stopped after ${pulls.length}: ${(0,errors/* errorMessage */.gJ)(failure)}`;
    request.logger.warning(`shipgate conflicts: ${reason}`);
    return { pulls: listed, ...withFocus, partialReason: reason };
}
const pullInfo = (pull) => ({
    number: pull.number,
    title: pull.title,
    url: pull.htmlUrl,
    author: pull.author,
    headRef: pull.headRef,
});
async function checkPullRequests(request) {
    const { pulls, focus: freshFocus, partialReason } = await openPulls(request);
    const { checked, skipped } = selectPulls(pulls, request.settings);
    const { git, remote, base, fetch, logger } = request;
    const fetched = await fetchHeads({ git, remote, base, pulls: checked, fetch, logger });
    const present = checked.filter((p) => fetched.heads.has(p.number));
    const focus = request.focus && pullBranchName(request.focus.number);
    const { report } = await (0,run_conflicts/* runConflicts */.z)({
        git,
        base: { name: base, sha: fetched.baseSha },
        branches: present.map((p) => ({
            name: pullBranchName(p.number),
            sha: fetched.heads.get(p.number),
            teamName: p.headRef,
        })),
        ...(focus ? { focus } : {}),
        settings: request.settings,
        failOn: request.failOn,
        exhaustive: request.settings.exhaustive,
        processes: request.processes,
        logger,
        toolVersion: request.toolVersion,
        extra: {
            pulls: Object.fromEntries(checked.map((p) => [pullBranchName(p.number), pullInfo(p)])),
            ...(partialReason ? { partialReason } : {}),
            unchecked: [...fetched.missing].map(([number, reason]) => ({ branch: pullBranchName(number), reason })),
        },
    });
    return { report, checked, skipped, ...(freshFocus ? { focus: freshFocus } : {}) };
}

// EXTERNAL MODULE: ./src/conflicts/report/verdict.ts
var verdict = __webpack_require__(6607);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(9307);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/core/atomic-file.ts
var atomic_file = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/github/client.ts + 5 modules
var github_client = __webpack_require__(8860);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
;// CONCATENATED MODULE: ./src/github/pulls.ts


// GitHub lists at most this many files of a pull request.
const FILE_LIST_CAP = 3000;
/** Pull requests of one repository, as small plain objects. */
class PullRequests {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    // Reads of one pull request leave 404 alone: it means the number is unknown. Listing does not.
    async get(number) {
        const { data } = await (0,permissions/* withPermission */.IW)('pull-requests: read', `read pull request #${number}`, () => this.client.rest.pulls.get({ ...this.repo, pull_number: number }));
        return toPullRequest(data, this.repo);
    }
    /** Every file the pull request changes, across all pages. */
    async changedFiles(number) {
        const files = await (0,permissions/* withPermission */.IW)('pull-requests: read', `list the files of #${number}`, () => this.client.paginate(this.client.rest.pulls.listFiles, {
            ...this.repo,
            pull_number: number,
            per_page: 100,
        }));
        if (files.length >= FILE_LIST_CAP) {
            this.logger.warning(`GitHub lists only the first ${FILE_LIST_CAP} files of #${number}; the rest are not checked.`);
        }
        return files.map((file) => ({
            path: file.filename,
            status: file.status,
            ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
            additions: file.additions,
            deletions: file.deletions,
        }));
    }
    /** Open pull requests, oldest first, optionally only those into `base`. */
    async listOpen(options = {}) {
        const pulls = await (0,permissions/* withPermission */.IW)('pull-requests: read', 'list the open pull requests', () => this.client.paginate(this.client.rest.pulls.list, {
            ...this.repo,
            state: 'open',
            base: options.base,
            sort: 'created',
            direction: 'asc',
            per_page: 100,
        }), { notFoundMeansDenied: true });
        return pulls.map((pull) => toPullRequest(pull, this.repo));
    }
    /**
     * Merges the base into the pull request's branch on GitHub ("Update branch"); `expectedHeadSha` makes
     * GitHub refuse (422) if someone pushed since, rather than merge into a head nobody checked.
     */
    async updateBranch(number, expectedHeadSha) {
        await (0,permissions/* withPermission */.IW)('contents: write', `update the branch of #${number}`, () => this.client.rest.pulls.updateBranch({ ...this.repo, pull_number: number, expected_head_sha: expectedHeadSha }));
        this.logger.debug(`Asked GitHub to bring #${number} up to date with its base.`);
    }
    /**
     * Open pull requests page by page (100 a page: 1 + N/100 calls), keeping the pages already read when a
     * later page fails, so a run that hits a rate limit can report on what it has. `failure` says why it stopped.
     */
    async listOpenPartially(options = {}) {
        const pulls = [];
        const pages = this.client.paginate.iterator(this.client.rest.pulls.list, {
            ...this.repo,
            state: 'open',
            base: options.base,
            sort: 'created',
            direction: 'asc',
            per_page: 100,
        });
        try {
            for await (const page of pages)
                pulls.push(...page.data.map((pull) => toPullRequest(pull, this.repo)));
            return { pulls };
        }
        catch (error) {
            const refused = (0,permissions/* explainRefusal */.GC)(error, 'pull-requests: read', 'list the open pull requests', {
                notFoundMeansDenied: true,
            });
            if (refused)
                throw refused;
            return { pulls, failure: error };
        }
    }
}
/** A pull request as the REST API or a webhook payload renders it, as a small plain object. */
function toPullRequest(pull, repo) {
    const headRepo = pull.head.repo?.full_name ?? null;
    return {
        number: pull.number,
        title: pull.title,
        state: pull.state === 'closed' ? 'closed' : 'open',
        draft: pull.draft ?? false,
        merged: pull.merged_at !== null,
        author: pull.user?.login ?? '',
        labels: pull.labels.map((label) => label.name ?? '').filter(Boolean),
        headRef: pull.head.ref,
        headSha: pull.head.sha,
        headRepo,
        // A deleted fork leaves head.repo null: treat it as a fork too (its token is just as limited).
        isFork: headRepo === null || headRepo.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase(),
        baseRef: pull.base.ref,
        baseSha: pull.base.sha,
        htmlUrl: pull.html_url,
    };
}

// EXTERNAL MODULE: ./src/github/repo.ts
var github_repo = __webpack_require__(1839);
// EXTERNAL MODULE: ./src/runner/context.ts
var runner_context = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/publishing/pull-request.ts
var pull_request = __webpack_require__(8906);
// EXTERNAL MODULE: ./src/runner/logger.ts
var logger = __webpack_require__(1784);
// EXTERNAL MODULE: ./src/actions/conflicts/inputs.ts
var conflicts_inputs = __webpack_require__(3830);
// EXTERNAL MODULE: ./src/conflicts/formats/markdown/index.ts + 4 modules
var markdown = __webpack_require__(2800);
// EXTERNAL MODULE: ./src/conflicts/formats/describe.ts
var describe = __webpack_require__(5775);
// EXTERNAL MODULE: ./src/conflicts/formats/markdown/names.ts
var names = __webpack_require__(5296);
;// CONCATENATED MODULE: ./src/conflicts/formats/markdown/pull-comment.ts


function findingsOfBranch(report, name) {
    const base = report.baseConflicts.find((c) => c.branch === name);
    return {
        ...(base ? { base } : {}),
        pairs: report.pairs.filter((p) => p.a === name || p.b === name),
        regenerable: report.regenerable.filter((r) => r.branch === name || r.a === name || r.b === name),
    };
}
/** In a pull request's own comment its lines are "here"; the others' by number. */
const sideName = (report, self) => (branch) => branch === self ? 'here' : (0,names/* shortName */.EU)(report, branch);
function teamOf(report, branch) {
    return Object.entries(report.teams).find(([, entry]) => entry.branches.includes(branch))?.[0];
}
function pairRow(report, name, pair) {
    const other = pair.a === name ? pair.b : pair.a;
    const pull = report.pulls?.[other];
    const who = pull
        ? `${(0,names/* branchLink */.li)(report, other)} ${pull.title.replace(/\|/g, '\\|')} (${(0,names/* code */.aY)(pull.headRef)})`
        : (0,names/* code */.aY)(other);
    const team = teamOf(report, other) ?? '';
    const cross = pair.crossTeam ? ' ⚠️ other team' : '';
    const firstIsMine = (pair.order === 'a-first' && pair.a === name) || (pair.order === 'b-first' && pair.b === name);
    const when = pair.order === 'both' ? 'either lands first' : firstIsMine ? 'this one lands first' : 'that one lands first';
    return `| ${who} | ${team}${cross} | ${when} | ${(0,describe/* filesText */.TC)(pair.files, pair.conflicts, names/* code */.aY, sideName(report, name))} |`;
}
function pairSection(report, name, pairs) {
    if (pairs.length === 0)
        return [];
    return [
        `**It conflicts with ${(0,describe/* plural */.LS)(pairs.length, 'other open pull request')}**: each merges on its own, but once one lands the other no longer does. Agree who lands first; the other rebases.`,
        '',
        '| Pull request | Team | Conflicts when | Files |',
        '|---|---|---|---|',
        ...pairs.map((pair) => pairRow(report, name, pair)),
        '',
    ];
}
/** The comment's text; deterministic (no times, no run links), so an unchanged set never rewrites it. */
function pullComment(report, name) {
    const found = findingsOfBranch(report, name);
    const lines = ['### shipgate conflicts', ''];
    if (found.base) {
        const files = (0,describe/* filesText */.TC)(found.base.files, found.base.conflicts, names/* code */.aY, sideName(report, name));
        lines.push(`❌ This pull request no longer merges into ${(0,names/* code */.aY)(report.base)}: ${files}. Rebase it on ${(0,names/* code */.aY)(report.base)} (or merge ${(0,names/* code */.aY)(report.base)} into it) and resolve.`, '');
    }
    lines.push(...pairSection(report, name, found.pairs));
    if (found.regenerable.length > 0) {
        const files = [...new Set(found.regenerable.flatMap((r) => r.files))].map(names/* code */.aY).join(', ');
        lines.push(`Lock files to regenerate after rebasing (not counted as conflicts): ${files}.`, '');
    }
    if (!found.base && found.pairs.length === 0)
        lines.push(`✅ No conflicts with ${(0,names/* code */.aY)(report.base)} or with other open pull requests.`, '');
    lines.push('<sub>shipgate checks with real merges and updates this comment when the conflicts change.</sub>');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/conflicts/github-report.ts



const CHECK_RUN_NAME = 'shipgate / conflicts';
const COMMENT_PURPOSE = 'conflicts';
/**
 * Whether the pull request should carry the label: when it conflicts with its base, or (fail-on: any) with
 * another. Undefined when its state is unknown (its head could not be checked, or the run is partial and
 * it was not listed): the label then stays as it is, never removed on a guess.
 */
function wantsLabel(report, name) {
    if (report.unchecked.some((u) => u.branch === name))
        return undefined;
    if (!report.branches.includes(name))
        return undefined;
    const found = findingsOfBranch(report, name);
    return found.base !== undefined || (report.summary.failOn === 'any' && found.pairs.length > 0);
}
/** One annotation per conflicted file: GitHub shows them on the pull request's changed files. */
function annotationsFor(report, name) {
    const found = findingsOfBranch(report, name);
    const onBase = (found.base?.files ?? []).map((path) => ({
        path,
        startLine: 1,
        endLine: 1,
        level: 'failure',
        title: `Conflicts with ${report.base}`,
        message: `Merging this pull request into ${report.base} conflicts in ${path}.`,
    }));
    const withPulls = found.pairs.flatMap((pair) => {
        const other = pair.a === name ? pair.b : pair.a;
        const label = report.pulls?.[other] ? `#${report.pulls[other].number}` : other;
        return pair.files.map((path) => ({
            path,
            startLine: 1,
            endLine: 1,
            level: 'warning',
            title: `Conflicts with ${label}`,
            message: `Once one of this pull request and ${label} lands, the other conflicts in ${path}.`,
        }));
    });
    return [...onBase, ...withPulls];
}
function checkRunFor(report, name, headSha) {
    const found = findingsOfBranch(report, name);
    const passed = (0,verdict/* verdictOf */.Vj)(report, report.summary.failOn, name);
    const partial = report.summary.partial && passed;
    const title = found.base
        ? `Conflicts with ${report.base}`
        : found.pairs.length > 0
            ? `Conflicts with ${found.pairs.length} open pull request(s)`
            : `No conflicts with ${report.base} or other open pull requests`;
    return {
        name: CHECK_RUN_NAME,
        headSha,
        conclusion: !passed ? 'failure' : partial ? 'neutral' : 'success',
        title: partial ? `${title} (partial)` : title,
        summary: (maxChars) => {
            const focused = pullComment(report, name);
            return `${focused}\n\n${(0,markdown/* toMarkdown */.l)(report, { maxChars: Math.max(0, maxChars - focused.length - 2) })}`;
        },
        annotations: annotationsFor(report, name),
        overflowHint: 'the JSON report',
    };
}

// EXTERNAL MODULE: ./src/github/comments.ts + 1 modules
var comments = __webpack_require__(7680);
// EXTERNAL MODULE: ./src/github/request-error.ts
var request_error = __webpack_require__(7409);
;// CONCATENATED MODULE: ./src/github/labels.ts



/** Labels on pull requests and issues, and the repository's label definitions. All calls are idempotent. */
class Labels {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /** The labels on an issue or pull request. */
    async list(issueNumber) {
        const labels = await (0,permissions/* withPermission */.IW)('pull-requests: read', `read the labels of #${issueNumber}`, () => this.client.paginate(this.client.rest.issues.listLabelsOnIssue, {
            ...this.repo,
            issue_number: issueNumber,
            per_page: 100,
        }));
        return labels.map((label) => label.name);
    }
    /**
     * Adds labels; with `current` (the labels known to be there) it sends nothing for those present.
     * Returns the names it asked GitHub to add. A label the repository lacks is created by GitHub on the
     * way, which needs "issues: write" besides "pull-requests: write" (the refusal says so).
     */
    async add(issueNumber, names, current) {
        const present = new Set((current ?? []).map((name) => name.toLowerCase()));
        const missing = unique(names).filter((name) => !present.has(name.toLowerCase()));
        if (missing.length === 0)
            return [];
        await (0,permissions/* withPermission */.IW)('pull-requests: write', `label #${issueNumber} with ${missing.join(', ')}`, () => this.client.rest.issues.addLabels({ ...this.repo, issue_number: issueNumber, labels: missing }));
        this.logger.debug(`Labelled #${issueNumber}: ${missing.join(', ')}.`);
        return missing;
    }
    /** Removes a label; returns false when it was not there (GitHub's 404), which is not an error. */
    async remove(issueNumber, name) {
        try {
            await (0,permissions/* withPermission */.IW)('pull-requests: write', `remove label "${name}" from #${issueNumber}`, () => this.client.rest.issues.removeLabel({ ...this.repo, issue_number: issueNumber, name }));
            this.logger.debug(`Removed label "${name}" from #${issueNumber}.`);
            return true;
        }
        catch (error) {
            if ((0,request_error/* isNotFound */.c4)(error))
                return false;
            throw error;
        }
    }
    /** Makes sure the repository has the label with this colour and description. */
    async ensure(spec) {
        const wanted = { ...spec, color: normalizeColor(spec.color) };
        const existing = await this.get(wanted.name);
        if (existing === undefined)
            return this.create(wanted);
        const sameDescription = wanted.description === undefined || wanted.description === (existing.description ?? '');
        if (existing.color.toLowerCase() === wanted.color && sameDescription)
            return 'unchanged';
        await (0,permissions/* withPermission */.IW)('issues: write', `update label "${wanted.name}"`, () => this.client.rest.issues.updateLabel({ ...this.repo, ...wanted }));
        this.logger.debug(`Updated label "${wanted.name}".`);
        return 'updated';
    }
    /** Creates the label when the repository lacks it; an existing one keeps the colour its owners gave it. */
    async createIfMissing(spec) {
        const wanted = { ...spec, color: normalizeColor(spec.color) };
        return (await this.get(wanted.name)) === undefined ? this.create(wanted) : 'unchanged';
    }
    async get(name) {
        try {
            const { data } = await this.client.rest.issues.getLabel({ ...this.repo, name });
            return data;
        }
        catch (error) {
            if ((0,request_error/* isNotFound */.c4)(error))
                return undefined;
            throw error;
        }
    }
    async create(spec) {
        try {
            await (0,permissions/* withPermission */.IW)('issues: write', `create label "${spec.name}"`, () => this.client.rest.issues.createLabel({ ...this.repo, ...spec }), { notFoundMeansDenied: true });
            this.logger.debug(`Created label "${spec.name}".`);
            return 'created';
        }
        catch (error) {
            // 422 "already_exists": another job created it between our look and our write.
            if ((0,request_error/* statusOf */.c2)(error) === 422)
                return 'unchanged';
            throw error;
        }
    }
}
function normalizeColor(color) {
    const hex = color.replace(/^#/, '').toLowerCase();
    if (!/^[0-9a-f]{6}$/.test(hex))
        throw new Error(`A label colour must be six hex digits, not "${color}".`);
    return hex;
}
function unique(names) {
    const seen = new Set();
    return names.filter((name) => {
        const key = name.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/actions/conflicts/writes.ts
/** GitHub writes of one run, one after another, as a courtesy that a rate limit or the time allowed cuts short. */


/**
 * Runs writes in turn; a rate limit or the end of the publishing time stops the rest, any other failure warns
 * and the next write goes on.
 */
class Writes {
    target;
    stopped;
    done = 0;
    constructor(target) {
        this.target = target;
    }
    /** Runs one write; returns why it did not happen (refused, or the writes stopped), or undefined. */
    async run(what, write) {
        if (this.stopped === undefined && this.pastDeadline())
            this.stop('the time allowed for publishing was spent');
        if (this.stopped !== undefined)
            return this.stopped;
        try {
            await write();
            this.done++;
            return undefined;
        }
        catch (error) {
            if ((0,request_error/* isRateLimited */.Jz)(error))
                return this.stop(`GitHub's rate limit stopped the updates: ${(0,errors/* errorMessage */.gJ)(error)}`);
            if (this.pastDeadline())
                return this.stop(`the time allowed for publishing was spent: ${(0,errors/* errorMessage */.gJ)(error)}`);
            this.target.logger.warning(`Could not publish the ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return (0,errors/* errorMessage */.gJ)(error);
        }
    }
    pastDeadline() {
        return this.target.deadline !== undefined && Date.now() >= this.target.deadline;
    }
    /** No write starts after this: `why`, with how many were done, becomes the reason the result is partial. */
    stop(why) {
        this.stopped = `${why} (after ${this.done} update(s); the rest were skipped)`;
        this.target.logger.warning(`shipgate conflicts: ${this.stopped}`);
        return this.stopped;
    }
}

;// CONCATENATED MODULE: ./src/actions/conflicts/publish.ts
/**
 * What the conflicts step tells GitHub. On a pull request event: its check run, its comment, its label. On a
 * push or schedule: labels and comments of the pull requests whose state changed, nothing else. Each write
 * is a courtesy (a failure warns); a rate limit stops the writes and makes the run partial.
 */







const LABEL_COLOR = 'b60205';
const LABEL_DESCRIPTION = 'shipgate: conflicts with its base or another open pull request';
function hasLabel(pull, label) {
    return pull.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}
/** Adds or removes the label where its state changed; leaves it when the state is unknown. */
async function updateLabel(request, writes, pull, ensured) {
    const want = wantsLabel(request.report, pullBranchName(pull.number));
    const labels = new Labels(request.target.client, request.target.repo, request.target.logger);
    if (want === true && !hasLabel(pull, request.label)) {
        if (!ensured.done)
            await writes.run('label', () => labels.createIfMissing({ name: request.label, color: LABEL_COLOR, description: LABEL_DESCRIPTION }));
        ensured.done = true;
        await writes.run(`label on #${pull.number}`, () => labels.add(pull.number, [request.label], pull.labels));
    }
    else if (want === false && hasLabel(pull, request.label)) {
        await writes.run(`label on #${pull.number}`, () => labels.remove(pull.number, request.label));
    }
}
/**
 * The comment when there is something to say; with nothing to say, an earlier comment is brought up to date
 * (found by one read when `look` allows it, else only when the label says there was one).
 */
async function updateComment(request, writes, pull, look) {
    if (!request.comment)
        return;
    const name = pullBranchName(pull.number);
    if (wantsLabel(request.report, name) === undefined)
        return;
    const found = findingsOfBranch(request.report, name);
    const something = found.base !== undefined || found.pairs.length > 0 || found.regenerable.length > 0;
    const body = pullComment(request.report, name);
    const { client, repo, logger } = request.target;
    if (!something && !look && !hasLabel(pull, request.label))
        return;
    await writes.run(`comment on #${pull.number}`, async () => {
        if (!something && (await new comments/* StickyComments */.c(client, repo, logger).find(pull.number, COMMENT_PURPOSE)).length === 0)
            return;
        await (0,pull_request/* publishStickyComment */.i2)(request.target, pull.number, COMMENT_PURPOSE, body);
    });
}
/** A pull request event: the check run on its head, then its comment and label. */
async function publishForPull(request, focus) {
    const writes = new Writes(request.target);
    const name = pullBranchName(focus.number);
    if (request.checkRun)
        await writes.run('check run', () => (0,pull_request/* publishCheckRun */.Nm)(request.target, checkRunFor(request.report, name, focus.headSha)));
    await updateComment(request, writes, focus, true);
    await updateLabel(request, writes, focus, { done: false });
    return writes.stopped;
}
/** A push or schedule: every checked pull request whose label or comment needs to change. */
async function publishForAll(request, pulls) {
    const writes = new Writes(request.target);
    const ensured = { done: false };
    for (const pull of pulls) {
        await updateLabel(request, writes, pull, ensured);
        await updateComment(request, writes, pull, false);
    }
    return writes.stopped;
}

;// CONCATENATED MODULE: ./src/conflicts/upkeep/cleanup.ts


async function deletableBranches(request) {
    const candidates = request.branches.filter((b) => !request.keep.has(b.name));
    // A tip this clone lacks cannot be in the base's history, which was fetched whole: not merged.
    const present = (await (0,object_lookup/* resolveCommits */.J9)(request.git, candidates.map((b) => b.sha))).map((sha) => sha !== undefined);
    const local = candidates.filter((_, i) => present[i]);
    const histories = await (0,git_history/* branchHistories */.FP)(request.git, request.base, local.map((b) => b.sha));
    const merged = local.filter((b) => histories.get(b.sha).own.size === 0);
    const times = await (0,git_history/* commitTimes */.q9)(request.git, merged.map((b) => b.sha));
    const now = request.now.getTime() / 1000;
    return merged
        .map((b) => ({ branch: b.name, sha: b.sha, days: Math.floor((now - (times.get(b.sha) ?? now)) / 86_400) }))
        .filter((b) => b.days >= request.olderThanDays)
        .sort((x, y) => (x.branch < y.branch ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/conflicts/upkeep/sync.ts


async function pullsToUpdate(request) {
    const { report } = request;
    const blocked = new Set([...report.baseConflicts.map((c) => c.branch), ...report.unchecked.map((u) => u.branch)]);
    const chosen = [];
    for (const pull of request.pulls) {
        if (chosen.length >= request.max)
            break;
        const name = pullBranchName(pull.number);
        if (pull.isFork || blocked.has(name) || !report.branches.includes(name) || report.merged.includes(name))
            continue;
        const behind = await (0,git_history/* commitsAhead */.yp)(request.git, pull.headSha, request.base);
        if (behind > 0)
            chosen.push({ pull, behind });
    }
    return chosen;
}

;// CONCATENATED MODULE: ./src/git/remote-branches.ts
async function remoteBranches(git, remote) {
    const { stdout } = await git.run(['ls-remote', '--heads', remote], { timeoutMs: 120_000 });
    return stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, ref] = line.split('\t');
        return { name: ref.replace(/^refs\/heads\//, ''), sha: sha };
    });
}

;// CONCATENATED MODULE: ./src/github/branches.ts


/** The repository's branches as GitHub sees them: which are protected, and deleting one. */
class Branches {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /** Names of the protected branches (1 + N/100 calls). */
    async protectedNames() {
        const branches = await (0,permissions/* withPermission */.IW)('contents: read', 'list the protected branches', () => this.client.paginate(this.client.rest.repos.listBranches, { ...this.repo, protected: true, per_page: 100 }));
        return new Set(branches.map((branch) => branch.name));
    }
    /** Deletes a branch (its ref); GitHub refuses protected ones itself too. */
    async delete(name) {
        await (0,permissions/* withPermission */.IW)('contents: write', `delete the branch ${name}`, () => this.client.rest.git.deleteRef({ ...this.repo, ref: `heads/${name}` }));
        this.logger.debug(`Deleted the branch ${name}.`);
    }
}

;// CONCATENATED MODULE: ./src/actions/conflicts/upkeep.ts
/**
 * The opt-in upkeep of a scheduled run: deleting branches the base already merged (a dry run unless told
 * otherwise) and bringing pull requests that are behind but merge cleanly up to date. Every deletion and
 * update is listed in the job summary; a rate limit stops them like any other write.
 */






/** The merged branches cleanup may delete; undefined when the protected ones cannot be known (nothing is then). */
async function deletable(request, branches) {
    const { report } = request;
    let protectedNames;
    try {
        protectedNames = await branches.protectedNames();
    }
    catch (error) {
        request.target.logger.warning(`Branch cleanup skipped: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return `Branch cleanup skipped: ${(0,errors/* errorMessage */.gJ)(error)}`;
    }
    const openHeads = request.pulls.filter((p) => !p.isFork).map((p) => p.headRef);
    const keep = new Set([report.base, request.defaultBranch ?? report.base, ...protectedNames, ...openHeads]);
    const all = await remoteBranches(request.git, request.remote);
    const { olderThanDays } = request.cleanup;
    return deletableBranches({
        git: request.git,
        base: report.baseSha,
        branches: all,
        keep,
        olderThanDays,
        now: request.now,
    });
}
async function cleanup(request) {
    const branches = new Branches(request.target.client, request.target.repo, request.target.logger);
    const found = await deletable(request, branches);
    if (typeof found === 'string')
        return [found];
    const why = (d) => `merged into ${request.report.base}, last commit ${d.days} days ago`;
    if (request.cleanup.dryRun)
        return found.map((d) => `- would delete \`${d.branch}\` (${why(d)})`);
    const lines = [];
    for (const d of found) {
        const refused = await request.writes.run(`deletion of ${d.branch}`, () => branches.delete(d.branch));
        lines.push(refused === undefined
            ? `- deleted \`${d.branch}\` (${why(d)}; it was at ${d.sha.slice(0, 12)})`
            : `- could not delete \`${d.branch}\`: ${refused}`);
    }
    return lines;
}
async function sync(request) {
    const { target, report } = request;
    const pulls = new PullRequests(target.client, target.repo, target.logger);
    const chosen = await pullsToUpdate({
        git: request.git,
        base: report.baseSha,
        pulls: request.pulls,
        report,
        max: request.sync.max,
    });
    const lines = [];
    for (const { pull, behind } of chosen) {
        const link = `[#${pull.number}](${pull.htmlUrl})`;
        const refused = await request.writes.run(`update of #${pull.number}`, () => pulls.updateBranch(pull.number, pull.headSha));
        lines.push(refused === undefined
            ? `- brought ${link} up to date with ${report.base} (${behind} commits behind)`
            : `- could not update ${link}: ${refused}`);
    }
    return lines;
}
/** The upkeep's summary section; empty when neither is enabled. */
async function upkeep(request) {
    const sections = [];
    if (request.cleanup.enabled) {
        const lines = await cleanup(request);
        const title = request.cleanup.dryRun ? '### Branch cleanup (dry run: nothing deleted)' : '### Branch cleanup';
        sections.push(title, '', ...(lines.length > 0 ? lines : ['No merged branch to delete.']), '');
    }
    if (request.sync.enabled) {
        const lines = await sync(request);
        sections.push('### Pull requests brought up to date', '', ...(lines.length > 0 ? lines : ['None was behind and clean.']), '');
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/actions/conflicts/targets.ts


const PULL_EVENTS = new Set(['pull_request', 'pull_request_target']);
function allowed(base, settings) {
    return settings.bases.length === 0 || settings.bases.includes(base);
}
function pullTarget(payload, repo, settings) {
    const data = payload.pull_request;
    if (!data?.head?.sha || !data.base?.ref)
        return { kind: 'skip', reason: 'the event carries no pull request' };
    const focus = toPullRequest(data, repo);
    if (focus.state === 'closed')
        return { kind: 'skip', reason: `#${focus.number} is closed` };
    if (!allowed(focus.baseRef, settings))
        return { kind: 'skip', reason: `its base ${focus.baseRef} is not in bases` };
    return { kind: 'pull', base: focus.baseRef, focus };
}
function targetOf(runner, inputs, settings, repo) {
    const { name, payload } = runner.event;
    if (PULL_EVENTS.has(name))
        return pullTarget(payload, repo, settings);
    if (name === 'push') {
        if (!runner.ref.startsWith('refs/heads/'))
            return { kind: 'skip', reason: `${runner.ref} is not a branch` };
        const base = inputs.base ?? runner.ref.slice('refs/heads/'.length);
        return allowed(base, settings) ? { kind: 'all', base } : { kind: 'skip', reason: `${base} is not in bases` };
    }
    const base = inputs.base ?? settings.bases[0] ?? (0,runner_context/* defaultBranchOf */.dV)(runner.event) ?? settings.base ?? 'main';
    return { kind: 'all', base };
}

;// CONCATENATED MODULE: ./src/actions/conflicts/step.ts
























const NO_TOKEN = 'The conflicts check lists the open pull requests, which takes a token: set the "token" input ' +
    '(the default ${{ github.token }} works with "permissions: pull-requests: read").';
async function writeReports(report, inputs, runner) {
    const wanted = {
        json: inputs.jsonReport ?? external_node_path_default().join(runner.runnerTemp, 'shipgate', 'conflicts.json'),
        markdown: inputs.markdownReport,
    };
    const written = {};
    for (const [format, file] of Object.entries(wanted)) {
        if (file === undefined)
            continue;
        written[format] = external_node_path_default().resolve(runner.workspace, file);
        await (0,atomic_file/* writeFileAtomic */.Z)(written[format], (0,formats/* renderConflicts */.QV)(report, format));
    }
    return written;
}
function setOutputs(report, files, focus) {
    const mine = (0,verdict/* findingsFor */.I6)(report, focus);
    const involved = new Set([...mine.baseConflicts.map((c) => c.branch), ...mine.pairs.flatMap((p) => [p.a, p.b])]);
    const numbers = [...involved].map((name) => report.pulls?.[name]?.number).filter((n) => n !== undefined);
    core/* setOutput */.uH('conflicts', mine.baseConflicts.length + mine.pairs.length);
    core/* setOutput */.uH('base-conflicts', mine.baseConflicts.length);
    core/* setOutput */.uH('pairs', mine.pairs.length);
    core/* setOutput */.uH('conflicting-pulls', numbers.sort((a, b) => a - b).join(','));
    core/* setOutput */.uH('passed', report.summary.passed);
    core/* setOutput */.uH('partial', report.summary.partial);
    core/* setOutput */.uH('json-report', files.json ?? '');
    core/* setOutput */.uH('markdown-report', files.markdown ?? '');
}
/** A pull request event fails on its own verdict; pushes and schedules report and do not fail. */
function step_verdict(report, target) {
    const s = report.summary;
    if (s.partial)
        core/* warning */.$e(`shipgate conflicts: partial result: ${s.partialReason}`);
    if (target.kind === 'pull' && !s.passed) {
        core/* setFailed */.C1(`shipgate conflicts: #${target.focus.number} conflicts (fail-on: ${s.failOn}); see the job summary.`);
    }
    else {
        core/* info */.pq(`shipgate conflicts: ${s.baseConflicts} conflict(s) with ${report.base}, ${s.pairs} conflicting pair(s).`);
    }
}
function upkeepOf(context, result, writes) {
    const { git, target, inputs, settings, runner } = context;
    const { cleanup, sync } = settings;
    const defaultBranch = (0,runner_context/* defaultBranchOf */.dV)(runner.event);
    const now = new Date();
    return upkeep({
        git,
        target,
        writes,
        remote: inputs.remote,
        report: result.report,
        pulls: result.checked,
        defaultBranch,
        cleanup,
        sync,
        now,
    });
}
/** Tells GitHub; on pushes and schedules also the opt-in upkeep. A write cut short makes the report partial. */
async function publishAll(context, result, active) {
    const { settings, inputs } = context;
    const request = {
        target: context.target,
        report: result.report,
        label: settings.label,
        comment: settings.comment,
        checkRun: inputs.checkRun,
    };
    const partial = (reason) => reason === undefined ? result.report : (0,verdict/* markPartial */.X3)(result.report, reason);
    if (active.kind === 'pull')
        return { report: partial(await publishForPull(request, result.focus ?? active.focus)), upkeep: [] };
    const stopped = await publishForAll(request, result.checked);
    const writes = new Writes(context.target);
    const lines = stopped === undefined ? await upkeepOf(context, result, writes) : [];
    return { report: partial(stopped ?? writes.stopped), upkeep: lines };
}
/** Where the writes go; publishing has its own time, counted from now: the merges before it take what they take. */
function publishingTo(inputs, runner) {
    return (0,pull_request/* publishTarget */.dO)({
        token: inputs.token,
        apiUrl: runner.apiUrl,
        repository: runner.repository,
        logger: logger/* coreLogger */.W,
        deadline: Date.now() + inputs.publishSeconds * 1000,
    });
}
async function check(inputs, runner, settings, active) {
    const client = (0,github_client.createGitHubClient)({ token: inputs.token, logger: logger/* coreLogger */.W, baseUrl: runner.apiUrl });
    const repo = (0,github_repo/* parseRepo */.E3)(runner.repository, 'GITHUB_REPOSITORY');
    const git = await (0,git_git/* openRepository */.h_)(runner.workspace);
    const result = await checkPullRequests({
        git,
        lister: new PullRequests(client, repo, logger/* coreLogger */.W),
        remote: inputs.remote,
        base: active.base,
        ...(active.kind === 'pull' ? { focus: active.focus } : {}),
        settings,
        failOn: settings.failOn,
        fetch: inputs.fetch,
        processes: (0,find_conflicts/* mergeProcesses */.Y)(),
        logger: logger/* coreLogger */.W,
        toolVersion: package_0/* version */.rE,
    });
    return publishAll({ inputs, runner, settings, git, target: publishingTo(inputs, runner) }, result, active);
}
/**
 * The config that judges this run: on a pull request event, as it is on the base, so a pull request
 * cannot change how its own conflicts are judged (see config/resolve.ts); else the work tree's.
 */
async function configFor(inputs, runner) {
    const configPath = inputs.config === undefined ? undefined : (0,runner_context/* workspacePath */.X5)(runner, inputs.config, 'config');
    const pull = (0,runner_context/* pullOf */.pv)(runner.event);
    if (!pull)
        return (0,load/* loadSettings */.M)({ root: runner.workspace, ...(configPath ? { configPath } : {}) });
    const git = await (0,git_git/* openRepository */.h_)(runner.workspace);
    return (0,resolve/* resolveConfig */.p)({ git, ...(configPath ? { configPath } : {}), mergeBase: pull.baseSha, trustWorkTree: false });
}
/** The conflicts check as a workflow step: which pull requests, the merges, GitHub, reports, outputs, verdict. */
async function conflictsStep(inputs, runner, config) {
    const loaded = config ?? (await configFor(inputs, runner));
    const settings = (0,conflicts_inputs/* withInputOverrides */.ET)(loaded.settings.conflicts, inputs);
    const target = targetOf(runner, inputs, settings, (0,github_repo/* parseRepo */.E3)(runner.repository, 'GITHUB_REPOSITORY'));
    const skipped = target.kind === 'skip' ? target.reason : target.kind === 'pull' ? skipReason(target.focus, settings) : undefined;
    if (skipped !== undefined || target.kind === 'skip')
        return core/* notice */.lm(`shipgate conflicts: nothing to check: ${skipped}.`);
    if (!inputs.token)
        throw new errors/* ConfigurationError */.j1(NO_TOKEN);
    const { report, upkeep: upkept } = await check(inputs, runner, settings, target);
    const files = await writeReports(report, inputs, runner);
    setOutputs(report, files, target.kind === 'pull' ? pullBranchName(target.focus.number) : undefined);
    const summary = [(0,formats/* renderConflicts */.QV)(report, 'markdown'), ...upkept].join('\n');
    if (runner.stepSummary)
        await core/* summary */.z.addRaw(summary).write();
    step_verdict(report, target);
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   dV: () => (/* binding */ defaultBranchOf),
/* harmony export */   gi: () => (/* binding */ readRunnerContext),
/* harmony export */   pv: () => (/* binding */ pullOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/** The runner's environment, read once into one typed object; a missing variable is an error, never "undefined". */



function required(env, name) {
    const value = env[name]?.trim();
    if (!value) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${name} is not set: shipgate's actions run inside GitHub Actions, which sets it (outside, use the shipgate CLI).`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read the event payload GITHUB_EVENT_PATH=${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The event payload GITHUB_EVENT_PATH=${file} is not a JSON object.`);
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
/** A path from an input, resolved in the workspace; one that leads outside it is refused. */
function workspacePath(runner, value, inputName) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(runner.workspace, value);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(runner.workspace, absolute);
    if (relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The input "${inputName}" (${value}) leads outside the workspace.`);
    }
    return absolute;
}


/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   rJ: () => (/* binding */ secret)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Action inputs read through a typed table: each action declares its inputs once, a test checks the
 * table against its action.yml, and every value arrives parsed (a typo in a name fails that test instead
 * of reading as an empty input).
 */


const text = () => ({ kind: 'text' });
const flag = () => ({ kind: 'boolean' });
/** A token: masked in the log before anything can print it. */
const secret = () => ({ kind: 'secret' });
const choice = (values) => ({ kind: 'choice', values });
function readOne(name, spec) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return undefined;
    switch (spec.kind) {
        case 'secret':
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(raw);
            return raw;
        case 'boolean':
            if (/^(true|false)$/i.test(raw))
                return raw.toLowerCase() === 'true';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The input "${name}" must be true or false, not "${raw}".`);
        case 'choice':
            if (spec.values.includes(raw))
                return raw;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The input "${name}" must be one of ${spec.values.join(', ')}, not "${raw}".`);
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


/***/ }),

/***/ 1784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);

/** The engines' logger inside a workflow step: the runner's log levels and annotations. */
const coreLogger = {
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    error: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message),
};


/***/ }),

/***/ 2362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Runs an action's main function: a user's mistake fails the step with its message; anything else
 * is reported as a bug with its stack, never swallowed.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error.message);
            return;
        }
        if (error instanceof Error && error.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`shipgate failed unexpectedly: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
