export const id = 387;
export const ids = [387];
export const modules = {

/***/ 0:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ findConflicts),
  Y: () => (/* binding */ mergeProcesses)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(9307);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/git/history.ts
var git_history = __webpack_require__(528);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/git/refs.ts
var git_refs = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/conflicts/branches.ts
/** Which branches a run checks, and against which base: globs over short names or full refs, sensible defaults. */



const GLOB = /[*?[\]{}!]/;
/** --base, else the config's base, else the branch origin/HEAD points at, else main. */
async function resolveBase(git, wanted) {
    if (wanted !== undefined) {
        const sha = await (0,git_refs/* resolveCommit */.WL)(git, wanted);
        if (!sha)
            throw new errors/* ConfigurationError */.j1(`The base "${wanted}" is not a branch or commit in this repository.`);
        return { name: wanted, sha };
    }
    const remoteHead = await (0,git_refs/* remoteHeadBranch */.LL)(git);
    for (const candidate of [remoteHead, 'main'].filter((c) => c !== undefined)) {
        const sha = await (0,git_refs/* resolveCommit */.WL)(git, candidate);
        if (sha)
            return { name: candidate, sha };
    }
    throw new errors/* ConfigurationError */.j1('No base to compare with: origin/HEAD is not set and there is no branch "main". Pass --base (e.g. --base origin/develop).');
}
/** The local branch a base stands for: "origin/main" and "main" both mean main. */
function baseBranchNames(base, remotes) {
    const slash = base.name.indexOf('/');
    const local = slash > 0 && remotes.includes(base.name.slice(0, slash)) ? base.name.slice(slash + 1) : base.name;
    return new Set([base.name, local, `refs/heads/${local}`]);
}
async function exactly(git, pattern, refs) {
    const ref = refs.find((r) => r.name === pattern || r.ref === pattern);
    if (ref)
        return { name: ref.name, sha: ref.sha };
    const sha = await (0,git_refs/* resolveCommit */.WL)(git, pattern);
    if (sha)
        return { name: pattern, sha };
    throw new errors/* ConfigurationError */.j1(`"${pattern}" is not a branch, ref or commit in this repository (see git branch -a).`);
}
/**
 * The branches to check. Patterns are globs matched against short names ("feature/*", "origin/feature/*")
 * and full refs ("refs/pull/*\/head"); a pattern without glob characters must name a ref or commit. No
 * pattern: every local branch. The base is never checked against itself.
 */
async function selectBranches(git, patterns, base, remotes) {
    const refs = await (0,git_refs/* listCommitRefs */.qH)(git);
    const selected = new Map();
    const add = (branch) => selected.set(branch.name, branch);
    if (patterns.length === 0)
        refs.filter((r) => r.ref.startsWith('refs/heads/')).forEach(add);
    for (const pattern of patterns) {
        if (!GLOB.test(pattern)) {
            add(await exactly(git, pattern, refs));
            continue;
        }
        const matches = picomatch_default()(pattern, { dot: true });
        refs.filter((r) => matches(r.name) || matches(r.ref)).forEach(add);
    }
    const excluded = baseBranchNames(base, remotes);
    return [...selected.values()].filter((b) => !excluded.has(b.name));
}
/** The repository's remotes, e.g. ["origin"]. */
async function remotesOf(git) {
    return (await git.run(['remote'])).stdout.split('\n').filter(Boolean);
}

// EXTERNAL MODULE: ./src/conflicts/run-conflicts.ts + 20 modules
var run_conflicts = __webpack_require__(636);
// EXTERNAL MODULE: ./src/conflicts/teams/teams.ts
var teams = __webpack_require__(9196);
;// CONCATENATED MODULE: ./src/conflicts/find-conflicts.ts
/**
 * The use case behind `shipgate conflicts` and the conflicts part of `shipgate check`: open the repository,
 * read the config, pick the base and the branches, run the engine, build the report.
 */








/** git processes for the merges: the machine's cores, at most four (each is one core's work). */
function mergeProcesses() {
    return Math.max(1, Math.min(4, external_node_os_default().availableParallelism()));
}
/** In a shallow clone histories may stop before branches meet: say what to fetch instead of guessing. */
async function checkDepth(git, analysis, logger) {
    if (!(await (0,git_history/* isShallow */.fE)(git)))
        return;
    const cut = [...analysis.states].filter(([, s]) => s.kind === 'unrelated').map(([name]) => name);
    if (cut.length > 0) {
        throw new errors/* ConfigurationError */.j1(`This is a shallow clone and ${cut.join(', ')} share no history with the base within it. Fetch the full history ` +
            '(git fetch --unshallow, or fetch-depth: 0 with actions/checkout) and run again.');
    }
    logger.warning('This is a shallow clone: merge bases were found within it, but a full history (fetch-depth: 0) is safer.');
}
async function branchesToCheck(git, request, settings, base) {
    const remotes = await remotesOf(git);
    const patterns = request.patterns.length > 0 ? request.patterns : settings.branches;
    const branches = await selectBranches(git, patterns, base, remotes);
    // The branch in focus is checked on top of the others (no pattern means every local branch).
    const focus = request.focus;
    if (focus !== undefined && !branches.some((b) => b.name === focus))
        branches.push(...(await selectBranches(git, [focus], base, remotes)));
    if (branches.length === 0)
        request.logger.warning(`No branch to check against ${base.name}.`);
    return branches;
}
async function findConflicts(request) {
    const git = await (0,git_git/* openRepositoryOrBare */.uc)(request.cwd);
    const configPath = request.configPath ? { configPath: request.configPath } : {};
    const settings = (request.config ?? (await (0,load/* loadSettings */.M)({ root: git.root, ...configPath }))).settings.conflicts;
    const base = await resolveBase(git, request.base ?? settings.base);
    const branches = await branchesToCheck(git, request, settings, base);
    request.logger.info(`Checking ${branches.length} branch(es) against ${base.name} (${base.sha.slice(0, 12)}).`);
    const remotes = await remotesOf(git);
    const { analysis, report } = await (0,run_conflicts/* runConflicts */.z)({
        git,
        base,
        branches: branches.map((b) => ({ ...b, teamName: (0,teams/* withoutRemote */.z)(b.name, remotes) })),
        ...(request.focus ? { focus: request.focus } : {}),
        settings,
        failOn: request.failOn ?? settings.failOn ?? request.defaultFailOn,
        exhaustive: request.exhaustive ?? settings.exhaustive,
        processes: mergeProcesses(),
        logger: request.logger,
        toolVersion: request.toolVersion,
    });
    await checkDepth(git, analysis, request.logger);
    return report;
}


/***/ }),

/***/ 5775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ orderText),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   TC: () => (/* binding */ filesText)
/* harmony export */ });
/* unused harmony export linesText */
/** "either lands first", or which landing breaks the other. */
function orderText(pair) {
    if (pair.order === 'both')
        return 'in either order';
    const [first, second] = pair.order === 'a-first' ? [pair.a, pair.b] : [pair.b, pair.a];
    return `once ${first} lands, ${second} conflicts`;
}
function spanText(range) {
    if (range.end < range.start)
        return `deleted at line ${range.start}`;
    return range.start === range.end ? `line ${range.start}` : `lines ${range.start}-${range.end}`;
}
/** "main line 2 / feature/x line 2": each side's colliding lines, block by block (at most three). */
function linesText(conflict, name = (b) => b) {
    const blocks = (conflict.lines ?? []).slice(0, 3).map((block) => Object.entries(block)
        .map(([branch, range]) => `${name(branch)} ${spanText(range)}`)
        .join(' / '));
    const more = (conflict.lines?.length ?? 0) - blocks.length;
    return [...blocks, ...(more > 0 ? [`${more} more`] : [])].join('; ');
}
/** "app.py (content: main line 2 / x line 2), old.py (modify/delete)": each file, its conflicts and lines. */
function filesText(files, conflicts, quote = (p) => p, name) {
    return files
        .map((file) => {
        const mine = conflicts.filter((c) => c.paths.includes(file));
        const kinds = [...new Set(mine.map((c) => c.kind))].join(', ');
        const lines = mine
            .map((c) => linesText(c, name))
            .filter(Boolean)
            .join('; ');
        return kinds ? `${quote(file)} (${kinds}${lines ? `: ${lines}` : ''})` : quote(file);
    })
        .join(', ');
}
const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;


/***/ }),

/***/ 8912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fO: () => (/* binding */ CONFLICTS_FORMATS),
  QV: () => (/* binding */ renderConflicts)
});

// UNUSED EXPORTS: toMarkdown

// EXTERNAL MODULE: ./src/conflicts/formats/markdown/index.ts + 4 modules
var markdown = __webpack_require__(2800);
// EXTERNAL MODULE: ./src/conflicts/formats/describe.ts
var describe = __webpack_require__(5775);
;// CONCATENATED MODULE: ./src/conflicts/formats/text.ts

