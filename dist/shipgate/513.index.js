export const id = 513;
export const ids = [513];
export const modules = {

/***/ 3910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: () => (/* binding */ staysInside),
/* harmony export */   gt: () => (/* binding */ CONFIG_FORMATS),
/* harmony export */   rc: () => (/* binding */ FORMAT_MESSAGES)
/* harmony export */ });
/* unused harmony export globProblem */
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/** The string formats the config's schema uses beyond JSON Schema's own: globs, real dates, paths in the repository. */



/** Why a glob is not one picomatch can match by, or undefined when it is fine. */
function globProblem(glob) {
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_2___default().makeRe(glob, { strictBrackets: true, dot: true });
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
/** A relative path that stays inside the folder it is relative to (no absolute path, no `..` out). */
function staysInside(relativePath) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relativePath) || /^[A-Za-z]:[\\/]/.test(relativePath))
        return false;
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(relativePath.replace(/\\/g, '/'));
    return normalized !== '..' && !normalized.startsWith('../');
}
const FORMAT_MESSAGES = {
    glob: 'must be a valid glob',
    date: 'must be a real date as YYYY-MM-DD',
    'repository-path': 'must be a path relative to the repository root that stays inside it',
};
/** The formats, by name, as the compiled schema (src/config/generated/) calls them. */
const CONFIG_FORMATS = {
    date: ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .fullFormats */ .U9.date,
    glob: { validate: (value) => globProblem(value) === undefined },
    'repository-path': { validate: staysInside },
};


/***/ }),

/***/ 9307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ loadSettings),
  P: () => (/* binding */ parseSettings)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/config/formats.ts
var formats = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/config/generated/config-validator.cjs
var config_validator = __webpack_require__(1444);
var config_validator_default = /*#__PURE__*/__webpack_require__.n(config_validator);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/config/messages.ts


function segmentsOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
const PATTERN_NAMES = {
    '^\\d{4}-\\d{2}-\\d{2}$': 'a date as YYYY-MM-DD',
    '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$': 'a duration such as 500ms, 2s, 5m or 1h',
    '^/': 'a path starting with /',
    '^https?://': 'an http:// or https:// URL',
};
/** What a pattern wants, in words: the schema's own x-pattern-text, else a known pattern's name. */
function patternText(error) {
    const own = error.parentSchema?.['x-pattern-text'];
    const pattern = String(error.params.pattern);
    return own ?? `must be ${PATTERN_NAMES[pattern] ?? `text matching ${pattern}`}`;
}
function numberKind(error) {
    return error.parentSchema?.type === 'integer' ? 'a whole number' : 'a number';
}
function describePath(instancePath) {
    const parts = segmentsOf(instancePath);
    if (parts.length === 0)
        return 'the top level';
    return parts.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
function describeError(error) {
    const where = describePath(error.instancePath);
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const hint = known.length > 0 ? `; did you mean "${(0,mod/* closest */.kp)(key, known)}"?` : '';
            return `unknown key "${key}" in ${where}${hint} (expected one of: ${known.join(', ')})`;
        }
        case 'required':
            return `${where} is missing the required key "${String(params.missingProperty)}"`;
        case 'enum':
            return `${where} must be one of: ${params.allowedValues.map(String).join(', ')}`;
        case 'rule-shape':
            return `${where} must be a limit (a whole number), false, or an object with limit, critical, severity, count, enabled`;
        case 'pattern':
            return `${where} ${patternText(error)}`;
        case 'format':
            return `${where} ${formats/* FORMAT_MESSAGES */.rc[String(params.format)] ?? `must be a ${String(params.format)}`}`;
        case 'minimum':
        case 'maximum':
            return `${where} must be ${numberKind(error)} of ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${Number(params.limit).toLocaleString('en-US')}`;
        case 'section':
            return `${where} ${error.message ?? 'is invalid'}`;
        default:
            return `${where} ${error.message ?? 'is invalid'}`;
    }
}

;// CONCATENATED MODULE: ./src/config/validate.ts





// The schema (schema/shipgate.schema.json and each capability's section schema) is compiled ahead of time
// by scripts/config-validator.mjs; made on first use, as most runs have no config file.
let compiled;
function schemaValidator() {
    compiled ??= config_validator_default()(formats/* CONFIG_FORMATS */.gt);
    return compiled;
}
/** Validates parsed YAML against schema/shipgate.schema.json (and its sections' schemas) and places each problem in the file. */
function validateConfig(value, doc, lineCounter) {
    const validate = schemaValidator();
    // What the schema cannot say (a critical above its limit) is checked by the sections once the shape is right.
    const errors = validate(value ?? {})
        ? (0,settings/* sectionProblems */.gJ)((value ?? {})).map(toError)
        : focusErrors(validate.errors ?? [], value);
    const problems = errors.map((error) => placeError(error, doc, lineCounter));
    const unique = new Map(problems.map((p) => [`${p.line}:${p.column}:${p.message}`, p]));
    return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
/** A section's own problem, shaped like a schema error so that it is placed and described the same way. */
function toError(problem) {
    const instancePath = problem.path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    return { instancePath, keyword: 'section', params: {}, schemaPath: '', message: problem.message };
}
function valueAt(root, instancePath) {
    let current = root;
    for (const segment of segmentsOf(instancePath)) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/**
 * A rule may be a number, `false` or an object (`oneOf`), and ajv reports every branch that failed.
 * Keep only the branch that matches what the user wrote, so the message says what they got wrong.
 */
function focusErrors(errors, root) {
    const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
    return errors.flatMap((error) => {
        // "must match the then schema" only repeats what the errors inside the branch say.
        if (error.keyword === 'if')
            return [];
        if (!oneOfPaths.has(error.instancePath))
            return [error];
        if (error.keyword === 'oneOf')
            return [];
        const value = valueAt(root, error.instancePath);
        if (typeof value === 'object' && value !== null) {
            return ['additionalProperties', 'required'].includes(error.keyword) ? [error] : [];
        }
        if (typeof value === 'number') {
            const isNumberError = ['minimum', 'maximum'].includes(error.keyword) || error.params.type === 'integer';
            return isNumberError ? [error] : [];
        }
        return error.keyword === 'const' ? [{ ...error, keyword: 'rule-shape' }] : [];
    });
}
/** What each pattern of the schema parts means, in words. */
function nodeForError(error, doc) {
    const node = doc.getIn(segmentsOf(error.instancePath), true);
    if (error.keyword === 'additionalProperties' && (0,dist/* isMap */.jh)(node)) {
        const key = String(error.params.additionalProperty);
        const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
        if (pair && (0,dist/* isScalar */.jn)(pair.key))
            return pair.key;
    }
    return node ?? doc.contents;
}
function placeError(error, doc, lineCounter) {
    const offset = nodeForError(error, doc)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, message: describeError(error) };
}

;// CONCATENATED MODULE: ./src/config/load.ts






/** How many alias expansions a config may use: far more than any real config, far fewer than a bomb. */
const MAX_ALIAS_EXPANSION = 100;
/** Reads, validates and resolves the config file into one typed settings object. */
async function loadSettings(options) {
    const relative = options.configPath ?? settings/* DEFAULT_CONFIG_PATH */.Bi;
    const text = await readConfigText(external_node_path_default().resolve(options.root, relative), options.configPath !== undefined);
    if (text === undefined)
        return { settings: (0,settings/* settingsFromConfig */.m5)({}) };
    return { settings: parseSettings(text, relative), source: relative };
}
async function readConfigText(file, required) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !required)
            return undefined;
        const reason = error.code === 'ENOENT' ? 'it does not exist' : (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* ConfigurationError */.j1(`Cannot read the config file ${file}: ${reason}`);
    }
}
/** Parses config text; every error names the file, line and column. */
function parseSettings(text, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const lines = doc.errors.map((e) => {
            const { line, col } = lineCounter.linePos(e.pos[0]);
            return `${fileName}:${line}:${col}: ${e.message.split('\n')[0]}`;
        });
        throw new errors/* ConfigurationError */.j1(`Invalid YAML in ${fileName}:\n${lines.join('\n')}`);
    }
    const value = plainValue(doc, fileName);
    const problems = validateConfig(value, doc, lineCounter);
    if (problems.length > 0) {
        const lines = problems.map((p) => `${fileName}:${p.line}:${p.column}: ${p.message}`);
        throw new errors/* ConfigurationError */.j1(`Invalid shipgate config ${fileName}:\n${lines.join('\n')}`);
    }
    return (0,settings/* settingsFromConfig */.m5)((value ?? {}));
}
/** The document as plain data; aliases that expand into a huge value (an "alias bomb") are refused. */
function plainValue(doc, fileName) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        throw new errors/* ConfigurationError */.j1(`Invalid YAML in ${fileName}: its aliases (*name) expand to too much data (${(0,errors/* errorMessage */.gJ)(error)}); write the values out.`);
    }
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   gJ: () => (/* binding */ sectionProblems),
/* harmony export */   m5: () => (/* binding */ settingsFromConfig)
/* harmony export */ });
/* unused harmony exports CHECK_NAMES, CONFIG_KEYS */
/* harmony import */ var _compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8874);
/* harmony import */ var _conflicts_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2974);
/* harmony import */ var _deploy_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(998);
/* harmony import */ var _gate_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5306);
/** The one typed settings object a config file resolves into: each capability's section, resolved by its owner. */




/** The checks `shipgate check` and the root action run on a pull request. */
const CHECK_NAMES = (/* unused pure expression or super */ null && (['compliance', 'conflicts', 'gate']));
const DEFAULT_CONFIG_PATH = '.github/shipgate.yml';
/** Every top-level key, by type: the schema test checks schema/shipgate.schema.json against it. */
const TOP_LEVEL_KEYS = {
    checks: true,
    compliance: true,
    conflicts: true,
    deploy: true,
    gate: true,
};
const CONFIG_KEYS = Object.keys(TOP_LEVEL_KEYS);
/** Hands each validated section to the capability that owns it; defaults fill whatever is not written. */
function settingsFromConfig(raw) {
    return {
        checks: raw.checks ?? ['compliance'],
        compliance: (0,_compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .complianceSettingsFrom */ .re)(raw.compliance),
        conflicts: (0,_conflicts_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .conflictsSettingsFrom */ .p2)(raw.conflicts),
        deploy: (0,_deploy_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .deploySettingsFrom */ .rw)(raw.deploy),
        gate: (0,_gate_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .gateSettingsFrom */ .fA)(raw.gate),
    };
}
/** Each section's own checks, run once the config has the schema's shape. */
function sectionProblems(raw) {
    return (0,_compliance_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .complianceProblems */ .SL)(raw.compliance).map((p) => ({ ...p, path: ['compliance', ...p.path] }));
}


/***/ }),

/***/ 2974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p2: () => (/* binding */ conflictsSettingsFrom),
/* harmony export */   ry: () => (/* binding */ CONFLICTS_FAIL_ON)
/* harmony export */ });
/* unused harmony exports ORDERS, DEFAULT_REGENERABLE, defaultConflictsSettings, CONFLICTS_CONFIG_KEYS */
/** The conflicts capability's vocabulary and settings: orders, failure policies, teams, filters, raw config → typed. */
/** Which landing order makes a pair conflict: "a-first" means that once a lands, b no longer merges. */
const ORDERS = (/* unused pure expression or super */ null && (['both', 'a-first', 'b-first']));
/** When the check fails: a conflict with the base (default), any conflict, or never. */
const CONFLICTS_FAIL_ON = ['base', 'any', 'none'];
/** Lock files: their conflicts are settled by regenerating them, so they are reported apart. */
const DEFAULT_REGENERABLE = [
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/poetry.lock',
    '**/Pipfile.lock',
    '**/uv.lock',
    '**/Cargo.lock',
    '**/Gemfile.lock',
    '**/composer.lock',
    '**/go.sum',
];
function defaultConflictsSettings() {
    return {
        branches: [],
        teams: {},
        regenerable: [...DEFAULT_REGENERABLE],
        label: 'merge-conflict',
        comment: true,
        includeDrafts: false,
        includeBots: false,
        skipLabels: [],
        bases: [],
        exhaustive: false,
        health: { behindCommits: 50, staleDays: 30 },
        cleanup: { enabled: false, olderThanDays: 30, dryRun: true },
        sync: { enabled: false, max: 5 },
    };
}
/** Every key of the section, by type: the schema test checks schema/conflicts.schema.json against it. */
const SECTION_KEYS = {
    base: true,
    branches: true,
    teams: true,
    'fail-on': true,
    regenerable: true,
    label: true,
    comment: true,
    'include-drafts': true,
    'include-bots': true,
    'skip-labels': true,
    bases: true,
    exhaustive: true,
    health: true,
    cleanup: true,
    sync: true,
};
const CONFLICTS_CONFIG_KEYS = Object.keys(SECTION_KEYS);
/** Resolves the validated `conflicts:` section; defaults fill whatever is not written. */
function conflictsSettingsFrom(raw = {}) {
    const d = defaultConflictsSettings();
    return {
        ...(raw.base === undefined ? {} : { base: raw.base }),
        ...(raw['fail-on'] === undefined ? {} : { failOn: raw['fail-on'] }),
        branches: raw.branches ?? d.branches,
        teams: raw.teams ?? d.teams,
        regenerable: raw.regenerable ?? d.regenerable,
        label: raw.label ?? d.label,
        comment: raw.comment ?? d.comment,
        includeDrafts: raw['include-drafts'] ?? d.includeDrafts,
        includeBots: raw['include-bots'] ?? d.includeBots,
        skipLabels: raw['skip-labels'] ?? d.skipLabels,
        bases: raw.bases ?? d.bases,
        exhaustive: raw.exhaustive ?? d.exhaustive,
        health: {
            behindCommits: raw.health?.['behind-commits'] ?? d.health.behindCommits,
            staleDays: raw.health?.['stale-days'] ?? d.health.staleDays,
        },
        cleanup: {
            enabled: raw.cleanup?.enabled ?? d.cleanup.enabled,
            olderThanDays: raw.cleanup?.['older-than-days'] ?? d.cleanup.olderThanDays,
            dryRun: raw.cleanup?.['dry-run'] ?? d.cleanup.dryRun,
        },
        sync: { enabled: raw.sync?.enabled ?? d.sync.enabled, max: raw.sync?.max ?? d.sync.max },
    };
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

/***/ 998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ otherColor),
/* harmony export */   lm: () => (/* binding */ COLORS),
/* harmony export */   rw: () => (/* binding */ deploySettingsFrom)
/* harmony export */ });
/* unused harmony exports ROUTER_TYPES, DEPLOY_CONFIG_KEYS, ENVIRONMENT_CONFIG_KEYS, DEFAULTS, environmentFrom */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5039);
/** Deploy's vocabulary and settings: colours, routers, health, soak, per environment; raw config → typed. */

const COLORS = ['blue', 'green'];
function otherColor(color) {
    return color === 'blue' ? 'green' : 'blue';
}
const ROUTER_TYPES = (/* unused pure expression or super */ null && (['haproxy', 'nginx', 'kubernetes', 'command']));
/** Every key of the section and of an environment, by type: the schema test checks the schema against them. */
const SECTION_KEYS = { environments: true };
const DEPLOY_CONFIG_KEYS = Object.keys(SECTION_KEYS);
const ENVIRONMENT_KEYS = {
    router: true,
    colors: true,
    deploy: true,
    'deploy-timeout': true,
    health: true,
    soak: true,
    url: true,
    production: true,
    transient: true,
    'require-quality-gate': true,
    'keep-warm': true,
    'scale-down': true,
};
const ENVIRONMENT_CONFIG_KEYS = Object.keys(ENVIRONMENT_KEYS);
const DEFAULTS = {
    routerTimeout: '10s',
    deployTimeout: '30m',
    health: { timeout: '2s', deadline: '2m', initial: '250ms', max: '5s', failureThreshold: 5 },
    soak: { duration: '1m', interval: '1s', successRate: 99, p95: '500ms' },
    keepWarm: '0s',
};
function routerFrom(raw) {
    const timeoutMs = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.timeout ?? DEFAULTS.routerTimeout);
    switch (raw.type) {
        case 'haproxy':
            return { type: 'haproxy', socket: raw.socket, backend: raw.backend, servers: raw.servers, timeoutMs };
        case 'nginx': {
            const { upstream, servers } = raw;
            const settings = { type: 'nginx', upstreamFile: raw['upstream-file'], upstream, servers, timeoutMs };
            return { ...settings, binary: raw.binary ?? 'nginx', ...written({ config: raw.config }) };
        }
        case 'kubernetes': {
            const { service, kubeconfig, context } = raw;
            const where = { namespace: raw.namespace ?? 'default', label: raw.label ?? 'color' };
            return { type: 'kubernetes', service, ...where, timeoutMs, ...written({ kubeconfig, context }) };
        }
        case 'command':
            return { type: 'command', switch: raw.switch, live: raw.live, timeoutMs };
    }
}
function healthFrom(raw = {}) {
    const d = DEFAULTS.health;
    return {
        checks: (raw.checks ?? [{ path: '/' }]).map((check) => ({ ...check, status: check.status ?? 200 })),
        timeoutMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.timeout ?? d.timeout),
        deadlineMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.deadline ?? d.deadline),
        initialDelayMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.backoff?.initial ?? d.initial),
        maxDelayMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.backoff?.max ?? d.max),
        failureThreshold: raw['failure-threshold'] ?? d.failureThreshold,
    };
}
function soakFrom(raw = {}) {
    const d = DEFAULTS.soak;
    return {
        durationMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.duration ?? d.duration),
        intervalMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.interval ?? d.interval),
        successRate: raw['success-rate'] ?? d.successRate,
        p95Ms: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw.p95 ?? d.p95),
        ...(raw.path === undefined ? {} : { path: raw.path }),
        ...(raw.command === undefined ? {} : { command: raw.command }),
    };
}
/** Keeps only the optional settings that were written, so absent ones stay absent. */
function written(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
function environmentFrom(name, raw) {
    return {
        name,
        router: routerFrom(raw.router),
        colors: raw.colors,
        deployTimeoutMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw['deploy-timeout'] ?? DEFAULTS.deployTimeout),
        health: healthFrom(raw.health),
        soak: soakFrom(raw.soak),
        production: raw.production ?? name === 'production',
        transient: raw.transient ?? false,
        requireQualityGate: raw['require-quality-gate'] ?? false,
        keepWarmMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw['keep-warm'] ?? DEFAULTS.keepWarm),
        ...written({ deploy: raw.deploy, url: raw.url, scaleDown: raw['scale-down'] }),
    };
}
/** Resolves the validated `deploy:` section; an environment is only what the config describes. */
function deploySettingsFrom(raw = {}) {
    const entries = Object.entries(raw.environments ?? {}).map(([name, env]) => [name, environmentFrom(name, env)]);
    return { environments: Object.fromEntries(entries) };
}


/***/ }),

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fA: () => (/* binding */ gateSettingsFrom),
/* harmony export */   q2: () => (/* binding */ FAIL_POLICIES),
/* harmony export */   vq: () => (/* binding */ withGateOverrides),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
/* unused harmony exports METRICS, NEW_CODE_METRICS, OPERATORS, DEFAULT_CONDITIONS, GATE_CONFIG_KEYS, CONDITION_PATTERN, defaultGateSettings */
/** The quality gate's vocabulary and settings: metric ids, operators, fail policy, and raw config → typed. */
/** Every metric a condition can name. Percentages are 0–100, durations in seconds. */
const METRICS = [
    'coverage.lines',
    'coverage.branches',
    'coverage.functions',
    'tests.total',
    'tests.passed',
    'tests.failed',
    'tests.skipped',
    'tests.flaky',
    'tests.duration',
    'lint.errors',
    'lint.warnings',
    'compliance.violations',
    'compliance.new',
    'new.coverage.lines',
    'new.lint.errors',
    'delta.coverage.lines',
];
/** Metrics about the pull request's changed lines: judged only from a minimum number of changed coverable lines. */
const NEW_CODE_METRICS = (/* unused pure expression or super */ null && (['new.coverage.lines']));
const OPERATORS = ['>=', '<=', '==', '!=', '>', '<'];
/** failed (default): the step and the check fail when the gate fails; never: report only (the check is neutral). */
const FAIL_POLICIES = ['failed', 'never'];
/** With no condition written: failed tests fail the gate (when a test report was read). */
const DEFAULT_CONDITIONS = ['tests.failed == 0'];
/** Every key of the section, by type: the schema test checks schema/gate.schema.json against it. */
const SECTION_KEYS = {
    conditions: true,
    reports: true,
    'new-code-min-lines': true,
    'baseline-depth': true,
    'fail-on': true,
    comment: true,
};
const GATE_CONFIG_KEYS = Object.keys(SECTION_KEYS);
const NUMBER = String.raw `-?\d+(?:\.\d+)?`;
/** `metric op value`, the value optionally followed by %; the schema's pattern is built from the same parts. */
const CONDITION_PATTERN = String.raw `^\s*(${METRICS.map((m) => m.replace(/\./g, '\\.')).join('|')})\s*(${OPERATORS.join('|')})\s*(${NUMBER})\s*%?\s*$`;
/** Parses one condition; `where` names its source for the error message. */
function parseCondition(text, where, onError) {
    const match = new RegExp(CONDITION_PATTERN).exec(text);
    if (!match) {
        throw onError(`${where}: "${text}" is not a condition. Write "metric op value", e.g. "coverage.lines >= 80", with an ` +
            `operator of ${OPERATORS.join(' ')} and a metric of: ${METRICS.join(', ')}.`);
    }
    return { metric: match[1], op: match[2], threshold: Number(match[3]), text: text.trim() };
}
function defaultGateSettings() {
    return {
        defaultConditions: true,
        reports: [],
        newCodeMinLines: 20,
        baselineDepth: 10,
        failOn: 'failed',
        comment: false,
    };
}
/**
 * Resolves the validated `gate:` section. The schema has checked every condition's shape, so parsing here
 * cannot fail on a config that passed validation.
 */
function gateSettingsFrom(raw = {}) {
    const defaults = defaultGateSettings();
    const written = raw.conditions ?? [];
    const texts = written.length > 0 ? written : DEFAULT_CONDITIONS;
    return {
        conditions: texts.map((text, i) => parseCondition(text, `gate.conditions[${i}]`, (m) => new Error(m))),
        defaultConditions: written.length === 0,
        reports: raw.reports ?? defaults.reports,
        newCodeMinLines: raw['new-code-min-lines'] ?? defaults.newCodeMinLines,
        baselineDepth: raw['baseline-depth'] ?? defaults.baselineDepth,
        failOn: raw['fail-on'] ?? defaults.failOn,
        comment: raw.comment ?? defaults.comment,
    };
}
function withGateOverrides(settings, overrides) {
    const result = { ...settings };
    if (overrides.conditions && overrides.conditions.length > 0) {
        result.conditions = overrides.conditions;
        result.defaultConditions = false;
    }
    if (overrides.reports && overrides.reports.length > 0)
        result.reports = overrides.reports;
    if (overrides.failOn !== undefined)
        result.failOn = overrides.failOn;
    if (overrides.comment !== undefined)
        result.comment = overrides.comment;
    if (overrides.newCodeMinLines !== undefined)
        result.newCodeMinLines = overrides.newCodeMinLines;
    return result;
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

/***/ 1377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rp: () => (/* binding */ CheckRuns)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_REQUEST, annotationBatches, toApiAnnotation

// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/github/text-limits.ts
var text_limits = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/github/check-run-output.ts

/** GitHub takes at most this many annotations per request; more go in further updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Title, summary and text cut to GitHub's limits (the same each request: GitHub replaces them). */
function apiOutput(output, annotations) {
    return {
        title: (0,text_limits/* truncateLine */.rT)(output.title, text_limits/* LIMITS */.b1.checkRunTitle),
        summary: (0,text_limits/* truncateMarkdown */.o4)(output.summary, text_limits/* LIMITS */.b1.checkRunSummary),
        text: output.text === undefined ? undefined : (0,text_limits/* truncateMarkdown */.o4)(output.text, text_limits/* LIMITS */.b1.checkRunText),
        annotations: annotations.length > 0 ? annotations : undefined,
    };
}
function annotationBatches(annotations) {
    const batches = [];
    for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(toApiAnnotation));
    }
    return batches;
}
/** One annotation within GitHub's rules: lines from 1, end not before start, fields cut to size. */
function toApiAnnotation(annotation) {
    const startLine = Math.max(1, Math.floor(annotation.startLine));
    const endLine = Math.max(startLine, Math.floor(annotation.endLine ?? startLine));
    const result = {
        path: annotation.path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, ''),
        start_line: startLine,
        end_line: endLine,
        annotation_level: annotation.level,
        message: (0,text_limits/* truncateBytes */.QY)(annotation.message.trim() === '' ? '(no message)' : annotation.message, text_limits/* LIMITS */.b1.annotationBytes),
    };
    if (annotation.title)
        result.title = (0,text_limits/* truncateLine */.rT)(annotation.title, text_limits/* LIMITS */.b1.annotationTitle);
    if (annotation.rawDetails)
        result.raw_details = (0,text_limits/* truncateBytes */.QY)(annotation.rawDetails, text_limits/* LIMITS */.b1.annotationBytes);
    // GitHub accepts columns only on single-line annotations.
    if (startLine === endLine && annotation.startColumn !== undefined) {
        result.start_column = Math.max(1, Math.floor(annotation.startColumn));
        result.end_column = Math.max(result.start_column, Math.floor(annotation.endColumn ?? annotation.startColumn));
    }
    return result;
}

// EXTERNAL MODULE: ./src/github/create-once.ts
var create_once = __webpack_require__(4633);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/request-error.ts
var request_error = __webpack_require__(7409);
;// CONCATENATED MODULE: ./src/github/check-runs.ts





// The output and annotation types and helpers are part of this module's API.

/** Check runs of one repository: created, updated and completed with any number of annotations. */
class CheckRuns {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /**
     * Creates a check run in its final state (a conclusion completes it) with the first 50 annotations; the
     * rest are appended by updates. Should one of those fail, the run still shows its conclusion (it is not
     * left in progress, blocking required checks) and the error is thrown.
     */
    async create(run) {
        const batches = annotationBatches(run.output?.annotations ?? []);
        const fields = runFields(run.status ?? 'in_progress', run.conclusion, run.detailsUrl);
        const body = { ...fields, output: run.output && apiOutput(run.output, batches[0] ?? []) };
        const externalId = run.externalId ?? (0,create_once/* creationNonce */.tD)();
        const ref = await (0,create_once/* createOnce */.Ur)(this.client, `create the check run "${run.name}"`, () => this.post(run, externalId, body), () => this.findCreated(run, externalId));
        if (run.output && batches.length > 1)
            await this.sendBatches(ref.id, run.output, batches.slice(1), {});
        return ref;
    }
    /** Updates a check run; new annotations are appended to those it has, 50 per request. */
    async update(id, update) {
        const fields = runFields(update.status, update.conclusion, update.detailsUrl);
        if (update.output === undefined)
            return this.patch(id, fields);
        const batches = annotationBatches(update.output.annotations ?? []);
        await this.sendBatches(id, update.output, batches.length === 0 ? [[]] : batches, fields);
    }
    /**
     * The newest run of that name on a commit (a re-run replaces the earlier one), or undefined when the
     * commit has none or GitHub does not know the commit.
     */
    async latest(ref, name) {
        try {
            const { data } = await (0,permissions/* withPermission */.IW)('checks: read', `read the check runs of ${ref.slice(0, 12)}`, () => this.client.rest.checks.listForRef({ ...this.repo, ref, check_name: name, filter: 'latest', per_page: 1 }));
            const run = data.check_runs[0];
            return run && toView(run);
        }
        catch (error) {
            if ((0,request_error/* statusOf */.c2)(error) === 422 || (0,request_error/* statusOf */.c2)(error) === 404)
                return undefined; // a commit GitHub has not seen
            throw error;
        }
    }
    async post(run, externalId, body) {
        const { data } = await (0,permissions/* withPermission */.IW)('checks: write', 'create a check run', () => this.client.rest.checks.create({
            ...this.repo,
            name: run.name,
            head_sha: run.headSha,
            external_id: externalId,
            ...body,
            request: create_once/* NO_BLIND_RETRY */.hv,
        }), { notFoundMeansDenied: true });
        this.logger.debug(`Created check run "${run.name}" (${String(data.id)}).`);
        return { id: Number(data.id), htmlUrl: data.html_url };
    }
    /**
     * The run a failed attempt made, by its external id: unique per run, so an earlier run of the same name
     * on the same commit (a re-run) is never taken for it.
     */
    async findCreated(run, externalId) {
        const runs = await (0,permissions/* withPermission */.IW)('checks: write', `look for the check run "${run.name}"`, () => this.client.paginate(this.client.rest.checks.listForRef, {
            ...this.repo,
            ref: run.headSha,
            check_name: run.name,
            filter: 'all',
            per_page: 100,
        }));
        const found = runs.find((candidate) => candidate.external_id === externalId);
        return found && { id: Number(found.id), htmlUrl: found.html_url };
    }
    /** The first request carries the run's fields; the others only append annotations (GitHub wants title and summary each time). */
    async sendBatches(id, output, batches, first) {
        for (const [index, batch] of batches.entries()) {
            await this.patch(id, { ...(index === 0 ? first : {}), output: apiOutput(output, batch) });
        }
    }
    async patch(id, body) {
        const annotations = body.output?.annotations?.length ?? 0;
        await (0,permissions/* withPermission */.IW)('checks: write', `update check run ${id}`, () => this.client.rest.checks.update({ ...this.repo, check_run_id: id, ...body }));
        this.logger.debug(`Updated check run ${id}${annotations > 0 ? ` with ${annotations} annotations` : ''}.`);
    }
}
function toView(run) {
    return {
        id: Number(run.id),
        htmlUrl: run.html_url,
        name: run.name,
        headSha: run.head_sha,
        status: run.status,
        conclusion: run.conclusion,
        output: { title: run.output.title, summary: run.output.summary, text: run.output.text },
    };
}
function runFields(status, conclusion, detailsUrl) {
    if (status === 'completed' && conclusion === undefined) {
        throw new Error('A completed check run needs a conclusion.');
    }
    const completed = conclusion !== undefined;
    return {
        status: completed ? 'completed' : status,
        conclusion,
        completed_at: completed ? new Date().toISOString() : undefined,
        details_url: detailsUrl,
    };
}


/***/ }),

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: resolveBaseUrl

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(2094);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/request-error.ts
var request_error = __webpack_require__(7409);
;// CONCATENATED MODULE: ./src/github/request-failure-text.ts
// The wording of request failures, shared by the retry warnings and the final GitHubRequestError.

/** "503 Service Unavailable", or "no answer (…)" when the request never got a response. */
function answerOf(error, status) {
    const apiMessage = (0,request_error/* apiMessageOf */.rU)(error);
    return (0,request_error/* responseOf */.lR)(error) === undefined ? `no answer (${apiMessage})` : `${status} ${apiMessage}`;
}
/** " The rate limit resets at …" when the failure was an exhausted rate limit, else nothing. */
function rateLimitResetNote(status, headers) {
    if ((status !== 403 && status !== 429) || String(headers['x-ratelimit-remaining']) !== '0')
        return '';
    const reset = Number(headers['x-ratelimit-reset']);
    if (!Number.isFinite(reset) || reset <= 0)
        return '';
    return ` The rate limit resets at ${new Date(reset * 1000).toISOString()}.`;
}
/** "POST /repos/o/r/check-runs": the expanded path when the error has it, else the route. */
function describeRequest(error, request) {
    const url = requestUrlOf(error) ?? request.url ?? '';
    let path = url;
    try {
        path = new URL(url, 'https://api.github.com').pathname;
    }
    catch {
        // keep the raw text: it is only for the message
    }
    return `${request.method} ${path}`;
}
// The URL actually sent, as Octokit's RequestError records it.
function requestUrlOf(error) {
    if (typeof error !== 'object' || error === null || !('request' in error))
        return undefined;
    const sent = error.request;
    if (typeof sent !== 'object' || sent === null || !('url' in sent))
        return undefined;
    const url = sent.url;
    return typeof url === 'string' ? url : undefined;
}

// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(2203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/github/request-policy.ts