function headline(report) {
    const s = report.summary;
    const verdict = s.passed ? 'passed' : 'failed';
    return (`shipgate conflicts ${verdict}: ${(0,describe/* plural */.LS)(s.baseConflicts, 'conflict')} with ${report.base}, ` +
        `${(0,describe/* plural */.LS)(s.pairs, 'conflicting pair')} (${(0,describe/* plural */.LS)(s.branches, 'branch', 'branches')} checked against ` +
        `${report.base} at ${report.baseSha.slice(0, 12)}, fail-on: ${s.failOn})`);
}
function findingLines(report) {
    const lines = [];
    if (report.baseConflicts.length > 0)
        lines.push('', `Conflicts with ${report.base}:`);
    for (const c of report.baseConflicts)
        lines.push(`  ${c.branch}: ${(0,describe/* filesText */.TC)(c.files, c.conflicts)}`);
    if (report.pairs.length > 0)
        lines.push('', 'Conflicting pairs (if one lands, the other no longer merges):');
    for (const p of report.pairs) {
        lines.push(`  ${p.a} <> ${p.b}: ${(0,describe/* orderText */.IT)(p)}`, `      ${(0,describe/* filesText */.TC)(p.files, p.conflicts)}`);
    }
    return lines;
}
function adviceLines(report) {
    const lines = [];
    const { steps, rebases, rebasesInNameOrder } = report.mergeOrder;
    if (steps.length > 0) {
        lines.push('', `Suggested merge order (${(0,describe/* plural */.LS)(rebases, 'rebase')}; ${rebasesInNameOrder} in name order):`);
        steps.forEach((step, i) => {
            const after = step.rebase.length > 0 ? ` - then rebase ${step.rebase.join(', ')}` : '';
            lines.push(`  ${i + 1}. ${step.branch}${after}`);
        });
    }
    if (report.regenerable.length > 0)
        lines.push('', 'Lock files to regenerate (not counted as conflicts):');
    for (const r of report.regenerable)
        lines.push(`  ${r.branch ?? `${r.a} <> ${r.b}`}: ${r.files.join(', ')}`);
    if (report.unchecked.length > 0)
        lines.push('', 'Not checked:');
    for (const u of report.unchecked)
        lines.push(`  ${u.branch}: ${u.reason}`);
    return lines;
}
function toText(report) {
    const { merges, partialReason } = report.summary;
    const stats = `${merges.base} merges against ${report.base}, ${merges.pairs} pair merges run, ` +
        `${merges.skipped} skipped as provably clean`;
    const partial = partialReason ? [`PARTIAL: ${partialReason}`] : [];
    return [headline(report), ...partial, ...findingLines(report), ...adviceLines(report), '', stats, ''].join('\n');
}

;// CONCATENATED MODULE: ./src/conflicts/formats/index.ts


const CONFLICTS_FORMATS = ['text', 'json', 'markdown'];
function renderConflicts(report, format, options = {}) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(report, null, 2)}\n`;
        case 'markdown':
            return (0,markdown/* toMarkdown */.l)(report, options);
        case 'text':
            return toText(report);
    }
}



/***/ }),

/***/ 2800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ toMarkdown)
});

// UNUSED EXPORTS: headline

// EXTERNAL MODULE: ./src/github/text-limits.ts
var text_limits = __webpack_require__(6981);
// EXTERNAL MODULE: ./src/conflicts/formats/describe.ts
var describe = __webpack_require__(5775);
// EXTERNAL MODULE: ./src/conflicts/report/team-entries.ts
var team_entries = __webpack_require__(1592);
// EXTERNAL MODULE: ./src/conflicts/formats/markdown/names.ts
var names = __webpack_require__(5296);
;// CONCATENATED MODULE: ./src/conflicts/formats/markdown/health.ts


function byTeam(report) {
    const teamOf = new Map(Object.entries(report.teams).flatMap(([team, e]) => e.branches.map((b) => [b, team])));
    const teams = new Map();
    const add = (branch, what, text) => {
        const team = teamOf.get(branch) ?? team_entries/* NO_TEAM */.a;
        if (!teams.has(team))
            teams.set(team, { behind: [], stale: [], merged: [] });
        teams.get(team)[what].push(text);
    };
    for (const { branch, commits } of report.health.behind)
        add(branch, 'behind', `${(0,names/* branchLink */.li)(report, branch)} (${commits})`);
    for (const { branch, days } of report.health.stale)
        add(branch, 'stale', `${(0,names/* branchLink */.li)(report, branch)} (${days} d)`);
    for (const branch of report.merged)
        add(branch, 'merged', (0,names/* branchLink */.li)(report, branch));
    return teams;
}
function healthSection(report) {
    const teams = byTeam(report);
    const unassigned = report.unassigned.map((b) => (0,names/* branchLink */.li)(report, b));
    if (teams.size === 0 && unassigned.length === 0)
        return [];
    const cell = (items) => (items.length > 0 ? items.join(', ') : '·');
    const rows = [...teams.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([team, h]) => `| **${team}** | ${cell(h.behind)} | ${cell(h.stale)} | ${cell(h.merged)} |`);
    return [
        '### Branch health',
        '',
        ...(rows.length > 0
            ? [
                '| Team | Behind the base (commits) | No commit lately (days) | Merged, not deleted |',
                '|---|---|---|---|',
                ...rows,
                '',
            ]
            : []),
        ...(unassigned.length > 0 ? [`Branches matching no team prefix: ${unassigned.join(', ')}.`, ''] : []),
    ];
}

;// CONCATENATED MODULE: ./src/conflicts/formats/markdown/matrix.ts

function cell(count, crossTeam) {
    if (!count)
        return '·';
    return crossTeam ? `**${count}** ⚠️` : String(count);
}
/** Empty when no team is configured or no pair conflicts. */
function teamMatrix(report) {
    const teams = Object.keys(report.teams);
    if (teams.length === 0 || report.pairs.length === 0)
        return [];
    const columns = report.unassigned.length > 0 ? [...teams, team_entries/* NO_TEAM */.a] : teams;
    const rows = teams.map((team) => {
        const pairs = report.teams[team].pairs;
        return `| **${team}** | ${columns.map((other) => cell(pairs[other], other !== team)).join(' | ')} |`;
    });
    return [
        '### Conflicts between teams',
        '',
        `| | ${columns.join(' | ')} |`,
        `|---|${columns.map(() => '---:').join('|')}|`,
        ...rows,
        '',
        'Each cell counts the pairs of branches that conflict; ⚠️ marks pairs across teams, which need the teams to talk.',
        '',
    ];
}

;// CONCATENATED MODULE: ./src/conflicts/formats/markdown/mermaid.ts

/** More edges than this make a graph nobody can read; the tables list them all. */
const MAX_GRAPH_EDGES = 60;
const quoted = (label) => `"${label.replace(/"/g, '#quot;')}"`;
function nodesOf(report, pairs) {
    const names = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort();
    return new Map(names.map((name, i) => [name, `n${i}`]));
}
/** Nodes grouped by team, so a tangle between teams shows as edges between boxes. */
function nodeLines(report, ids) {
    const teamOf = new Map(Object.entries(report.teams).flatMap(([team, e]) => e.branches.map((b) => [b, team])));
    const groups = new Map();
    for (const [name, id] of ids) {
        const team = teamOf.get(name);
        groups.set(team, [...(groups.get(team) ?? []), `${id}[${quoted((0,names/* branchLabel */.RI)(report, name))}]`]);
    }
    return [...groups.entries()].flatMap(([team, nodes], index) => team === undefined
        ? nodes.map((n) => `  ${n}`)
        : [`  subgraph team${index}[${quoted(team)}]`, ...nodes.map((n) => `    ${n}`), '  end']);
}
/** "a --- b" when either order conflicts; an arrow from the branch whose landing breaks the other. */
function edgeLine(pair, ids) {
    const [a, b] = [ids.get(pair.a), ids.get(pair.b)];
    if (pair.order === 'both')
        return `  ${a} ---|either order| ${b}`;
    return pair.order === 'a-first' ? `  ${a} -->|breaks if first| ${b}` : `  ${b} -->|breaks if first| ${a}`;
}
function conflictGraph(report) {
    if (report.pairs.length === 0)
        return [];
    const pairs = report.pairs.slice(0, MAX_GRAPH_EDGES);
    const ids = nodesOf(report, pairs);
    const crossTeam = pairs.map((p, i) => (p.crossTeam ? i : -1)).filter((i) => i >= 0);
    const style = crossTeam.length > 0 ? [`  linkStyle ${crossTeam.join(',')} stroke:#d73a49,stroke-width:3px`] : [];
    const more = report.pairs.length - pairs.length;
    return [
        '### Which branches conflict',
        '',
        '```mermaid',
        'graph LR',
        ...nodeLines(report, ids),
        ...pairs.map((pair) => edgeLine(pair, ids)),
        ...style,
        '```',
        ...(more > 0 ? ['', `${more} more pairs are in the tables and the JSON report.`] : []),
        '',
    ];
}

;// CONCATENATED MODULE: ./src/conflicts/formats/markdown/sections.ts