// The retry plugin must leave client errors alone, and 429 too: the throttling plugin owns rate limits.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
function retryOptions(policy) {
    return { retries: policy.retries, retryAfterBaseValue: policy.retryBaseDelayMs, doNotRetry: DO_NOT_RETRY };
}
/** The retries the retry plugin grants this request: its own `request.retries` (0 for creating writes), else the policy's. */
function retriesFor(policy, request) {
    const own = request.request?.retries;
    return typeof own === 'number' ? own : policy.retries;
}
function throttleOptions(policy) {
    const options = {
        retryAfterBaseValue: 1000 * policy.waitScale,
        onRateLimit: rateLimitHandler(policy, "GitHub's rate limit for this token is used up"),
        onSecondaryRateLimit: rateLimitHandler(policy, 'GitHub applied a secondary rate limit'),
    };
    // The plugin spaces writes 1 s apart (GitHub's advice) in process-wide groups; scaled waits need our own.
    if (policy.waitScale !== 1)
        Object.assign(options, scaledSpacingGroups(policy.waitScale));
    return options;
}
function scaledSpacingGroups(scale) {
    const group = (minTime) => new (lib_default()).Group({ maxConcurrent: 1, minTime: Math.round(minTime * scale) });
    return { write: group(1000), notifications: group(3000), search: group(2000) };
}
function rateLimitHandler(policy, what) {
    return (retryAfter, request, _octokit, retryCount) => {
        const call = `${request.method} ${request.url}`;
        if (retryCount >= policy.retries) {
            policy.logger.warning(`${what} (${call}); giving up after ${retryCount + 1} attempts.`);
            return false;
        }
        const left = policy.deadline === undefined ? Infinity : (policy.deadline - Date.now()) / 1000;
        if (retryAfter * policy.waitScale > left) {
            policy.logger.warning(`${what} (${call}) for ${retryAfter} s, past the time allowed for GitHub calls; giving up.`);
            return false;
        }
        if (retryAfter > policy.maxRateLimitWaitSeconds) {
            policy.logger.warning(`${what} (${call}) for ${retryAfter} s, longer than the ${policy.maxRateLimitWaitSeconds} s shipgate waits; giving up.`);
            return false;
        }
        const wait = formatSeconds(retryAfter * policy.waitScale);
        policy.logger.warning(`${what} (${call}); waiting ${wait} before retrying (attempt ${retryCount + 2} of ${policy.retries + 1}).`);
        return true;
    };
}
function formatSeconds(seconds) {
    return seconds >= 1 ? `${Math.round(seconds)} s` : `${Math.round(seconds * 1000)} ms`;
}

;// CONCATENATED MODULE: ./src/github/request-timeout.ts
/**
 * An attempt that got no full answer in time. Shaped like Octokit's RequestError for a dropped connection
 * (status 500, `request`, no `response`), so the retry plugin retries it as it retries resets.
 */
class RequestTimeoutError extends Error {
    request;
    name = 'RequestTimeoutError';
    status = 500;
    constructor(message, request, options) {
        super(message, options);
        this.request = request;
    }
}
// The caller's own signal per request, remembered at the first attempt: later attempts find ours in its place.
const callerSignals = new WeakMap();
/** The client's time for all its calls is spent: no attempt is made, and none is retried (it has no status). */
class TimeBudgetSpentError extends Error {
    name = 'TimeBudgetSpentError';
}
/** How long the next attempt may take: the per-attempt limit, cut to what the client's deadline leaves. */
function attemptLimit(policy) {
    const perAttempt = policy?.requestTimeoutMs ? policy.requestTimeoutMs : Infinity;
    const left = policy?.deadline === undefined ? Infinity : policy.deadline - Date.now();
    if (left <= 0)
        throw new TimeBudgetSpentError('not sent: the time allowed for GitHub calls in this step is spent');
    return Math.min(perAttempt, left);
}
/**
 * Every attempt (first try, retries, rate-limit waits) gets a fresh signal. Creating writes treat a timeout
 * like any failure that may have been committed: they look before trying again.
 */
function limitAttemptTime(octokit, options) {
    const policy = options.shipgatePolicy;
    if (!policy?.requestTimeoutMs && policy?.deadline === undefined)
        return;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const limitMs = attemptLimit(policy);
        if (!callerSignals.has(requestOptions))
            callerSignals.set(requestOptions, requestOptions.request?.signal);
        const given = callerSignals.get(requestOptions);
        const timeout = AbortSignal.timeout(Math.max(1, Math.round(limitMs)));
        const timedOut = () => timeout.aborted && given?.aborted !== true;
        // Hooks are bound to the options object, so the signal goes in there; `request` is replaced, never
        // changed, as it may be the client's defaults.
        requestOptions.request = {
            ...requestOptions.request,
            signal: given === undefined ? timeout : AbortSignal.any([given, timeout]),
        };
        try {
            const response = await request(requestOptions);
            // A body cut off by the timeout can reach us as an empty success: it is a timeout all the same.
            if (timedOut())
                throw timeout.reason;
            return response;
        }
        catch (error) {
            if (!timedOut())
                throw error;
            const sent = octokit.request.endpoint.parse(requestOptions);
            throw new RequestTimeoutError(`timed out after ${formatLimit(limitMs)}`, sent, { cause: error });
        }
    });
}
function formatLimit(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${Math.round(ms)} ms`;
}

;// CONCATENATED MODULE: ./src/github/request-hooks.ts




// Attempts per request, keyed by the options object Octokit hands unchanged to every hook and retry.
const attemptsByRequest = new WeakMap();
/** Innermost plugin: counts every attempt and warns when a failed one is about to be retried. */
function countAttempts(octokit, options) {
    const policy = options.shipgatePolicy;
    octokit.hook.before('request', (request) => {
        attemptsByRequest.set(request, (attemptsByRequest.get(request) ?? 0) + 1);
    });
    octokit.hook.error('request', (error, request) => {
        if (policy !== undefined) {
            stopAtDeadline(policy, error, request);
            warnIfRetrying(policy, error, request);
        }
        throw error;
    });
}
/** Gives the client its policy as `client.requestPolicy`, for calls that pace their own retries (create-once.ts). */
function exposePolicy(_octokit, options) {
    return { requestPolicy: options.shipgatePolicy };
}
/** Outermost plugin: turns a request's final failure into one clear GitHubRequestError. */
function explainFailures(octokit) {
    octokit.hook.error('request', (error, request) => {
        throw toGitHubRequestError(error, request);
    });
}
/** A retry whose backoff would end past the client's deadline is not waited for: the failure stands. */
function stopAtDeadline(policy, error, request) {
    const status = (0,request_error/* statusOf */.c2)(error);
    const attempt = attemptsByRequest.get(request) ?? 1;
    if (policy.deadline === undefined || status === undefined || status < 500 || attempt > retriesFor(policy, request))
        return;
    if (Date.now() + policy.retryBaseDelayMs * attempt * attempt < policy.deadline)
        return;
    const reason = `${describeRequest(error, request)} failed (${answerOf(error, status)})`;
    throw new TimeBudgetSpentError(`${reason}, and the time allowed for GitHub calls in this step leaves no room to retry`, {
        cause: error,
    });
}
function warnIfRetrying(policy, error, request) {
    const status = (0,request_error/* statusOf */.c2)(error);
    const attempt = attemptsByRequest.get(request) ?? 1;
    const retries = retriesFor(policy, request);
    // Only 5xx (and 500 for "no answer") reach the retry plugin; rate limits warn in their own handlers.
    if (status === undefined || status < 500 || attempt > retries)
        return;
    policy.logger.warning(`GitHub API ${describeRequest(error, request)} failed (${answerOf(error, status)}); ` +
        `retrying with backoff (attempt ${attempt + 1} of ${retries + 1}).`);
}
function toGitHubRequestError(error, request) {
    const status = (0,request_error/* statusOf */.c2)(error);
    if (status === undefined || error instanceof request_error/* GitHubRequestError */.vK)
        return error;
    const attempts = attemptsByRequest.get(request) ?? 1;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const headers = (0,request_error/* responseOf */.lR)(error)?.headers ?? {};
    const message = `GitHub API ${describeRequest(error, request)} failed${tries}: ${answerOf(error, status)}.` +
        rateLimitResetNote(status, headers);
    return new request_error/* GitHubRequestError */.vK(message, { status, apiMessage: (0,request_error/* apiMessageOf */.rU)(error), attempts, responseHeaders: headers }, { cause: error });
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var http_client_lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./src/github/proxy.ts
// Self-hosted runners and GHES often reach GitHub only through a proxy. Node's fetch ignores
// HTTPS_PROXY, HTTP_PROXY and NO_PROXY, so requests go through undici's fetch with the proxy the
// official toolkit (@actions/http-client) picks for the URL: the same variables, NO_PROXY and the
// loopback exemption honoured the same way.


/** A fetch that goes through the configured proxy, or undefined when no proxy applies to the API URL. */
function proxyFetch(apiUrl) {
    const dispatcher = new http_client_lib/* HttpClient */.Qq('shipgate').getAgentDispatcher(apiUrl);
    if (dispatcher === undefined)
        return undefined;
    const viaProxy = (input, init) => (0,undici/* fetch */.hd)(input, { ...init, dispatcher });
    return viaProxy;
}

;// CONCATENATED MODULE: ./src/github/client.ts










// Plugin order matters: hooks registered first run innermost. limitAttemptTime and countAttempts see every
// single attempt, explainFailures only the final outcome, after retry and throttling have done their work.
const ShipgateOctokit = dist_src/* Octokit */.E.plugin(limitAttemptTime, countAttempts, exposePolicy, plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, explainFailures);
const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_TIMEOUT_MS = 30_000;
function createGitHubClient(options) {
    if (options.token.trim() === '') {
        throw new errors/* ConfigurationError */.j1('No GitHub token was given: pass the "token" input (usually ${{ github.token }}).');
    }
    const policy = policyFrom(options);
    const baseUrl = resolveBaseUrl(options.baseUrl, options.env ?? process.env);
    const viaProxy = proxyFetch(baseUrl);
    const octokitOptions = {
        auth: options.token,
        baseUrl,
        ...(viaProxy ? { request: { fetch: viaProxy } } : {}),
        userAgent: options.userAgent ?? 'shipgate',
        log: octokitLog(options.logger),
        retry: retryOptions(policy),
        throttle: throttleOptions(policy),
        shipgatePolicy: policy,
    };
    return new ShipgateOctokit(octokitOptions);
}
function policyFrom(options) {
    return {
        logger: options.logger,
        retries: nonNegative(options.retries ?? 3, 'retries'),
        retryBaseDelayMs: nonNegative(options.retryBaseDelayMs ?? 1000, 'retryBaseDelayMs'),
        waitScale: nonNegative(options.waitScale ?? 1, 'waitScale'),
        maxRateLimitWaitSeconds: nonNegative(options.maxRateLimitWaitSeconds ?? 600, 'maxRateLimitWaitSeconds'),
        requestTimeoutMs: nonNegative(options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS, 'requestTimeoutMs'),
        ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
    };
}
function nonNegative(value, name) {
    if (!Number.isFinite(value) || value < 0) {
        throw new errors/* ConfigurationError */.j1(`The GitHub client option "${name}" must be a number >= 0, not ${value}.`);
    }
    return value;
}
/** The API root without a trailing slash: explicit option, then GITHUB_API_URL, then github.com's. */
function resolveBaseUrl(explicit, env = process.env) {
    const chosen = explicit?.trim() || env['GITHUB_API_URL']?.trim() || DEFAULT_API_URL;
    try {
        new URL(chosen);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`The GitHub API URL "${chosen}" is not a valid URL (for GHES: https://HOST/api/v3).`);
    }
    return chosen.replace(/\/+$/, '');
}
// Octokit's own log calls (deprecations, plugin notices) go to our logger; they never contain the token.
function octokitLog(logger) {
    return {
        debug: (message) => logger.debug(message),
        info: (message) => logger.info(message),
        warn: (message) => logger.warning(message),
        error: (message) => logger.error(message),
    };
}


/***/ }),

/***/ 7680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ StickyComments)
});

// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/github/create-once.ts
var create_once = __webpack_require__(4633);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/request-error.ts
var request_error = __webpack_require__(7409);
// EXTERNAL MODULE: ./src/github/text-limits.ts
var text_limits = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/github/sticky-text.ts
// The text side of sticky comments: the hidden marker that finds them, and when two bodies count as equal.

const PURPOSE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The hidden first line that identifies shipgate's comment for one purpose. */
function stickyMarker(purpose) {
    if (!PURPOSE_PATTERN.test(purpose)) {
        throw new Error(`A sticky comment purpose must be letters, digits, ".", "_" or "-", not "${purpose}".`);
    }
    return `<!-- shipgate:${purpose} -->`;
}
/** The full comment body: marker line, then the text cut to GitHub's limit. */
function stickyBody(purpose, body) {
    const marker = stickyMarker(purpose);
    return `${marker}\n${(0,text_limits/* truncateMarkdown */.o4)(body, text_limits/* LIMITS */.b1.commentBody - marker.length - 1)}`;
}
// GitHub may store line endings as CRLF and trim trailing blanks; neither is a change worth a write.
function sameText(stored, wanted) {
    const normalize = (text) => text.replace(/\r\n/g, '\n').trimEnd();
    return normalize(stored) === normalize(wanted);
}

;// CONCATENATED MODULE: ./src/github/comments.ts





/**
 * One comment per pull request (or issue) and purpose, kept up to date in place. The comment is found
 * by its hidden marker, so it survives edits of its text and restarts of the workflow.
 */
class StickyComments {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /** Creates the comment, or updates the existing one when its text differs; removes duplicates. */
    async upsert(issueNumber, purpose, body) {
        const wanted = stickyBody(purpose, body);
        const [first, ...duplicates] = await this.find(issueNumber, purpose);
        for (const duplicate of duplicates)
            await this.deleteComment(duplicate.id);
        const duplicatesRemoved = duplicates.length;
        if (first === undefined) {
            return { comment: await this.create(issueNumber, purpose, wanted), outcome: 'created', duplicatesRemoved };
        }
        if (sameText(first.body, wanted)) {
            this.logger.debug(`Comment ${first.id} (${purpose}) is already up to date.`);
            return { comment: first, outcome: 'unchanged', duplicatesRemoved };
        }
        return { comment: await this.update(first.id, wanted), outcome: 'updated', duplicatesRemoved };
    }
    /** shipgate's comments for this purpose, oldest first (normally one). */
    async find(issueNumber, purpose) {
        const marker = stickyMarker(purpose);
        const comments = await (0,permissions/* withPermission */.IW)('pull-requests: read', `read the comments of #${issueNumber}`, () => this.client.paginate(this.client.rest.issues.listComments, {
            ...this.repo,
            issue_number: issueNumber,
            per_page: 100,
        }));
        return comments
            .filter((comment) => (comment.body ?? '').trimStart().startsWith(marker))
            .map(toIssueComment)
            .sort((a, b) => a.id - b.id);
    }
    /** Deletes every comment for this purpose; returns how many there were. */
    async remove(issueNumber, purpose) {
        const comments = await this.find(issueNumber, purpose);
        for (const comment of comments)
            await this.deleteComment(comment.id);
        return comments.length;
    }
    /**
     * Should GitHub fail in a way that leaves open whether it made the comment, a comment with the purpose's
     * marker counts as made: upsert creates only when there is none, so such a comment is this attempt's
     * (or another job's for the same purpose, which the next upsert brings up to date).
     */
    async create(issueNumber, purpose, body) {
        return (0,create_once/* createOnce */.Ur)(this.client, `comment on #${issueNumber}`, () => this.post(issueNumber, body), async () => (await this.find(issueNumber, purpose))[0]);
    }
    async post(issueNumber, body) {
        const { data } = await (0,permissions/* withPermission */.IW)('pull-requests: write', `comment on #${issueNumber}`, () => this.client.rest.issues.createComment({ ...this.repo, issue_number: issueNumber, body, request: create_once/* NO_BLIND_RETRY */.hv }));
        this.logger.debug(`Created comment ${String(data.id)} on #${issueNumber}.`);
        return toIssueComment(data);
    }
    async update(commentId, body) {
        const { data } = await (0,permissions/* withPermission */.IW)('pull-requests: write', `update comment ${commentId}`, () => this.client.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body }));
        this.logger.debug(`Updated comment ${commentId}.`);
        return toIssueComment(data);
    }
    async deleteComment(commentId) {
        try {
            await (0,permissions/* withPermission */.IW)('pull-requests: write', `delete comment ${commentId}`, () => this.client.rest.issues.deleteComment({ ...this.repo, comment_id: commentId }));
            this.logger.debug(`Deleted comment ${commentId}.`);
        }
        catch (error) {
            // Another job may have deleted it first: the goal is reached either way.
            if (!(0,request_error/* isNotFound */.c4)(error))
                throw error;
        }
    }
}
function toIssueComment(comment) {
    return { id: Number(comment.id), body: comment.body ?? '', htmlUrl: comment.html_url };
}


/***/ }),

/***/ 4633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ur: () => (/* binding */ createOnce),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY),
/* harmony export */   tD: () => (/* binding */ creationNonce)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _request_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7409);
// Creating writes without duplicates. A POST that fails with a 5xx, a dropped connection or a timeout may
// still have been carried out by GitHub; sending it again blindly would make a second issue, comment,
// check run, deployment or status. So creating calls are never retried by the retry plugin: after such a
// failure they look for what the attempt may have made, and only create again when it is not there.



/** Per-request option for creating POSTs: the retry plugin must not repeat them (createOnce decides). */
const NO_BLIND_RETRY = { retries: 0 };
/**
 * Runs `attempt` (a creating POST sent with `request: NO_BLIND_RETRY`) and returns what it made. When it
 * fails in a way that leaves open whether GitHub made the object (5xx, no answer, timeout), waits as the
 * retry plugin would, calls `lookup`, and returns what it finds; otherwise tries again, up to the client's
 * retries. `lookup` must only find the object this creation makes (a nonce, a marker, or a rule that
 * says at most one may exist); it is a read, retried as usual. Other failures (refusals, 4xx) are thrown.
 * `what` reads as "GitHub managed to <what>".
 */