/** Rows beyond this go to the JSON report: a table of thousands helps nobody. */
const MAX_ROWS = 150;
function capped(items, row) {
    const more = items.length - MAX_ROWS;
    return [...items.slice(0, MAX_ROWS).map(row), ...(more > 0 ? [`\n…and ${more} more in the JSON report.`] : [])];
}
function baseConflictTable(report) {
    if (report.baseConflicts.length === 0)
        return [];
    return [
        `### Conflicts with ${(0,names/* code */.aY)(report.base)}`,
        '',
        '| Branch | Files |',
        '|---|---|',
        ...capped(report.baseConflicts, (c) => `| ${(0,names/* branchLink */.li)(report, c.branch)} | ${(0,describe/* filesText */.TC)(c.files, c.conflicts, names/* code */.aY, (b) => (0,names/* shortName */.EU)(report, b))} |`),
        '',
    ];
}
function pairTable(report) {
    if (report.pairs.length === 0)
        return [];
    const when = (order, first) => order === 'both' ? 'either lands first' : `${(0,names/* branchLink */.li)(report, first)} lands first`;
    return [
        '### Conflicting pairs',
        '',
        'Each merges cleanly on its own; once one of the two lands, the other no longer merges.',
        '',
        '| Branch | Branch | Conflicts when | Files |',
        '|---|---|---|---|',
        ...capped(report.pairs, (p) => {
            const cross = p.crossTeam ? ' ⚠️' : '';
            const first = p.order === 'b-first' ? p.b : p.a;
            const files = (0,describe/* filesText */.TC)(p.files, p.conflicts, names/* code */.aY, (b) => (0,names/* shortName */.EU)(report, b));
            return `| ${(0,names/* branchLink */.li)(report, p.a)} | ${(0,names/* branchLink */.li)(report, p.b)} | ${when(p.order, first)}${cross} | ${files} |`;
        }),
        '',
    ];
}
function mergeOrderList(report) {
    const { steps, rebases, rebasesInNameOrder } = report.mergeOrder;
    if (steps.length === 0)
        return [];
    return [
        '### Suggested merge order',
        '',
        ...steps.map((step, i) => {
            const then = step.rebase.length > 0 ? ` — then rebase ${step.rebase.map((b) => (0,names/* branchLink */.li)(report, b)).join(', ')}` : '';
            return `${i + 1}. ${(0,names/* branchLink */.li)(report, step.branch)}${then}`;
        }),
        '',
        `Landing in this order needs ${(0,describe/* plural */.LS)(rebases, 'rebase')} (${rebasesInNameOrder} in name order).`,
        '',
    ];
}
function otherSections(report) {
    const lines = [];
    if (report.regenerable.length > 0) {
        lines.push('### Lock files to regenerate', '', 'These conflict only in lock files: regenerate them instead of merging.', '');
        for (const r of report.regenerable) {
            const who = r.branch
                ? (0,names/* branchLink */.li)(report, r.branch)
                : `${(0,names/* branchLink */.li)(report, r.a)} and ${(0,names/* branchLink */.li)(report, r.b)}`;
            lines.push(`- ${who}: ${r.files.map(names/* code */.aY).join(', ')}`);
        }
        lines.push('');
    }
    if (report.unchecked.length > 0) {
        lines.push('### Not checked', '', ...report.unchecked.map((u) => `- ${(0,names/* branchLink */.li)(report, u.branch)}: ${u.reason}`), '');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/conflicts/formats/markdown/index.ts
/** The Markdown report: job summary, check-run summary and, in short, the pull request comment. */







function headline(report) {
    const s = report.summary;
    const mark = s.passed ? '✅' : '❌';
    const found = `${(0,describe/* plural */.LS)(s.baseConflicts, 'branch', 'branches')} conflict with ${(0,names/* code */.aY)(report.base)}, ${(0,describe/* plural */.LS)(s.pairs, 'pair')} conflict with each other`;
    return `${mark} **${found}** (${(0,describe/* plural */.LS)(s.branches, 'branch', 'branches')} checked against ${(0,names/* code */.aY)(report.base)} at ${(0,names/* code */.aY)(report.baseSha.slice(0, 12))}; fail-on: ${s.failOn}).`;
}
function footer(report) {
    const { merges } = report.summary;
    return [
        '<details><summary>How this was checked</summary>',
        '',
        `Real merges, as \`git merge --no-ff\` would do them: ${merges.base} against ${(0,names/* code */.aY)(report.base)}, ${merges.pairs} between pairs (landing one, then merging the other), ${merges.skipped} skipped because the branches touch nothing in common and so cannot conflict.`,
        '',
        '</details>',
        '',
    ];
}
function toMarkdown(report, options = {}) {
    const partial = report.summary.partialReason
        ? [`> [!WARNING]\n> Partial result: ${report.summary.partialReason}`, '']
        : [];
    const text = [
        '## shipgate conflicts',
        '',
        headline(report),
        '',
        ...partial,
        ...baseConflictTable(report),
        ...pairTable(report),
        ...mergeOrderList(report),
        ...teamMatrix(report),
        ...conflictGraph(report),
        ...otherSections(report),
        ...healthSection(report),
        ...footer(report),
    ].join('\n');
    return options.maxChars === undefined ? text : (0,text_limits/* truncateMarkdown */.o4)(text, options.maxChars);
}


/***/ }),

/***/ 5296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   RI: () => (/* binding */ branchLabel),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   li: () => (/* binding */ branchLink)
/* harmony export */ });
/** A code span that survives backticks and table pipes in the text. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** "[#12](url)" for a pull request's branch, else the branch name as code. */
function branchLink(report, branch) {
    const pull = report.pulls?.[branch];
    return pull ? `[#${pull.number}](${pull.url})` : code(branch);
}
/** The label of a branch in a graph: "#12 feature/x" for a pull request. */
function branchLabel(report, branch) {
    const pull = report.pulls?.[branch];
    return pull ? `#${pull.number} ${pull.headRef}` : branch;
}
/** "#12" for a pull request's branch, else the branch name: for running text such as line ranges. */
function shortName(report, branch) {
    const pull = report.pulls?.[branch];
    return pull ? `#${pull.number}` : branch;
}


/***/ }),

/***/ 1592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ teamEntries),
/* harmony export */   a: () => (/* binding */ NO_TEAM)
/* harmony export */ });
const NO_TEAM = '(no team)';
function count(entry, other) {
    entry.pairs[other] = (entry.pairs[other] ?? 0) + 1;
}
function teamEntries(table, teams, branches, found) {
    const teamName = new Map(branches.map((b) => [b.name, b.teamName]));
    const team = (name) => table.teamOf(teamName.get(name) ?? name);
    const entries = {};
    for (const name of table.names)
        entries[name] = { prefixes: teams[name], branches: [], baseConflicts: 0, pairs: {} };
    for (const { name } of branches)
        entries[team(name) ?? '']?.branches.push(name);
    for (const { branch } of found.baseConflicts) {
        const entry = entries[team(branch) ?? ''];
        if (entry)
            entry.baseConflicts++;
    }
    for (const pair of found.pairs) {
        const [ta, tb] = [team(pair.a), team(pair.b)];
        if (ta)
            count(entries[ta], tb ?? NO_TEAM);
        if (tb && tb !== ta)
            count(entries[tb], ta ?? NO_TEAM);
    }
    for (const entry of Object.values(entries))
        entry.branches.sort();
    return entries;
}


/***/ }),

/***/ 6607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ findingsFor),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   X3: () => (/* binding */ markPartial)
/* harmony export */ });
/** The findings about the branch in focus (a pull request), or all of them. */
function findingsFor(found, focus) {
    if (focus === undefined)
        return found;
    return {
        baseConflicts: found.baseConflicts.filter((c) => c.branch === focus),
        pairs: found.pairs.filter((p) => p.a === focus || p.b === focus),
        unchecked: found.unchecked.filter((u) => u.branch === focus),
    };
}
/**
 * `base`: fails on a conflict with the base (or a branch that could not be checked: never read as clean);
 * `any`: on any conflict; `none`: never.
 */
function verdictOf(found, failOn, focus) {
    if (failOn === 'none')
        return true;
    const mine = findingsFor(found, focus);
    const againstBase = mine.baseConflicts.length > 0 || mine.unchecked.length > 0;
    return !(againstBase || (failOn === 'any' && mine.pairs.length > 0));
}
/** The same report, marked partial with one more reason (e.g. publishing stopped at a rate limit). */
function markPartial(report, reason) {
    const reasons = [report.summary.partialReason, reason].filter(Boolean).join('; ');
    return { ...report, summary: { ...report.summary, partial: true, partialReason: reasons } };
}


/***/ }),

/***/ 636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ runConflicts)
});

// EXTERNAL MODULE: ./src/git/history.ts
var git_history = __webpack_require__(528);
;// CONCATENATED MODULE: ./src/conflicts/health/health.ts

async function behindCounts(git, base, forks) {
    const counts = new Map();
    for (const fork of new Set(forks))
        counts.set(fork, await (0,git_history/* commitsAhead */.yp)(git, fork, base));
    return counts;
}
/** Merged branches are reported as such elsewhere: behind and idle mean nothing for them. */
function unmerged(request) {
    return request.branches.filter((b) => (request.mergeBases.get(b.name) ?? [])[0] !== b.sha);
}
async function branchHealth(request) {
    const { git, base, settings } = request;
    const branches = unmerged(request);
    const fork = (name) => {
        const bases = request.mergeBases.get(name) ?? [];
        return bases.length === 1 ? bases[0] : undefined;
    };
    const behindBy = await behindCounts(git, base, branches.map((b) => fork(b.name)).filter((f) => !!f));
    const times = await (0,git_history/* commitTimes */.q9)(git, [...new Set(branches.map((b) => b.sha))]);
    const nowSeconds = request.now.getTime() / 1000;
    const behind = branches
        .map((b) => ({ branch: b.name, commits: behindBy.get(fork(b.name) ?? '') ?? 0 }))
        .filter((e) => e.commits >= settings.behindCommits);
    const stale = branches
        .map((b) => ({ branch: b.name, days: Math.floor((nowSeconds - (times.get(b.sha) ?? nowSeconds)) / 86_400) }))
        .filter((e) => e.days >= settings.staleDays);
    const byName = (x, y) => x.branch < y.branch ? -1 : x.branch > y.branch ? 1 : 0;
    return { behind: behind.sort(byName), stale: stale.sort(byName) };
}

// EXTERNAL MODULE: ./src/core/logger.ts
var logger = __webpack_require__(1227);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/git/scratch-objects.ts
/**
 * A throwaway object store for git commands that write objects as a side effect (`merge-tree` writes the
 * trees and blobs of every merge it tries, clean or not; simulated landings write commits). The repository's
 * own store is read through GIT_ALTERNATE_OBJECT_DIRECTORIES and never written to.
 */



class ScratchObjectsGit {
    git;
    env;
    filesDir;
    constructor(git, env, filesDir) {
        this.git = git;
        this.env = env;
        this.filesDir = filesDir;
    }
    get root() {
        return this.git.root;
    }
    run(args, options = {}) {
        return this.git.run(args, { ...options, env: { ...options.env, ...this.env } });
    }
    read(args, options = {}) {
        return this.git.read(args, { ...options, env: { ...options.env, ...this.env } });
    }
}
/** The repository's object folder as an absolute path (worktrees share the main repository's). */
async function objectsDirOf(git) {
    const { stdout } = await git.run(['rev-parse', '--git-path', 'objects']);
    return external_node_path_default().resolve(git.root, stdout.trim());
}
/** Runs `use` with a `Git` that writes objects to a throwaway store; the store is deleted afterwards. */
async function withScratchObjects(git, use) {
    const own = await objectsDirOf(git);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'shipgate-objects-'));
    try {
        const objects = external_node_path_default().join(dir, 'objects');
        const files = external_node_path_default().join(dir, 'files');
        await Promise.all([(0,promises_.mkdir)(objects), (0,promises_.mkdir)(files)]);
        const alternates = [own, process.env.GIT_ALTERNATE_OBJECT_DIRECTORIES].filter(Boolean).join((external_node_path_default()).delimiter);
        const env = { GIT_OBJECT_DIRECTORY: objects, GIT_ALTERNATE_OBJECT_DIRECTORIES: alternates };
        return await use(new ScratchObjectsGit(git, env, files));
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/conflicts/merges/findings.ts
/** What one conflicted merge found: the conflicted files, each conflict's kind and paths, lock files apart. */

function regenerableTest(globs) {
    return globs.length === 0 ? () => false : picomatch_default()(globs, { dot: true });
}
const CONFLICT = /^CONFLICT \(([^)]+)\)/;
/**
 * The kind of a conflict message, undefined for informational ones. The text names it most precisely
 * ("CONFLICT (add/add): …" where the type says "contents"; "file location" for a suggested directory rename).
 */
function kindOf(message) {
    const kind = CONFLICT.exec(message.text)?.[1] ?? CONFLICT.exec(message.type)?.[1];
    return kind === 'contents' ? 'content' : kind;
}
const sortedUnique = (paths) => [...new Set(paths)].sort();
/**
 * In a file/directory conflict git keeps the file beside the folder as "path~<side>", where the side is
 * what the merge was given (a branch name for `git merge`, a commit id here): report the path itself.
 */
function withoutSideLabel(path, labels) {
    for (const label of labels)
        if (path.endsWith(`~${label}`))
            return path.slice(0, -label.length - 1);
    return path;
}
/** `labels`: the two commits merged, which git appends to paths it moves aside. */
function findingOf(outcome, regenerable, labels) {
    const conflicted = outcome.entries.map((entry) => withoutSideLabel(entry.path, labels));
    const conflicts = [];
    for (const message of outcome.messages) {
        const kind = kindOf(message);
        const paths = [...new Set(message.paths.map((p) => withoutSideLabel(p, labels)))];
        if (kind !== undefined)
            conflicts.push({ kind, paths });
    }
    // A conflict git names but leaves no index entry for still makes the merge fail: name its paths then.
    const files = sortedUnique(conflicted.length > 0 ? conflicted : conflicts.flatMap((c) => c.paths));
    // Never read a failed merge as clean: one git gives no reason for still blocks.
    if (files.length === 0)
        conflicts.push({ kind: 'unexplained', paths: [] });
    return {
        files: files.filter((path) => !regenerable(path)),
        conflicts: conflicts.filter((c) => !c.paths.every(regenerable)),
        regenerable: files.filter(regenerable),
    };
}
/** A finding that blocks a merge: some conflict is not settled by regenerating lock files. */
function blocks(finding) {
    return finding.files.length > 0 || finding.conflicts.length > 0;
}

;// CONCATENATED MODULE: ./src/git/commit-objects.ts
/**
 * Commits made without a work tree or an index, many per git process: the merge commit a landing would
 * make, built from a tree `merge-tree` wrote. Give it a `ScratchGit` so they stay out of the repository.
 */


const IDENTITY = 'shipgate <shipgate@localhost.invalid>';
/** The raw commit object. Dated now: a commit dated far back makes git's merge-base searches walk all history. */
function commitText(spec, now) {
    const stamp = `${Math.floor(now.getTime() / 1000)} +0000`;
    const parents = spec.parents.map((parent) => `parent ${parent}\n`).join('');
    return `tree ${spec.tree}\n${parents}author ${IDENTITY} ${stamp}\ncommitter ${IDENTITY} ${stamp}\n\n${spec.message}\n`;
}
// Calls may overlap: each batch names its files apart.
let batches = 0;
/** Writes the commits and returns their ids in order. */
async function writeCommits(git, specs, now = new Date()) {
    if (specs.length === 0)
        return [];
    const batch = ++batches;
    const files = specs.map((_, index) => external_node_path_default().join(git.filesDir, `commit-${batch}-${index}`));
    await Promise.all(specs.map((spec, index) => (0,promises_.writeFile)(files[index], commitText(spec, now))));
    const { stdout } = await git.run(['hash-object', '-t', 'commit', '-w', '--stdin-paths'], {
        input: files.join('\n') + '\n',
    });
    const ids = stdout.split('\n').filter(Boolean);
    if (ids.length !== specs.length)
        throw new Error(`git hash-object wrote ${ids.length} commits for ${specs.length}.`);
    return ids;
}

;// CONCATENATED MODULE: ./src/git/merge-tree.ts
const MERGES_PER_PROCESS = 200;
const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** Runs the merges and returns their outcomes in the order asked. */
async function mergeMany(git, requests, options = {}) {
    for (const { ours, theirs } of requests) {
        if (!OBJECT_ID.test(ours) || !OBJECT_ID.test(theirs))
            throw new Error(`mergeMany takes resolved commit ids, not "${ours}" and "${theirs}".`);
    }
    // A process costs a few milliseconds to start: small batches stay in one.
    const processes = Math.max(1, Math.min(options.processes ?? 1, Math.ceil(requests.length / MERGES_PER_PROCESS)));
    const chunks = split(requests, processes);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const results = await Promise.all(chunks.map((chunk) => mergeChunk(git, chunk, timeoutMs)));
    return results.flat();
}
function split(items, parts) {
    const size = Math.ceil(items.length / parts);
    const chunks = [];
    for (let start = 0; start < items.length; start += size)
        chunks.push(items.slice(start, start + size));
    return chunks;
}
async function mergeChunk(git, requests, timeoutMs) {
    const input = requests.map((r) => `${r.ours} ${r.theirs}\n`).join('');
    const { stdout } = await git.run(['merge-tree', '--write-tree', '--stdin', '-z', '--messages'], {
        input,
        timeoutMs,
    });
    const outcomes = parseMergeOutput(stdout);
    if (outcomes.length !== requests.length)
        throw new Error(`git merge-tree answered ${outcomes.length} merges for ${requests.length} asked.`);
    return outcomes;
}
/**
 * Reads `merge-tree --stdin -z --messages` output. Per merge: status (1 clean, 0 conflicted), tree, the
 * conflicted entries, an empty field, the messages (count of paths, paths, type, text), an empty field.
 */
function parseMergeOutput(stdout) {
    const fields = stdout.split('\0');
    const outcomes = [];
    let at = 0;
    while (at < fields.length - 1) {
        const status = fields[at++];
        const tree = fields[at++];
        const entries = [];
        while (at < fields.length && fields[at] !== '')
            entries.push(parseEntry(fields[at++]));
        at++;
        const messages = [];
        while (at < fields.length && fields[at] !== '') {
            const count = Number(fields[at++]);
            const paths = fields.slice(at, at + count);
            at += count;
            messages.push({ paths, type: fields[at], text: fields[at + 1].trimEnd() });
            at += 2;
        }
        at++;
        if (status !== '0' && status !== '1')
            throw new Error(`Unexpected merge-tree status "${status}".`);
        outcomes.push({ clean: status === '1', tree, entries, messages });
    }
    return outcomes;
}
function parseEntry(field) {
    const tab = field.indexOf('\t');
    const [mode = '', oid = '', stage = ''] = field.slice(0, tab).split(' ');
    return { mode, oid, stage: Number(stage), path: field.slice(tab + 1) };
}