async function createOnce(client, what, attempt, lookup) {
    const retries = client.requestPolicy?.retries ?? 0;
    for (let tries = 1;; tries += 1) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!mayHaveBeenMade(error))
                throw error;
            const found = await lookAfterFailure(client, what, error, { tries, retries, lookup });
            if (found !== undefined)
                return found;
            if (tries > retries)
                throw error;
        }
    }
}
async function lookAfterFailure(client, what, error, recovery) {
    const policy = client.requestPolicy;
    const { tries, retries } = recovery;
    const wait = (policy?.retryBaseDelayMs ?? 0) * tries * tries;
    // Past the client's deadline there is no time left to look: the failure stands.
    if (policy?.deadline !== undefined && Date.now() + wait >= policy.deadline)
        throw error;
    const next = tries <= retries ? ` before trying again (attempt ${tries + 1} of ${retries + 1})` : '';
    const reason = error instanceof Error ? error.message : String(error);
    policy?.logger.warning(`Could not tell whether GitHub managed to ${what}: ${reason} Looking for it${next}.`);
    // The same backoff the retry plugin uses; it also gives GitHub time to show what it made.
    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(wait);
    const found = await recovery.lookup();
    if (found !== undefined)
        policy?.logger.info(`GitHub had managed to ${what} after all; not doing it again.`);
    return found;
}
/** A 5xx (500 also standing for "no answer" and timeouts): GitHub may have done the write before failing. */
function mayHaveBeenMade(error) {
    const status = (0,_request_error_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error);
    return status !== undefined && status >= 500;
}
/** A value no other creation uses, to recognise what one creation made (check-run external ids, deployment payloads). */
function creationNonce() {
    return `shipgate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
}


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   IW: () => (/* binding */ withPermission),
/* harmony export */   x6: () => (/* binding */ GitHubPermissionError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _request_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7409);


/** GitHub refused a call for want of a token permission; the message says which one and how to grant it. */
class GitHubPermissionError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    permission;
    status;
    name = 'GitHubPermissionError';
    constructor(message, permission, status, options) {
        super(message, options);
        this.permission = permission;
        this.status = status;
    }
}
// "Resource not accessible by integration" (GITHUB_TOKEN, apps) or "... by personal access token".
const REFUSAL = /resource not accessible by|must have (admin|push) (rights|access)/i;
// Adding a label the repository lacks makes GitHub create it, which takes "issues: write" whatever the call.
const LABEL_CREATION_REFUSAL = /do not have permission to create labels/i;
// No workaround is offered: under pull_request_target the checkout is the base branch (a check would pass
// without scanning the pull request) and running its code there is unsafe; workflow_run events of fork
// pull requests carry no pull request.
const FORK_NOTE = ' On pull requests from forks GitHub gives the workflow a read-only token whatever it asks for, so this ' +
    "is not published there; the step's own annotations and its result still report the verdict.";
/**
 * Runs one GitHub call and, if GitHub refuses it for want of a permission, throws an error naming
 * the permission the workflow must grant. `action` reads as "GitHub refused to <action>".
 */
async function withPermission(permission, action, call, options = {}) {
    try {
        return await call();
    }
    catch (error) {
        throw explainRefusal(error, permission, action, options) ?? error;
    }
}
/** The permission error for `error`, or undefined when it is not a refusal. */
function explainRefusal(error, permission, action, options = {}) {
    const status = (0,_request_error_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    if (status === 403 && LABEL_CREATION_REFUSAL.test((0,_request_error_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessageOf */ .rU)(error))) {
        const message = `GitHub refused to ${action}: the workflow token lacks "issues: write" (GitHub creates a label that does ` +
            `not exist yet). Add "permissions: issues: write" to the job, or create the label beforehand.${FORK_NOTE}`;
        return new GitHubPermissionError(message, 'issues: write', status, { cause: error });
    }
    const grant = `Add "permissions: ${permission}" to the job.`;
    if (status === 403 && REFUSAL.test((0,_request_error_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessageOf */ .rU)(error))) {
        const message = `GitHub refused to ${action}: the workflow token lacks "${permission}". ${grant}${FORK_NOTE}`;
        return new GitHubPermissionError(message, permission, status, { cause: error });
    }
    if (status === 404 && options.notFoundMeansDenied === true) {
        const message = `GitHub answered "Not Found" when asked to ${action}: the repository does not exist or the token ` +
            `cannot see it (GitHub hides private repositories from tokens lacking "${permission}"). ${grant}`;
        return new GitHubPermissionError(message, permission, status, { cause: error });
    }
    return undefined;
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


/***/ }),

/***/ 7409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   lR: () => (/* binding */ responseOf),
/* harmony export */   rU: () => (/* binding */ apiMessageOf),
/* harmony export */   vK: () => (/* binding */ GitHubRequestError)
/* harmony export */ });
/**
 * A GitHub API call that failed for good (after any retries). It keeps the HTTP status so callers can
 * tell "absent" (404) or "refused" (403) from real failures, and says how many attempts were made.
 */
class GitHubRequestError extends Error {
    name = 'GitHubRequestError';
    status;
    apiMessage;
    attempts;
    responseHeaders;
    // The failure's details come as one object: four positional values of like types are easy to swap.
    constructor(message, failure, options) {
        super(message, options);
        this.status = failure.status;
        this.apiMessage = failure.apiMessage;
        this.attempts = failure.attempts;
        this.responseHeaders = failure.responseHeaders;
    }
}
/** The HTTP status carried by an Octokit or shipgate request error, if any. */
function statusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's own words for a failed request ("message" in its JSON body), else the error's message. */
function apiMessageOf(error) {
    if (error instanceof GitHubRequestError)
        return error.apiMessage;
    const data = responseOf(error)?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const message = data.message;
        if (typeof message === 'string')
            return message;
    }
    return error instanceof Error ? error.message : String(error);
}
/** The response an Octokit RequestError carries (absent when no answer came back). */
function responseOf(error) {
    if (typeof error !== 'object' || error === null || !('response' in error))
        return undefined;
    const response = error.response;
    return typeof response === 'object' && response !== null ? response : undefined;
}
/** True when GitHub answered 404: the thing asked for does not exist (or the token cannot see it). */
function isNotFound(error) {
    return statusOf(error) === 404;
}
/** True when GitHub refused for a rate limit (primary or secondary), not for a permission. */
function isRateLimited(error) {
    const status = statusOf(error);
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const headers = error instanceof GitHubRequestError ? error.responseHeaders : (responseOf(error)?.headers ?? {});
    return String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(apiMessageOf(error));
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


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ publishCheckRun),
/* harmony export */   dO: () => (/* binding */ publishTarget),
/* harmony export */   i2: () => (/* binding */ publishStickyComment)
/* harmony export */ });
/* unused harmony export MAX_CHECK_ANNOTATIONS */
/* harmony import */ var _github_check_runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1377);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8860);
/* harmony import */ var _github_comments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7680);
/* harmony import */ var _github_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1839);




/** GitHub takes 65,535 characters; the rest is room for a cut note. */
const SUMMARY_BUDGET = 65_000;
/** The client and repository a step publishes to, every call of it bound by the step's publishing deadline. */
function publishTarget(options) {
    const { token, apiUrl, logger, deadline } = options;
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({ token, logger, baseUrl: apiUrl, deadline });
    return { client, repo: (0,_github_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(options.repository, 'GITHUB_REPOSITORY'), logger, deadline };
}
/** 20 requests of 50: enough for any pull request; the rest belongs in the capability's reports. */
const MAX_CHECK_ANNOTATIONS = 1000;
/** Creates the completed check run; returns its link. */
async function publishCheckRun(target, result) {
    const annotations = result.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
    const left = result.annotations.length - annotations.length;
    const note = left > 0 ? `\n\n${left} more finding(s) are in ${result.overflowHint}.` : '';
    const summary = result.summary(SUMMARY_BUDGET - note.length) + note;
    const run = await new _github_check_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckRuns */ .rp(target.client, target.repo, target.logger).create({
        name: result.name,
        headSha: result.headSha,
        status: 'completed',
        conclusion: result.conclusion,
        output: { title: result.title, summary, annotations },
    });
    return run.htmlUrl;
}
/** Keeps one comment per purpose on the pull request, rewritten only when its text changes. */
async function publishStickyComment(target, pullNumber, purpose, body) {
    const result = await new _github_comments_js__WEBPACK_IMPORTED_MODULE_2__/* .StickyComments */ .c(target.client, target.repo, target.logger).upsert(pullNumber, purpose, body);
    target.logger.info(`Pull request comment ${result.outcome}: ${result.comment.htmlUrl}`);
}


/***/ }),

/***/ 1444:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/config-validator.mjs from schema/*.schema.json: do not edit.

module.exports = function configValidator(formats) {
  const module = { exports: {} };
"use strict";module.exports = validate10;module.exports.default = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/shipgate.schema.json","title":"shipgate configuration (.github/shipgate.yml)","type":"object","additionalProperties":false,"properties":{"checks":{"description":"The checks `shipgate check` (and the root action) runs on a pull request.","type":"array","items":{"enum":["compliance","conflicts","gate"]},"uniqueItems":true,"default":["compliance"]},"compliance":{"$ref":"compliance.schema.json"},"conflicts":{"$ref":"conflicts.schema.json"},"deploy":{"$ref":"deploy.schema.json"},"gate":{"$ref":"gate.schema.json"}}};const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/gate.schema.json","title":"shipgate quality gate settings (the gate: section of .github/shipgate.yml)","description":"Conditions on coverage, tests, lint and compliance reports, overall, on the changed lines and against the base branch.","type":"object","additionalProperties":false,"properties":{"conditions":{"description":"Conditions the gate requires, as \"metric op value\" (e.g. \"coverage.lines >= 80\", \"tests.failed == 0\"). Default: tests.failed == 0, when a test report was read.","type":"array","items":{"type":"string","pattern":"^\\s*(coverage\\.lines|coverage\\.branches|coverage\\.functions|tests\\.total|tests\\.passed|tests\\.failed|tests\\.skipped|tests\\.flaky|tests\\.duration|lint\\.errors|lint\\.warnings|compliance\\.violations|compliance\\.new|new\\.coverage\\.lines|new\\.lint\\.errors|delta\\.coverage\\.lines)\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\s*%?\\s*$","x-pattern-text":"must be a condition \"metric op value\" (e.g. \"coverage.lines >= 80\") with a metric of coverage.lines, coverage.branches, coverage.functions, tests.total, tests.passed, tests.failed, tests.skipped, tests.flaky, tests.duration, lint.errors, lint.warnings, compliance.violations, compliance.new, new.coverage.lines, new.lint.errors or delta.coverage.lines, and an operator of >= > <= < == !="}},"reports":{"description":"Report files or globs, relative to the repository root (coverage, JUnit, SARIF, ESLint JSON, shipgate compliance JSON); the format is told from the content.","type":"array","items":{"type":"string","minLength":1}},"new-code-min-lines":{"description":"Conditions on new.coverage.lines are judged only from this many changed coverable lines (default 20).","type":"integer","minimum":0},"baseline-depth":{"description":"How many commits to walk back from the merge base for the base branch's stored metrics (default 10).","type":"integer","minimum":1,"maximum":100},"fail-on":{"description":"failed (default): the check and the step fail when the gate fails; never: report only.","enum":["failed","never"]},"comment":{"description":"Keep a sticky PR comment with the result (default false).","type":"boolean"}}};const func0 = (__webpack_require__(4951)/* ["default"] */ .A);const func4 = (__webpack_require__(6214)/* ["default"] */ .A);const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/compliance.schema.json","title":"shipgate compliance settings (the compliance: section of .github/shipgate.yml)","description":"V2 line-count compliance: limits per file, class and function, overrides, approved exceptions and the baseline.","type":"object","additionalProperties":false,"properties":{"include":{"$ref":"#/definitions/globs","description":"Only files matching one of these globs are scanned (default: every tracked file)."},"exclude":{"$ref":"#/definitions/globs","description":"Files matching one of these globs are not scanned."},"rules":{"$ref":"#/definitions/rules"},"overrides":{"description":"Rule settings for the files matching `paths`; later entries win.","type":"array","items":{"type":"object","additionalProperties":false,"required":["paths","rules"],"properties":{"paths":{"$ref":"#/definitions/globs"},"rules":{"$ref":"#/definitions/rules"}}}},"exceptions":{"description":"Approved exceptions for legacy code: a higher limit for one path (and symbol), with a reason and an optional expiry date.","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","rule","limit","reason"],"properties":{"path":{"type":"string","minLength":1,"format":"glob","description":"A path or glob, relative to the repository root."},"rule":{"enum":["file-lines","class-lines","function-lines","functions-per-file","classes-per-file","enums-per-file","function-params"]},"symbol":{"type":"string","minLength":1,"description":"The function or class name, e.g. `Parser.parse`."},"limit":{"$ref":"#/definitions/limit"},"reason":{"type":"string","minLength":3},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","format":"date","description":"YYYY-MM-DD, a real calendar date; after it the exception no longer applies."}}}},"baseline":{"type":"string","minLength":1,"format":"repository-path","description":"Path of the baseline file, relative to the repository root and inside it (default .github/shipgate-baseline.json)."},"fail-on":{"enum":["new","all","none"],"description":"new (default): fail on new violations only; all: on any; none: never."},"comment":{"type":"boolean","description":"Keep a sticky PR comment with the result (default false)."},"max-parse-bytes":{"type":"integer","minimum":1,"maximum":1073741824,"description":"Files larger than this are counted but not parsed (default 1048576)."}},"definitions":{"globs":{"type":"array","items":{"type":"string","minLength":1,"format":"glob"}},"limit":{"type":"integer","minimum":1,"maximum":1000000,"description":"A whole number from 1 to 1,000,000."},"rule":{"description":"A limit, `false` to turn the rule off, or an object with the details.","oneOf":[{"$ref":"#/definitions/limit"},{"const":false},{"type":"object","additionalProperties":false,"properties":{"limit":{"$ref":"#/definitions/limit"},"critical":{"description":"Above this value the violation is critical; must be above the limit.","$ref":"#/definitions/limit"},"severity":{"enum":["minor","major","critical"]},"count":{"description":"physical: every line; code: lines that are not blank and not only comment.","enum":["physical","code"]},"enabled":{"type":"boolean"}}}]},"rules":{"type":"object","additionalProperties":false,"properties":{"file-lines":{"$ref":"#/definitions/rule","description":"Lines per file (programming languages). V2: 400, critical above 600."},"class-lines":{"$ref":"#/definitions/rule","description":"Lines per class. V2: 200."},"function-lines":{"$ref":"#/definitions/rule","description":"Lines per function or method. V2: 30."},"functions-per-file":{"$ref":"#/definitions/rule","description":"Functions, methods and nested functions per file. V2: 10."},"classes-per-file":{"$ref":"#/definitions/rule","description":"Classes per file, enums not counted. V2: 5."},"enums-per-file":{"$ref":"#/definitions/rule","description":"Enums per file. V2: 3."},"function-params":{"$ref":"#/definitions/rule","description":"Named parameters per function, not counting self, cls or a TypeScript this. V2: 5."}}}}};const schema13 = {"type":"array","items":{"type":"string","minLength":1,"format":"glob"}};const schema17 = {"type":"integer","minimum":1,"maximum":1000000,"description":"A whole number from 1 to 1,000,000."};const func3 = Object.prototype.hasOwnProperty;const formats0 = formats.glob;const formats8 = formats.date;const formats10 = formats["repository-path"];const schema15 = {"type":"object","additionalProperties":false,"properties":{"file-lines":{"$ref":"#/definitions/rule","description":"Lines per file (programming languages). V2: 400, critical above 600."},"class-lines":{"$ref":"#/definitions/rule","description":"Lines per class. V2: 200."},"function-lines":{"$ref":"#/definitions/rule","description":"Lines per function or method. V2: 30."},"functions-per-file":{"$ref":"#/definitions/rule","description":"Functions, methods and nested functions per file. V2: 10."},"classes-per-file":{"$ref":"#/definitions/rule","description":"Classes per file, enums not counted. V2: 5."},"enums-per-file":{"$ref":"#/definitions/rule","description":"Enums per file. V2: 3."},"function-params":{"$ref":"#/definitions/rule","description":"Named parameters per function, not counting self, cls or a TypeScript this. V2: 5."}}};const schema16 = {"description":"A limit, `false` to turn the rule off, or an object with the details.","oneOf":[{"$ref":"#/definitions/limit"},{"const":false},{"type":"object","additionalProperties":false,"properties":{"limit":{"$ref":"#/definitions/limit"},"critical":{"description":"Above this value the violation is critical; must be above the limit.","$ref":"#/definitions/limit"},"severity":{"enum":["minor","major","critical"]},"count":{"description":"physical: every line; code: lines that are not blank and not only comment.","enum":["physical","code"]},"enabled":{"type":"boolean"}}}]};function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){const err0 = {instancePath,schemaPath:"#/definitions/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.type,parentSchema:schema17,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(typeof data == "number"){if(data > 1000000 || isNaN(data)){const err1 = {instancePath,schemaPath:"#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema17,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data < 1 || isNaN(data)){const err2 = {instancePath,schemaPath:"#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema17,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs4 = errors;if(false !== data){const err3 = {instancePath,schemaPath:"#/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema16.oneOf[1],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "limit") || (key0 === "critical")) || (key0 === "severity")) || (key0 === "count")) || (key0 === "enabled"))){const err4 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16.oneOf[2],data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.limit !== undefined){let data0 = data.limit;if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){const err5 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.type,parentSchema:schema17,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(typeof data0 == "number"){if(data0 > 1000000 || isNaN(data0)){const err6 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema17,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data0 < 1 || isNaN(data0)){const err7 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema17,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.critical !== undefined){let data1 = data.critical;if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){const err8 = {instancePath:instancePath+"/critical",schemaPath:"#/definitions/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.type,parentSchema:schema17,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(typeof data1 == "number"){if(data1 > 1000000 || isNaN(data1)){const err9 = {instancePath:instancePath+"/critical",schemaPath:"#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema17,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data1 < 1 || isNaN(data1)){const err10 = {instancePath:instancePath+"/critical",schemaPath:"#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema17,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.severity !== undefined){let data2 = data.severity;if(!(((data2 === "minor") || (data2 === "major")) || (data2 === "critical"))){const err11 = {instancePath:instancePath+"/severity",schemaPath:"#/oneOf/2/properties/severity/enum",keyword:"enum",params:{allowedValues: schema16.oneOf[2].properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema16.oneOf[2].properties.severity.enum,parentSchema:schema16.oneOf[2].properties.severity,data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.count !== undefined){let data3 = data.count;if(!((data3 === "physical") || (data3 === "code"))){const err12 = {instancePath:instancePath+"/count",schemaPath:"#/oneOf/2/properties/count/enum",keyword:"enum",params:{allowedValues: schema16.oneOf[2].properties.count.enum},message:"must be equal to one of the allowed values",schema:schema16.oneOf[2].properties.count.enum,parentSchema:schema16.oneOf[2].properties.count,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.enabled !== undefined){let data4 = data.enabled;if(typeof data4 !== "boolean"){const err13 = {instancePath:instancePath+"/enabled",schemaPath:"#/oneOf/2/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema16.oneOf[2].properties.enabled.type,parentSchema:schema16.oneOf[2].properties.enabled,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.oneOf[2].type,parentSchema:schema16.oneOf[2],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err15 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema16.oneOf,parentSchema:schema16,data};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate13.errors = vErrors;return errors === 0;}function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "file-lines") || (key0 === "class-lines")) || (key0 === "function-lines")) || (key0 === "functions-per-file")) || (key0 === "classes-per-file")) || (key0 === "enums-per-file")) || (key0 === "function-params"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["file-lines"] !== undefined){if(!(validate13(data["file-lines"], {instancePath:instancePath+"/file-lines",parentData:data,parentDataProperty:"file-lines",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data["class-lines"] !== undefined){if(!(validate13(data["class-lines"], {instancePath:instancePath+"/class-lines",parentData:data,parentDataProperty:"class-lines",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data["function-lines"] !== undefined){if(!(validate13(data["function-lines"], {instancePath:instancePath+"/function-lines",parentData:data,parentDataProperty:"function-lines",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data["functions-per-file"] !== undefined){if(!(validate13(data["functions-per-file"], {instancePath:instancePath+"/functions-per-file",parentData:data,parentDataProperty:"functions-per-file",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data["classes-per-file"] !== undefined){if(!(validate13(data["classes-per-file"], {instancePath:instancePath+"/classes-per-file",parentData:data,parentDataProperty:"classes-per-file",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data["enums-per-file"] !== undefined){if(!(validate13(data["enums-per-file"], {instancePath:instancePath+"/enums-per-file",parentData:data,parentDataProperty:"enums-per-file",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}if(data["function-params"] !== undefined){if(!(validate13(data["function-params"], {instancePath:instancePath+"/function-params",parentData:data,parentDataProperty:"function-params",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate12.errors = vErrors;return errors === 0;}const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://shipgate.dev/schema/compliance.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func3.call(schema12.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.include !== undefined){let data0 = data.include;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func4(data1) < 1){const err1 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!(formats0.validate(data1))){const err2 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/definitions/globs/items/format",keyword:"format",params:{format: "glob"},message:"must match format \""+"glob"+"\"",schema:"glob",parentSchema:schema13.items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.type,parentSchema:schema13.items,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/include",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.type,parentSchema:schema13,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.exclude !== undefined){let data2 = data.exclude;if(Array.isArray(data2)){const len1 = data2.length;for(let i1=0; i1<len1; i1++){let data3 = data2[i1];if(typeof data3 === "string"){if(func4(data3) < 1){const err5 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.items,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(formats0.validate(data3))){const err6 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/definitions/globs/items/format",keyword:"format",params:{format: "glob"},message:"must match format \""+"glob"+"\"",schema:"glob",parentSchema:schema13.items,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.type,parentSchema:schema13.items,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/exclude",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.type,parentSchema:schema13,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.rules !== undefined){if(!(validate12(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}if(data.overrides !== undefined){let data5 = data.overrides;if(Array.isArray(data5)){const len2 = data5.length;for(let i2=0; i2<len2; i2++){let data6 = data5[i2];if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.paths === undefined){const err9 = {instancePath:instancePath+"/overrides/" + i2,schemaPath:"#/properties/overrides/items/required",keyword:"required",params:{missingProperty: "paths"},message:"must have required property '"+"paths"+"'",schema:schema12.properties.overrides.items.required,parentSchema:schema12.properties.overrides.items,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data6.rules === undefined){const err10 = {instancePath:instancePath+"/overrides/" + i2,schemaPath:"#/properties/overrides/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema12.properties.overrides.items.required,parentSchema:schema12.properties.overrides.items,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key1 in data6){if(!((key1 === "paths") || (key1 === "rules"))){const err11 = {instancePath:instancePath+"/overrides/" + i2,schemaPath:"#/properties/overrides/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.overrides.items,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data6.paths !== undefined){let data7 = data6.paths;if(Array.isArray(data7)){const len3 = data7.length;for(let i3=0; i3<len3; i3++){let data8 = data7[i3];if(typeof data8 === "string"){if(func4(data8) < 1){const err12 = {instancePath:instancePath+"/overrides/" + i2+"/paths/" + i3,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.items,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!(formats0.validate(data8))){const err13 = {instancePath:instancePath+"/overrides/" + i2+"/paths/" + i3,schemaPath:"#/definitions/globs/items/format",keyword:"format",params:{format: "glob"},message:"must match format \""+"glob"+"\"",schema:"glob",parentSchema:schema13.items,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/overrides/" + i2+"/paths/" + i3,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.type,parentSchema:schema13.items,data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/overrides/" + i2+"/paths",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.type,parentSchema:schema13,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.rules !== undefined){if(!(validate12(data6.rules, {instancePath:instancePath+"/overrides/" + i2+"/rules",parentData:data6,parentDataProperty:"rules",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err16 = {instancePath:instancePath+"/overrides/" + i2,schemaPath:"#/properties/overrides/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.overrides.items.type,parentSchema:schema12.properties.overrides.items,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.overrides.type,parentSchema:schema12.properties.overrides,data:data5};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.exceptions !== undefined){let data10 = data.exceptions;if(Array.isArray(data10)){const len4 = data10.length;for(let i4=0; i4<len4; i4++){let data11 = data10[i4];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.path === undefined){const err18 = {instancePath:instancePath+"/exceptions/" + i4,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.exceptions.items.required,parentSchema:schema12.properties.exceptions.items,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data11.rule === undefined){const err19 = {instancePath:instancePath+"/exceptions/" + i4,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema12.properties.exceptions.items.required,parentSchema:schema12.properties.exceptions.items,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data11.limit === undefined){const err20 = {instancePath:instancePath+"/exceptions/" + i4,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'",schema:schema12.properties.exceptions.items.required,parentSchema:schema12.properties.exceptions.items,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data11.reason === undefined){const err21 = {instancePath:instancePath+"/exceptions/" + i4,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema12.properties.exceptions.items.required,parentSchema:schema12.properties.exceptions.items,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key2 in data11){if(!((((((key2 === "path") || (key2 === "rule")) || (key2 === "symbol")) || (key2 === "limit")) || (key2 === "reason")) || (key2 === "expires"))){const err22 = {instancePath:instancePath+"/exceptions/" + i4,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.exceptions.items,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data11.path !== undefined){let data12 = data11.path;if(typeof data12 === "string"){if(func4(data12) < 1){const err23 = {instancePath:instancePath+"/exceptions/" + i4+"/path",schemaPath:"#/properties/exceptions/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.exceptions.items.properties.path,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(!(formats0.validate(data12))){const err24 = {instancePath:instancePath+"/exceptions/" + i4+"/path",schemaPath:"#/properties/exceptions/items/properties/path/format",keyword:"format",params:{format: "glob"},message:"must match format \""+"glob"+"\"",schema:"glob",parentSchema:schema12.properties.exceptions.items.properties.path,data:data12};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/exceptions/" + i4+"/path",schemaPath:"#/properties/exceptions/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.exceptions.items.properties.path.type,parentSchema:schema12.properties.exceptions.items.properties.path,data:data12};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data11.rule !== undefined){let data13 = data11.rule;if(!(((((((data13 === "file-lines") || (data13 === "class-lines")) || (data13 === "function-lines")) || (data13 === "functions-per-file")) || (data13 === "classes-per-file")) || (data13 === "enums-per-file")) || (data13 === "function-params"))){const err26 = {instancePath:instancePath+"/exceptions/" + i4+"/rule",schemaPath:"#/properties/exceptions/items/properties/rule/enum",keyword:"enum",params:{allowedValues: schema12.properties.exceptions.items.properties.rule.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.exceptions.items.properties.rule.enum,parentSchema:schema12.properties.exceptions.items.properties.rule,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data11.symbol !== undefined){let data14 = data11.symbol;if(typeof data14 === "string"){if(func4(data14) < 1){const err27 = {instancePath:instancePath+"/exceptions/" + i4+"/symbol",schemaPath:"#/properties/exceptions/items/properties/symbol/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.exceptions.items.properties.symbol,data:data14};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/exceptions/" + i4+"/symbol",schemaPath:"#/properties/exceptions/items/properties/symbol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.exceptions.items.properties.symbol.type,parentSchema:schema12.properties.exceptions.items.properties.symbol,data:data14};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data11.limit !== undefined){let data15 = data11.limit;if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){const err29 = {instancePath:instancePath+"/exceptions/" + i4+"/limit",schemaPath:"#/definitions/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.type,parentSchema:schema17,data:data15};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(typeof data15 == "number"){if(data15 > 1000000 || isNaN(data15)){const err30 = {instancePath:instancePath+"/exceptions/" + i4+"/limit",schemaPath:"#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema17,data:data15};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data15 < 1 || isNaN(data15)){const err31 = {instancePath:instancePath+"/exceptions/" + i4+"/limit",schemaPath:"#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema17,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}if(data11.reason !== undefined){let data16 = data11.reason;if(typeof data16 === "string"){if(func4(data16) < 3){const err32 = {instancePath:instancePath+"/exceptions/" + i4+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema12.properties.exceptions.items.properties.reason,data:data16};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/exceptions/" + i4+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.exceptions.items.properties.reason.type,parentSchema:schema12.properties.exceptions.items.properties.reason,data:data16};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data11.expires !== undefined){let data17 = data11.expires;if(typeof data17 === "string"){if(!pattern0.test(data17)){const err34 = {instancePath:instancePath+"/exceptions/" + i4+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema12.properties.exceptions.items.properties.expires,data:data17};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!(formats8.validate(data17))){const err35 = {instancePath:instancePath+"/exceptions/" + i4+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema12.properties.exceptions.items.properties.expires,data:data17};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/exceptions/" + i4+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.exceptions.items.properties.expires.type,parentSchema:schema12.properties.exceptions.items.properties.expires,data:data17};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/exceptions/" + i4,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.exceptions.items.type,parentSchema:schema12.properties.exceptions.items,data:data11};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.exceptions.type,parentSchema:schema12.properties.exceptions,data:data10};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.baseline !== undefined){let data18 = data.baseline;if(typeof data18 === "string"){if(func4(data18) < 1){const err39 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.baseline,data:data18};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(!(formats10.validate(data18))){const err40 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/format",keyword:"format",params:{format: "repository-path"},message:"must match format \""+"repository-path"+"\"",schema:"repository-path",parentSchema:schema12.properties.baseline,data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}else {const err41 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.baseline.type,parentSchema:schema12.properties.baseline,data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data["fail-on"] !== undefined){let data19 = data["fail-on"];if(!(((data19 === "new") || (data19 === "all")) || (data19 === "none"))){const err42 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema12.properties["fail-on"].enum},message:"must be equal to one of the allowed values",schema:schema12.properties["fail-on"].enum,parentSchema:schema12.properties["fail-on"],data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.comment !== undefined){let data20 = data.comment;if(typeof data20 !== "boolean"){const err43 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.comment.type,parentSchema:schema12.properties.comment,data:data20};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data["max-parse-bytes"] !== undefined){let data21 = data["max-parse-bytes"];if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){const err44 = {instancePath:instancePath+"/max-parse-bytes",schemaPath:"#/properties/max-parse-bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties["max-parse-bytes"].type,parentSchema:schema12.properties["max-parse-bytes"],data:data21};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(typeof data21 == "number"){if(data21 > 1073741824 || isNaN(data21)){const err45 = {instancePath:instancePath+"/max-parse-bytes",schemaPath:"#/properties/max-parse-bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1073741824},message:"must be <= 1073741824",schema:1073741824,parentSchema:schema12.properties["max-parse-bytes"],data:data21};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data21 < 1 || isNaN(data21)){const err46 = {instancePath:instancePath+"/max-parse-bytes",schemaPath:"#/properties/max-parse-bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties["max-parse-bytes"],data:data21};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}}else {const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema22 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/conflicts.schema.json","title":"shipgate conflicts settings (the conflicts: section of .github/shipgate.yml)","description":"Merge conflicts between each branch or pull request, its base and every other one, found by real git merges.","type":"object","additionalProperties":false,"properties":{"base":{"type":"string","minLength":1,"description":"The base branch `shipgate conflicts` compares with (default: the branch origin/HEAD points at, else main)."},"branches":{"$ref":"#/definitions/globs","description":"Branches `shipgate conflicts` checks by default: globs over short names or full refs, e.g. origin/feature/* or refs/pull/*/head (default: every local branch)."},"teams":{"description":"Teams by branch prefix: team name → prefixes, e.g. realtime: [feature/realtime-]. The longest matching prefix wins.","type":"object","additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"minItems":1}},"fail-on":{"enum":["base","any","none"],"description":"base: fail on a conflict with the base (the action's default); any: also on a conflict with another branch (the CLI's default); none: never fail."},"regenerable":{"$ref":"#/definitions/globs","description":"Files whose conflicts are settled by regenerating them (lock files): reported apart, never as conflicts. Default: the usual lock files."},"label":{"type":"string","minLength":1,"maxLength":50,"description":"The label put on pull requests that conflict with their base or another pull request (default merge-conflict)."},"comment":{"type":"boolean","description":"Keep one comment on each conflicting pull request listing what it conflicts with (default true)."},"include-drafts":{"type":"boolean","description":"Check draft pull requests too (default false)."},"include-bots":{"type":"boolean","description":"Check pull requests opened by bots too, e.g. dependency updates (default false)."},"skip-labels":{"type":"array","items":{"type":"string","minLength":1},"description":"Pull requests with one of these labels are left out."},"bases":{"type":"array","items":{"type":"string","minLength":1},"description":"Base branches whose pull requests the scheduled run checks (default: the default branch)."},"exhaustive":{"type":"boolean","description":"Run every merge, even those between branches that touch nothing in common and so cannot conflict (slower; default false)."},"health":{"type":"object","additionalProperties":false,"description":"Branch health in the scheduled run.","properties":{"behind-commits":{"type":"integer","minimum":1,"description":"Report branches this many commits behind their base (default 50)."},"stale-days":{"type":"integer","minimum":1,"description":"Report branches with no commit for this many days (default 30)."}}},"cleanup":{"type":"object","additionalProperties":false,"description":"Deleting branches already merged into the base (opt-in; protected and default branches never).","properties":{"enabled":{"type":"boolean","description":"Default false."},"older-than-days":{"type":"integer","minimum":0,"description":"Only branches whose last commit is at least this old (default 30)."},"dry-run":{"type":"boolean","description":"List what would be deleted and delete nothing (default true)."}}},"sync":{"type":"object","additionalProperties":false,"description":"Bringing pull requests that are behind but merge cleanly up to date through GitHub's update-branch (opt-in).","properties":{"enabled":{"type":"boolean","description":"Default false."},"max":{"type":"integer","minimum":1,"description":"Pull requests updated per run at most (default 5)."}}}},"definitions":{"globs":{"type":"array","items":{"type":"string","minLength":1}}}};const schema23 = {"type":"array","items":{"type":"string","minLength":1}};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://shipgate.dev/schema/conflicts.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func3.call(schema22.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.base !== undefined){let data0 = data.base;if(typeof data0 === "string"){if(func4(data0) < 1){const err1 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.base,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.base.type,parentSchema:schema22.properties.base,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.branches !== undefined){let data1 = data.branches;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func4(data2) < 1){const err3 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.items,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/branches",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.teams !== undefined){let data3 = data.teams;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){let data4 = data3[key1];if(Array.isArray(data4)){if(data4.length < 1){const err6 = {instancePath:instancePath+"/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/teams/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema22.properties.teams.additionalProperties,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];if(typeof data5 === "string"){if(func4(data5) < 1){const err7 = {instancePath:instancePath+"/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/teams/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.teams.additionalProperties.items,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/teams/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.teams.additionalProperties.items.type,parentSchema:schema22.properties.teams.additionalProperties.items,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/teams/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.teams.additionalProperties.type,parentSchema:schema22.properties.teams.additionalProperties,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.teams.type,parentSchema:schema22.properties.teams,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data["fail-on"] !== undefined){let data6 = data["fail-on"];if(!(((data6 === "base") || (data6 === "any")) || (data6 === "none"))){const err11 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema22.properties["fail-on"].enum},message:"must be equal to one of the allowed values",schema:schema22.properties["fail-on"].enum,parentSchema:schema22.properties["fail-on"],data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.regenerable !== undefined){let data7 = data.regenerable;if(Array.isArray(data7)){const len2 = data7.length;for(let i2=0; i2<len2; i2++){let data8 = data7[i2];if(typeof data8 === "string"){if(func4(data8) < 1){const err12 = {instancePath:instancePath+"/regenerable/" + i2,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.items,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/regenerable/" + i2,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/regenerable",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.label !== undefined){let data9 = data.label;if(typeof data9 === "string"){if(func4(data9) > 50){const err15 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema22.properties.label,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func4(data9) < 1){const err16 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.label,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.label.type,parentSchema:schema22.properties.label,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.comment !== undefined){let data10 = data.comment;if(typeof data10 !== "boolean"){const err18 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.comment.type,parentSchema:schema22.properties.comment,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data["include-drafts"] !== undefined){let data11 = data["include-drafts"];if(typeof data11 !== "boolean"){const err19 = {instancePath:instancePath+"/include-drafts",schemaPath:"#/properties/include-drafts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties["include-drafts"].type,parentSchema:schema22.properties["include-drafts"],data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data["include-bots"] !== undefined){let data12 = data["include-bots"];if(typeof data12 !== "boolean"){const err20 = {instancePath:instancePath+"/include-bots",schemaPath:"#/properties/include-bots/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties["include-bots"].type,parentSchema:schema22.properties["include-bots"],data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data["skip-labels"] !== undefined){let data13 = data["skip-labels"];if(Array.isArray(data13)){const len3 = data13.length;for(let i3=0; i3<len3; i3++){let data14 = data13[i3];if(typeof data14 === "string"){if(func4(data14) < 1){const err21 = {instancePath:instancePath+"/skip-labels/" + i3,schemaPath:"#/properties/skip-labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties["skip-labels"].items,data:data14};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/skip-labels/" + i3,schemaPath:"#/properties/skip-labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties["skip-labels"].items.type,parentSchema:schema22.properties["skip-labels"].items,data:data14};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/skip-labels",schemaPath:"#/properties/skip-labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties["skip-labels"].type,parentSchema:schema22.properties["skip-labels"],data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.bases !== undefined){let data15 = data.bases;if(Array.isArray(data15)){const len4 = data15.length;for(let i4=0; i4<len4; i4++){let data16 = data15[i4];if(typeof data16 === "string"){if(func4(data16) < 1){const err24 = {instancePath:instancePath+"/bases/" + i4,schemaPath:"#/properties/bases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.bases.items,data:data16};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/bases/" + i4,schemaPath:"#/properties/bases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.bases.items.type,parentSchema:schema22.properties.bases.items,data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/bases",schemaPath:"#/properties/bases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.bases.type,parentSchema:schema22.properties.bases,data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.exhaustive !== undefined){let data17 = data.exhaustive;if(typeof data17 !== "boolean"){const err27 = {instancePath:instancePath+"/exhaustive",schemaPath:"#/properties/exhaustive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.exhaustive.type,parentSchema:schema22.properties.exhaustive,data:data17};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.health !== undefined){let data18 = data.health;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key2 in data18){if(!((key2 === "behind-commits") || (key2 === "stale-days"))){const err28 = {instancePath:instancePath+"/health",schemaPath:"#/properties/health/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.health,data:data18};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data18["behind-commits"] !== undefined){let data19 = data18["behind-commits"];if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){const err29 = {instancePath:instancePath+"/health/behind-commits",schemaPath:"#/properties/health/properties/behind-commits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.health.properties["behind-commits"].type,parentSchema:schema22.properties.health.properties["behind-commits"],data:data19};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(typeof data19 == "number"){if(data19 < 1 || isNaN(data19)){const err30 = {instancePath:instancePath+"/health/behind-commits",schemaPath:"#/properties/health/properties/behind-commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.health.properties["behind-commits"],data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data18["stale-days"] !== undefined){let data20 = data18["stale-days"];if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){const err31 = {instancePath:instancePath+"/health/stale-days",schemaPath:"#/properties/health/properties/stale-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.health.properties["stale-days"].type,parentSchema:schema22.properties.health.properties["stale-days"],data:data20};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(typeof data20 == "number"){if(data20 < 1 || isNaN(data20)){const err32 = {instancePath:instancePath+"/health/stale-days",schemaPath:"#/properties/health/properties/stale-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.health.properties["stale-days"],data:data20};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}}else {const err33 = {instancePath:instancePath+"/health",schemaPath:"#/properties/health/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.health.type,parentSchema:schema22.properties.health,data:data18};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.cleanup !== undefined){let data21 = data.cleanup;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key3 in data21){if(!(((key3 === "enabled") || (key3 === "older-than-days")) || (key3 === "dry-run"))){const err34 = {instancePath:instancePath+"/cleanup",schemaPath:"#/properties/cleanup/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.cleanup,data:data21};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data21.enabled !== undefined){let data22 = data21.enabled;if(typeof data22 !== "boolean"){const err35 = {instancePath:instancePath+"/cleanup/enabled",schemaPath:"#/properties/cleanup/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.cleanup.properties.enabled.type,parentSchema:schema22.properties.cleanup.properties.enabled,data:data22};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data21["older-than-days"] !== undefined){let data23 = data21["older-than-days"];if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){const err36 = {instancePath:instancePath+"/cleanup/older-than-days",schemaPath:"#/properties/cleanup/properties/older-than-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.cleanup.properties["older-than-days"].type,parentSchema:schema22.properties.cleanup.properties["older-than-days"],data:data23};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(typeof data23 == "number"){if(data23 < 0 || isNaN(data23)){const err37 = {instancePath:instancePath+"/cleanup/older-than-days",schemaPath:"#/properties/cleanup/properties/older-than-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.cleanup.properties["older-than-days"],data:data23};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}if(data21["dry-run"] !== undefined){let data24 = data21["dry-run"];if(typeof data24 !== "boolean"){const err38 = {instancePath:instancePath+"/cleanup/dry-run",schemaPath:"#/properties/cleanup/properties/dry-run/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.cleanup.properties["dry-run"].type,parentSchema:schema22.properties.cleanup.properties["dry-run"],data:data24};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/cleanup",schemaPath:"#/properties/cleanup/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.cleanup.type,parentSchema:schema22.properties.cleanup,data:data21};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.sync !== undefined){let data25 = data.sync;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key4 in data25){if(!((key4 === "enabled") || (key4 === "max"))){const err40 = {instancePath:instancePath+"/sync",schemaPath:"#/properties/sync/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.sync,data:data25};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data25.enabled !== undefined){let data26 = data25.enabled;if(typeof data26 !== "boolean"){const err41 = {instancePath:instancePath+"/sync/enabled",schemaPath:"#/properties/sync/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.sync.properties.enabled.type,parentSchema:schema22.properties.sync.properties.enabled,data:data26};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data25.max !== undefined){let data27 = data25.max;if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){const err42 = {instancePath:instancePath+"/sync/max",schemaPath:"#/properties/sync/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.sync.properties.max.type,parentSchema:schema22.properties.sync.properties.max,data:data27};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(typeof data27 == "number"){if(data27 < 1 || isNaN(data27)){const err43 = {instancePath:instancePath+"/sync/max",schemaPath:"#/properties/sync/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.sync.properties.max,data:data27};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}}else {const err44 = {instancePath:instancePath+"/sync",schemaPath:"#/properties/sync/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.sync.type,parentSchema:schema22.properties.sync,data:data25};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}validate24.errors = vErrors;return errors === 0;}const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/deploy.schema.json","title":"shipgate deploy settings (the deploy: section of .github/shipgate.yml)","description":"Blue-green deploys and rollbacks: per environment, the router that switches traffic, the colours' URLs, the deploy command, health checks and the soak.","type":"object","additionalProperties":false,"properties":{"environments":{"description":"Each environment shipgate deploys to, by the name GitHub's Deployments use.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9._-]+$"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"duration":{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$","description":"A duration such as 500ms, 2s, 5m or 1h."},"command":{"type":"string","minLength":1,"description":"A shell command, run from the repository root."},"colorMap":{"type":"object","additionalProperties":false,"required":["blue","green"],"properties":{"blue":{"type":"string","minLength":1},"green":{"type":"string","minLength":1}}},"environment":{"type":"object","additionalProperties":false,"required":["router","colors"],"properties":{"router":{"$ref":"#/definitions/router"},"colors":{"$ref":"#/definitions/colorMap","description":"The base URL of each colour (e.g. http://10.0.0.5:8080), for health checks and soak probes."},"deploy":{"$ref":"#/definitions/command","description":"Deploys SHIPGATE_REF to SHIPGATE_COLOR (also given SHIPGATE_ENVIRONMENT, SHIPGATE_DEPLOYMENT_ID, SHIPGATE_SHA)."},"deploy-timeout":{"$ref":"#/definitions/duration","description":"The deploy command is stopped after this (default 30m)."},"health":{"$ref":"#/definitions/health"},"soak":{"$ref":"#/definitions/soak"},"url":{"type":"string","pattern":"^https?://","description":"Where users reach the environment (GitHub's environment_url)."},"production":{"type":"boolean","description":"GitHub's production_environment (default: true for an environment named production)."},"transient":{"type":"boolean","description":"GitHub's transient_environment (default false)."},"require-quality-gate":{"type":"boolean","description":"Deploy only a SHA whose check run \"shipgate / quality gate\" succeeded (default false)."},"keep-warm":{"$ref":"#/definitions/duration","description":"How long the old colour stays up after a deploy before scale-down runs (default 0s)."},"scale-down":{"$ref":"#/definitions/command","description":"Stops the old colour (SHIPGATE_COLOR) after keep-warm."}}},"router":{"type":"object","required":["type"],"properties":{"type":{"enum":["haproxy","nginx","kubernetes","command"]}},"allOf":[{"if":{"properties":{"type":{"const":"haproxy"}}},"then":{"$ref":"#/definitions/haproxy"}},{"if":{"properties":{"type":{"const":"nginx"}}},"then":{"$ref":"#/definitions/nginx"}},{"if":{"properties":{"type":{"const":"kubernetes"}}},"then":{"$ref":"#/definitions/kubernetes"}},{"if":{"properties":{"type":{"const":"command"}}},"then":{"$ref":"#/definitions/commandRouter"}}]},"haproxy":{"description":"HAProxy's runtime API on its admin socket: no reload.","type":"object","additionalProperties":false,"required":["type","socket","backend","servers"],"properties":{"type":{"const":"haproxy"},"socket":{"type":"string","minLength":1,"description":"The admin socket: a Unix socket path, or host:port."},"backend":{"type":"string","minLength":1},"servers":{"$ref":"#/definitions/colorMap","description":"The server name of each colour in the backend."},"timeout":{"$ref":"#/definitions/duration"}}},"nginx":{"description":"An upstream file written atomically, checked with nginx -t, then nginx reloaded.","type":"object","additionalProperties":false,"required":["type","upstream-file","upstream","servers"],"properties":{"type":{"const":"nginx"},"upstream-file":{"type":"string","minLength":1,"description":"The file your nginx config includes; shipgate owns it."},"upstream":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The upstream's name."},"servers":{"$ref":"#/definitions/colorMap","description":"host:port of each colour."},"binary":{"type":"string","minLength":1,"description":"The nginx binary (default nginx)."},"config":{"type":"string","minLength":1,"description":"nginx's main config file, when not its default (-c)."},"timeout":{"$ref":"#/definitions/duration"}}},"kubernetes":{"description":"Patches a Service's selector through the Kubernetes API.","type":"object","additionalProperties":false,"required":["type","service"],"properties":{"type":{"const":"kubernetes"},"namespace":{"type":"string","minLength":1,"description":"Default: default."},"service":{"type":"string","minLength":1},"label":{"type":"string","minLength":1,"description":"The selector key that holds the colour (default color)."},"kubeconfig":{"type":"string","minLength":1,"description":"Default: KUBECONFIG, ~/.kube/config, then in-cluster credentials."},"context":{"type":"string","minLength":1,"description":"The kubeconfig context (default its current-context)."},"timeout":{"$ref":"#/definitions/duration"}}},"commandRouter":{"description":"Your own scripts switch traffic and say which colour is live.","type":"object","additionalProperties":false,"required":["type","switch","live"],"properties":{"type":{"const":"command"},"switch":{"$ref":"#/definitions/command","description":"Sends all traffic to SHIPGATE_TARGET_COLOR."},"live":{"$ref":"#/definitions/command","description":"Prints blue or green: the colour receiving traffic."},"timeout":{"$ref":"#/definitions/duration"}}},"health":{"description":"How the new colour proves ready before it gets traffic.","type":"object","additionalProperties":false,"properties":{"checks":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","pattern":"^/"},"status":{"type":"integer","minimum":100,"maximum":599,"default":200},"body":{"type":"string","description":"Text the answer must contain."}}}},"timeout":{"$ref":"#/definitions/duration","description":"Per request (default 2s)."},"deadline":{"$ref":"#/definitions/duration","description":"The whole wait for readiness (default 2m)."},"backoff":{"type":"object","additionalProperties":false,"description":"Capped exponential backoff with full jitter between attempts.","properties":{"initial":{"$ref":"#/definitions/duration","description":"Default 250ms."},"max":{"$ref":"#/definitions/duration","description":"Default 5s."}}},"failure-threshold":{"type":"integer","minimum":1,"description":"The circuit breaker stops after this many wrong answers in a row (default 5); a colour that does not listen yet is waited for."}}},"soak":{"description":"After the switch, the live colour is watched; falling short rolls back automatically.","type":"object","additionalProperties":false,"properties":{"duration":{"$ref":"#/definitions/duration","description":"Default 1m; 0s skips the soak."},"interval":{"$ref":"#/definitions/duration","description":"Between probes (default 1s)."},"success-rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of probes that must succeed (default 99)."},"p95":{"$ref":"#/definitions/duration","description":"The 95th percentile latency limit (default 500ms)."},"path":{"type":"string","pattern":"^/","description":"The path probed (default the first health check's)."},"command":{"$ref":"#/definitions/command","description":"Prints \"<success rate %> <p95 ms>\" instead of shipgate's own probes, once per interval."}}}}};const pattern1 = new RegExp("^[A-Za-z0-9._-]+$", "u");const schema26 = {"type":"object","additionalProperties":false,"required":["router","colors"],"properties":{"router":{"$ref":"#/definitions/router"},"colors":{"$ref":"#/definitions/colorMap","description":"The base URL of each colour (e.g. http://10.0.0.5:8080), for health checks and soak probes."},"deploy":{"$ref":"#/definitions/command","description":"Deploys SHIPGATE_REF to SHIPGATE_COLOR (also given SHIPGATE_ENVIRONMENT, SHIPGATE_DEPLOYMENT_ID, SHIPGATE_SHA)."},"deploy-timeout":{"$ref":"#/definitions/duration","description":"The deploy command is stopped after this (default 30m)."},"health":{"$ref":"#/definitions/health"},"soak":{"$ref":"#/definitions/soak"},"url":{"type":"string","pattern":"^https?://","description":"Where users reach the environment (GitHub's environment_url)."},"production":{"type":"boolean","description":"GitHub's production_environment (default: true for an environment named production)."},"transient":{"type":"boolean","description":"GitHub's transient_environment (default false)."},"require-quality-gate":{"type":"boolean","description":"Deploy only a SHA whose check run \"shipgate / quality gate\" succeeded (default false)."},"keep-warm":{"$ref":"#/definitions/duration","description":"How long the old colour stays up after a deploy before scale-down runs (default 0s)."},"scale-down":{"$ref":"#/definitions/command","description":"Stops the old colour (SHIPGATE_COLOR) after keep-warm."}}};const schema29 = {"type":"object","additionalProperties":false,"required":["blue","green"],"properties":{"blue":{"type":"string","minLength":1},"green":{"type":"string","minLength":1}}};const schema37 = {"type":"string","minLength":1,"description":"A shell command, run from the repository root."};const schema30 = {"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$","description":"A duration such as 500ms, 2s, 5m or 1h."};const schema27 = {"type":"object","required":["type"],"properties":{"type":{"enum":["haproxy","nginx","kubernetes","command"]}},"allOf":[{"if":{"properties":{"type":{"const":"haproxy"}}},"then":{"$ref":"#/definitions/haproxy"}},{"if":{"properties":{"type":{"const":"nginx"}}},"then":{"$ref":"#/definitions/nginx"}},{"if":{"properties":{"type":{"const":"kubernetes"}}},"then":{"$ref":"#/definitions/kubernetes"}},{"if":{"properties":{"type":{"const":"command"}}},"then":{"$ref":"#/definitions/commandRouter"}}]};const schema28 = {"description":"HAProxy's runtime API on its admin socket: no reload.","type":"object","additionalProperties":false,"required":["type","socket","backend","servers"],"properties":{"type":{"const":"haproxy"},"socket":{"type":"string","minLength":1,"description":"The admin socket: a Unix socket path, or host:port."},"backend":{"type":"string","minLength":1},"servers":{"$ref":"#/definitions/colorMap","description":"The server name of each colour in the backend."},"timeout":{"$ref":"#/definitions/duration"}}};const pattern2 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", "u");function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema28.required,parentSchema:schema28,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.socket === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "socket"},message:"must have required property '"+"socket"+"'",schema:schema28.required,parentSchema:schema28,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.backend === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "backend"},message:"must have required property '"+"backend"+"'",schema:schema28.required,parentSchema:schema28,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.servers === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'",schema:schema28.required,parentSchema:schema28,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((key0 === "type") || (key0 === "socket")) || (key0 === "backend")) || (key0 === "servers")) || (key0 === "timeout"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.type !== undefined){let data0 = data.type;if("haproxy" !== data0){const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "haproxy"},message:"must be equal to constant",schema:"haproxy",parentSchema:schema28.properties.type,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.socket !== undefined){let data1 = data.socket;if(typeof data1 === "string"){if(func4(data1) < 1){const err6 = {instancePath:instancePath+"/socket",schemaPath:"#/properties/socket/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.socket,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/socket",schemaPath:"#/properties/socket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.socket.type,parentSchema:schema28.properties.socket,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.backend !== undefined){let data2 = data.backend;if(typeof data2 === "string"){if(func4(data2) < 1){const err8 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.backend,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/backend",schemaPath:"#/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.backend.type,parentSchema:schema28.properties.backend,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.servers !== undefined){let data3 = data.servers;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.blue === undefined){const err10 = {instancePath:instancePath+"/servers",schemaPath:"#/definitions/colorMap/required",keyword:"required",params:{missingProperty: "blue"},message:"must have required property '"+"blue"+"'",schema:schema29.required,parentSchema:schema29,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data3.green === undefined){const err11 = {instancePath:instancePath+"/servers",schemaPath:"#/definitions/colorMap/required",keyword:"required",params:{missingProperty: "green"},message:"must have required property '"+"green"+"'",schema:schema29.required,parentSchema:schema29,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data3){if(!((key1 === "blue") || (key1 === "green"))){const err12 = {instancePath:instancePath+"/servers",schemaPath:"#/definitions/colorMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data3.blue !== undefined){let data4 = data3.blue;if(typeof data4 === "string"){if(func4(data4) < 1){const err13 = {instancePath:instancePath+"/servers/blue",schemaPath:"#/definitions/colorMap/properties/blue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.blue,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/servers/blue",schemaPath:"#/definitions/colorMap/properties/blue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.blue.type,parentSchema:schema29.properties.blue,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data3.green !== undefined){let data5 = data3.green;if(typeof data5 === "string"){if(func4(data5) < 1){const err15 = {instancePath:instancePath+"/servers/green",schemaPath:"#/definitions/colorMap/properties/green/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.green,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/servers/green",schemaPath:"#/definitions/colorMap/properties/green/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.green.type,parentSchema:schema29.properties.green,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/servers",schemaPath:"#/definitions/colorMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.timeout !== undefined){let data6 = data.timeout;if(typeof data6 === "string"){if(!pattern2.test(data6)){const err18 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate29.errors = vErrors;return errors === 0;}const schema31 = {"description":"An upstream file written atomically, checked with nginx -t, then nginx reloaded.","type":"object","additionalProperties":false,"required":["type","upstream-file","upstream","servers"],"properties":{"type":{"const":"nginx"},"upstream-file":{"type":"string","minLength":1,"description":"The file your nginx config includes; shipgate owns it."},"upstream":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The upstream's name."},"servers":{"$ref":"#/definitions/colorMap","description":"host:port of each colour."},"binary":{"type":"string","minLength":1,"description":"The nginx binary (default nginx)."},"config":{"type":"string","minLength":1,"description":"nginx's main config file, when not its default (-c)."},"timeout":{"$ref":"#/definitions/duration"}}};const pattern3 = new RegExp("^[A-Za-z0-9_.-]+$", "u");function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data["upstream-file"] === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upstream-file"},message:"must have required property '"+"upstream-file"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.upstream === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upstream"},message:"must have required property '"+"upstream"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.servers === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((((key0 === "type") || (key0 === "upstream-file")) || (key0 === "upstream")) || (key0 === "servers")) || (key0 === "binary")) || (key0 === "config")) || (key0 === "timeout"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.type !== undefined){let data0 = data.type;if("nginx" !== data0){const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "nginx"},message:"must be equal to constant",schema:"nginx",parentSchema:schema31.properties.type,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data["upstream-file"] !== undefined){let data1 = data["upstream-file"];if(typeof data1 === "string"){if(func4(data1) < 1){const err6 = {instancePath:instancePath+"/upstream-file",schemaPath:"#/properties/upstream-file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties["upstream-file"],data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/upstream-file",schemaPath:"#/properties/upstream-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties["upstream-file"].type,parentSchema:schema31.properties["upstream-file"],data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.upstream !== undefined){let data2 = data.upstream;if(typeof data2 === "string"){if(!pattern3.test(data2)){const err8 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema31.properties.upstream,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.upstream.type,parentSchema:schema31.properties.upstream,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.servers !== undefined){let data3 = data.servers;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.blue === undefined){const err10 = {instancePath:instancePath+"/servers",schemaPath:"#/definitions/colorMap/required",keyword:"required",params:{missingProperty: "blue"},message:"must have required property '"+"blue"+"'",schema:schema29.required,parentSchema:schema29,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data3.green === undefined){const err11 = {instancePath:instancePath+"/servers",schemaPath:"#/definitions/colorMap/required",keyword:"required",params:{missingProperty: "green"},message:"must have required property '"+"green"+"'",schema:schema29.required,parentSchema:schema29,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data3){if(!((key1 === "blue") || (key1 === "green"))){const err12 = {instancePath:instancePath+"/servers",schemaPath:"#/definitions/colorMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data3.blue !== undefined){let data4 = data3.blue;if(typeof data4 === "string"){if(func4(data4) < 1){const err13 = {instancePath:instancePath+"/servers/blue",schemaPath:"#/definitions/colorMap/properties/blue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.blue,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/servers/blue",schemaPath:"#/definitions/colorMap/properties/blue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.blue.type,parentSchema:schema29.properties.blue,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data3.green !== undefined){let data5 = data3.green;if(typeof data5 === "string"){if(func4(data5) < 1){const err15 = {instancePath:instancePath+"/servers/green",schemaPath:"#/definitions/colorMap/properties/green/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.green,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/servers/green",schemaPath:"#/definitions/colorMap/properties/green/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.green.type,parentSchema:schema29.properties.green,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/servers",schemaPath:"#/definitions/colorMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.binary !== undefined){let data6 = data.binary;if(typeof data6 === "string"){if(func4(data6) < 1){const err18 = {instancePath:instancePath+"/binary",schemaPath:"#/properties/binary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.binary,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/binary",schemaPath:"#/properties/binary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.binary.type,parentSchema:schema31.properties.binary,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.config !== undefined){let data7 = data.config;if(typeof data7 === "string"){if(func4(data7) < 1){const err20 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.config,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.config.type,parentSchema:schema31.properties.config,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.timeout !== undefined){let data8 = data.timeout;if(typeof data8 === "string"){if(!pattern2.test(data8)){const err22 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate31.errors = vErrors;return errors === 0;}const schema34 = {"description":"Patches a Service's selector through the Kubernetes API.","type":"object","additionalProperties":false,"required":["type","service"],"properties":{"type":{"const":"kubernetes"},"namespace":{"type":"string","minLength":1,"description":"Default: default."},"service":{"type":"string","minLength":1},"label":{"type":"string","minLength":1,"description":"The selector key that holds the colour (default color)."},"kubeconfig":{"type":"string","minLength":1,"description":"Default: KUBECONFIG, ~/.kube/config, then in-cluster credentials."},"context":{"type":"string","minLength":1,"description":"The kubeconfig context (default its current-context)."},"timeout":{"$ref":"#/definitions/duration"}}};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema34.required,parentSchema:schema34,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.service === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema34.required,parentSchema:schema34,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((((key0 === "type") || (key0 === "namespace")) || (key0 === "service")) || (key0 === "label")) || (key0 === "kubeconfig")) || (key0 === "context")) || (key0 === "timeout"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.type !== undefined){let data0 = data.type;if("kubernetes" !== data0){const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "kubernetes"},message:"must be equal to constant",schema:"kubernetes",parentSchema:schema34.properties.type,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.namespace !== undefined){let data1 = data.namespace;if(typeof data1 === "string"){if(func4(data1) < 1){const err4 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.namespace,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.namespace.type,parentSchema:schema34.properties.namespace,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.service !== undefined){let data2 = data.service;if(typeof data2 === "string"){if(func4(data2) < 1){const err6 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.service,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.service.type,parentSchema:schema34.properties.service,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.label !== undefined){let data3 = data.label;if(typeof data3 === "string"){if(func4(data3) < 1){const err8 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.label,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.label.type,parentSchema:schema34.properties.label,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.kubeconfig !== undefined){let data4 = data.kubeconfig;if(typeof data4 === "string"){if(func4(data4) < 1){const err10 = {instancePath:instancePath+"/kubeconfig",schemaPath:"#/properties/kubeconfig/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.kubeconfig,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/kubeconfig",schemaPath:"#/properties/kubeconfig/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.kubeconfig.type,parentSchema:schema34.properties.kubeconfig,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.context !== undefined){let data5 = data.context;if(typeof data5 === "string"){if(func4(data5) < 1){const err12 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.context,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.context.type,parentSchema:schema34.properties.context,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.timeout !== undefined){let data6 = data.timeout;if(typeof data6 === "string"){if(!pattern2.test(data6)){const err14 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate33.errors = vErrors;return errors === 0;}const schema36 = {"description":"Your own scripts switch traffic and say which colour is live.","type":"object","additionalProperties":false,"required":["type","switch","live"],"properties":{"type":{"const":"command"},"switch":{"$ref":"#/definitions/command","description":"Sends all traffic to SHIPGATE_TARGET_COLOR."},"live":{"$ref":"#/definitions/command","description":"Prints blue or green: the colour receiving traffic."},"timeout":{"$ref":"#/definitions/duration"}}};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.switch === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "switch"},message:"must have required property '"+"switch"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.live === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "live"},message:"must have required property '"+"live"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((key0 === "type") || (key0 === "switch")) || (key0 === "live")) || (key0 === "timeout"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.type !== undefined){let data0 = data.type;if("command" !== data0){const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "command"},message:"must be equal to constant",schema:"command",parentSchema:schema36.properties.type,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.switch !== undefined){let data1 = data.switch;if(typeof data1 === "string"){if(func4(data1) < 1){const err5 = {instancePath:instancePath+"/switch",schemaPath:"#/definitions/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/switch",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.live !== undefined){let data2 = data.live;if(typeof data2 === "string"){if(func4(data2) < 1){const err7 = {instancePath:instancePath+"/live",schemaPath:"#/definitions/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/live",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.timeout !== undefined){let data3 = data.timeout;if(typeof data3 === "string"){if(!pattern2.test(data3)){const err9 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate35.errors = vErrors;return errors === 0;}function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("haproxy" !== data.type){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs5 = errors;if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}var _valid0 = _errs5 === errors;valid1 = _valid0;}if(!valid1){const err1 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema27.allOf[0].if,parentSchema:schema27.allOf[0],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}const _errs7 = errors;let valid3 = true;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("nginx" !== data.type){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}var _valid1 = _errs8 === errors;errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}if(_valid1){const _errs10 = errors;if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}var _valid1 = _errs10 === errors;valid3 = _valid1;}if(!valid3){const err3 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema27.allOf[1].if,parentSchema:schema27.allOf[1],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const _errs12 = errors;let valid5 = true;const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("kubernetes" !== data.type){const err4 = {};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}var _valid2 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}if(_valid2){const _errs15 = errors;if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}var _valid2 = _errs15 === errors;valid5 = _valid2;}if(!valid5){const err5 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema27.allOf[2].if,parentSchema:schema27.allOf[2],data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const _errs17 = errors;let valid7 = true;const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type !== undefined){if("command" !== data.type){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}var _valid3 = _errs18 === errors;errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}if(_valid3){const _errs20 = errors;if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);errors = vErrors.length;}var _valid3 = _errs20 === errors;valid7 = _valid3;}if(!valid7){const err7 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema27.allOf[3].if,parentSchema:schema27.allOf[3],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema27.required,parentSchema:schema27,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.type !== undefined){let data4 = data.type;if(!((((data4 === "haproxy") || (data4 === "nginx")) || (data4 === "kubernetes")) || (data4 === "command"))){const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.type.enum,parentSchema:schema27.properties.type,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate28.errors = vErrors;return errors === 0;}const schema43 = {"description":"How the new colour proves ready before it gets traffic.","type":"object","additionalProperties":false,"properties":{"checks":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","pattern":"^/"},"status":{"type":"integer","minimum":100,"maximum":599,"default":200},"body":{"type":"string","description":"Text the answer must contain."}}}},"timeout":{"$ref":"#/definitions/duration","description":"Per request (default 2s)."},"deadline":{"$ref":"#/definitions/duration","description":"The whole wait for readiness (default 2m)."},"backoff":{"type":"object","additionalProperties":false,"description":"Capped exponential backoff with full jitter between attempts.","properties":{"initial":{"$ref":"#/definitions/duration","description":"Default 250ms."},"max":{"$ref":"#/definitions/duration","description":"Default 5s."}}},"failure-threshold":{"type":"integer","minimum":1,"description":"The circuit breaker stops after this many wrong answers in a row (default 5); a colour that does not listen yet is waited for."}}};const pattern8 = new RegExp("^/", "u");function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "checks") || (key0 === "timeout")) || (key0 === "deadline")) || (key0 === "backoff")) || (key0 === "failure-threshold"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.checks !== undefined){let data0 = data.checks;if(Array.isArray(data0)){if(data0.length < 1){const err1 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.checks,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.path === undefined){const err2 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema43.properties.checks.items.required,parentSchema:schema43.properties.checks.items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key1 in data1){if(!(((key1 === "path") || (key1 === "status")) || (key1 === "body"))){const err3 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.checks.items,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.path !== undefined){let data2 = data1.path;if(typeof data2 === "string"){if(!pattern8.test(data2)){const err4 = {instancePath:instancePath+"/checks/" + i0+"/path",schemaPath:"#/properties/checks/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema43.properties.checks.items.properties.path,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/checks/" + i0+"/path",schemaPath:"#/properties/checks/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.checks.items.properties.path.type,parentSchema:schema43.properties.checks.items.properties.path,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.status !== undefined){let data3 = data1.status;if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){const err6 = {instancePath:instancePath+"/checks/" + i0+"/status",schemaPath:"#/properties/checks/items/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.checks.items.properties.status.type,parentSchema:schema43.properties.checks.items.properties.status,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(typeof data3 == "number"){if(data3 > 599 || isNaN(data3)){const err7 = {instancePath:instancePath+"/checks/" + i0+"/status",schemaPath:"#/properties/checks/items/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema43.properties.checks.items.properties.status,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3 < 100 || isNaN(data3)){const err8 = {instancePath:instancePath+"/checks/" + i0+"/status",schemaPath:"#/properties/checks/items/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema43.properties.checks.items.properties.status,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data1.body !== undefined){let data4 = data1.body;if(typeof data4 !== "string"){const err9 = {instancePath:instancePath+"/checks/" + i0+"/body",schemaPath:"#/properties/checks/items/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.checks.items.properties.body.type,parentSchema:schema43.properties.checks.items.properties.body,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.checks.items.type,parentSchema:schema43.properties.checks.items,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.checks.type,parentSchema:schema43.properties.checks,data:data0};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.timeout !== undefined){let data5 = data.timeout;if(typeof data5 === "string"){if(!pattern2.test(data5)){const err12 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.deadline !== undefined){let data6 = data.deadline;if(typeof data6 === "string"){if(!pattern2.test(data6)){const err14 = {instancePath:instancePath+"/deadline",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/deadline",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.backoff !== undefined){let data7 = data.backoff;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){if(!((key2 === "initial") || (key2 === "max"))){const err16 = {instancePath:instancePath+"/backoff",schemaPath:"#/properties/backoff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.backoff,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.initial !== undefined){let data8 = data7.initial;if(typeof data8 === "string"){if(!pattern2.test(data8)){const err17 = {instancePath:instancePath+"/backoff/initial",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/backoff/initial",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.max !== undefined){let data9 = data7.max;if(typeof data9 === "string"){if(!pattern2.test(data9)){const err19 = {instancePath:instancePath+"/backoff/max",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/backoff/max",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/backoff",schemaPath:"#/properties/backoff/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.backoff.type,parentSchema:schema43.properties.backoff,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data["failure-threshold"] !== undefined){let data10 = data["failure-threshold"];if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){const err22 = {instancePath:instancePath+"/failure-threshold",schemaPath:"#/properties/failure-threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties["failure-threshold"].type,parentSchema:schema43.properties["failure-threshold"],data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(typeof data10 == "number"){if(data10 < 1 || isNaN(data10)){const err23 = {instancePath:instancePath+"/failure-threshold",schemaPath:"#/properties/failure-threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43.properties["failure-threshold"],data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate38.errors = vErrors;return errors === 0;}const schema48 = {"description":"After the switch, the live colour is watched; falling short rolls back automatically.","type":"object","additionalProperties":false,"properties":{"duration":{"$ref":"#/definitions/duration","description":"Default 1m; 0s skips the soak."},"interval":{"$ref":"#/definitions/duration","description":"Between probes (default 1s)."},"success-rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of probes that must succeed (default 99)."},"p95":{"$ref":"#/definitions/duration","description":"The 95th percentile latency limit (default 500ms)."},"path":{"type":"string","pattern":"^/","description":"The path probed (default the first health check's)."},"command":{"$ref":"#/definitions/command","description":"Prints \"<success rate %> <p95 ms>\" instead of shipgate's own probes, once per interval."}}};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "duration") || (key0 === "interval")) || (key0 === "success-rate")) || (key0 === "p95")) || (key0 === "path")) || (key0 === "command"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.duration !== undefined){let data0 = data.duration;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err1 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.interval !== undefined){let data1 = data.interval;if(typeof data1 === "string"){if(!pattern2.test(data1)){const err3 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data["success-rate"] !== undefined){let data2 = data["success-rate"];if(typeof data2 == "number"){if(data2 > 100 || isNaN(data2)){const err5 = {instancePath:instancePath+"/success-rate",schemaPath:"#/properties/success-rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties["success-rate"],data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data2 < 0 || isNaN(data2)){const err6 = {instancePath:instancePath+"/success-rate",schemaPath:"#/properties/success-rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties["success-rate"],data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/success-rate",schemaPath:"#/properties/success-rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.properties["success-rate"].type,parentSchema:schema48.properties["success-rate"],data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.p95 !== undefined){let data3 = data.p95;if(typeof data3 === "string"){if(!pattern2.test(data3)){const err8 = {instancePath:instancePath+"/p95",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/p95",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.path !== undefined){let data4 = data.path;if(typeof data4 === "string"){if(!pattern8.test(data4)){const err10 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema48.properties.path,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.path.type,parentSchema:schema48.properties.path,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.command !== undefined){let data5 = data.command;if(typeof data5 === "string"){if(func4(data5) < 1){const err12 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate40.errors = vErrors;return errors === 0;}const pattern17 = new RegExp("^https?://", "u");function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.router === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "router"},message:"must have required property '"+"router"+"'",schema:schema26.required,parentSchema:schema26,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.colors === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "colors"},message:"must have required property '"+"colors"+"'",schema:schema26.required,parentSchema:schema26,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func3.call(schema26.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.router !== undefined){if(!(validate28(data.router, {instancePath:instancePath+"/router",parentData:data,parentDataProperty:"router",rootData}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}}if(data.colors !== undefined){let data1 = data.colors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.blue === undefined){const err3 = {instancePath:instancePath+"/colors",schemaPath:"#/definitions/colorMap/required",keyword:"required",params:{missingProperty: "blue"},message:"must have required property '"+"blue"+"'",schema:schema29.required,parentSchema:schema29,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data1.green === undefined){const err4 = {instancePath:instancePath+"/colors",schemaPath:"#/definitions/colorMap/required",keyword:"required",params:{missingProperty: "green"},message:"must have required property '"+"green"+"'",schema:schema29.required,parentSchema:schema29,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key1 in data1){if(!((key1 === "blue") || (key1 === "green"))){const err5 = {instancePath:instancePath+"/colors",schemaPath:"#/definitions/colorMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1.blue !== undefined){let data2 = data1.blue;if(typeof data2 === "string"){if(func4(data2) < 1){const err6 = {instancePath:instancePath+"/colors/blue",schemaPath:"#/definitions/colorMap/properties/blue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.blue,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/colors/blue",schemaPath:"#/definitions/colorMap/properties/blue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.blue.type,parentSchema:schema29.properties.blue,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.green !== undefined){let data3 = data1.green;if(typeof data3 === "string"){if(func4(data3) < 1){const err8 = {instancePath:instancePath+"/colors/green",schemaPath:"#/definitions/colorMap/properties/green/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29.properties.green,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/colors/green",schemaPath:"#/definitions/colorMap/properties/green/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.green.type,parentSchema:schema29.properties.green,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/colors",schemaPath:"#/definitions/colorMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.deploy !== undefined){let data4 = data.deploy;if(typeof data4 === "string"){if(func4(data4) < 1){const err11 = {instancePath:instancePath+"/deploy",schemaPath:"#/definitions/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/deploy",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data["deploy-timeout"] !== undefined){let data5 = data["deploy-timeout"];if(typeof data5 === "string"){if(!pattern2.test(data5)){const err13 = {instancePath:instancePath+"/deploy-timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/deploy-timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.health !== undefined){if(!(validate38(data.health, {instancePath:instancePath+"/health",parentData:data,parentDataProperty:"health",rootData}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}}if(data.soak !== undefined){if(!(validate40(data.soak, {instancePath:instancePath+"/soak",parentData:data,parentDataProperty:"soak",rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data.url !== undefined){let data8 = data.url;if(typeof data8 === "string"){if(!pattern17.test(data8)){const err15 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema26.properties.url,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.url.type,parentSchema:schema26.properties.url,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.production !== undefined){let data9 = data.production;if(typeof data9 !== "boolean"){const err17 = {instancePath:instancePath+"/production",schemaPath:"#/properties/production/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.production.type,parentSchema:schema26.properties.production,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.transient !== undefined){let data10 = data.transient;if(typeof data10 !== "boolean"){const err18 = {instancePath:instancePath+"/transient",schemaPath:"#/properties/transient/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.transient.type,parentSchema:schema26.properties.transient,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data["require-quality-gate"] !== undefined){let data11 = data["require-quality-gate"];if(typeof data11 !== "boolean"){const err19 = {instancePath:instancePath+"/require-quality-gate",schemaPath:"#/properties/require-quality-gate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties["require-quality-gate"].type,parentSchema:schema26.properties["require-quality-gate"],data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data["keep-warm"] !== undefined){let data12 = data["keep-warm"];if(typeof data12 === "string"){if(!pattern2.test(data12)){const err20 = {instancePath:instancePath+"/keep-warm",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$",parentSchema:schema30,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/keep-warm",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data["scale-down"] !== undefined){let data13 = data["scale-down"];if(typeof data13 === "string"){if(func4(data13) < 1){const err22 = {instancePath:instancePath+"/scale-down",schemaPath:"#/definitions/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/scale-down",schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate27.errors = vErrors;return errors === 0;}function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://shipgate.dev/schema/deploy.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "environments")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.environments !== undefined){let data0 = data.environments;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){const _errs4 = errors;if(typeof key1 === "string"){if(!pattern1.test(key1)){const err1 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema25.properties.environments.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var valid1 = _errs4 === errors;if(!valid1){const err2 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema25.properties.environments.propertyNames,parentSchema:schema25.properties.environments,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}for(const key2 in data0){if(!(validate27(data0[key2], {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.environments.type,parentSchema:schema25.properties.environments,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate26.errors = vErrors;return errors === 0;}const pattern19 = new RegExp("^\\s*(coverage\\.lines|coverage\\.branches|coverage\\.functions|tests\\.total|tests\\.passed|tests\\.failed|tests\\.skipped|tests\\.flaky|tests\\.duration|lint\\.errors|lint\\.warnings|compliance\\.violations|compliance\\.new|new\\.coverage\\.lines|new\\.lint\\.errors|delta\\.coverage\\.lines)\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\s*%?\\s*$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://shipgate.dev/schema/shipgate.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "checks") || (key0 === "compliance")) || (key0 === "conflicts")) || (key0 === "deploy")) || (key0 === "gate"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.checks !== undefined){let data0 = data.checks;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(!(((data1 === "compliance") || (data1 === "conflicts")) || (data1 === "gate"))){const err1 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.checks.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.checks.items.enum,parentSchema:schema11.properties.checks.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}let i1 = data0.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data0[i1], data0[j0])){const err2 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.checks,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;break outer0;}}}}}else {const err3 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.checks.type,parentSchema:schema11.properties.checks,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.compliance !== undefined){if(!(validate11(data.compliance, {instancePath:instancePath+"/compliance",parentData:data,parentDataProperty:"compliance",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.conflicts !== undefined){if(!(validate24(data.conflicts, {instancePath:instancePath+"/conflicts",parentData:data,parentDataProperty:"conflicts",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.deploy !== undefined){if(!(validate26(data.deploy, {instancePath:instancePath+"/deploy",parentData:data,parentDataProperty:"deploy",rootData}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.gate !== undefined){let data5 = data.gate;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!((((((key1 === "conditions") || (key1 === "reports")) || (key1 === "new-code-min-lines")) || (key1 === "baseline-depth")) || (key1 === "fail-on")) || (key1 === "comment"))){const err4 = {instancePath:instancePath+"/gate",schemaPath:"gate.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data5};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data5.conditions !== undefined){let data6 = data5.conditions;if(Array.isArray(data6)){const len1 = data6.length;for(let i2=0; i2<len1; i2++){let data7 = data6[i2];if(typeof data7 === "string"){if(!pattern19.test(data7)){const err5 = {instancePath:instancePath+"/gate/conditions/" + i2,schemaPath:"gate.schema.json/properties/conditions/items/pattern",keyword:"pattern",params:{pattern: "^\\s*(coverage\\.lines|coverage\\.branches|coverage\\.functions|tests\\.total|tests\\.passed|tests\\.failed|tests\\.skipped|tests\\.flaky|tests\\.duration|lint\\.errors|lint\\.warnings|compliance\\.violations|compliance\\.new|new\\.coverage\\.lines|new\\.lint\\.errors|delta\\.coverage\\.lines)\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\s*%?\\s*$"},message:"must match pattern \""+"^\\s*(coverage\\.lines|coverage\\.branches|coverage\\.functions|tests\\.total|tests\\.passed|tests\\.failed|tests\\.skipped|tests\\.flaky|tests\\.duration|lint\\.errors|lint\\.warnings|compliance\\.violations|compliance\\.new|new\\.coverage\\.lines|new\\.lint\\.errors|delta\\.coverage\\.lines)\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\s*%?\\s*$"+"\"",schema:"^\\s*(coverage\\.lines|coverage\\.branches|coverage\\.functions|tests\\.total|tests\\.passed|tests\\.failed|tests\\.skipped|tests\\.flaky|tests\\.duration|lint\\.errors|lint\\.warnings|compliance\\.violations|compliance\\.new|new\\.coverage\\.lines|new\\.lint\\.errors|delta\\.coverage\\.lines)\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\s*%?\\s*$",parentSchema:schema55.properties.conditions.items,data:data7};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/gate/conditions/" + i2,schemaPath:"gate.schema.json/properties/conditions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.conditions.items.type,parentSchema:schema55.properties.conditions.items,data:data7};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/gate/conditions",schemaPath:"gate.schema.json/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.conditions.type,parentSchema:schema55.properties.conditions,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data5.reports !== undefined){let data8 = data5.reports;if(Array.isArray(data8)){const len2 = data8.length;for(let i3=0; i3<len2; i3++){let data9 = data8[i3];if(typeof data9 === "string"){if(func4(data9) < 1){const err8 = {instancePath:instancePath+"/gate/reports/" + i3,schemaPath:"gate.schema.json/properties/reports/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.reports.items,data:data9};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/gate/reports/" + i3,schemaPath:"gate.schema.json/properties/reports/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.reports.items.type,parentSchema:schema55.properties.reports.items,data:data9};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/gate/reports",schemaPath:"gate.schema.json/properties/reports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.reports.type,parentSchema:schema55.properties.reports,data:data8};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data5["new-code-min-lines"] !== undefined){let data10 = data5["new-code-min-lines"];if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){const err11 = {instancePath:instancePath+"/gate/new-code-min-lines",schemaPath:"gate.schema.json/properties/new-code-min-lines/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties["new-code-min-lines"].type,parentSchema:schema55.properties["new-code-min-lines"],data:data10};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(typeof data10 == "number"){if(data10 < 0 || isNaN(data10)){const err12 = {instancePath:instancePath+"/gate/new-code-min-lines",schemaPath:"gate.schema.json/properties/new-code-min-lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55.properties["new-code-min-lines"],data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data5["baseline-depth"] !== undefined){let data11 = data5["baseline-depth"];if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){const err13 = {instancePath:instancePath+"/gate/baseline-depth",schemaPath:"gate.schema.json/properties/baseline-depth/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties["baseline-depth"].type,parentSchema:schema55.properties["baseline-depth"],data:data11};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(typeof data11 == "number"){if(data11 > 100 || isNaN(data11)){const err14 = {instancePath:instancePath+"/gate/baseline-depth",schemaPath:"gate.schema.json/properties/baseline-depth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema55.properties["baseline-depth"],data:data11};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data11 < 1 || isNaN(data11)){const err15 = {instancePath:instancePath+"/gate/baseline-depth",schemaPath:"gate.schema.json/properties/baseline-depth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties["baseline-depth"],data:data11};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data5["fail-on"] !== undefined){let data12 = data5["fail-on"];if(!((data12 === "failed") || (data12 === "never"))){const err16 = {instancePath:instancePath+"/gate/fail-on",schemaPath:"gate.schema.json/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema55.properties["fail-on"].enum},message:"must be equal to one of the allowed values",schema:schema55.properties["fail-on"].enum,parentSchema:schema55.properties["fail-on"],data:data12};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data5.comment !== undefined){let data13 = data5.comment;if(typeof data13 !== "boolean"){const err17 = {instancePath:instancePath+"/gate/comment",schemaPath:"gate.schema.json/properties/comment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.comment.type,parentSchema:schema55.properties.comment,data:data13};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/gate",schemaPath:"gate.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate10.errors = vErrors;return errors === 0;}
  return module.exports;
};


/***/ })

};