;// CONCATENATED MODULE: ./src/git/blobs.ts
/** The content of each object named (an id, or "<tree>:<path>"), or undefined where there is none. */
async function readBlobs(git, names) {
    const askable = names.map((name) => !name.includes('\n'));
    const asked = names.filter((_, i) => askable[i]);
    if (asked.length === 0)
        return names.map(() => undefined);
    const out = await git.read(['cat-file', '--batch'], { input: asked.join('\n') + '\n' });
    const found = [];
    let at = 0;
    for (let i = 0; i < asked.length; i++) {
        const newline = out.indexOf(0x0a, at);
        const header = out.subarray(at, newline).toString('utf8');
        at = newline + 1;
        const [, type, size] = header.split(' ');
        if (size === undefined || header.endsWith(' missing')) {
            found.push(undefined);
            continue;
        }
        const length = Number(size);
        found.push(type === 'blob' ? out.subarray(at, at + length) : undefined);
        at += length + 1;
    }
    let next = 0;
    return askable.map((ok) => (ok ? found[next++] : undefined));
}

;// CONCATENATED MODULE: ./src/conflicts/merges/ranges.ts
/**
 * Where two sides collide inside a conflicted file: the line ranges of each side, read from the conflict
 * markers git wrote into the merged file, so authors can see whose lines meet and agree who rebases.
 */
const MARK = { start: /^<{7,}( |$)/, base: /^\|{7,}( |$)/, middle: /^={7,}$/, end: /^>{7,}( |$)/ };
/** The conflict blocks of a merged file, each with its place in the file as each side would read it. */
function blocksOf(merged) {
    const blocks = [];
    const at = { ours: 0, theirs: 0 };
    let current;
    let part = 'ours';
    for (const line of merged.split('\n')) {
        if (MARK.start.test(line) && !current)
            [current, part] = [{ at: { ...at }, ours: [], theirs: [] }, 'ours'];
        else if (current && MARK.base.test(line))
            part = 'base';
        else if (current && MARK.middle.test(line))
            part = 'theirs';
        else if (current && MARK.end.test(line)) {
            blocks.push(current);
            [at.ours, at.theirs, current] = [at.ours + current.ours.length, at.theirs + current.theirs.length, undefined];
        }
        else if (current && part !== 'base')
            current[part].push(line);
        else if (!current)
            [at.ours, at.theirs] = [at.ours + 1, at.theirs + 1];
    }
    return blocks;
}
/** The index of `needle` in `lines` nearest to `expected` (its lines are there verbatim), else `expected`. */
function locate(lines, needle, expected) {
    if (needle.length === 0)
        return Math.min(expected, lines.length);
    let best = -1;
    for (let i = 0; i + needle.length <= lines.length; i++) {
        if (!needle.every((line, k) => lines[i + k] === line))
            continue;
        if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected))
            best = i;
    }
    return best < 0 ? Math.min(expected, lines.length) : best;
}
const rangeOf = (index, length) => ({ start: index + 1, end: index + length });
/**
 * The hunks of a conflicted text file. A block's own lines are found verbatim in that side's file, nearest
 * to where the merged file puts them: the merged file also carries the other side's clean changes, so its
 * line numbers are only a guide.
 */
function conflictHunks(merged, ours, theirs) {
    const [oursLines, theirsLines] = [ours.split('\n'), theirs.split('\n')];
    return blocksOf(merged).map((block) => ({
        ours: rangeOf(locate(oursLines, block.ours, block.at.ours), block.ours.length),
        theirs: rangeOf(locate(theirsLines, block.theirs, block.at.theirs), block.theirs.length),
    }));
}

;// CONCATENATED MODULE: ./src/conflicts/merges/hunks.ts
/** Adds each content conflict's line ranges (ranges.ts), reading every blob needed in one batch. */


const TEXTUAL = new Set(['content', 'add/add']);
/** The content conflicts of a merge whose both sides are present (not a deletion). */
function sitesOf(outcome, finding) {
    return finding.conflicts.flatMap((conflict) => {
        const path = conflict.paths[0];
        if (!TEXTUAL.has(conflict.kind) || path === undefined || conflict.paths.length !== 1)
            return [];
        const stage = (n) => outcome.entries.find((e) => e.path === path && e.stage === n)?.oid;
        const [ours, theirs] = [stage(2), stage(3)];
        return ours && theirs ? [{ conflict, merged: `${outcome.tree}:${path}`, ours, theirs }] : [];
    });
}
const hunks_text = (blob) => blob === undefined || blob.includes(0) ? undefined : blob.toString('utf8');
async function attachRanges(git, sites) {
    const blobs = await readBlobs(git, sites.flatMap((s) => [s.merged, s.ours, s.theirs]));
    sites.forEach((site, i) => {
        const [merged, ours, theirs] = [hunks_text(blobs[3 * i]), hunks_text(blobs[3 * i + 1]), hunks_text(blobs[3 * i + 2])];
        if (merged === undefined || ours === undefined || theirs === undefined)
            return;
        const ranges = conflictHunks(merged, ours, theirs);
        if (ranges.length > 0)
            site.conflict.ranges = ranges;
    });
}

;// CONCATENATED MODULE: ./src/conflicts/merges/landing.ts
/**
 * Each branch merged into the base tip, as `git merge --no-ff` on the base would: a conflict is reported
 * against the base; a clean merge becomes the merge commit that landing the branch would make, which the
 * pair merges start from.
 */




/** The landing commits of the branches that merged cleanly (lock-file conflicts aside). */
async function land(request, landed, states) {
    const commits = await writeCommits(request.git, landed.map(({ tip, tree }) => ({ tree, parents: [request.base, tip], message: `shipgate: land ${tip}` })), request.now);
    landed.forEach(({ tip, tree, regenerable }, index) => states.set(tip, { kind: 'clean', landing: commits[index], landingTree: tree, regenerable }));
}
async function landOnBase(request) {
    const states = new Map();
    const toMerge = [];
    for (const [tip, history] of request.histories) {
        if (history.mergeBases.length === 0)
            states.set(tip, { kind: 'unrelated' });
        else if (history.own.size === 0)
            states.set(tip, { kind: 'merged' });
        else
            toMerge.push(tip);
    }
    const requests = toMerge.map((tip) => ({ ours: request.base, theirs: tip }));
    const outcomes = await mergeMany(request.git, requests, request.merge);
    const landed = [];
    const sites = [];
    outcomes.forEach((outcome, index) => {
        const tip = toMerge[index];
        const finding = outcome.clean ? undefined : findingOf(outcome, request.regenerable, [request.base, tip]);
        if (finding && blocks(finding)) {
            states.set(tip, { kind: 'conflict', finding });
            sites.push(...sitesOf(outcome, finding));
        }
        else
            landed.push({ tip, tree: outcome.tree, regenerable: finding?.regenerable ?? [] });
    });
    await attachRanges(request.git, sites);
    await land(request, landed, states);
    return states;
}

// EXTERNAL MODULE: ./src/git/object-lookup.ts
var object_lookup = __webpack_require__(7388);
;// CONCATENATED MODULE: ./src/git/tree-diff.ts
const key = (pair) => `${pair.from} ${pair.to}`;
/**
 * The changes of each pair, in the order asked. diff-tree prints a header line ("from to", ended by a
 * newline even under -z) before each pair's changes, and nothing at all for a pair with none.
 */
async function diffTrees(git, pairs) {
    const asked = [...new Map(pairs.filter((p) => p.from !== p.to).map((p) => [key(p), p])).values()];
    const found = new Map();
    if (asked.length > 0) {
        const input = asked.map((p) => `${key(p)}\n`).join('');
        const { stdout } = await git.run(['diff-tree', '--stdin', '-r', '--no-renames', '--name-status', '-z'], { input });
        parseInto(stdout, found);
    }
    return pairs.map((pair) => found.get(key(pair)) ?? []);
}
function parseInto(stdout, found) {
    const fields = stdout.split('\0');
    let current = [];
    for (let at = 0; at + 1 < fields.length; at += 2) {
        let status = fields[at];
        // A status is a letter or two; anything longer carries the next pair's header before the status.
        const newline = status.lastIndexOf('\n');
        if (newline >= 0) {
            current = [];
            found.set(status.slice(0, newline), current);
            status = status.slice(newline + 1);
        }
        current.push({ status: status.charAt(0), path: fields[at + 1] });
    }
}

;// CONCATENATED MODULE: ./src/git/tree-listing.ts
/** folder → the paths of the files under it (at any depth), for each folder asked. */
async function filesUnder(git, tree, folders) {
    const found = new Map(folders.map((folder) => [folder, []]));
    if (folders.length === 0)
        return found;
    const { stdout } = await git.run(['ls-tree', '-r', '--name-only', '-z', '--full-tree', tree, '--', ...folders]);
    for (const path of stdout.split('\0').filter(Boolean)) {
        const parts = path.split('/');
        for (let i = 1; i < parts.length; i++)
            found.get(parts.slice(0, i).join('/'))?.push(path);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/conflicts/merges/footprint-folders.ts


/** Every folder above a path, outermost first, without the root: "a/b/c.txt" → ["a", "a/b"]. */
function foldersAbove(path) {
    const parts = path.split('/');
    return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
function foldersOf(paths) {
    const folders = new Set();
    for (const path of paths)
        for (const folder of foldersAbove(path))
            folders.add(folder);
    return folders;
}
/** Folder-existence questions, asked in one batch and answered per asker. */
class RemovedFolders {
    queries = [];
    answers = [];
    /** Which folders of the deleted paths are gone from `tree`: the set fills in on `resolve`. */
    ask(changes, tree) {
        const answer = new Set();
        for (const folder of foldersOf(changes.filter((c) => c.status === 'D').map((c) => c.path))) {
            this.queries.push({ tree, folder });
            this.answers.push(answer);
        }
        return answer;
    }
    async resolve(git) {
        const exists = await (0,object_lookup/* foldersExist */.Bg)(git, this.queries);
        this.queries.forEach(({ folder }, index) => {
            if (!exists[index])
                this.answers[index].add(folder);
        });
    }
}
/**
 * Without a landing: the folders the landing could remove. A folder goes only if every file the base has in
 * it is one the branch deleted (its landing changes nothing else, see `landingBounded`) and it adds none there.
 */
async function boundLandingRemovals(git, baseTree, diffs, landed) {
    const deletedOf = (d) => new Set(d.own.filter((c) => c.status === 'D').map((c) => c.path));
    const candidates = diffs.map((d, i) => (landed[i] ? new Set() : foldersOf(deletedOf(d))));
    const inBase = await filesUnder(git, baseTree, [...new Set(candidates.flatMap((c) => [...c]))]);
    return diffs.map((d, i) => {
        if (landed[i])
            return undefined;
        const [deleted, added] = [deletedOf(d), foldersOf(d.own.filter((c) => c.status !== 'D').map((c) => c.path))];
        return new Set([...candidates[i]].filter((f) => !added.has(f) && inBase.get(f).every((p) => deleted.has(p))));
    });
}

;// CONCATENATED MODULE: ./src/conflicts/merges/footprint.ts




/** True when the landing sets are exact, or bounds that hold (see `fromOwnChanges`). */
function landingBounded(footprint) {
    return !footprint.fromOwnChanges || (footprint.prunable && footprint.removedFolders.size === 0);
}
const intersects = (a, b) => {
    for (const item of b)
        if (a.has(item))
            return true;
    return false;
};
async function treesFor(git, baseTip, inputs) {
    const single = (input) => (input.mergeBases.length === 1 ? input.mergeBases[0] : undefined);
    const commits = [baseTip, ...inputs.map((i) => i.tip), ...inputs.flatMap((i) => single(i) ?? [])];
    const unique = [...new Set(commits)];
    const trees = new Map((await (0,object_lookup/* treesOf */.zG)(git, unique)).map((tree, i) => [unique[i], tree]));
    return inputs.map((input) => {
        const mergeBase = single(input);
        return {
            base: trees.get(baseTip),
            tip: trees.get(input.tip),
            mergeBase: mergeBase === undefined ? undefined : trees.get(mergeBase),
            landing: input.landingTree,
        };
    });
}
async function diffsOf(git, trees) {
    const pairs = trees.flatMap((t) => [
        { from: t.mergeBase ?? t.tip, to: t.tip },
        { from: t.mergeBase ?? t.base, to: t.base },
        { from: t.base, to: t.landing ?? t.base },
    ]);
    const changes = await diffTrees(git, pairs);
    return trees.map((_, i) => ({ own: changes[3 * i], baseSince: changes[3 * i + 1], landing: changes[3 * i + 2] }));
}
/** The footprint of each branch, in the order given. */
async function footprintsOf(git, baseTip, inputs) {
    const trees = await treesFor(git, baseTip, inputs);
    const diffs = await diffsOf(git, trees);
    const landed = trees.map((t) => t.landing !== undefined);
    const bounds = await boundLandingRemovals(git, trees[0]?.base ?? '', diffs, landed);
    const removed = new RemovedFolders();
    const asked = diffs.map((d, i) => ({
        own: removed.ask(d.own, trees[i].tip),
        baseSince: removed.ask(d.baseSince, trees[i].base),
        landing: removed.ask(d.landing, trees[i].landing ?? trees[i].base),
    }));
    await removed.resolve(git);
    return diffs.map((d, i) => footprint(d, { ...asked[i], landing: bounds[i] ?? asked[i].landing }, trees[i].mergeBase !== undefined, landed[i]));
}
function footprint(diffs, removed, singleMergeBase, landed) {
    const changed = new Set(diffs.own.map((c) => c.path));
    const changedFolders = foldersOf(changed);
    const landing = landed ? new Set(diffs.landing.map((c) => c.path)) : changed;
    const baseDeleted = new Set(diffs.baseSince.filter((c) => c.status === 'D').map((c) => c.path));
    // The base deleted (or renamed away) a path the branch touches, or removed a folder it works in: another
    // branch's landing could then change which renames git detects on the base's side.
    const touchesBaseRemovals = intersects(baseDeleted, changed) || intersects(removed.baseSince, changedFolders);
    return {
        prunable: singleMergeBase && !touchesBaseRemovals,
        changed,
        changedFolders,
        removedFolders: removed.own,
        landing,
        landingFolders: foldersOf(landing),
        landingRemovedFolders: removed.landing,
        fromOwnChanges: !landed,
    };
}

;// CONCATENATED MODULE: ./src/conflicts/merges/landers.ts

/** Sorted by name, so that lander indexes follow name order and pairs come out with a < b. */
function landersOf(branches, states, own) {
    const landers = [];
    for (const branch of [...branches].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
        // A run about one branch merges only some of the others: the rest have no state here.
        const state = states.get(branch.sha);
        if (state?.kind !== 'clean')
            continue;
        landers.push({
            name: branch.name,
            tip: branch.sha,
            landing: state.landing,
            landingTree: state.landingTree,
            own: own(branch.sha),
        });
    }
    return landers;
}
async function addFootprints(git, base, landers, mergeBases) {
    const footprints = await footprintsOf(git, base, landers.map((l) => ({ tip: l.tip, mergeBases: mergeBases(l.tip), landingTree: l.landingTree })));
    landers.forEach((lander, index) => (lander.footprint = footprints[index]));
}
function countMerged(states) {
    return [...states.values()].filter((s) => s.kind === 'clean' || s.kind === 'conflict').length;
}
/** The analysis both kinds of run return, from their states (by name), landings (by commit) and pair merges. */
function analysisOf(request, histories, found) {
    const { names, result } = found;
    return {
        base: request.base,
        states: found.states,
        pairs: result.outcomes.map(({ a, b, ...rest }) => ({ a: names[a], b: names[b], ...rest })),
        mergeBases: new Map(request.branches.map((b) => [b.name, histories.get(b.sha).mergeBases])),
        stats: { baseMerges: countMerged(found.bySha), pairMerges: result.merges, skipped: result.skipped },
    };
}

;// CONCATENATED MODULE: ./src/conflicts/merges/pruning.ts
function disjoint(a, b) {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    for (const item of small)
        if (large.has(item))
            return false;
    return true;
}
/** True when landing `first` and then merging `second` cannot conflict (see above). */
function cannotConflict(first, second, shareCommits) {
    if (shareCommits || !second.prunable)
        return false;
    return (disjoint(first.landing, second.changed) &&
        disjoint(first.landing, second.changedFolders) &&
        disjoint(first.landingFolders, second.changed) &&
        disjoint(second.removedFolders, first.landingFolders) &&
        disjoint(first.landingRemovedFolders, second.changedFolders));
}
/** Pairs of branches (by index) that both reach a commit the base lacks. */
function pairsSharingCommits(own) {
    const reachedBy = new Map();
    own.forEach((commits, index) => {
        for (const commit of commits) {
            const list = reachedBy.get(commit);
            if (list)
                list.push(index);
            else
                reachedBy.set(commit, [index]);
        }
    });
    const pairs = new Set();
    for (const list of reachedBy.values()) {
        for (let i = 0; i < list.length; i++)
            for (let j = i + 1; j < list.length; j++)
                pairs.add(pairKey(list[i], list[j]));
    }
    return pairs;
}
const pairKey = (a, b) => (a < b ? `${a} ${b}` : `${b} ${a}`);

;// CONCATENATED MODULE: ./src/conflicts/merges/pairs.ts
/**
 * The pair merges: for branches a and b that each merge cleanly into the base, land one (its merge commit)
 * and merge the other into that result, in both orders. Merges that provably cannot conflict are skipped
 * (pruning.ts) unless `exhaustive`.
 */




function plan(request) {
    const { landers, focus } = request;
    const shared = pairsSharingCommits(landers.map((l) => l.own));
    const planned = [];
    let skipped = 0;
    const consider = (first, second) => {
        const [one, other] = [landers[first].footprint, landers[second].footprint];
        const skip = one && other && cannotConflict(one, other, shared.has(pairKey(first, second)));
        if (skip)
            skipped++;
        else
            planned.push({ first, second });
    };
    for (let a = 0; a < landers.length; a++) {
        for (let b = a + 1; b < landers.length; b++) {
            if (focus && !focus.has(a) && !focus.has(b))
                continue;
            consider(a, b);
            consider(b, a);
        }
    }
    return { planned, skipped };
}
/** Runs the pair merges that may conflict and returns the pairs with a finding in either order. */
async function mergePairs(request) {
    const { planned, skipped } = plan(request);
    const outcomes = await mergeMany(request.git, planned.map(({ first, second }) => ({
        ours: request.landers[first].landing,
        theirs: request.landers[second].tip,
    })), request.merge);
    const pairs = new Map();
    const sites = [];
    outcomes.forEach((outcome, index) => {
        if (outcome.clean)
            return;
        const { first, second } = planned[index];
        const key = pairKey(first, second);
        const [a, b] = first < second ? [first, second] : [second, first];
        const pair = pairs.get(key) ?? { a, b, regenerable: [] };
        pairs.set(key, pair);
        const labels = [request.landers[first].landing, request.landers[second].tip];
        const finding = findingOf(outcome, request.regenerable, labels);
        if (!blocks(finding))
            pair.regenerable = [...new Set([...pair.regenerable, ...finding.regenerable])].sort();
        else if (first === a)
            pair.aFirst = finding;
        else
            pair.bFirst = finding;
        if (blocks(finding))
            sites.push(...sitesOf(outcome, finding));
    });
    await attachRanges(request.git, sites);
    return { outcomes: [...pairs.values()], merges: planned.length, skipped };
}

;// CONCATENATED MODULE: ./src/conflicts/merges/focused.ts






const sharing = (a, b) => [...a].some((commit) => b.has(commit));
/** Whether a pair with the focus may conflict in either order: then the other branch must be merged for real. */
function mayConflict(focus, other, shared) {
    const focusFirst = cannotConflict(focus, other, shared);
    const otherFirst = landingBounded(other) && cannotConflict(other, focus, shared);
    return !(focusFirst && otherFirst);
}
function subset(histories, tips) {
    return new Map(tips.map((tip) => [tip, histories.get(tip)]));
}
/** The other branches a pair with the focus needs merged into the base (by their commit). */
async function neededTips(scratch, request, histories, focus) {
    const others = [...new Set(request.branches.map((b) => b.sha))].filter((sha) => {
        const history = histories.get(sha);
        return sha !== focus.sha && history.mergeBases.length > 0 && history.own.size > 0;
    });
    const inputs = [focus.sha, ...others].map((tip) => ({ tip, mergeBases: histories.get(tip).mergeBases }));
    const [focusFootprint, ...footprints] = await footprintsOf(scratch, request.base, [
        { ...inputs[0], landingTree: focus.landingTree },
        ...inputs.slice(1),
    ]);
    const own = histories.get(focus.sha).own;
    return others.filter((sha, i) => mayConflict(focusFootprint, footprints[i], sharing(own, histories.get(sha).own)));
}
/** Each branch's state: merged and unrelated ones are known from their history alone; the rest as merged, or untested. */
function statesOf(branches, histories, merged) {
    return new Map(branches.map((b) => {
        const history = histories.get(b.sha);
        const known = history.mergeBases.length === 0
            ? { kind: 'unrelated' }
            : history.own.size === 0
                ? { kind: 'merged' }
                : undefined;
        return [b.name, merged.get(b.sha) ?? known ?? { kind: 'untested' }];
    }));
}
/** The branch in focus merged into the base, then each other branch a pair with it needs merged. */
async function landNeeded(scratch, request, histories, phase, focus) {
    const regenerable = regenerableTest(request.regenerable);
    const now = request.now ?? new Date();
    const land = (tips) => landOnBase({
        git: scratch,
        base: request.base,
        histories: subset(histories, tips),
        regenerable,
        merge: request.merge ?? {},
        now,
    });
    const bySha = await phase('merge of the branch in focus into the base', () => land([focus.sha]));
    const focusState = bySha.get(focus.sha);
    if (focusState.kind !== 'clean')
        return bySha;
    const landingTree = focusState.landingTree;
    const needed = await phase('footprints', () => neededTips(scratch, request, histories, { sha: focus.sha, landingTree }));
    for (const [tip, state] of await phase('merges into the base', () => land(needed)))
        bySha.set(tip, state);
    return bySha;
}
async function analyseFocused(scratch, request, histories, phase) {
    const focus = request.branches.find((b) => b.name === request.focus[0]);
    const bySha = await landNeeded(scratch, request, histories, phase, focus);
    const landers = landersOf(request.branches, bySha, (tip) => histories.get(tip).own);
    await addFootprints(scratch, request.base, landers, (tip) => histories.get(tip).mergeBases);
    const names = landers.map((l) => l.name);
    const regenerable = regenerableTest(request.regenerable);
    const merge = request.merge ?? {};
    const focusIndex = new Set([names.indexOf(focus.name)]);
    const result = await phase('pair merges', () => mergePairs({ git: scratch, landers, focus: focusIndex, regenerable, merge }));
    return analysisOf(request, histories, { states: statesOf(request.branches, histories, bySha), bySha, names, result });
}

;// CONCATENATED MODULE: ./src/conflicts/merges/analyse.ts
/**
 * The conflicts engine: every branch against the base tip, then every pair of branches that land cleanly,
 * in both landing orders, by real merges in a throwaway object store.
 */








/** Runs a phase and logs how long it took (SHIPGATE_DEBUG=1 shows it): where the time goes, on any machine. */
function phases(logger) {
    return async (name, run) => {
        const started = performance.now();
        const result = await run();
        logger.debug(`conflicts: ${name} took ${Math.round(performance.now() - started)} ms`);
        return result;
    };
}
async function analyseIn(scratch, request, histories, phase) {
    const regenerable = regenerableTest(request.regenerable);
    const merge = request.merge ?? {};
    const bySha = await phase('merges into the base', () => landOnBase({ git: scratch, base: request.base, histories, regenerable, merge, now: request.now ?? new Date() }));
    const landers = landersOf(request.branches, bySha, (tip) => histories.get(tip).own);
    if (!request.exhaustive)
        await phase('footprints', () => addFootprints(scratch, request.base, landers, (tip) => histories.get(tip).mergeBases));
    const names = landers.map((l) => l.name);
    const focus = request.focus && new Set(request.focus.map((name) => names.indexOf(name)).filter((i) => i >= 0));
    const result = await phase('pair merges', () => mergePairs({ git: scratch, landers, ...(focus ? { focus } : {}), regenerable, merge }));
    const states = new Map(request.branches.map((b) => [b.name, bySha.get(b.sha)]));
    return analysisOf(request, histories, { states, bySha, names, result });
}
async function analyse(request) {
    const phase = phases(request.logger ?? logger/* silentLogger */.q);
    const tips = request.branches.map((b) => b.sha);
    const histories = await phase('histories', () => (0,git_history/* branchHistories */.FP)(request.git, request.base, tips));
    // A run about one branch merges the others into the base only where a pair with it needs that.
    const focused = !request.exhaustive && request.focus?.length === 1 && request.branches.some((b) => b.name === request.focus[0]);
    return withScratchObjects(request.git, (scratch) => focused ? analyseFocused(scratch, request, histories, phase) : analyseIn(scratch, request, histories, phase));
}

;// CONCATENATED MODULE: ./src/conflicts/order/merge-order.ts
/**
 * A suggested landing order for branches that conflict with each other: at each step, land the branch whose
 * landing breaks the fewest of those still waiting. One-order pairs steer it: when landing a first makes b
 * conflict but not the reverse, b goes first and nobody rebases.
 */
function breaksOf(breakages) {
    const breaks = new Map();
    for (const { first, second } of breakages) {
        if (!breaks.has(first))
            breaks.set(first, new Set());
        if (!breaks.has(second))
            breaks.set(second, new Set());
        breaks.get(first).add(second);
    }
    return breaks;
}
/** Lands the branches in the order given; returns each step's rebases. */
function merge_order_land(order, breaks) {
    const waiting = new Set(order);
    return order.map((branch) => {
        waiting.delete(branch);
        return { branch, rebase: [...(breaks.get(branch) ?? [])].filter((b) => waiting.has(b)).sort() };
    });
}
const rebasesIn = (steps) => new Set(steps.flatMap((s) => s.rebase)).size;
/** Fewest breakages caused first; then the branch most at risk from others; then by name. */
function nextBranch(waiting, breaks) {
    const score = (branch) => {
        const caused = [...breaks.get(branch)].filter((b) => waiting.has(b)).length;
        const suffered = [...waiting].filter((other) => breaks.get(other).has(branch)).length;
        return { branch, caused, suffered };
    };
    const ranked = [...waiting]
        .map(score)
        .sort((x, y) => x.caused - y.caused || y.suffered - x.suffered || (x.branch < y.branch ? -1 : 1));
    return ranked[0].branch;
}
function suggestMergeOrder(breakages) {
    const breaks = breaksOf(breakages);
    const waiting = new Set([...breaks.keys()]);
    const order = [];
    while (waiting.size > 0) {
        const branch = nextBranch(waiting, breaks);
        order.push(branch);
        waiting.delete(branch);
    }
    const steps = merge_order_land(order, breaks);
    const byName = merge_order_land([...breaks.keys()].sort(), breaks);
    return { steps, rebases: rebasesIn(steps), rebasesInNameOrder: rebasesIn(byName) };
}

// EXTERNAL MODULE: ./src/conflicts/teams/teams.ts
var teams = __webpack_require__(9196);
// EXTERNAL MODULE: ./src/conflicts/report/team-entries.ts
var team_entries = __webpack_require__(1592);
// EXTERNAL MODULE: ./src/conflicts/report/verdict.ts
var verdict = __webpack_require__(6607);
;// CONCATENATED MODULE: ./src/conflicts/report/build.ts




const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function orderOf(pair) {
    return pair.aFirst && pair.bFirst ? 'both' : pair.aFirst ? 'a-first' : 'b-first';
}
/** A conflict for the report: its line ranges keyed by whose lines they are (`ours` merged into, `theirs` in). */
function located(conflicts, ours, theirs) {
    return conflicts.map(({ ranges, ...conflict }) => ranges ? { ...conflict, lines: ranges.map((h) => ({ [ours]: h.ours, [theirs]: h.theirs })) } : conflict);
}
/** The conflicts of both orders (landing a then merging b: a's side is `ours`), each kind and set of paths once. */
function unionOf(pair) {
    const orders = [
        ...(pair.aFirst ? [{ finding: pair.aFirst, ours: pair.a, theirs: pair.b }] : []),
        ...(pair.bFirst ? [{ finding: pair.bFirst, ours: pair.b, theirs: pair.a }] : []),
    ];
    const files = [...new Set(orders.flatMap((o) => o.finding.files))].sort(byName);
    const conflicts = new Map();
    for (const o of orders)
        for (const conflict of located(o.finding.conflicts, o.ours, o.theirs)) {
            const key = `${conflict.kind}\0${conflict.paths.join('\0')}`;
            if (!conflicts.has(key))
                conflicts.set(key, conflict);
        }
    return { files, conflicts: [...conflicts.values()] };
}
function pairEntries(analysis, team) {
    return analysis.pairs
        .filter((pair) => pair.aFirst || pair.bFirst)
        .map((pair) => ({
        a: pair.a,
        b: pair.b,
        ...unionOf(pair),
        order: orderOf(pair),
        crossTeam: team(pair.a) !== team(pair.b),
    }));
}
function baseSections(analysis, base) {
    const sections = { baseConflicts: [], regenerable: [], unchecked: [], merged: [] };
    for (const name of [...analysis.states.keys()].sort(byName)) {
        const state = analysis.states.get(name);
        if (state.kind === 'conflict') {
            const { files, conflicts } = state.finding;
            sections.baseConflicts.push({ branch: name, files, conflicts: located(conflicts, base, name) });
        }
        else if (state.kind === 'merged')
            sections.merged.push(name);
        else if (state.kind === 'unrelated')
            sections.unchecked.push({ branch: name, reason: `shares no history with ${base}: git refuses to merge it` });
        else if (state.kind === 'clean' && state.regenerable.length > 0)
            sections.regenerable.push({ branch: name, files: state.regenerable });
    }
    for (const pair of analysis.pairs)
        if (pair.regenerable.length > 0)
            sections.regenerable.push({ a: pair.a, b: pair.b, files: pair.regenerable });
    return sections;
}
/** "landing first makes second conflict", for each conflicting order of each pair */
function breakagesOf(pairs) {
    return pairs.flatMap((pair) => [
        ...(pair.aFirst ? [{ first: pair.a, second: pair.b }] : []),
        ...(pair.bFirst ? [{ first: pair.b, second: pair.a }] : []),
    ]);
}
function summaryOf(input, sections, pairs) {
    const { stats } = input.analysis;
    return {
        branches: input.branches.length,
        baseConflicts: sections.baseConflicts.length,
        pairs: pairs.length,
        crossTeamPairs: pairs.filter((p) => p.crossTeam).length,
        regenerable: sections.regenerable.length,
        unchecked: sections.unchecked.length,
        merged: sections.merged.length,
        merges: { base: stats.baseMerges, pairs: stats.pairMerges, skipped: stats.skipped },
        failOn: input.failOn,
        passed: (0,verdict/* verdictOf */.Vj)({ ...sections, pairs }, input.failOn, input.focus),
        partial: input.partialReason !== undefined,
        ...(input.partialReason === undefined ? {} : { partialReason: input.partialReason }),
    };
}
function buildReport(input) {
    const table = (0,teams/* teamTable */.S)(input.teams);
    const teamName = new Map(input.branches.map((b) => [b.name, b.teamName]));
    const team = (name) => table.teamOf(teamName.get(name) ?? name);
    const sections = baseSections(input.analysis, input.base);
    sections.unchecked = [...sections.unchecked, ...(input.unchecked ?? [])].sort((x, y) => byName(x.branch, y.branch));
    const pairs = pairEntries(input.analysis, team);
    const hasTeams = table.names.length > 0;
    return {
        version: 1,
        toolVersion: input.toolVersion,
        base: input.base,
        baseSha: input.analysis.base,
        branches: input.branches.map((b) => b.name).sort(byName),
        ...sections,
        pairs,
        teams: (0,team_entries/* teamEntries */._)(table, input.teams, input.branches, { ...sections, pairs }),
        unassigned: hasTeams
            ? input.branches
                .filter((b) => team(b.name) === undefined)
                .map((b) => b.name)
                .sort(byName)
            : [],
        mergeOrder: suggestMergeOrder(breakagesOf(input.analysis.pairs)),
        health: input.health ?? { behind: [], stale: [] },
        ...(input.focus === undefined ? {} : { focus: input.focus }),
        ...(input.pulls === undefined ? {} : { pulls: input.pulls }),
        summary: summaryOf(input, sections, pairs),
    };
}

;// CONCATENATED MODULE: ./src/conflicts/run-conflicts.ts



/** Branch health, in runs about every branch (a run about one has not merged the others). */
function healthOf(input, analysis) {
    if (input.focus)
        return undefined;
    const { git, base, branches, settings } = input;
    return branchHealth({
        git,
        base: base.sha,
        branches,
        mergeBases: analysis.mergeBases,
        settings: settings.health,
        now: new Date(),
    });
}
async function runConflicts(input) {
    const { git, base, branches, focus, settings } = input;
    const analysis = await analyse({
        git,
        base: base.sha,
        branches,
        ...(focus ? { focus: [focus] } : {}),
        exhaustive: input.exhaustive,
        regenerable: settings.regenerable,
        merge: { processes: input.processes },
        logger: input.logger,
    });
    const health = await healthOf(input, analysis);
    const report = buildReport({
        analysis,
        base: base.name,
        branches,
        teams: settings.teams,
        failOn: input.failOn,
        toolVersion: input.toolVersion,
        ...(focus ? { focus } : {}),
        ...(health ? { health } : {}),
        ...input.extra,
    });
    return { analysis, report };
}


/***/ }),

/***/ 9196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ teamTable),
/* harmony export */   z: () => (/* binding */ withoutRemote)
/* harmony export */ });
/** Teams by branch prefix: which team a branch belongs to, and how conflicts fall between teams. */
/**
 * The longest matching prefix wins. A remote-tracking name ("origin/feature/x") and a pull request's head
 * ref are matched as the branch name people type, so the caller passes that name.
 */
function teamTable(teams) {
    const prefixes = Object.entries(teams)
        .flatMap(([team, list]) => list.map((prefix) => ({ team, prefix })))
        .sort((a, b) => b.prefix.length - a.prefix.length);
    return {
        names: Object.keys(teams).sort(),
        teamOf: (branchName) => prefixes.find(({ prefix }) => branchName.startsWith(prefix))?.team,
    };
}
/** The branch name inside its remote: "origin/feature/x" → "feature/x" when "origin" is a remote. */
function withoutRemote(name, remotes) {
    const slash = name.indexOf('/');
    return slash > 0 && remotes.includes(name.slice(0, slash)) ? name.slice(slash + 1) : name;
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

/***/ 7388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ foldersExist),
/* harmony export */   J9: () => (/* binding */ resolveCommits),
/* harmony export */   zG: () => (/* binding */ treesOf)
/* harmony export */ });
async function batchCheck(git, queries) {
    if (queries.length === 0)
        return [];
    const { stdout } = await git.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
        input: queries.join('\n') + '\n',
    });
    const lines = stdout.split('\n').slice(0, queries.length);
    return lines.map((line) => (line.endsWith(' missing') || line.endsWith(' ambiguous') ? undefined : line));
}
/** The tree of each commit, in order. */
async function treesOf(git, commits) {
    const answers = await batchCheck(git, commits.map((commit) => `${commit}^{tree}`));
    return answers.map((answer, index) => {
        if (answer === undefined)
            throw new Error(`${commits[index]} is not a commit in this repository.`);
        return answer.split(' ')[0];
    });
}
/**
 * Whether each folder exists in its tree. The batch protocol is line-based: a name with a newline cannot
 * be asked, and counts as absent (the answer that makes callers look closer).
 */
async function foldersExist(git, queries) {
    const askable = queries.map((q) => !q.folder.includes('\n'));
    const answers = await batchCheck(git, queries.filter((_, i) => askable[i]).map((q) => `${q.tree}:${q.folder}`));
    let next = 0;
    return askable.map((ok) => ok && answers[next++]?.endsWith(' tree') === true);
}
/** The commit each revision names, or undefined where it names none (one process for all). */
async function resolveCommits(git, revisions) {
    const askable = revisions.map((r) => !r.includes('\n'));
    const answers = await batchCheck(git, revisions.filter((_, i) => askable[i]).map((r) => `${r}^{commit}`));
    let next = 0;
    return askable.map((ok) => (ok ? answers[next++]?.split(' ')[0] : undefined));
}


/***/ })

};
