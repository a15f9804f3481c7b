export const id = 287;
export const ids = [287];
export const modules = {

/***/ 9287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * A mistake in what the user gave us (config, inputs, flags). It carries a message that says what is
 * wrong and where, and maps to exit code 2 / `setFailed` with the fix. Anything else thrown is a bug.
 */
class errors_ConfigurationError extends Error {
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

;// CONCATENATED MODULE: ./src/cli/command.ts
const ExitCode = { Passed: 0, Failed: 1, Usage: 2 };

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/config/formats.ts



/** Why a glob is not one picomatch can match by, or undefined when it is fine. */
function globProblem(glob) {
    try {
        picomatch_default().makeRe(glob, { strictBrackets: true, dot: true });
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
/** A relative path that stays inside the folder it is relative to (no absolute path, no `..` out). */
function staysInside(relativePath) {
    if (external_node_path_default().isAbsolute(relativePath) || /^[A-Za-z]:[\\/]/.test(relativePath))
        return false;
    const normalized = external_node_path_default().posix.normalize(relativePath.replace(/\\/g, '/'));
    return normalized !== '..' && !normalized.startsWith('../');
}
const FORMAT_MESSAGES = {
    glob: 'must be a valid glob',
    date: 'must be a real date as YYYY-MM-DD',
    'repository-path': 'must be a path relative to the repository root that stays inside it',
};
function addConfigFormats(ajv) {
    dist_default()["default"](ajv, ['date']);
    ajv.addFormat('glob', { type: 'string', validate: (value) => globProblem(value) === undefined });
    ajv.addFormat('repository-path', { type: 'string', validate: staysInside });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/compliance/settings.ts
var compliance_settings = __webpack_require__(8874);
;// CONCATENATED MODULE: ./src/deploy/duration.ts
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

;// CONCATENATED MODULE: ./src/deploy/settings.ts
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
    const timeoutMs = parseDuration(raw.timeout ?? DEFAULTS.routerTimeout);
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
        timeoutMs: parseDuration(raw.timeout ?? d.timeout),
        deadlineMs: parseDuration(raw.deadline ?? d.deadline),
        initialDelayMs: parseDuration(raw.backoff?.initial ?? d.initial),
        maxDelayMs: parseDuration(raw.backoff?.max ?? d.max),
        failureThreshold: raw['failure-threshold'] ?? d.failureThreshold,
    };
}
function soakFrom(raw = {}) {
    const d = DEFAULTS.soak;
    return {
        durationMs: parseDuration(raw.duration ?? d.duration),
        intervalMs: parseDuration(raw.interval ?? d.interval),
        successRate: raw['success-rate'] ?? d.successRate,
        p95Ms: parseDuration(raw.p95 ?? d.p95),
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
        deployTimeoutMs: parseDuration(raw['deploy-timeout'] ?? DEFAULTS.deployTimeout),
        health: healthFrom(raw.health),
        soak: soakFrom(raw.soak),
        production: raw.production ?? name === 'production',
        transient: raw.transient ?? false,
        requireQualityGate: raw['require-quality-gate'] ?? false,
        keepWarmMs: parseDuration(raw['keep-warm'] ?? DEFAULTS.keepWarm),
        ...written({ deploy: raw.deploy, url: raw.url, scaleDown: raw['scale-down'] }),
    };
}
/** Resolves the validated `deploy:` section; an environment is only what the config describes. */
function deploySettingsFrom(raw = {}) {
    const entries = Object.entries(raw.environments ?? {}).map(([name, env]) => [name, environmentFrom(name, env)]);
    return { environments: Object.fromEntries(entries) };
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/** The one typed settings object a config file resolves into: each capability's section, resolved by its owner. */


/** The checks `shipgate check` and the root action run on a pull request. */
const CHECK_NAMES = (/* unused pure expression or super */ null && (['compliance']));
const DEFAULT_CONFIG_PATH = '.github/shipgate.yml';
/** Every top-level key, by type: the schema test checks schema/shipgate.schema.json against it. */
const TOP_LEVEL_KEYS = { checks: true, compliance: true, deploy: true };
const CONFIG_KEYS = Object.keys(TOP_LEVEL_KEYS);
/** Hands each validated section to the capability that owns it; defaults fill whatever is not written. */
function settingsFromConfig(raw) {
    return {
        checks: raw.checks ?? ['compliance'],
        compliance: (0,compliance_settings/* complianceSettingsFrom */.re)(raw.compliance),
        deploy: deploySettingsFrom(raw.deploy),
    };
}
/** Each section's own checks, run once the config has the schema's shape. */
function sectionProblems(raw) {
    return (0,compliance_settings/* complianceProblems */.SL)(raw.compliance).map((p) => ({ ...p, path: ['compliance', ...p.path] }));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schema/compliance.schema.json
const compliance_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/compliance.schema.json","title":"shipgate compliance settings (the compliance: section of .github/shipgate.yml)","description":"V2 line-count compliance: limits per file, class and function, overrides, approved exceptions and the baseline.","type":"object","additionalProperties":false,"properties":{"include":{"$ref":"#/definitions/globs","description":"Only files matching one of these globs are scanned (default: every tracked file)."},"exclude":{"$ref":"#/definitions/globs","description":"Files matching one of these globs are not scanned."},"rules":{"$ref":"#/definitions/rules"},"overrides":{"description":"Rule settings for the files matching `paths`; later entries win.","type":"array","items":{"type":"object","additionalProperties":false,"required":["paths","rules"],"properties":{"paths":{"$ref":"#/definitions/globs"},"rules":{"$ref":"#/definitions/rules"}}}},"exceptions":{"description":"Approved exceptions for legacy code: a higher limit for one path (and symbol), with a reason and an optional expiry date.","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","rule","limit","reason"],"properties":{"path":{"type":"string","minLength":1,"format":"glob","description":"A path or glob, relative to the repository root."},"rule":{"enum":["file-lines","class-lines","function-lines","functions-per-file","classes-per-file","enums-per-file","function-params"]},"symbol":{"type":"string","minLength":1,"description":"The function or class name, e.g. `Parser.parse`."},"limit":{"$ref":"#/definitions/limit"},"reason":{"type":"string","minLength":3},"expires":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$","format":"date","description":"YYYY-MM-DD, a real calendar date; after it the exception no longer applies."}}}},"baseline":{"type":"string","minLength":1,"format":"repository-path","description":"Path of the baseline file, relative to the repository root and inside it (default .github/shipgate-baseline.json)."},"fail-on":{"enum":["new","all","none"],"description":"new (default): fail on new violations only; all: on any; none: never."},"comment":{"type":"boolean","description":"Keep a sticky PR comment with the result (default false)."},"max-parse-bytes":{"type":"integer","minimum":1,"maximum":1073741824,"description":"Files larger than this are counted but not parsed (default 1048576)."}},"definitions":{"globs":{"type":"array","items":{"type":"string","minLength":1,"format":"glob"}},"limit":{"type":"integer","minimum":1,"maximum":1000000,"description":"A whole number from 1 to 1,000,000."},"rule":{"description":"A limit, `false` to turn the rule off, or an object with the details.","oneOf":[{"$ref":"#/definitions/limit"},{"const":false},{"type":"object","additionalProperties":false,"properties":{"limit":{"$ref":"#/definitions/limit"},"critical":{"description":"Above this value the violation is critical; must be above the limit.","$ref":"#/definitions/limit"},"severity":{"enum":["minor","major","critical"]},"count":{"description":"physical: every line; code: lines that are not blank and not only comment.","enum":["physical","code"]},"enabled":{"type":"boolean"}}}]},"rules":{"type":"object","additionalProperties":false,"properties":{"file-lines":{"$ref":"#/definitions/rule","description":"Lines per file (programming languages). V2: 400, critical above 600."},"class-lines":{"$ref":"#/definitions/rule","description":"Lines per class. V2: 200."},"function-lines":{"$ref":"#/definitions/rule","description":"Lines per function or method. V2: 30."},"functions-per-file":{"$ref":"#/definitions/rule","description":"Functions, methods and nested functions per file. V2: 10."},"classes-per-file":{"$ref":"#/definitions/rule","description":"Classes per file, enums not counted. V2: 5."},"enums-per-file":{"$ref":"#/definitions/rule","description":"Enums per file. V2: 3."},"function-params":{"$ref":"#/definitions/rule","description":"Named parameters per function, not counting self, cls or a TypeScript this. V2: 5."}}}}}');
;// CONCATENATED MODULE: ./schema/deploy.schema.json
const deploy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/deploy.schema.json","title":"shipgate deploy settings (the deploy: section of .github/shipgate.yml)","description":"Blue-green deploys and rollbacks: per environment, the router that switches traffic, the colours\' URLs, the deploy command, health checks and the soak.","type":"object","additionalProperties":false,"properties":{"environments":{"description":"Each environment shipgate deploys to, by the name GitHub\'s Deployments use.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9._-]+$"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"duration":{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?(ms|s|m|h)$","description":"A duration such as 500ms, 2s, 5m or 1h."},"command":{"type":"string","minLength":1,"description":"A shell command, run from the repository root."},"colorMap":{"type":"object","additionalProperties":false,"required":["blue","green"],"properties":{"blue":{"type":"string","minLength":1},"green":{"type":"string","minLength":1}}},"environment":{"type":"object","additionalProperties":false,"required":["router","colors"],"properties":{"router":{"$ref":"#/definitions/router"},"colors":{"$ref":"#/definitions/colorMap","description":"The base URL of each colour (e.g. http://10.0.0.5:8080), for health checks and soak probes."},"deploy":{"$ref":"#/definitions/command","description":"Deploys SHIPGATE_REF to SHIPGATE_COLOR (also given SHIPGATE_ENVIRONMENT, SHIPGATE_DEPLOYMENT_ID, SHIPGATE_SHA)."},"deploy-timeout":{"$ref":"#/definitions/duration","description":"The deploy command is stopped after this (default 30m)."},"health":{"$ref":"#/definitions/health"},"soak":{"$ref":"#/definitions/soak"},"url":{"type":"string","pattern":"^https?://","description":"Where users reach the environment (GitHub\'s environment_url)."},"production":{"type":"boolean","description":"GitHub\'s production_environment (default: true for an environment named production)."},"transient":{"type":"boolean","description":"GitHub\'s transient_environment (default false)."},"require-quality-gate":{"type":"boolean","description":"Deploy only a SHA whose check run \\"shipgate / quality gate\\" succeeded (default false)."},"keep-warm":{"$ref":"#/definitions/duration","description":"How long the old colour stays up after a deploy before scale-down runs (default 0s)."},"scale-down":{"$ref":"#/definitions/command","description":"Stops the old colour (SHIPGATE_COLOR) after keep-warm."}}},"router":{"type":"object","required":["type"],"properties":{"type":{"enum":["haproxy","nginx","kubernetes","command"]}},"allOf":[{"if":{"properties":{"type":{"const":"haproxy"}}},"then":{"$ref":"#/definitions/haproxy"}},{"if":{"properties":{"type":{"const":"nginx"}}},"then":{"$ref":"#/definitions/nginx"}},{"if":{"properties":{"type":{"const":"kubernetes"}}},"then":{"$ref":"#/definitions/kubernetes"}},{"if":{"properties":{"type":{"const":"command"}}},"then":{"$ref":"#/definitions/commandRouter"}}]},"haproxy":{"description":"HAProxy\'s runtime API on its admin socket: no reload.","type":"object","additionalProperties":false,"required":["type","socket","backend","servers"],"properties":{"type":{"const":"haproxy"},"socket":{"type":"string","minLength":1,"description":"The admin socket: a Unix socket path, or host:port."},"backend":{"type":"string","minLength":1},"servers":{"$ref":"#/definitions/colorMap","description":"The server name of each colour in the backend."},"timeout":{"$ref":"#/definitions/duration"}}},"nginx":{"description":"An upstream file written atomically, checked with nginx -t, then nginx reloaded.","type":"object","additionalProperties":false,"required":["type","upstream-file","upstream","servers"],"properties":{"type":{"const":"nginx"},"upstream-file":{"type":"string","minLength":1,"description":"The file your nginx config includes; shipgate owns it."},"upstream":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The upstream\'s name."},"servers":{"$ref":"#/definitions/colorMap","description":"host:port of each colour."},"binary":{"type":"string","minLength":1,"description":"The nginx binary (default nginx)."},"config":{"type":"string","minLength":1,"description":"nginx\'s main config file, when not its default (-c)."},"timeout":{"$ref":"#/definitions/duration"}}},"kubernetes":{"description":"Patches a Service\'s selector through the Kubernetes API.","type":"object","additionalProperties":false,"required":["type","service"],"properties":{"type":{"const":"kubernetes"},"namespace":{"type":"string","minLength":1,"description":"Default: default."},"service":{"type":"string","minLength":1},"label":{"type":"string","minLength":1,"description":"The selector key that holds the colour (default color)."},"kubeconfig":{"type":"string","minLength":1,"description":"Default: KUBECONFIG, ~/.kube/config, then in-cluster credentials."},"context":{"type":"string","minLength":1,"description":"The kubeconfig context (default its current-context)."},"timeout":{"$ref":"#/definitions/duration"}}},"commandRouter":{"description":"Your own scripts switch traffic and say which colour is live.","type":"object","additionalProperties":false,"required":["type","switch","live"],"properties":{"type":{"const":"command"},"switch":{"$ref":"#/definitions/command","description":"Sends all traffic to SHIPGATE_TARGET_COLOR."},"live":{"$ref":"#/definitions/command","description":"Prints blue or green: the colour receiving traffic."},"timeout":{"$ref":"#/definitions/duration"}}},"health":{"description":"How the new colour proves ready before it gets traffic.","type":"object","additionalProperties":false,"properties":{"checks":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","pattern":"^/"},"status":{"type":"integer","minimum":100,"maximum":599,"default":200},"body":{"type":"string","description":"Text the answer must contain."}}}},"timeout":{"$ref":"#/definitions/duration","description":"Per request (default 2s)."},"deadline":{"$ref":"#/definitions/duration","description":"The whole wait for readiness (default 2m)."},"backoff":{"type":"object","additionalProperties":false,"description":"Capped exponential backoff with full jitter between attempts.","properties":{"initial":{"$ref":"#/definitions/duration","description":"Default 250ms."},"max":{"$ref":"#/definitions/duration","description":"Default 5s."}}},"failure-threshold":{"type":"integer","minimum":1,"description":"The circuit breaker stops after this many wrong answers in a row (default 5); a colour that does not listen yet is waited for."}}},"soak":{"description":"After the switch, the live colour is watched; falling short rolls back automatically.","type":"object","additionalProperties":false,"properties":{"duration":{"$ref":"#/definitions/duration","description":"Default 1m; 0s skips the soak."},"interval":{"$ref":"#/definitions/duration","description":"Between probes (default 1s)."},"success-rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of probes that must succeed (default 99)."},"p95":{"$ref":"#/definitions/duration","description":"The 95th percentile latency limit (default 500ms)."},"path":{"type":"string","pattern":"^/","description":"The path probed (default the first health check\'s)."},"command":{"$ref":"#/definitions/command","description":"Prints \\"<success rate %> <p95 ms>\\" instead of shipgate\'s own probes, once per interval."}}}}}');
;// CONCATENATED MODULE: ./schema/shipgate.schema.json
const shipgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schema/shipgate.schema.json","title":"shipgate configuration (.github/shipgate.yml)","type":"object","additionalProperties":false,"properties":{"checks":{"description":"The checks `shipgate check` (and the root action) runs on a pull request.","type":"array","items":{"enum":["compliance"]},"uniqueItems":true,"default":["compliance"]},"compliance":{"$ref":"compliance.schema.json"},"deploy":{"$ref":"deploy.schema.json"}}}');
;// CONCATENATED MODULE: ./src/config/validate.ts








// Compiled on first use: most runs have no config file, and compiling costs start-up time.
let compiled;
function schemaValidator() {
    // Each capability's section has its own schema file, referenced from the root schema.
    if (!compiled) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: false, verbose: true, schemas: [compliance_schema_namespaceObject, deploy_schema_namespaceObject] });
        addConfigFormats(ajv);
        compiled = ajv.compile(shipgate_schema_namespaceObject);
    }
    return compiled;
}
/** Validates parsed YAML against schema/shipgate.schema.json (and its sections' schemas) and places each problem in the file. */
function validateConfig(value, doc, lineCounter) {
    const validate = schemaValidator();
    // What the schema cannot say (a critical above its limit) is checked by the sections once the shape is right.
    const errors = validate(value ?? {})
        ? sectionProblems((value ?? {})).map(toError)
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
function segmentsOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
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
const PATTERN_NAMES = {
    '^\\d{4}-\\d{2}-\\d{2}$': 'a date as YYYY-MM-DD',
    '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$': 'a duration such as 500ms, 2s, 5m or 1h',
    '^/': 'a path starting with /',
    '^https?://': 'an http:// or https:// URL',
};
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
            return `${where} must be ${PATTERN_NAMES[String(params.pattern)] ?? `text matching ${String(params.pattern)}`}`;
        case 'format':
            return `${where} ${FORMAT_MESSAGES[String(params.format)] ?? `must be a ${String(params.format)}`}`;
        case 'minimum':
        case 'maximum':
            return `${where} must be ${numberKind(error)} of ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${Number(params.limit).toLocaleString('en-US')}`;
        case 'section':
            return `${where} ${error.message ?? 'is invalid'}`;
        default:
            return `${where} ${error.message ?? 'is invalid'}`;
    }
}
function nodeForError(error, doc) {
    const node = doc.getIn(segmentsOf(error.instancePath), true);
    if (error.keyword === 'additionalProperties' && (0,yaml_dist/* isMap */.jh)(node)) {
        const key = String(error.params.additionalProperty);
        const pair = node.items.find((item) => (0,yaml_dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
        if (pair && (0,yaml_dist/* isScalar */.jn)(pair.key))
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
    const relative = options.configPath ?? DEFAULT_CONFIG_PATH;
    const text = await readConfigText(external_node_path_default().resolve(options.root, relative), options.configPath !== undefined);
    if (text === undefined)
        return { settings: settingsFromConfig({}) };
    return { settings: parseSettings(text, relative), source: relative };
}
async function readConfigText(file, required) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !required)
            return undefined;
        const reason = error.code === 'ENOENT' ? 'it does not exist' : errorMessage(error);
        throw new errors_ConfigurationError(`Cannot read the config file ${file}: ${reason}`);
    }
}
/** Parses config text; every error names the file, line and column. */
function parseSettings(text, fileName) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const lines = doc.errors.map((e) => {
            const { line, col } = lineCounter.linePos(e.pos[0]);
            return `${fileName}:${line}:${col}: ${e.message.split('\n')[0]}`;
        });
        throw new errors_ConfigurationError(`Invalid YAML in ${fileName}:\n${lines.join('\n')}`);
    }
    const value = plainValue(doc, fileName);
    const problems = validateConfig(value, doc, lineCounter);
    if (problems.length > 0) {
        const lines = problems.map((p) => `${fileName}:${p.line}:${p.column}: ${p.message}`);
        throw new errors_ConfigurationError(`Invalid shipgate config ${fileName}:\n${lines.join('\n')}`);
    }
    return settingsFromConfig((value ?? {}));
}
/** The document as plain data; aliases that expand into a huge value (an "alias bomb") are refused. */
function plainValue(doc, fileName) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        throw new errors_ConfigurationError(`Invalid YAML in ${fileName}: its aliases (*name) expand to too much data (${errorMessage(error)}); write the values out.`);
    }
}

;// CONCATENATED MODULE: ./src/config/resolve.ts
/**
 * Which config judges a change. A pull request's own files never decide how it is judged: in
 * changed-files mode the config is read as it is at the merge base (new exceptions and looser rules take
 * effect once merged, after review), unless the repository trusts the work tree's config (for example
 * because CODEOWNERS protects it). Either way the differences are listed so reviewers see them.
 */





/** The config file as a repository path, refused when it lies outside the repository. */
function repositoryPathOf(git, configPath) {
    if (configPath === undefined)
        return DEFAULT_CONFIG_PATH;
    const relative = external_node_path_default().relative(git.root, external_node_path_default().resolve(git.root, configPath)).split((external_node_path_default()).sep).join('/');
    if (!staysInside(relative)) {
        throw new errors_ConfigurationError(`The config file ${configPath} is outside the repository: a change is judged by the config at its merge base, ` +
            'which only a file in the repository has.');
    }
    return relative;
}
async function loadAt(git, commit, repoPath) {
    const { stdout, exitCode } = await git.run(['show', `${commit}:${repoPath}`], { allowExitCodes: [128] });
    if (exitCode !== 0)
        return { settings: settingsFromConfig({}), commit };
    return { settings: parseSettings(stdout, `${repoPath} at ${commit.slice(0, 12)}`), source: repoPath, commit };
}
/** Reads the config that judges this run, with what the work tree's config would change. */
async function resolveConfig(request) {
    const { git, configPath, mergeBase } = request;
    const workTree = await loadSettings({ root: git.root, ...(configPath === undefined ? {} : { configPath }) });
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

;// CONCATENATED MODULE: ./src/git/refs.ts
/** True when the ref names a commit in this repository. */
async function refExists(git, ref) {
    const result = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowExitCodes: [1, 128] });
    return result.exitCode === 0;
}

;// CONCATENATED MODULE: ./src/git/diff.ts


async function mergeBaseOf(git, ref) {
    if (!(await refExists(git, ref))) {
        const hint = /^[\w.-]+$/.test(ref) && !/^[0-9a-f]{7,40}$/.test(ref)
            ? ` (in a workflow the base branch is usually "origin/${ref}")`
            : '';
        throw new errors_ConfigurationError(`changed-since: "${ref}" is not a commit in this repository${hint}. In a workflow, check out with fetch-depth: 0 so that the base and its history are there.`);
    }
    const { stdout, exitCode } = await git.run(['merge-base', ref, 'HEAD'], { allowExitCodes: [1] });
    if (exitCode !== 0)
        throw new errors_ConfigurationError(`changed-since: "${ref}" and HEAD share no history (no merge base).`);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/git.ts


const MAX_OUTPUT = 1024 * 1024 * 1024;
/** Runs the real `git` binary in a work tree. */
class GitCli {
    root;
    constructor(root) {
        this.root = root;
    }
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)('git', args, { cwd: this.root, maxBuffer: MAX_OUTPUT, encoding: 'utf8' }, (error, stdout, stderr) => {
                const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
                if (!error || options.allowExitCodes?.includes(exitCode))
                    return resolve({ stdout, stderr, exitCode });
                if (error.code === 'ENOENT') {
                    return reject(new errors_ConfigurationError('git was not found on PATH: shipgate needs git to list and compare files.'));
                }
                reject(new Error(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim() || error.message}`));
            });
            if (options.input !== undefined)
                child.stdin?.end(options.input);
        });
    }
}
/** Opens the work tree that contains `dir`, with a clear error when it is not in a git repository. */
async function openRepository(dir) {
    const probe = new GitCli(dir);
    const result = await probe.run(['rev-parse', '--show-toplevel'], { allowExitCodes: [128] });
    if (result.exitCode !== 0) {
        const reason = result.stderr.trim().split('\n')[0] ?? '';
        throw new errors_ConfigurationError(`git cannot open ${dir} as a repository (shipgate checks the files git tracks): ${reason}`);
    }
    return new GitCli(result.stdout.trim());
}
/** The root of the work tree that contains `dir`, or undefined when it is in none. */
async function findRepositoryRoot(dir) {
    const result = await new GitCli(dir).run(['rev-parse', '--show-toplevel'], { allowExitCodes: [128] });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

;// CONCATENATED MODULE: ./src/core/atomic-file.ts


/** Writes a file so readers see the old content or the new, never half of it: temp file, then rename. */
async function writeFileAtomic(file, content) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const temporary = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, content);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/compliance/baseline.ts




const keyOf = (e) => `${e.path}\0${e.rule}\0${e.symbol ?? ''}`;
function isEntry(value) {
    const e = value;
    return (typeof e?.path === 'string' &&
        compliance_settings/* RULE_IDS */.Iu.includes(String(e.rule)) &&
        (e.symbol === null || typeof e.symbol === 'string') &&
        typeof e.value === 'number');
}
/**
 * Reads a baseline file; a missing file is an empty baseline, a malformed one a configuration error.
 * Only a regular file is read (never a link or a FIFO), and errors never quote its content.
 */
async function readBaseline(file, name) {
    let text;
    try {
        const info = await (0,promises_.lstat)(file);
        if (!info.isFile())
            throw new errors_ConfigurationError(`The baseline ${name} is not a regular file (a link, folder or FIFO?).`);
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        if (error instanceof errors_ConfigurationError)
            throw error;
        throw new errors_ConfigurationError(`Cannot read the baseline ${name}: ${error.code ?? errorMessage(error)}`);
    }
    return parseBaseline(text, name);
}
/**
 * The baseline as it was at a commit: a pull request is judged against its base's baseline, so that a
 * baseline rewritten in the pull request itself cannot wave its own violations through.
 */
async function readBaselineAt(git, commit, repoPath) {
    const { stdout, exitCode } = await git.run(['show', `${commit}:${repoPath}`], { allowExitCodes: [128] });
    return exitCode === 0 ? parseBaseline(stdout, `${repoPath} at ${commit.slice(0, 12)}`) : [];
}
const BYTE_ORDER_MARK = '\uFEFF';
function parseBaseline(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
    }
    catch {
        // JSON.parse's message quotes the text: a baseline path pointed at a secret must not print it.
        throw new errors_ConfigurationError(`The baseline ${source} is not valid JSON.`);
    }
    const file = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    const entries = Array.isArray(file.entries) ? file.entries : undefined;
    const bad = entries?.findIndex((e) => !isEntry(e));
    if (file.version !== 1 || entries === undefined || bad !== -1) {
        const where = bad !== undefined && bad >= 0 ? ` (entries[${bad}] needs path, rule, symbol, value)` : '';
        throw new errors_ConfigurationError(`The baseline ${source} is not a shipgate baseline of version 1${where}.`);
    }
    return entries;
}
async function writeBaseline(file, entries) {
    const sorted = [...entries].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    const content = { version: 1, entries: sorted };
    await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
}
/**
 * Matches findings to baseline entries one to one per path, rule and symbol (several anonymous
 * callbacks share a key): the largest finding takes the largest entry, and so on down. A finding within
 * its entry's value is 'baseline', above it 'grown', and without an entry 'new'.
 */
class BaselineIndex {
    entries;
    unmatched = new Map();
    matches = new Map();
    constructor(entries) {
        this.entries = entries;
        for (const entry of entries) {
            const list = this.unmatched.get(keyOf(entry)) ?? [];
            list.push(entry);
            this.unmatched.set(keyOf(entry), list);
        }
        for (const list of this.unmatched.values())
            list.sort((a, b) => b.value - a.value);
    }
    /** Judges one file's findings; `lookupPath` is the path its entries were recorded under (a renamed file's old path). */
    judge(findings, lookupPath) {
        const order = findings
            .map((finding, index) => ({ finding, index }))
            .sort((a, b) => b.finding.value - a.finding.value);
        const verdicts = new Array(findings.length);
        for (const { finding, index } of order) {
            const entry = this.unmatched.get(keyOf({ ...finding, path: lookupPath ?? finding.path }))?.shift();
            if (entry)
                this.matches.set(entry, { path: finding.path, value: finding.value });
            verdicts[index] = entry
                ? { status: finding.value <= entry.value ? 'baseline' : 'grown', recorded: entry.value }
                : { status: 'new' };
        }
        return verdicts;
    }
    /** Entries no finding matched, among the paths this run covered: fixed (or deleted) code. */
    fixed(covers) {
        return [...this.unmatched.values()]
            .flat()
            .filter((entry) => covers(entry.path))
            .map((entry) => ({ ...entry }));
    }
    /**
     * The baseline to write: entries of paths this run did not cover are kept; for covered paths the
     * current findings are recorded. With `prune`, only matched entries are kept, at their current (never
     * a higher) value, so the baseline only ever ratchets down.
     */
    next(covers, current, prune) {
        const kept = this.entries.filter((e) => !covers(e.path) && !this.matches.has(e));
        if (!prune)
            return [...kept, ...current];
        const ratcheted = [...this.matches].map(([entry, now]) => ({
            ...entry,
            path: now.path,
            value: Math.min(entry.value, now.value),
        }));
        return [...kept, ...ratcheted];
    }
}

// EXTERNAL MODULE: ./src/compliance/analysis/directives.ts
var analysis_directives = __webpack_require__(4486);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/git/tracked-files.ts
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

;// CONCATENATED MODULE: ./src/compliance/files.ts




/** FNV-1a: a stable hash so that every shard of a matrix job picks the same files on every machine. */
function stableHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}
/** Whether a repository path belongs to the shard (every path belongs to an unsharded run). */
function inShard(repoPath, shard) {
    return !shard || stableHash(repoPath) % shard.count === shard.index - 1;
}
function globFilter(include, exclude) {
    const options = { dot: true };
    const included = include.length > 0 ? picomatch_default()(include, options) : () => true;
    const excluded = exclude.length > 0 ? picomatch_default()(exclude, options) : () => false;
    return (file) => included(file) && !excluded(file);
}
/**
 * git prints names as bytes; a name that is not UTF-8 decodes with U+FFFD and names no file. Such files
 * are reported by name as skipped rather than dropped without a word.
 */
function undecodableNames(root, tracked) {
    return new Set(tracked.filter((p) => p.includes('\uFFFD') && !(0,external_node_fs_.existsSync)(external_node_path_default().join(root, p))));
}
function idleIncludes(include, tracked) {
    return include.filter((glob) => {
        const matches = picomatch_default()(glob, { dot: true });
        return !tracked.some((file) => matches(file));
    });
}
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/** Lists the files a compliance scan covers, in a stable order. */
async function selectFiles(git, selection) {
    const scanPath = normalizeScanPath(selection.scanPath);
    const tracked = await trackedFiles(git, scanPath);
    const undecodable = undecodableNames(git.root, tracked);
    const readable = tracked.filter((p) => !undecodable.has(p));
    const marked = await generatedOrVendored(git, readable);
    const matches = globFilter(selection.include, selection.exclude);
    const chosen = (repoPath) => matches(repoPath) && inShard(repoPath, selection.shard);
    const files = readable
        .filter((repoPath) => !marked.has(repoPath) && chosen(repoPath))
        .map((repoPath) => ({ repoPath, path: scanPath === '' ? repoPath : external_node_path_default().posix.relative(scanPath, repoPath) }))
        .sort(byPath);
    const skipped = [...undecodable]
        .filter(chosen)
        .map((p) => ({ path: p, reason: 'its name is not valid UTF-8 (shown with U+FFFD): rename it to scan it' }));
    return { files, tracked: new Set(tracked), skipped, idleIncludes: idleIncludes(selection.include, tracked) };
}
/** '' for the repository root, else a repository-relative folder with forward slashes. */
function normalizeScanPath(scanPath) {
    const normalized = external_node_path_default().posix.normalize(scanPath.replace(/\\/g, '/')).replace(/\/+$/, '');
    return normalized === '.' ? '' : normalized;
}

// EXTERNAL MODULE: ./src/compliance/analysis/threads.ts + 21 modules
var threads = __webpack_require__(7100);
// EXTERNAL MODULE: ./src/compliance/analysis/symbols.ts
var symbols = __webpack_require__(2923);
// EXTERNAL MODULE: ./src/compliance/lines/kinds.ts
var lines_kinds = __webpack_require__(8920);
;// CONCATENATED MODULE: ./src/compliance/rules.ts




/** Resolves the rules in force for a path: the base rules with every matching override applied in order. */
function rulesForPaths(base, overrides) {
    const matchers = overrides.map((o) => ({ matches: picomatch_default()(o.paths, { dot: true }), rules: o.rules }));
    return (path) => matchers.reduce((rules, o) => (o.matches(path) ? (0,compliance_settings/* applyRuleChanges */.sA)(rules, o.rules) : rules), base);
}
function severityOf(settings, value) {
    return settings.critical !== undefined && value > settings.critical ? 'critical' : settings.severity;
}
function codeLinesIn(kinds, line, endLine) {
    let code = 0;
    for (let i = line - 1; i < endLine && i < kinds.length; i++)
        if (kinds[i] === lines_kinds/* LineKind */.t.Code)
            code++;
    return code;
}
function spanValue(file, settings, span) {
    return settings.count === 'code' ? codeLinesIn(file.kinds, span.line, span.endLine) : span.endLine - span.line + 1;
}
function finding(file, rule, settings, at) {
    if (at.value <= settings.limit)
        return [];
    return [{ rule, path: file.entry.path, ...at, limit: settings.limit, severity: severityOf(settings, at.value) }];
}
function wholeFile(file, value) {
    return { line: 1, endLine: Math.max(1, file.entry.lines), symbol: null, value };
}
function perSymbol(kinds, measure) {
    return (file, settings, rule) => file.symbols.filter(kinds).flatMap((symbol) => {
        const value = measure(file, settings, symbol);
        if (value === undefined)
            return [];
        return finding(file, rule, settings, { line: symbol.line, endLine: symbol.endLine, symbol: symbol.name, value });
    });
}
function perFile(kinds) {
    return (file, settings, rule) => finding(file, rule, settings, wholeFile(file, file.symbols.filter(kinds).length));
}
const CHECKS = {
    'file-lines': (file, settings, rule) => {
        if (file.language?.category !== 'programming')
            return [];
        const value = settings.count === 'code' ? file.entry.code : file.entry.lines;
        return finding(file, rule, settings, wholeFile(file, value));
    },
    'class-lines': perSymbol(symbols/* isClass */.D4, (file, settings, s) => spanValue(file, settings, s)),
    'function-lines': perSymbol(symbols/* isFunction */.Tn, (file, settings, s) => spanValue(file, settings, s)),
    'function-params': perSymbol(symbols/* isFunction */.Tn, (_file, _settings, s) => s.params),
    'functions-per-file': perFile(symbols/* isNamedFunction */.Ei),
    'classes-per-file': perFile(symbols/* isClass */.D4),
    'enums-per-file': perFile(symbols/* isEnum */.GG),
};
/** Every rule's findings for one file under the rules in force for it. */
function evaluateFile(file, rules) {
    return Object.keys(CHECKS).flatMap((rule) => rules[rule].enabled ? CHECKS[rule](file, rules[rule], rule) : []);
}

;// CONCATENATED MODULE: ./src/compliance/report.ts
const REPORT_VERSION = 1;
/** A file worth a remark: one that has a parser but was counted only (too large, unparseable, not UTF-8). */
const wasNotParsed = (file) => !file.parsed && file.note !== undefined;
/** A report path as a repository path, for annotations and code scanning. */
function repositoryPath(report, reportPath) {
    return report.root === '' ? reportPath : `${report.root}/${reportPath}`;
}
/** The same report with repository paths: what code scanning needs, whatever folder was scanned. */
function report_withRepositoryPaths(report) {
    if (report.root === '')
        return report;
    const rooted = (item) => ({ ...item, path: repositoryPath(report, item.path) });
    return {
        ...report,
        root: '',
        files: report.files.map(rooted),
        violations: report.violations.map(rooted),
        fixed: report.fixed.map(rooted),
        skipped: report.skipped.map(rooted),
    };
}

;// CONCATENATED MODULE: ./src/compliance/summary.ts


/** Whether a violation fails the check under fail-on: new (default) | all | none. */
function failsCheck(violation, failOn) {
    return failOn === 'all' || (failOn === 'new' && violation.new);
}
/** Totals of a report; `passed` follows fail-on: new (default) | all | none. */
function summarize({ files, skipped, violations, fixed }, suppressed, failOn) {
    const bySeverity = { critical: 0, major: 0, minor: 0 };
    const byRule = Object.fromEntries(compliance_settings/* RULE_IDS */.Iu.map((id) => [id, 0]));
    for (const v of violations) {
        bySeverity[v.severity]++;
        byRule[v.rule]++;
    }
    const sum = (key) => files.reduce((total, f) => total + f[key], 0);
    const failing = violations.filter((v) => failsCheck(v, failOn)).length;
    return {
        files: files.length,
        lines: sum('lines'),
        code: sum('code'),
        comment: sum('comment'),
        blank: sum('blank'),
        unparsed: files.filter(wasNotParsed).length,
        skipped: skipped.length,
        violations: violations.length,
        new: violations.filter((v) => v.new).length,
        failing,
        suppressed,
        fixed: fixed.length,
        bySeverity,
        byRule,
        failOn,
        passed: failing === 0,
    };
}

;// CONCATENATED MODULE: ./src/compliance/suppressions.ts


/** Approved exceptions from the config; `today` is YYYY-MM-DD (an exception holds through its expiry day). */
function exceptionChecker(exceptions, today) {
    const compiled = exceptions.map((e) => ({ ...e, matches: picomatch_default()(e.path, { dot: true }) }));
    return (finding) => {
        const match = compiled.find((e) => e.rule === finding.rule && e.matches(finding.path) && (e.symbol === undefined || e.symbol === finding.symbol));
        if (!match)
            return { kind: 'none' };
        if (match.expires !== undefined && match.expires < today)
            return { kind: 'expired', expires: match.expires, reason: match.reason };
        if (finding.value <= match.limit)
            return { kind: 'suppressed' };
        return { kind: 'over-exception', limit: match.limit, reason: match.reason };
    };
}
/** Inline directives of one file, as a check on its findings. */
function directiveChecker(directives) {
    if (directives.length === 0)
        return () => ({ kind: 'none' });
    return (finding) => {
        const applies = (d) => d.rules.includes(finding.rule) &&
            (finding.symbol === null ? d.inHeader : d.line < finding.line && finding.line <= d.reach);
        const directive = directives.find(applies);
        if (!directive)
            return { kind: 'none' };
        if (directive.reason.length > 0)
            return { kind: 'suppressed' };
        return {
            kind: 'none',
            note: `the ${analysis_directives/* DIRECTIVE */.E} on line ${directive.line} is ignored: it needs a reason after " -- "`,
        };
    };
}

;// CONCATENATED MODULE: ./src/compliance/violations.ts

const WHAT = {
    'file-lines': (f) => `File has ${f.value} lines`,
    'class-lines': (f) => `Class ${f.symbol} has ${f.value} lines`,
    'function-lines': (f) => `Function ${f.symbol} has ${f.value} lines`,
    'functions-per-file': (f) => `File has ${f.value} functions`,
    'classes-per-file': (f) => `File has ${f.value} classes`,
    'enums-per-file': (f) => `File has ${f.value} enums`,
    'function-params': (f) => `Function ${f.symbol} takes ${f.value} parameters`,
};
function remark(suppression, verdict) {
    if (suppression.kind === 'expired')
        return `; its approved exception expired on ${suppression.expires}`;
    if (suppression.kind === 'over-exception')
        return `, over its approved exception (${suppression.reason})`;
    if (verdict.status === 'grown')
        return `; grown past its baseline value ${verdict.recorded}`;
    if (verdict.status === 'baseline')
        return ' (in the baseline)';
    return suppression.kind === 'none' && suppression.note ? `; ${suppression.note}` : '';
}
function statusOf(suppression, verdict, finding, change) {
    const status = suppression.kind === 'expired' ? 'expired-exception' : verdict.status;
    if (status === 'baseline' || !change)
        return status;
    return touchesChange(change, finding.line, finding.endLine) ? status : 'existing';
}
/**
 * Turns a finding that no exception or directive suppressed (its limit already raised by an exception
 * it exceeds) into a reported violation. `change` is the file's change in changed-files mode.
 */
function toViolation(finding, suppression, verdict, change) {
    const status = statusOf(suppression, verdict, finding, change);
    return {
        ...finding,
        new: status === 'new' || status === 'grown' || status === 'expired-exception',
        status,
        message: `${WHAT[finding.rule](finding)} (limit ${finding.limit})${remark(suppression, verdict)}`,
    };
}

;// CONCATENATED MODULE: ./src/compliance/engine.ts










async function filesToScan(options) {
    const { settings, changes } = options;
    const selected = await selectFiles(options.git, {
        scanPath: options.scanPath,
        include: settings.include,
        exclude: settings.exclude,
        shard: options.shard,
    });
    for (const glob of selected.idleIncludes) {
        options.logger.warning(`include: "${glob}" matches no tracked file (globs are case-sensitive).`);
    }
    if (!changes)
        return selected;
    return { ...selected, files: selected.files.filter((f) => changes.files.has(f.repoPath)) };
}
/** A full scan that selects nothing is almost always a config mistake; with fail-on all it cannot pass. */
function checkSelection(options, selected) {
    if (options.changes || selected.files.length > 0 || options.shard)
        return;
    const { include, exclude } = options.settings;
    const message = `No file selected: ${selected.tracked.size} file(s) are tracked under "${options.scanPath || '.'}", ` +
        `but include ${JSON.stringify(include)} and exclude ${JSON.stringify(exclude)} leave none to check.`;
    if (options.settings.failOn === 'all')
        throw new errors_ConfigurationError(`${message} (fail-on: all refuses an empty scan)`);
    options.logger.warning(message);
}
/** Lists and analyses the files; a full scan starts its threads first, so they load while git lists files. */
async function analyzeScan(options) {
    const early = options.changes ? undefined : (0,threads/* startAnalysisPool */.HE)();
    try {
        const selected = await filesToScan(options);
        checkSelection(options, selected);
        const { files } = selected;
        const pool = files.length < threads/* MIN_FILES_FOR_THREADS */.pg ? new threads/* AnalysisPool */.XZ({ threads: 0 }) : (early ?? (0,threads/* startAnalysisPool */.HE)());
        const changes = options.changes;
        const base = changes ? ` changed since ${changes.base} (merge base ${changes.mergeBase.slice(0, 12)})` : '';
        options.logger.info(`Scanning ${files.length} file(s)${base}.`);
        try {
            const batch = await pool.analyze({
                root: options.git.root,
                files,
                maxParseBytes: options.settings.maxParseBytes,
            });
            if (pool.filesFromThreads > 0)
                options.logger.debug(`${pool.filesFromThreads} of ${files.length} files were analysed in worker threads.`);
            return { ...batch, skipped: [...selected.skipped, ...batch.skipped], selected };
        }
        finally {
            await pool.close();
        }
    }
    finally {
        await early?.close();
    }
}
/**
 * The repository paths whose baseline entries this run can judge: the files it scanned, and in a full
 * scan the files that no longer exist (their entries are fixed). A file that exists but was not scanned
 * (excluded, skipped, another shard's) is never called fixed.
 */
function coverage(options, scanned) {
    const analyzed = new Set(scanned.analyzed.map((f) => f.entry.path));
    const folder = options.scanPath === '' ? '' : `${options.scanPath}/`;
    const deletedHere = (repoPath) => !options.changes &&
        repoPath.startsWith(folder) &&
        inShard(repoPath, options.shard) &&
        !scanned.selected.tracked.has(repoPath);
    return (repoPath) => analyzed.has(repoPath) || deletedHere(repoPath);
}
/** Runs a compliance scan: lists, counts and parses the files, applies the rules, builds the report. */
async function runCompliance(options) {
    const scanned = await analyzeScan(options);
    const { changes } = options;
    const baseline = new BaselineIndex(options.baseline);
    const judged = judgeFiles(scanned.analyzed, options, baseline, (repoPath) => changes?.files.get(repoPath));
    const covers = coverage(options, scanned);
    const toReport = reportPaths(options.scanPath);
    const parts = {
        files: scanned.analyzed.map((f) => toReport(f.entry)),
        skipped: scanned.skipped.map(toReport),
        violations: judged.violations.map(toReport),
        fixed: baseline.fixed(covers).map(toReport),
    };
    const report = {
        version: 1,
        tool: { name: 'shipgate', version: options.toolVersion },
        mode: changes ? 'changed' : 'full',
        root: options.scanPath,
        base: changes?.base ?? null,
        shard: options.shard ?? null,
        config: options.config,
        rules: options.settings.rules,
        ...parts,
        summary: summarize(parts, judged.suppressed, options.settings.failOn),
    };
    return { report, current: judged.current, baseline, covers };
}
/** Rules, exceptions and the baseline speak of repository paths; the report, of paths under the scanned folder. */
function reportPaths(scanPath) {
    return (item) => scanPath === '' || !item.path.startsWith(`${scanPath}/`)
        ? item
        : { ...item, path: item.path.slice(scanPath.length + 1) };
}
/** Directives that suppress nothing because of a mistake: the author should hear of it. */
function warnAboutDirectives(file, logger) {
    for (const d of file.directives) {
        const where = `${file.entry.path}:${d.line}`;
        if (d.misspelt)
            logger.warning(`${where}: ${d.misspelt}`);
        else if (d.unknownRules.length > 0) {
            const known = compliance_settings/* RULE_IDS */.Iu.join(', ');
            logger.warning(`${where}: ${analysis_directives/* DIRECTIVE */.E} names no known rule (${d.unknownRules.join(', ')}); known rules: ${known}`);
        }
    }
}
function judgeFiles(analyzed, options, baseline, changeOf) {
    const rulesFor = rulesForPaths(options.settings.rules, options.settings.overrides);
    const exception = exceptionChecker(options.settings.exceptions, options.today);
    const violations = [];
    let suppressed = 0;
    for (const file of analyzed) {
        const directive = directiveChecker(file.directives);
        warnAboutDirectives(file, options.logger);
        const pending = [];
        for (const finding of evaluateFile(file, rulesFor(file.entry.path))) {
            const [fromException, fromDirective] = [exception(finding), directive(finding)];
            if (fromException.kind === 'suppressed' || fromDirective.kind === 'suppressed')
                suppressed++;
            else if (fromException.kind === 'over-exception')
                pending.push({ finding: { ...finding, limit: fromException.limit }, suppression: fromException });
            else
                pending.push({ finding, suppression: fromException.kind === 'none' ? fromDirective : fromException });
        }
        const change = changeOf(file.entry.path);
        const verdicts = baseline.judge(pending.map((p) => p.finding), change?.renamedFrom);
        pending.forEach((p, i) => violations.push(toViolation(p.finding, p.suppression, verdicts[i], change)));
    }
    const current = violations.map(({ path, rule, symbol, value }) => ({ path, rule, symbol, value }));
    return { violations, current, suppressed };
}

;// CONCATENATED MODULE: ./src/compliance/scan-repository.ts











/** Parses `--shard i/n` (also the action's `shard` input). */
function parseShard(text, where) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
        throw new errors_ConfigurationError(`${where} must look like i/n with 1 ≤ i ≤ n (e.g. 2/4), not "${text}".`);
    }
    return { index, count };
}
/** The repository holding the target folder, and the folder relative to its root. */
async function openScanTarget(target) {
    const folder = await (0,promises_.realpath)(external_node_path_default().resolve(target)).catch(() => {
        throw new errors_ConfigurationError(`The path to scan, ${target}, does not exist.`);
    });
    if (!(await (0,promises_.stat)(folder)).isDirectory())
        throw new errors_ConfigurationError(`The path to scan, ${target}, is not a folder.`);
    const git = await openRepository(folder);
    const relative = external_node_path_default().relative(git.root, folder);
    if (relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`))
        throw new errors_ConfigurationError(`${target} is outside the repository ${git.root}.`);
    return { git, scanPath: normalizeScanPath(relative) };
}
/** The checked-out commit must be the pull request's head, or the merge commit GitHub made of it. */
async function verifyCheckout(git, head) {
    const { stdout } = await git.run(['rev-parse', 'HEAD', 'HEAD^2'], { allowExitCodes: [128] });
    const [current = '', mergedIn] = stdout.trim().split('\n');
    if (current === head || mergedIn === head)
        return;
    throw new errors_ConfigurationError(`The checked-out commit ${current.slice(0, 12)} is not the pull request's head ${head.slice(0, 12)} nor its test merge, so the pull request's changes are not here to check. ` +
        'Check out the pull request (actions/checkout does on pull_request events; elsewhere use ref: the pull request head SHA).');
}
/** Opens the repository, works out the change, and reads the config that judges it. */
async function prepareScan(target) {
    const { git, scanPath } = await openScanTarget(target.target);
    if (target.expectHead)
        await verifyCheckout(git, target.expectHead);
    const changes = target.changedSince === undefined ? undefined : await changesSince(git, target.changedSince);
    const config = await resolveConfig({
        git,
        ...(target.configPath === undefined ? {} : { configPath: target.configPath }),
        ...(changes ? { mergeBase: changes.mergeBase } : {}),
        trustWorkTree: target.trustWorkTreeConfig,
    });
    return { git, scanPath, config, ...(changes ? { changes } : {}) };
}
/** The baseline file as a repository path; one outside the repository is refused. */
function baselinePath(git, file) {
    const relative = external_node_path_default().relative(git.root, external_node_path_default().resolve(git.root, file)).split((external_node_path_default()).sep).join('/');
    if (!staysInside(relative)) {
        throw new errors_ConfigurationError(`The baseline ${file} is outside the repository ${git.root}: keep it in the repository.`);
    }
    return relative;
}
/**
 * In changed-files mode the baseline is read as it was at the merge base, so that a baseline rewritten in
 * the pull request itself cannot wave its own violations through; writing or pruning reads the work tree's.
 */
function baselineFor(prepared, repoPath, rewriting) {
    const { git, changes } = prepared;
    if (changes && !rewriting)
        return readBaselineAt(git, changes.mergeBase, repoPath);
    return readBaseline(external_node_path_default().join(git.root, repoPath), repoPath);
}
function originOf(config) {
    return { file: config.source ?? null, commit: config.commit ?? null, changes: config.changes ?? [] };
}
/** Loads config and baseline, runs the scan, and writes the baseline when asked. */
async function scanRepository(request) {
    const prepared = request.prepared ?? (await prepareScan(request));
    const { git, config } = prepared;
    const compliance = (0,compliance_settings/* withComplianceOverrides */.DG)(config.settings.compliance, request.overrides);
    const settings = { ...config.settings, compliance };
    const rewriting = request.writeBaseline || request.pruneBaseline;
    const baselineFile = baselinePath(git, compliance.baseline);
    const run = await runCompliance({
        git,
        logger: request.logger,
        settings: compliance,
        scanPath: prepared.scanPath,
        ...(prepared.changes ? { changes: prepared.changes } : {}),
        ...(request.shard ? { shard: request.shard } : {}),
        baseline: await baselineFor(prepared, baselineFile, rewriting),
        config: originOf(config),
        today: request.today ?? new Date().toISOString().slice(0, 10),
        toolVersion: request.toolVersion,
    });
    const result = { ...run, settings, repositoryRoot: git.root };
    if (rewriting) {
        await writeBaseline(external_node_path_default().join(git.root, baselineFile), run.baseline.next(run.covers, run.current, request.pruneBaseline && !request.writeBaseline));
        result.baselineWritten = baselineFile;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/compliance/merge.ts


const fail = (message) => {
    throw new errors_ConfigurationError(`compliance merge: ${message}`);
};
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A report's own parts, checked before any of them is read. */
function checkShape({ file, report }) {
    const parts = report;
    if (!isRecord(parts) || parts.version !== 1)
        fail(`${file} is not a shipgate compliance report (version 1).`);
    const record = parts;
    const missing = ['files', 'skipped', 'violations', 'fixed'].filter((key) => !Array.isArray(record[key]));
    if (!isRecord(record.summary))
        missing.push('summary');
    if (missing.length > 0)
        fail(`${file} is not a complete shipgate compliance report: it has no ${missing.join(', ')}.`);
}
/** A report's JSON with object keys sorted, so that equal values compare equal. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (!isRecord(value))
        return JSON.stringify(value) ?? 'undefined';
    return `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
        .join(',')}}`;
}
/** Every report must come from the same kind of run with the same rules as the first. */
function checkSameRun(first, { file, report }) {
    if (report.mode !== first.report.mode || report.base !== first.report.base || report.root !== first.report.root) {
        fail(`${file} comes from a different kind of run (mode ${report.mode}, base ${report.base}, folder "${report.root}") than ${first.file}.`);
    }
    const mine = isRecord(report.rules) ? report.rules : {};
    const theirs = isRecord(first.report.rules) ? first.report.rules : {};
    const differing = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((rule) => canonical(mine[rule]) !== canonical(theirs[rule]));
    if (differing.length > 0)
        fail(`${file} was checked with other rules than ${first.file} (${differing.sort().join(', ')} differ).`);
}
/** The shard a report comes from, or null when it is not from a shard run. */
function shardOf({ file, report }) {
    const shard = report.shard;
    if (shard === null || shard === undefined)
        return null;
    const { index, count } = isRecord(shard) ? shard : {};
    const valid = Number.isInteger(index) &&
        Number.isInteger(count) &&
        index >= 1 &&
        index <= count;
    if (!valid)
        fail(`${file} names no valid shard (${JSON.stringify(shard)}): expected { "index": i, "count": n } with 1 ≤ i ≤ n.`);
    return { index: index, count: count };
}
/** Exactly one report for each shard i/n of one sharded run. */
function checkShardSet(shards) {
    const [first] = shards;
    if (!first)
        return;
    const count = first.shard.count;
    const byIndex = new Map();
    for (const { file, shard } of shards) {
        if (shard.count !== count) {
            fail(`${file} is shard ${shard.index}/${shard.count} but ${first.file} is shard ${first.shard.index}/${count}: the shard counts differ.`);
        }
        const twin = byIndex.get(shard.index);
        if (twin !== undefined)
            fail(`shard ${shard.index}/${count} is given twice: ${twin} and ${file}.`);
        byIndex.set(shard.index, file);
    }
    const missing = [];
    for (let index = 1; index <= count && missing.length < 20; index++)
        if (!byIndex.has(index))
            missing.push(`${index}/${count}`);
    if (missing.length === 0)
        return;
    const more = count - byIndex.size - missing.length;
    const which = `${missing.length === 1 ? 'shard' : 'shards'} ${missing.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    fail(`${which} ${missing.length + more === 1 ? 'is' : 'are'} missing: got only ${[...byIndex.values()].join(', ')}.`);
}
/** Either one report of a whole run, or the reports of all the shards of one sharded run. */
function checkShards(reports) {
    const shards = reports.map((named) => ({ file: named.file, shard: shardOf(named) }));
    const sharded = shards.filter((s) => s.shard !== null);
    const whole = shards.filter((s) => s.shard === null).map((s) => s.file);
    if (whole.length === 0)
        return checkShardSet(sharded);
    if (reports.length === 1)
        return;
    if (sharded.length === 0)
        fail(`${whole.join(', ')} are not from shard runs (--shard i/n): only the reports of the shards of one run can be merged.`);
    const are = whole.length === 1 ? 'is' : 'are';
    fail(`${whole.join(', ')} ${are} not from a shard run, while ${sharded.map((s) => s.file).join(', ')} are: merge only the reports of the shards of one run.`);
}
/**
 * Combines the reports of `--shard i/n` runs into one, as if one run had scanned everything. The
 * verdict follows the merging run's `failOn` (shard runs usually run with fail-on: none), never a shard's.
 * It refuses reports that are not one whole set of shards of one run: duplicated, missing or mixed
 * shards, other rules, or incomplete reports.
 */
function mergeReports(reports, failOn) {
    const [first] = reports;
    if (!first)
        throw new errors_ConfigurationError('compliance merge: give at least one report to merge.');
    for (const named of reports)
        checkShape(named);
    for (const named of reports)
        checkSameRun(first, named);
    checkShards(reports);
    const byPath = (items) => items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const files = byPath(reports.flatMap((r) => r.report.files));
    const violations = byPath(reports.flatMap((r) => r.report.violations));
    const fixed = byPath(reports.flatMap((r) => r.report.fixed));
    const skipped = byPath(reports.flatMap((r) => r.report.skipped));
    const suppressed = reports.reduce((total, r) => total + r.report.summary.suppressed, 0);
    const parts = { files, skipped, violations, fixed };
    return { ...first.report, shard: null, ...parts, summary: summarize(parts, suppressed, failOn) };
}

;// CONCATENATED MODULE: ./src/compliance/index.ts
// The compliance capability's public face: the use case and the report's types. The analysers (and the
// TypeScript compiler behind them) stay behind it, loaded only when a scan needs them.



;// CONCATENATED MODULE: ./src/compliance/formats/markdown/cells.ts
/** Free text: HTML-escaped, Markdown punctuation backslash-escaped, one line. */
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~#@]/g, (c) => `\\${c}`)
        .replace(/\s*[\r\n]+\s*/g, ' ');
}
/**
 * A path or symbol as a code span: no Markdown, no @mention and no #reference inside it. The fence is longer
 * than any backtick run in the text; a pipe stays escaped because GFM splits table cells before code spans.
 */
function cells_codeSpan(text) {
    const oneLine = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = longestRun > 0 || oneLine.startsWith(' ') || oneLine.endsWith(' ') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Percent-encodes what would end a Markdown link destination or a table cell early. */
const cells_safeUrl = (url) => url.replace(/[\s()<>|`"\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
/** `path:line` as code, linked when the builder gives a URL. */
function cells_locationCell(path, line, links) {
    const text = cells_codeSpan(`${path}:${line}`);
    const url = links?.(path, line);
    return url === undefined ? text : `[${text}](${cells_safeUrl(url)})`;
}
const cells_SEVERITY_LABELS = {
    critical: '🔴 critical',
    major: '🟠 major',
    minor: '🟡 minor',
};
const cells_formatCount = (n) => n.toLocaleString('en-US');
const RULER = { left: ':---', right: '---:' };
function cells_tableHead(columns) {
    const titles = columns.map(([title]) => title);
    return `${cells_tableRow(titles)}${cells_tableRow(columns.map(([, align]) => RULER[align]))}`;
}
/** One table row with its newline; cells must already be escaped. */
const cells_tableRow = (cells) => `| ${cells.join(' | ')} |\n`;

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/budget.ts
/** A size budget for Markdown: sections of rows cut whole, each cut saying how much was left out. */

/** The note under a cut table: "12 more existing violations not shown", without "more" when none were shown. */
const budget_omissionNote = (one, many) => (count, shown) => `\n_${cells_formatCount(count)} ${shown > 0 ? 'more ' : ''}${count === 1 ? one : many} not shown: the size limit was reached._\n\n`;
/** The longest omission note a section can need, whether some of its rows are shown or none. */
const longestNote = (s) => Math.max(s.omitted(s.rows.length, 0).length, s.omitted(s.rows.length, 1).length);
/** As many whole rows as fit in `room` after the frame and the omission note. */
function rowsThatFit(section, room) {
    let left = room - section.open.length - section.close.length - longestNote(section);
    let count = 0;
    for (const row of section.rows) {
        if (row.length > left)
            break;
        left -= row.length;
        count++;
    }
    return count;
}
function renderSection(section, room) {
    const whole = section.open + section.rows.join('') + section.close;
    if (whole.length <= room)
        return whole;
    const count = rowsThatFit(section, room);
    const note = section.omitted(section.rows.length - count, count);
    if (count === 0)
        return note.length <= room ? note : '';
    return section.open + section.rows.slice(0, count).join('') + note + section.close;
}
/** Whole lines of `text` that fit in `max` characters: the last resort when even the header is too long. */
function wholeLines(text, max) {
    let end = 0;
    for (let next = text.indexOf('\n'); next >= 0 && next < max; next = text.indexOf('\n', next + 1))
        end = next + 1;
    return text.slice(0, end);
}
/**
 * head + sections + foot within maxChars. Sections come in priority order; room for the omission notes of
 * the later sections is held back, so every section can at least say how much of it was left out.
 */
function budget_fitSections(head, sections, foot, maxChars) {
    if (head.length + foot.length > maxChars)
        return wholeLines(head, maxChars);
    const notes = sections.map(longestNote);
    let out = head;
    sections.forEach((section, i) => {
        const heldBack = notes.slice(i + 1).reduce((sum, n) => sum + n, 0);
        out += renderSection(section, maxChars - out.length - foot.length - heldBack);
    });
    return out + foot;
}

;// CONCATENATED MODULE: ./src/compliance/formats/order.ts
/** The orders every format shows violations in, so the same report reads the same way everywhere. */

const order_SEVERITIES_WORST_FIRST = ['critical', 'major', 'minor'];
const SEVERITY_RANK = { critical: 0, major: 1, minor: 2 };
const severityRank = (severity) => SEVERITY_RANK[severity];
const ruleRank = (rule) => compliance_settings/* RULE_IDS */.Iu.indexOf(rule);
function byLocation(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return a.line - b.line || ruleRank(a.rule) - ruleRank(b.rule);
}
/** New before old, then worst severity first, then path and line: what a reviewer reads first. */
function newThenSeverity(a, b) {
    return Number(b.new) - Number(a.new) || severityRank(a.severity) - severityRank(b.severity) || byLocation(a, b);
}
/** Worst severity first, then new before old: what to keep when only so many results fit. */
function order_severityThenNew(a, b) {
    return severityRank(a.severity) - severityRank(b.severity) || Number(b.new) - Number(a.new) || byLocation(a, b);
}
/** Path, then line: the order of a compiler's output. */
const byPathAndLine = byLocation;
/** How far over its limit a violation is, as a ratio; a zero limit counts as the value itself. */
const order_overLimitRatio = (v) => (v.limit > 0 ? v.value / v.limit : v.value);
/** Critical first, then the largest ratio to the limit: the worst offenders. */
function order_worstFirst(a, b) {
    const critical = Number(b.severity === 'critical') - Number(a.severity === 'critical');
    return critical || order_overLimitRatio(b) - order_overLimitRatio(a) || order_severityThenNew(a, b);
}
const order_sortedCopy = (violations, order) => [...violations].sort(order);

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/sections.ts
/** The sections of the Markdown report: violations, fixed entries, unparsed and skipped files, config changes. */




const STATUS_LABELS = {
    new: '**new**',
    grown: '**grown**',
    'expired-exception': '**exception expired**',
    baseline: 'baseline',
    existing: 'existing',
};
const VIOLATION_COLUMNS = [
    ['Severity', 'left'],
    ['Location', 'left'],
    ['Symbol', 'left'],
    ['Rule', 'left'],
    ['Value / limit', 'right'],
    ['Status', 'left'],
];
function violationRow(v, links) {
    const symbol = v.symbol === null ? '—' : cells_codeSpan(v.symbol);
    const value = `${cells_formatCount(v.value)} / ${cells_formatCount(v.limit)}`;
    return cells_tableRow([
        cells_SEVERITY_LABELS[v.severity],
        cells_locationCell(v.path, v.line, links),
        symbol,
        v.rule,
        value,
        STATUS_LABELS[v.status],
    ]);
}
function collapsed(summary, head) {
    return `<details><summary>${summary}</summary>\n\n${head}`;
}
function violationSections(report, links) {
    const ordered = order_sortedCopy(report.violations, newThenSeverity);
    const failing = ordered.filter((v) => v.new);
    const existing = ordered.filter((v) => !v.new);
    const head = cells_tableHead(VIOLATION_COLUMNS);
    const sections = [
        {
            open: `### New violations (${cells_formatCount(failing.length)})\n\n${head}`,
            rows: failing.map((v) => violationRow(v, links)),
            close: '\n',
            omitted: budget_omissionNote('new violation', 'new violations'),
        },
        {
            open: collapsed(`Existing violations (${cells_formatCount(existing.length)})`, head),
            rows: existing.map((v) => violationRow(v, links)),
            close: '\n</details>\n\n',
            omitted: budget_omissionNote('existing violation', 'existing violations'),
        },
    ];
    return sections.filter((section) => section.rows.length > 0);
}
function fixedSection(fixed) {
    const head = cells_tableHead([
        ['Path', 'left'],
        ['Symbol', 'left'],
        ['Rule', 'left'],
        ['Was', 'right'],
    ]);
    const rows = fixed.map((f) => cells_tableRow([cells_codeSpan(f.path), f.symbol === null ? '—' : cells_codeSpan(f.symbol), f.rule, cells_formatCount(f.value)]));
    return {
        open: collapsed(`Fixed since the baseline (${cells_formatCount(fixed.length)})`, head),
        rows,
        close: '\n</details>\n\n',
        omitted: budget_omissionNote('fixed entry', 'fixed entries'),
    };
}
function unparsedSection(files) {
    const unparsed = files.filter(wasNotParsed);
    const head = cells_tableHead([
        ['File', 'left'],
        ['Lines', 'right'],
        ['Why', 'left'],
    ]);
    const rows = unparsed.map((f) => cells_tableRow([cells_codeSpan(f.path), cells_formatCount(f.lines), escapeText(f.note ?? '')]));
    return {
        open: collapsed(`Files counted but not parsed (${cells_formatCount(unparsed.length)})`, head),
        rows,
        close: '\n</details>\n\n',
        omitted: budget_omissionNote('unparsed file', 'unparsed files'),
    };
}
function skippedSection(skipped) {
    const head = cells_tableHead([
        ['File', 'left'],
        ['Why it was not scanned', 'left'],
    ]);
    return {
        open: collapsed(`Files not scanned (${cells_formatCount(skipped.length)})`, head),
        rows: skipped.map((f) => cells_tableRow([cells_codeSpan(f.path), escapeText(f.reason)])),
        close: '\n</details>\n\n',
        omitted: budget_omissionNote('skipped file', 'skipped files'),
    };
}
/**
 * What the change does to the config, shown first: reviewers must see a pull request that adds an
 * exception or loosens a rule, whichever config judged it.
 */
function configChangeNote(report) {
    const { config } = report;
    if (config.changes.length === 0)
        return '';
    const judged = config.commit === null
        ? "judged by the pull request's own config (trust-pr-config)"
        : `judged by the config at the merge base ${config.commit.slice(0, 12)}; the changes apply once merged`;
    const shown = config.changes.slice(0, 20).map((line) => `> - ${cells_codeSpan(line)}`);
    const more = config.changes.length > 20 ? [`> - …and ${config.changes.length - 20} more`] : [];
    return [`> [!WARNING]`, `> This change edits the shipgate config (${judged}):`, ...shown, ...more, ''].join('\n');
}

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/index.ts
/** The compliance report as Markdown: job summary, check-run summary and sticky PR comment. */





/** GitHub's check-run summary and comment limit is 65,535 characters; leave room for a caller's marker. */
const markdown_DEFAULT_MAX_CHARS = 65_000;
const DEFAULT_TITLE = 'shipgate · V2 compliance';

/** "✅ **Compliance passed**: 0 new, 14 total, 3 fixed": the line a reviewer reads first. */
function verdictLine(report) {
    const s = report.summary;
    const counts = `${cells_formatCount(s.new)} new, ${cells_formatCount(s.violations)} total, ${cells_formatCount(s.fixed)} fixed`;
    const failOn = s.failOn === 'new' ? '' : ` (fail-on: ${s.failOn})`;
    return `${s.passed ? '✅ **Compliance passed**' : '❌ **Compliance failed**'}: ${counts}${failOn}`;
}
function scopeLine(report) {
    const files = cells_formatCount(report.summary.files);
    const scope = report.mode === 'changed' ? `${files} changed files` : `all ${files} files`;
    const base = report.base === null ? '' : ` against ${escapeText(report.base)}`;
    const shard = report.shard === null ? '' : `, shard ${report.shard.index} of ${report.shard.count}`;
    return `Checked ${scope}${base}${shard}; fail-on: ${report.summary.failOn}.`;
}
function totalsTable(report) {
    const s = report.summary;
    const head = cells_tableHead([
        ['Files', 'right'],
        ['Lines', 'right'],
        ['Code', 'right'],
        ['Comment', 'right'],
        ['Blank', 'right'],
        ['Not parsed', 'right'],
        ['Suppressed', 'right'],
    ]);
    return head + cells_tableRow([s.files, s.lines, s.code, s.comment, s.blank, s.unparsed, s.suppressed].map(cells_formatCount));
}
function countBy(violations, rule, severity) {
    return violations.filter((v) => v.rule === rule && v.severity === severity).length;
}
/** Violations by rule and severity; rules that are off and clean are left out. */
function rulesTable(report) {
    const s = report.summary;
    const columns = [
        ['Rule', 'left'],
        ['Limit', 'right'],
        ...order_SEVERITIES_WORST_FIRST.map((sev) => [cells_SEVERITY_LABELS[sev], 'right']),
        ['Total', 'right'],
        ['New', 'right'],
    ];
    const rows = compliance_settings/* RULE_IDS */.Iu.filter((rule) => report.rules[rule].enabled || s.byRule[rule] > 0).map((rule) => {
        const newCount = report.violations.filter((v) => v.rule === rule && v.new).length;
        const bySeverity = order_SEVERITIES_WORST_FIRST.map((sev) => cells_formatCount(countBy(report.violations, rule, sev)));
        const limit = report.rules[rule].enabled ? cells_formatCount(report.rules[rule].limit) : 'off';
        return cells_tableRow([rule, limit, ...bySeverity, cells_formatCount(s.byRule[rule]), cells_formatCount(newCount)]);
    });
    const all = cells_tableRow([
        '**All**',
        '',
        ...order_SEVERITIES_WORST_FIRST.map((sev) => cells_formatCount(s.bySeverity[sev])),
        cells_formatCount(s.violations),
        cells_formatCount(s.new),
    ]);
    return cells_tableHead(columns) + rows.join('') + all;
}
/** The whole report as Markdown within maxChars; rows are cut whole, and each cut says how many were left out. */
function toMarkdown(report, options = {}) {
    const title = escapeText(options.title ?? DEFAULT_TITLE);
    const config = configChangeNote(report);
    const head = `## ${title}\n\n${verdictLine(report)}\n\n${config ? `${config}\n` : ''}${scopeLine(report)}\n\n${totalsTable(report)}\n${rulesTable(report)}\n`;
    const sections = [
        ...violationSections(report, options.links),
        fixedSection(report.fixed),
        unparsedSection(report.files),
        skippedSection(report.skipped),
    ].filter((section) => section.rows.length > 0);
    const foot = `<sub>shipgate ${escapeText(report.tool.version)}</sub>\n`;
    return budget_fitSections(head, sections, foot, options.maxChars ?? markdown_DEFAULT_MAX_CHARS);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/compliance/formats/rule-docs.ts
/** What each rule measures and how to fix a violation, in words shared by SARIF help and Markdown. */

const RULE_DOCS = {
    'file-lines': {
        name: 'FileTooLong',
        title: 'File too long',
        unit: 'lines',
        scope: 'a source file',
        fix: 'Split the file by responsibility: move cohesive groups of functions or classes into their own modules and import them.',
    },
    'class-lines': {
        name: 'ClassTooLong',
        title: 'Class too long',
        unit: 'lines',
        scope: 'a class',
        fix: 'Extract collaborators: move a group of methods and the state they share into a separate class, or turn helpers into module functions.',
    },
    'function-lines': {
        name: 'FunctionTooLong',
        title: 'Function too long',
        unit: 'lines',
        scope: 'a function or method',
        fix: 'Extract the steps of the function into well-named helper functions, each doing one thing.',
    },
    'functions-per-file': {
        name: 'TooManyFunctions',
        title: 'Too many functions in one file',
        unit: 'functions and methods',
        scope: 'a file',
        fix: 'Group related functions into their own module so each file keeps one purpose.',
    },
    'classes-per-file': {
        name: 'TooManyClasses',
        title: 'Too many classes in one file',
        unit: 'classes',
        scope: 'a file',
        fix: 'Move classes that can stand alone into their own files.',
    },
    'enums-per-file': {
        name: 'TooManyEnums',
        title: 'Too many enums in one file',
        unit: 'enums',
        scope: 'a file',
        fix: 'Move the enums into a dedicated module of shared types.',
    },
    'function-params': {
        name: 'TooManyParameters',
        title: 'Too many parameters',
        unit: 'named parameters (self, cls and a TypeScript this not counted)',
        scope: 'a function or method',
        fix: 'Pass a single options object or data class instead of a long parameter list, or split the function.',
    },
};
/** "at most 30 lines per function or method (critical above 45)" */
function limitPhrase(rule, settings) {
    const doc = RULE_DOCS[rule];
    const codeOnly = doc.unit === 'lines' && settings.count === 'code';
    const unit = codeOnly ? 'lines of code (blank and comment-only lines not counted)' : doc.unit;
    const critical = settings.critical === undefined ? '' : ` (critical above ${settings.critical})`;
    return `at most ${settings.limit} ${unit} in ${doc.scope}${critical}`;
}
const EXCEPTION_ADVICE = `If the code cannot be split yet, ask for an approved exception: add an entry under compliance.exceptions in ${DEFAULT_CONFIG_PATH} ` +
    'with the path, rule, symbol, a higher limit, a reason and an expiry date, and have it reviewed. ' +
    'For a single case, a comment `shipgate-disable-next-line <rule> -- <reason>` above the symbol (or at the top of the file for file rules) suppresses it.';
/** A config snippet for the exception of one rule, shown in the Markdown help. */
function exceptionExample(rule, settings) {
    const perSymbol = !rule.endsWith('-per-file') && rule !== 'file-lines';
    return [
        'compliance:',
        '  exceptions:',
        '    - path: src/legacy/module.py',
        `      rule: ${rule}`,
        ...(perSymbol ? ['      symbol: LegacyParser.parse'] : []),
        `      limit: ${settings.limit * 2}`,
        '      reason: split planned, see the tracking issue',
        '      expires: 2030-12-31',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/compliance/formats/sarif/rules.ts

/** Critical and major violations fail a review; minor ones are warnings. */
const SARIF_LEVELS = { critical: 'error', major: 'error', minor: 'warning' };
function ruleDescriptor(rule, settings) {
    const doc = RULE_DOCS[rule];
    const limit = limitPhrase(rule, settings);
    const full = `The code-size standard allows ${limit}. Smaller units are easier to review, test and change in parallel.`;
    const text = `${full}\n\nHow to fix: ${doc.fix}\n\n${EXCEPTION_ADVICE}`;
    const markdown = [
        `**Limit:** ${limit}.`,
        `**How to fix:** ${doc.fix}`,
        `**Exceptions:** ${EXCEPTION_ADVICE}`,
        '```yaml\n' + exceptionExample(rule, settings) + '\n```',
    ].join('\n\n');
    const level = SARIF_LEVELS[settings.severity];
    return {
        id: rule,
        name: doc.name,
        shortDescription: { text: `${doc.title} (limit ${settings.limit})` },
        fullDescription: { text: full },
        help: { text, markdown },
        defaultConfiguration: { enabled: settings.enabled, level },
        properties: {
            tags: ['maintainability', 'code-size'],
            precision: 'very-high',
            'problem.severity': level === 'error' ? 'error' : 'warning',
        },
    };
}

;// CONCATENATED MODULE: ./src/compliance/formats/sarif/results.ts
/** SARIF results and notifications: one result per violation, notes for what could not be checked. */





/** The partialFingerprints key: versioned, so a change of the recipe can never be mistaken for the old one. */
const FINGERPRINT_KEY = 'shipgateViolation/v1';
const MAX_FILE_NOTIFICATIONS = 100;
/** Each path segment percent-encoded, so spaces, '#' or '%' in a file name still make a valid URI reference. */
const pathToUri = (path) => path.split('/').map(encodeURIComponent).join('/');
function locationOf(path, line = 1, endLine = line) {
    const startLine = Math.max(1, line);
    return {
        physicalLocation: {
            artifactLocation: { uri: pathToUri(path), uriBaseId: '%SRCROOT%' },
            region: { startLine, endLine: Math.max(startLine, endLine) },
        },
    };
}
const identityOf = (v) => `${v.path}\0${v.rule}\0${v.symbol ?? ''}`;
/**
 * Fingerprints from path, rule and symbol, not lines, so an alert keeps its identity when code above it
 * moves. Two violations with the same identity (e.g. overloads) are told apart by their order in the file.
 */
function results_violationFingerprints(violations) {
    const seen = new Map();
    const prints = new Map();
    for (const v of [...violations].sort((a, b) => a.line - b.line)) {
        const identity = identityOf(v);
        const occurrence = seen.get(identity) ?? 0;
        seen.set(identity, occurrence + 1);
        const input = occurrence === 0 ? identity : `${identity}\0${occurrence}`;
        prints.set(v, (0,external_node_crypto_.createHash)('sha256').update(input).digest('hex').slice(0, 32));
    }
    return prints;
}
function resultOf(v, fingerprint) {
    const fallback = `${RULE_DOCS[v.rule].title}: ${v.value} > ${v.limit}`;
    return {
        ruleId: v.rule,
        ruleIndex: ruleRank(v.rule),
        level: SARIF_LEVELS[v.severity],
        message: { text: v.message || fallback },
        locations: [locationOf(v.path, v.line, v.endLine)],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        properties: {
            value: v.value,
            limit: v.limit,
            severity: v.severity,
            new: v.new,
            status: v.status,
            ...(v.symbol === null ? {} : { symbol: v.symbol }),
        },
    };
}
function truncationNotice(omitted, total, max) {
    return {
        level: 'warning',
        descriptor: { id: 'shipgate/results-truncated' },
        message: {
            text: `${omitted} of ${total} violations were left out: a run holds at most ${max} results. ` +
                'The most severe were kept (critical, major, minor; new before existing).',
        },
    };
}
function capped(notices, id, what) {
    if (notices.length <= MAX_FILE_NOTIFICATIONS)
        return notices;
    const rest = notices.length - MAX_FILE_NOTIFICATIONS;
    const more = {
        level: 'note',
        descriptor: { id },
        message: { text: `${rest} more files ${what}.` },
    };
    return [...notices.slice(0, MAX_FILE_NOTIFICATIONS), more];
}
/** Files counted but not parsed, and files not scanned at all: no rule result can be trusted for them. */
function results_fileNotices(report) {
    const unparsed = report.files.filter(wasNotParsed).map((f) => ({
        level: 'note',
        descriptor: { id: 'shipgate/file-not-parsed' },
        message: {
            text: `${f.path}: lines counted but not parsed (${f.note ?? ''}); class and function rules were not checked.`,
        },
        locations: [locationOf(f.path)],
    }));
    const skipped = report.skipped.map((f) => ({
        level: 'warning',
        descriptor: { id: 'shipgate/file-not-scanned' },
        message: { text: `${f.path}: not scanned (${f.reason}); no rule was checked.` },
    }));
    return [
        ...capped(unparsed, 'shipgate/file-not-parsed', 'were not parsed'),
        ...capped(skipped, 'shipgate/file-not-scanned', 'were not scanned'),
    ];
}

;// CONCATENATED MODULE: ./src/compliance/formats/sarif/index.ts
/** The compliance report as SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer. */







const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning accepts at most this many results per run. */
const DEFAULT_MAX_RESULTS = 25_000;
function runOf(report, parts, informationUri) {
    const notices = parts.notices.length > 0 ? { toolExecutionNotifications: parts.notices } : {};
    return {
        tool: {
            driver: {
                name: 'shipgate',
                version: report.tool.version,
                ...(informationUri === undefined ? {} : { informationUri }),
                rules: compliance_settings/* RULE_IDS */.Iu.map((rule) => ruleDescriptor(rule, report.rules[rule])),
            },
        },
        ...(parts.category === undefined ? {} : { automationDetails: { id: parts.category } }),
        invocations: [{ executionSuccessful: true, ...notices }],
        results: parts.results.map((v) => resultOf(v, parts.fingerprints.get(v) ?? '')),
        properties: { mode: report.mode, base: report.base, shard: report.shard },
    };
}
const logOf = (run) => ({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] });
/** A category always ends in '/', so GitHub takes all of it as the category and none of it as a run id. */
const asCategory = (category) => (category.endsWith('/') ? category : `${category}/`);
function checkedMax(maxResults) {
    if (!Number.isInteger(maxResults) || maxResults < 1)
        throw new RangeError(`maxResults must be a positive integer, got ${maxResults}`);
    return maxResults;
}
/** One log with one run; beyond maxResults the least severe results are dropped and a notification says how many. */
function toSarif(scanned, options = {}) {
    const report = report_withRepositoryPaths(scanned);
    const max = checkedMax(options.maxResults ?? DEFAULT_MAX_RESULTS);
    const ordered = order_sortedCopy(report.violations, order_severityThenNew);
    const notices = results_fileNotices(report);
    if (ordered.length > max)
        notices.unshift(truncationNotice(ordered.length - max, ordered.length, max));
    const category = options.category === undefined ? undefined : asCategory(options.category);
    const parts = {
        results: ordered.slice(0, max),
        fingerprints: results_violationFingerprints(report.violations),
        notices,
        category,
    };
    return logOf(runOf(report, parts, options.informationUri));
}
/**
 * Every result, in as many logs as it takes, each with at most maxResults, worst first. Each part gets the
 * category `<category>part-<n>/` (default category `shipgate-compliance/`) so uploads do not replace each other.
 */
function splitSarif(scanned, maxResults, options = {}) {
    const report = withRepositoryPaths(scanned);
    const max = checkedMax(maxResults);
    const ordered = sortedCopy(report.violations, severityThenNew);
    const fingerprints = violationFingerprints(report.violations);
    const base = asCategory(options.category ?? 'shipgate-compliance');
    const count = Math.max(1, Math.ceil(ordered.length / max));
    return Array.from({ length: count }, (_, i) => {
        const notices = i === 0 ? fileNotices(report) : [];
        const parts = {
            results: ordered.slice(i * max, (i + 1) * max),
            fingerprints,
            notices,
            category: `${base}part-${i + 1}/`,
        };
        return logOf(runOf(report, parts, options.informationUri));
    });
}

;// CONCATENATED MODULE: ./src/compliance/formats/text.ts


const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text) => text;
const text_COLORS = {
    severity: { critical: sgr('1;31', '22;39'), major: sgr('31', '39'), minor: sgr('33', '39') },
    path: sgr('1', '22'),
    flag: sgr('1;35', '22;39'),
    dim: sgr('2', '22'),
    passed: sgr('1;32', '22;39'),
    failed: sgr('1;31', '22;39'),
};
const PLAIN = {
    severity: { critical: plain, major: plain, minor: plain },
    path: plain,
    flag: plain,
    dim: plain,
    passed: plain,
    failed: plain,
};
/** Control characters in a file or symbol name must not reach the terminal as escape sequences. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const clean = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
function flagsOf(v) {
    const flags = v.new ? ['new'] : [];
    if (v.status === 'grown')
        flags.push('grown');
    if (v.status === 'expired-exception')
        flags.push('exception expired');
    return flags;
}
/** `src/app.py:120: major function-lines handle_request 45 > 30 (new)` */
function violationLine(v, paint = PLAIN) {
    const symbol = v.symbol === null ? '' : ` ${clean(v.symbol)}`;
    const flags = flagsOf(v);
    const suffix = flags.length === 0 ? '' : ` ${paint.flag(`(${flags.join(', ')})`)}`;
    return `${paint.path(`${clean(v.path)}:${v.line}`)}: ${paint.severity[v.severity](v.severity)} ${v.rule}${symbol} ${v.value} > ${v.limit}${suffix}`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** `14 violations (2 new; 1 critical, 10 major, 3 minor) in 120 files, 3 fixed, 1 not parsed: failed` */
function summaryLine(report, paint = PLAIN) {
    const s = report.summary;
    const severities = `${s.bySeverity.critical} critical, ${s.bySeverity.major} major, ${s.bySeverity.minor} minor`;
    const extras = [
        `${s.fixed} fixed`,
        ...(s.unparsed > 0 ? [`${s.unparsed} not parsed`] : []),
        ...(s.skipped > 0 ? [`${s.skipped} not scanned`] : []),
        ...(s.suppressed > 0 ? [`${s.suppressed} suppressed`] : []),
    ];
    const verdict = s.passed ? paint.passed('passed') : paint.failed('failed');
    const failOn = s.failOn === 'new' ? '' : ` (fail-on: ${s.failOn})`;
    return `${plural(s.violations, 'violation')} (${s.new} new; ${severities}) in ${plural(s.files, 'file')}, ${extras.join(', ')}: ${verdict}${failOn}`;
}
/** Violations by path and line (the order editors jump through), unparsed files, then the summary. */
function toText(report, options = {}) {
    const paint = options.color === true ? text_COLORS : PLAIN;
    const lines = order_sortedCopy(report.violations, byPathAndLine).map((v) => violationLine(v, paint));
    const unparsed = report.files
        .filter(wasNotParsed)
        .map((f) => `${paint.path(clean(f.path))}: ${paint.dim(`note: counted but not parsed (${clean(f.note ?? '')})`)}`);
    const skipped = report.skipped.map((f) => `${paint.path(clean(f.path))}: ${paint.dim(`note: not scanned (${clean(f.reason)})`)}`);
    const config = report.config.changes.map((line) => paint.dim(`config change: ${clean(line)}`));
    return [...lines, ...unparsed, ...skipped, ...config, summaryLine(report, paint)].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/tracking-totals.ts
/** The totals a nightly scan keeps in its tracking issue, as hidden JSON the next scan reads back. */


const TOTALS_MARKER = 'shipgate:compliance-totals';
function tracking_totals_trackingTotals(report) {
    const s = report.summary;
    return {
        version: 1,
        files: s.files,
        lines: s.lines,
        unparsed: s.unparsed,
        violations: s.violations,
        bySeverity: { ...s.bySeverity },
        byRule: { ...s.byRule },
    };
}
/** The hidden comment that carries the totals; JSON of numbers can never contain the closing `-->`. */
const tracking_totals_totalsMarker = (totals) => `<!-- ${TOTALS_MARKER} ${JSON.stringify(totals)} -->`;
const MARKER_PATTERN = new RegExp(`<!--\\s*${TOTALS_MARKER}\\s+([\\s\\S]*?)\\s*-->`);
const isCount = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
function countsOf(value, keys, missingAsZero) {
    if (typeof value !== 'object' || value === null)
        return null;
    const bag = value;
    const counts = {};
    for (const key of keys) {
        const count = bag[key] ?? (missingAsZero ? 0 : undefined);
        if (!isCount(count))
            return null;
        counts[key] = count;
    }
    return counts;
}
function totalsFrom(data) {
    const numbers = countsOf(data, ['files', 'lines', 'unparsed', 'violations'], false);
    const bySeverity = countsOf(data['bySeverity'], SEVERITIES_WORST_FIRST, false);
    // rules added in a later version are simply absent from older totals
    const byRule = countsOf(data['byRule'] ?? {}, RULE_IDS, true);
    if (numbers === null || bySeverity === null || byRule === null)
        return null;
    return { version: 1, ...numbers, bySeverity, byRule };
}
/** The totals a previous scan left in the issue body; null when there are none or a hand edit broke them. */
function parseTrackingTotals(body) {
    const json = MARKER_PATTERN.exec(body ?? '')?.[1];
    if (json === undefined)
        return null;
    let data;
    try {
        data = JSON.parse(json);
    }
    catch {
        return null;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return null;
    const version = data['version'];
    if (version !== undefined && version !== 1)
        return null;
    return totalsFrom(data);
}

;// CONCATENATED MODULE: ./src/compliance/formats/markdown/tracking-issue.ts
/** The nightly scan's tracking issue: totals, the trend since the last scan, the worst offenders. */







const WORST_OFFENDERS = 20;
/** "+8", "−8" (a real minus sign), "±0" */
function formatDelta(delta) {
    if (delta === 0)
        return '±0';
    return delta > 0 ? `+${formatCount(delta)}` : `−${formatCount(-delta)}`;
}
/** "violations 120 → 112 (−8)"; without a previous value just "violations 112". */
function trendPhrase(name, now, before) {
    if (before === undefined)
        return `${name} ${formatCount(now)}`;
    return `${name} ${formatCount(before)} → ${formatCount(now)} (${formatDelta(now - before)})`;
}
function trendParagraph(now, previous) {
    if (previous === null)
        return `First recorded scan: ${formatCount(now.violations)} violations.`;
    const severities = SEVERITIES_WORST_FIRST.map((sev) => trendPhrase(sev, now.bySeverity[sev], previous.bySeverity[sev]));
    return `Since the previous scan: ${trendPhrase('violations', now.violations, previous.violations)}; ${severities.join(', ')}.`;
}
function comparisonRow(name, now, before) {
    const previous = before === undefined ? '—' : formatCount(before);
    const change = before === undefined ? '—' : formatDelta(now - before);
    return tableRow([name, formatCount(now), previous, change]);
}
function tracking_issue_totalsTable(now, previous) {
    const head = tableHead([
        ['', 'left'],
        ['This scan', 'right'],
        ['Previous', 'right'],
        ['Change', 'right'],
    ]);
    const rows = [
        comparisonRow('**Violations**', now.violations, previous?.violations),
        ...SEVERITIES_WORST_FIRST.map((sev) => comparisonRow(SEVERITY_LABELS[sev], now.bySeverity[sev], previous?.bySeverity[sev])),
        ...RULE_IDS.map((rule) => comparisonRow(rule, now.byRule[rule], previous?.byRule[rule])),
        comparisonRow('Files', now.files, previous?.files),
        comparisonRow('Lines', now.lines, previous?.lines),
        comparisonRow('Not parsed', now.unparsed, previous?.unparsed),
    ];
    return head + rows.join('');
}
function offenderRow(v, rank, links) {
    const location = locationCell(v.path, v.line, links);
    const symbol = v.symbol === null ? '—' : codeSpan(v.symbol);
    const ratio = `×${overLimitRatio(v).toFixed(2)}`;
    return tableRow([
        String(rank),
        SEVERITY_LABELS[v.severity],
        location,
        symbol,
        v.rule,
        `${formatCount(v.value)} / ${formatCount(v.limit)}`,
        ratio,
    ]);
}
function offendersSection(report, links) {
    const worst = sortedCopy(report.violations, worstFirst).slice(0, WORST_OFFENDERS);
    const head = tableHead([
        ['#', 'right'],
        ['Severity', 'left'],
        ['Location', 'left'],
        ['Symbol', 'left'],
        ['Rule', 'left'],
        ['Value / limit', 'right'],
        ['Over', 'right'],
    ]);
    return {
        open: `### Worst offenders (${worst.length} of ${formatCount(report.violations.length)})\n\n${head}`,
        rows: worst.map((v, i) => offenderRow(v, i + 1, links)),
        close: '\n',
        omitted: omissionNote('offender', 'offenders'),
    };
}
function issueTitle(totals) {
    const s = totals.bySeverity;
    return `V2 compliance: ${formatCount(totals.violations)} violations (${s.critical} critical, ${s.major} major, ${s.minor} minor)`;
}
/** Title and body of the tracking issue; the body starts with this scan's totals in a hidden marker. */
function renderTrackingIssue(report, previous, options = {}) {
    const now = trackingTotals(report);
    const run = options.runUrl === undefined ? '' : `Latest scan: [workflow run](${safeUrl(options.runUrl)}).\n\n`;
    const head = `${totalsMarker(now)}\n` +
        `## V2 compliance: nightly scan\n\n${trendParagraph(now, previous)}\n\n${run}### Totals\n\n${tracking_issue_totalsTable(now, previous)}\n`;
    const sections = report.violations.length > 0 ? [offendersSection(report, options.links)] : [];
    const foot = `<sub>Kept up to date by shipgate ${report.tool.version}; the next scan compares against the totals in this issue.</sub>\n`;
    return { title: issueTitle(now), body: fitSections(head, sections, foot, options.maxChars ?? DEFAULT_MAX_CHARS) };
}

;// CONCATENATED MODULE: ./src/compliance/formats/index.ts







const REPORT_FORMATS = (/* unused pure expression or super */ null && (['json', 'sarif', 'markdown', 'text']));
const asJson = (value) => `${JSON.stringify(value, null, 2)}\n`;
function renderReport(report, format, options = {}) {
    switch (format) {
        case 'json':
            return asJson(report);
        case 'sarif':
            return asJson(toSarif(report, options));
        case 'markdown':
            return toMarkdown(report, options);
        case 'text':
            return toText(report, options);
    }
}

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
        throw new errors_ConfigurationError('--output needs a file name (it was empty).');
    const file = external_node_path_default().resolve(context.cwd, value);
    if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory()) {
        throw new errors_ConfigurationError(`--output ${value} is a folder: give a file name, e.g. ${external_node_path_default().join(value, 'report.json')}.`);
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
        await writeFileAtomic(output, text);
    }
    catch (error) {
        throw new errors_ConfigurationError(`Cannot write --output ${output}: ${fileErrorMessage(error)}.`);
    }
}
/** Reads a flag that must be one of a few words, with a message naming the flag. */
function choice(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    throw new errors_ConfigurationError(`${flag} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}

;// CONCATENATED MODULE: ./src/cli/commands/pr-checks.ts









const str = (value) => (typeof value === 'string' ? value : undefined);
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
    const explicit = str(input.values.base);
    if (explicit !== undefined) {
        if (explicit.trim() === '')
            throw new errors_ConfigurationError('--base needs a ref or SHA (it was empty).');
        return explicit;
    }
    const git = new GitCli(context.cwd);
    const prBase = context.env.GITHUB_BASE_REF ? `origin/${context.env.GITHUB_BASE_REF}` : undefined;
    if (prBase !== undefined) {
        if (await refExists(git, prBase))
            return unlessHead(git, prBase);
        throw new errors_ConfigurationError(`GITHUB_BASE_REF names ${prBase}, which this clone does not have: check out with fetch-depth: 0 (or fetch the base branch).`);
    }
    if (await refExists(git, 'origin/HEAD'))
        return unlessHead(git, 'origin/HEAD');
    logger.info('shipgate check: no origin/HEAD here, so there is no base to compare with.');
    return undefined;
}
async function run(input, context) {
    const logger = stderrLogger(context);
    const format = choice(input.values.format, ['text', 'json', 'sarif', 'markdown'], '--format', 'text');
    const output = outputFlag(input, context);
    const configPath = str(input.values.config) ? external_node_path_default().resolve(context.cwd, str(input.values.config)) : undefined;
    const repository = await openRepository(context.cwd);
    const base = await resolveBase(input, context, logger);
    const trustWorkTreeConfig = input.values['trust-pr-config'] === true;
    const target = { target: repository.root, ...(configPath ? { configPath } : {}), trustWorkTreeConfig };
    const prepared = await prepareScan({ ...target, ...(base ? { changedSince: base } : {}) });
    if (!prepared.config.settings.checks.includes('compliance')) {
        logger.info('shipgate check: the config enables no check (checks: []), nothing to run.');
        return ExitCode.Passed;
    }
    logger.info(base ? `shipgate check: the changes since ${base}` : 'shipgate check: scanning the whole repository');
    const result = await scanRepository({
        ...target,
        prepared,
        overrides: {},
        writeBaseline: false,
        pruneBaseline: false,
        logger,
        toolVersion: package_namespaceObject.rE,
    });
    await emit(renderReport(result.report, format), output, context);
    return result.report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
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
    run,
};

;// CONCATENATED MODULE: ./src/cli/commands/compliance.ts











const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const compliance_str = (value) => (typeof value === 'string' ? value : undefined);
async function readReport(file, cwd) {
    try {
        return { file, report: JSON.parse(await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8')) };
    }
    catch (error) {
        throw new errors_ConfigurationError(`compliance merge: cannot read the JSON report ${file}: ${errorMessage(error)}`);
    }
}
/** The merging run's fail-on: --fail-on, else its config's (never a shard report's own). */
async function mergeFailOn(input, context) {
    const flag = input.values['fail-on'];
    if (flag !== undefined)
        return choice(flag, compliance_settings/* FAIL_ON */.d$, '--fail-on', 'new');
    const configPath = compliance_str(input.values.config);
    const root = (await findRepositoryRoot(context.cwd)) ?? context.cwd;
    const config = await loadSettings({
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
    const report = mergeReports(reports, failOn);
    await emit(renderReport(report, format), output, context);
    return report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}
function changedSinceFlag(input) {
    const ref = input.values['changed-since'];
    if (ref === undefined)
        return undefined;
    const text = compliance_str(ref)?.trim();
    if (!text)
        throw new errors_ConfigurationError('--changed-since needs a ref or SHA (it was empty).');
    return text;
}
function scanRequest(input, context) {
    const [target = '.', ...extra] = input.positionals;
    if (extra.length > 0) {
        throw new errors_ConfigurationError(`compliance takes one PATH, got ${input.positionals.length}: ${input.positionals.join(' ')}`);
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
        ...(shard ? { shard: parseShard(shard, '--shard') } : {}),
        writeBaseline: input.values['write-baseline'] === true,
        pruneBaseline: input.values['prune-baseline'] === true,
        logger: stderrLogger(context),
        toolVersion: package_namespaceObject.rE,
    };
}
async function scan(input, context) {
    // Every flag is checked before the scan: a typo should not cost a whole scan first.
    const format = choice(input.values.format, FORMATS, '--format', 'text');
    const output = outputFlag(input, context);
    const result = await scanRepository(scanRequest(input, context));
    await emit(renderReport(result.report, format), output, context);
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

;// CONCATENATED MODULE: ./src/deploy/health/backoff.ts
/**
 * Capped exponential backoff with full jitter: the n-th wait (from 0) is uniform in [0, min(max, initial·2ⁿ)].
 * Jitter keeps many waiting clients from probing in lockstep; the cap bounds how late readiness is noticed.
 */
function backoffDelay(attempt, initialMs, maxMs, random = Math.random) {
    const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
    return random() * ceiling;
}

;// CONCATENATED MODULE: ./src/deploy/health/breaker.ts
/**
 * Opens after `threshold` wrong answers in a row, so a broken colour fails fast instead of using the whole
 * deadline. A refused connection does not count: the colour is still starting, and the deadline bounds that.
 */
class CircuitBreaker {
    threshold;
    consecutive = 0;
    constructor(threshold) {
        this.threshold = threshold;
    }
    record(outcome) {
        if (outcome === 'ok')
            this.consecutive = 0;
        else if (outcome !== 'refused')
            this.consecutive += 1;
    }
    get open() {
        return this.consecutive >= this.threshold;
    }
    get failures() {
        return this.consecutive;
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/deploy/health/probe.ts
// One HTTP(S) request to a colour, judged against a check: the status, and text the body must contain.
// A fresh connection per probe (no pooling): each probe measures the colour as a new client finds it.



const MAX_BODY = 64 * 1024;
function readBody(response) {
    return new Promise((resolve, reject) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
            if (body.length < MAX_BODY)
                body += chunk;
        });
        response.on('end', () => resolve(body));
        response.on('error', reject);
    });
}
function judge(url, check, status, body) {
    if (status !== check.status)
        return { outcome: 'status', detail: `GET ${url} answered ${status}, not ${check.status}` };
    if (check.body !== undefined && !body.includes(check.body)) {
        return { outcome: 'body', detail: `GET ${url} answered without "${check.body}" in its body` };
    }
    return { outcome: 'ok', detail: `GET ${url} answered ${status}` };
}
function failed(url, error, timedOut) {
    if (timedOut)
        return { outcome: 'timeout', detail: `GET ${url} did not answer in time` };
    const outcome = error.code === 'ECONNREFUSED' ? 'refused' : 'error';
    return { outcome, detail: `GET ${url} failed: ${error.code ?? error.message}` };
}
/** Probes `base` + the check's path; never rejects. */
function probe(base, check, timeoutMs) {
    const url = new URL(check.path, base.endsWith('/') ? base : `${base}/`).toString();
    const started = external_node_perf_hooks_.performance.now();
    const request = url.startsWith('https:') ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve) => {
        let timedOut = false;
        const done = (result) => resolve({ ...result, ms: external_node_perf_hooks_.performance.now() - started });
        const req = request(url, { agent: false, headers: { 'user-agent': 'shipgate-probe' } }, (response) => {
            readBody(response).then((body) => done(judge(url, check, response.statusCode ?? 0, body)), (error) => done(failed(url, error, timedOut)));
        });
        const timer = setTimeout(() => ((timedOut = true), req.destroy()), timeoutMs);
        req.on('error', (error) => done(failed(url, error, timedOut)));
        req.on('close', () => clearTimeout(timer));
        req.end();
    });
}
/** Every check in turn; the first that fails is the result, else the slowest success. */
async function probeAll(base, checks, timeoutMs) {
    let slowest;
    for (const check of checks) {
        const result = await probe(base, check, timeoutMs);
        if (result.outcome !== 'ok')
            return result;
        if (slowest === undefined || result.ms > slowest.ms)
            slowest = result;
    }
    return slowest ?? { outcome: 'error', ms: 0, detail: 'no health check is configured' };
}

;// CONCATENATED MODULE: ./src/deploy/health/wait.ts




/** One round of every check, for a quick verdict (a warm colour before a rollback, the live one when reconciling). */
async function checkOnce(base, health) {
    const result = await probeAll(base, health.checks, health.timeoutMs);
    return { healthy: result.outcome === 'ok', attempts: 1, reason: result.detail };
}
function verdict(healthy, attempts, reason) {
    return { healthy, attempts, reason };
}
/** Probes `base` until every check passes, the breaker opens or the deadline passes. */
async function waitHealthy(base, health, options) {
    const { clock, logger } = options;
    const deadline = clock.now() + health.deadlineMs;
    const breaker = new CircuitBreaker(health.failureThreshold);
    for (let attempt = 0;; attempt += 1) {
        const timeoutMs = Math.max(1, Math.min(health.timeoutMs, deadline - clock.now()));
        const result = await probeAll(base, health.checks, timeoutMs);
        if (result.outcome === 'ok')
            return verdict(true, attempt + 1, result.detail);
        breaker.record(result.outcome);
        logger.debug(`Health attempt ${attempt + 1}: ${result.detail}`);
        if (breaker.open) {
            return verdict(false, attempt + 1, `${breaker.failures} wrong answers in a row (circuit breaker): ${result.detail}`);
        }
        const delay = backoffDelay(attempt, health.initialDelayMs, health.maxDelayMs, options.random);
        if (clock.now() + delay >= deadline) {
            return verdict(false, attempt + 1, `not healthy within the ${formatDuration(health.deadlineMs)} deadline: ${result.detail}`);
        }
        await clock.sleep(delay);
    }
}

;// CONCATENATED MODULE: ./src/deploy/soak/stats.ts
/** The figures a soak is judged by. */
/** Nearest-rank percentile (the smallest value at or above p% of the values); 0 for no values. */
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
/** Percent of successes; 100 for no samples (nothing failed). */
function successRate(outcomes) {
    if (outcomes.length === 0)
        return 100;
    return (100 * outcomes.filter(Boolean).length) / outcomes.length;
}
/**
 * How many failures the whole soak can take and still meet the rate: once more have happened, no later
 * success can make up for them, so the soak fails at once instead of running out its time.
 */
function failureBudget(expectedSamples, requiredRate) {
    return Math.floor(expectedSamples * (1 - requiredRate / 100) + 1e-9);
}

;// CONCATENATED MODULE: ./src/deploy/shell.ts
// The user's commands (deploy, scale-down, router scripts, soak probes) and the binaries routers drive (nginx):
// run with a timeout that stops the whole process group, output streamed line by line and kept for messages.


const KEEP = 64 * 1024;
/** After SIGTERM, a command gets this long to end before SIGKILL. */
const GRACE_MS = 2000;
class Tail {
    text = '';
    add(chunk) {
        this.text = (this.text + chunk).slice(-KEEP);
    }
}
/** Calls `onLine` for every complete line of a stream, and for the rest when it ends. */
function lines(onLine) {
    let pending = '';
    return {
        push(chunk) {
            const parts = (pending + chunk).split('\n');
            pending = parts.pop() ?? '';
            for (const line of parts)
                onLine?.(line.replace(/\r$/, ''));
        },
        end() {
            if (pending !== '')
                onLine?.(pending);
            pending = '';
        },
    };
}
/**
 * The environment a command inherits, less what the Actions runner gives the action itself: its inputs (the
 * token among them) and the runner's own tokens. The user's scripts get what they are given explicitly.
 */
function inheritedEnv(env = process.env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(INPUT_|ACTIONS_)/.test(name)));
}
function start(spec) {
    const env = { ...inheritedEnv(), ...spec.env };
    // A process group of its own, so a timeout stops the command's children too.
    const options = {
        cwd: spec.cwd,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    };
    return typeof spec.command === 'string'
        ? (0,external_node_child_process_.spawn)('/bin/sh', ['-c', spec.command], options)
        : (0,external_node_child_process_.spawn)(spec.command[0], spec.command.slice(1), options);
}
function stopGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}
/** Runs a command to its end or its timeout; never rejects for the command's own failure. */
function runCommand(spec) {
    const child = start(spec);
    const stdout = new Tail();
    const output = new Tail();
    const out = lines(spec.onLine);
    const err = lines(spec.onLine);
    child.stdout.setEncoding('utf8').on('data', (chunk) => [stdout, output].forEach((t) => t.add(chunk)));
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output.add(chunk), err.push(chunk)));
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        stopGroup(child.pid, 'SIGTERM');
        setTimeout(() => stopGroup(child.pid, 'SIGKILL'), GRACE_MS).unref();
    }, spec.timeoutMs);
    return new Promise((resolve) => {
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ exitCode: 127, timedOut, stdout: '', output: error.message });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            out.end();
            err.end();
            resolve({ exitCode: code, timedOut, stdout: stdout.text, output: output.text });
        });
    });
}
/** Why a command failed, in one line: "exit 3: <last line of output>" or "timed out after 30 s". */
function failureOf(result, timeoutMs) {
    if (result.timedOut)
        return `timed out after ${formatDuration(timeoutMs)}`;
    if (result.exitCode === 0)
        return undefined;
    const last = result.output.trim().split('\n').pop() ?? '';
    const how = result.exitCode === null ? 'ended by a signal' : `exit ${result.exitCode}`;
    return last === '' ? how : `${how}: ${last.slice(0, 300)}`;
}

;// CONCATENATED MODULE: ./src/deploy/soak/command.ts
// A soak judged by the user's own figures: their command runs once per interval and prints
// "<success rate %> <p95 ms>" (from their metrics system); the first reading that falls short fails the soak.


function parseReading(stdout) {
    const match = /([0-9.]+)\s+([0-9.]+)\s*$/.exec(stdout.trim());
    if (!match)
        return undefined;
    return { successRate: Number(match[1]), p95Ms: Number(match[2]) };
}
function shortfall(reading, soak) {
    if (reading.successRate < soak.successRate)
        return `success rate ${reading.successRate}% < ${soak.successRate}%`;
    if (reading.p95Ms > soak.p95Ms)
        return `p95 latency ${formatDuration(reading.p95Ms)} > ${formatDuration(soak.p95Ms)}`;
    return undefined;
}
async function read(soak, options) {
    const timeoutMs = Math.max(soak.intervalMs, 10_000);
    const result = await runCommand({ command: soak.command, cwd: options.cwd, env: options.env, timeoutMs });
    const failure = failureOf(result, timeoutMs);
    if (failure !== undefined)
        return `the soak command failed: ${failure}`;
    return (parseReading(result.stdout) ??
        `the soak command printed "${result.stdout.trim().slice(-100)}", not "<rate> <p95 ms>"`);
}
async function soakByCommand(soak, options) {
    const { clock } = options;
    const started = clock.now();
    const points = [];
    const result = (passed, reason, last) => ({
        passed,
        reason,
        successRate: last?.successRate ?? 0,
        p95Ms: last?.p95Ms ?? 0,
        probes: points.length,
        failures: passed ? 0 : 1,
        decidedAtMs: clock.now() - started,
        points,
    });
    let last;
    do {
        const next = clock.now() + soak.intervalMs;
        const reading = await read(soak, options);
        if (typeof reading === 'string')
            return result(false, reading, last);
        points.push({ atMs: clock.now() - started, ...reading });
        last = reading;
        const short = shortfall(reading, soak);
        if (short !== undefined)
            return result(false, short, reading);
        await clock.sleep(next - clock.now());
    } while (clock.now() - started < soak.durationMs);
    return result(true, `success rate ${last.successRate}%, p95 ${formatDuration(last.p95Ms)}`, last);
}

;// CONCATENATED MODULE: ./src/deploy/soak/soak.ts




/** Recent probes the p95 of a point is taken over. */
const WINDOW = 20;
function soakCheck(soak, health) {
    const first = health.checks[0] ?? { path: '/', status: 200 };
    return soak.path === undefined ? first : { path: soak.path, status: 200 };
}
class Tally {
    outcomes = [];
    latencies = [];
    points = [];
    add(atMs, ok, ms) {
        this.outcomes.push(ok);
        if (ok)
            this.latencies.push(ms);
        const recent = this.latencies.slice(-WINDOW);
        this.points.push({ atMs, successRate: successRate(this.outcomes), p95Ms: percentile(recent, 95) });
    }
    get failures() {
        return this.outcomes.filter((ok) => !ok).length;
    }
    result(passed, reason, decidedAtMs) {
        const figures = { successRate: successRate(this.outcomes), p95Ms: percentile(this.latencies, 95) };
        return {
            passed,
            reason,
            ...figures,
            probes: this.outcomes.length,
            failures: this.failures,
            decidedAtMs,
            points: this.points,
        };
    }
}
function finalVerdict(tally, soak, atMs) {
    const { successRate: rate, p95Ms } = tally.result(true, '', atMs);
    if (rate < soak.successRate)
        return tally.result(false, `success rate ${rate.toFixed(1)}% < ${soak.successRate}%`, atMs);
    if (p95Ms > soak.p95Ms) {
        return tally.result(false, `p95 latency ${formatDuration(p95Ms)} > ${formatDuration(soak.p95Ms)}`, atMs);
    }
    return tally.result(true, `success rate ${rate.toFixed(1)}%, p95 ${formatDuration(p95Ms)}`, atMs);
}
/** Soaks the colour at `base`; a zero duration passes at once. */
async function runSoak(base, soak, health, options) {
    if (soak.durationMs === 0)
        return new Tally().result(true, 'no soak (duration 0s)', 0);
    if (soak.command !== undefined)
        return soakByCommand(soak, options);
    const { clock } = options;
    const started = clock.now();
    const budget = failureBudget(Math.max(1, Math.floor(soak.durationMs / soak.intervalMs)), soak.successRate);
    const check = soakCheck(soak, health);
    const tally = new Tally();
    while (clock.now() - started < soak.durationMs) {
        const next = clock.now() + soak.intervalMs;
        const result = await probe(base, check, Math.min(health.timeoutMs, soak.intervalMs * 5));
        tally.add(clock.now() - started, result.outcome === 'ok', result.ms);
        if (result.outcome !== 'ok')
            options.logger.warning(`Soak: ${result.detail}`);
        if (tally.failures > budget) {
            const reason = `${tally.failures} failed probe(s), more than the ${soak.successRate}% success rate allows: ${result.detail}`;
            return tally.result(false, reason, clock.now() - started);
        }
        await clock.sleep(next - clock.now());
    }
    return finalVerdict(tally, soak, clock.now() - started);
}

;// CONCATENATED MODULE: ./src/deploy/routers/router.ts
/** The router refused or failed: traffic stays where the router left it, which the message says when known. */
class RouterError extends Error {
    name = 'RouterError';
}

;// CONCATENATED MODULE: ./src/deploy/report.ts
const PHASES = (/* unused pure expression or super */ null && ([
    'reconcile',
    'lock',
    'quality gate',
    'record',
    'deploy',
    'health',
    'switch',
    'soak',
    'rollback',
    'verify',
    'keep warm',
    'scale down',
]));
/**
 * deployed: the new colour serves; rolled-back: back on an earlier deployment (a deploy's failure, a rollback's
 * success); unchanged: nothing to do.
 */
const OUTCOMES = (/* unused pure expression or super */ null && (['deployed', 'rolled-back', 'failed', 'refused', 'unchanged']));
/** Times each phase of a run; phases may nest (a rollback inside a failed soak's handling). */
class Timeline {
    clock;
    phases = [];
    startedAt;
    constructor(clock) {
        this.clock = clock;
        this.startedAt = clock.now();
    }
    /** Runs a phase; it is "done" unless it returns another outcome, and "failed" when it throws. */
    async run(name, body, judge) {
        const phase = { name, startMs: this.elapsed(), endMs: 0, outcome: 'done', detail: '' };
        this.phases.push(phase);
        try {
            const value = await body();
            [phase.outcome, phase.detail] = judge(value);
            return value;
        }
        catch (error) {
            phase.outcome = 'failed';
            phase.detail = error instanceof Error ? error.message : String(error);
            throw error;
        }
        finally {
            phase.endMs = this.elapsed();
        }
    }
    /** A phase that took no time worth timing: a decision, or a step skipped. */
    mark(name, outcome, detail) {
        const at = this.elapsed();
        this.phases.push({ name, startMs: at, endMs: at, outcome, detail });
    }
    elapsed() {
        return this.clock.now() - this.startedAt;
    }
}

;// CONCATENATED MODULE: ./src/deploy/flow/run-state.ts
// The state of one deploy or rollback as it goes, and the report it ends in.


/** Ends a run early with a verdict (refused, failed): thrown by a step, turned into the report by the flow. */
class RunStopped extends Error {
    outcome;
    name = 'RunStopped';
    constructor(outcome, message) {
        super(message);
        this.outcome = outcome;
    }
}
class RunState {
    kind;
    request;
    deps;
    timeline;
    notes = [];
    view;
    deploymentId = null;
    rollbackDeploymentId = null;
    rollbackOf = null;
    /** the colour serving when the run began, and the one it deploys to */
    previous = null;
    target = null;
    active = null;
    switchMs = null;
    soak = null;
    constructor(kind, 
    /** a rollback learns what it deploys only once it has chosen its target */
    request, deps) {
        this.kind = kind;
        this.request = request;
        this.deps = deps;
        this.timeline = new Timeline(deps.clock);
        if (!deps.ledger.enabled)
            this.note(`${deps.ledger.description}.`);
    }
    get environment() {
        return this.request.settings.name;
    }
    note(message) {
        this.notes.push(message);
        this.deps.logger.warning(message);
    }
    report(outcome, message) {
        const { deps, request } = this;
        return {
            version: 1,
            kind: this.kind,
            environment: this.environment,
            ref: request.ref,
            sha: request.sha === '' ? null : request.sha,
            outcome,
            passed: outcome === 'deployed' || outcome === 'unchanged' || (this.kind === 'rollback' && outcome === 'rolled-back'),
            message,
            activeColor: this.active,
            previousColor: this.previous,
            deploymentId: this.deploymentId,
            rollbackDeploymentId: this.rollbackDeploymentId,
            rollbackOf: this.rollbackOf,
            rolledBack: outcome === 'rolled-back',
            switchMs: this.switchMs,
            startedAt: new Date(this.timeline.startedAt).toISOString(),
            durationMs: this.timeline.elapsed(),
            phases: this.timeline.phases,
            soak: this.soak,
            notes: this.notes,
            ledger: deps.ledger.description,
            router: deps.router.description,
        };
    }
}
/** Runs the steps; a RunStopped becomes its report, anything else propagates (a bug, or a ledger write that failed). */
async function settle(state, steps) {
    try {
        return await steps();
    }
    catch (error) {
        if (error instanceof RunStopped)
            return state.report(error.outcome, error.message);
        state.deps.logger.error(`The ${state.kind} of ${state.environment} stopped: ${errorMessage(error)}`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/deploy/flow/prepare.ts
// Before anything changes: which colour serves and which is idle, the quality gate, and the record of the attempt.




/** The check run the quality gate publishes; a deploy can require it to have passed for the SHA. */
const QUALITY_GATE_CHECK = 'shipgate / quality gate';
/** Reads the live colour from the router and cross-checks it with the ledger; the router is trusted. */
async function readColors(state) {
    const live = await state.deps.router.live();
    if (live === 'both') {
        throw new RouterError(`${state.deps.router.description} sends traffic to both colours; switch one off first.`);
    }
    state.previous = live === 'none' ? null : live;
    state.active = state.previous;
    state.target = live === 'none' ? 'blue' : otherColor(live);
    const lastGood = await state.view.lastGood();
    if (lastGood !== undefined && state.previous !== null && lastGood.payload.color !== state.previous) {
        state.note(`The router sends traffic to ${state.previous}, but the last good deployment (${lastGood.id}) went to ` +
            `${lastGood.payload.color}; going by the router.`);
    }
}
async function requireQualityGate(state) {
    const { settings, sha } = state.request;
    if (!settings.requireQualityGate)
        return;
    const gate = state.deps.qualityGate;
    if (gate === undefined) {
        throw new errors_ConfigurationError(`${settings.name} has require-quality-gate: true, which needs a GitHub token to read the check run "${QUALITY_GATE_CHECK}".`);
    }
    const verdict = await state.timeline.run('quality gate', () => gate(sha), (v) => [v.passed ? 'done' : 'failed', v.detail]);
    if (!verdict.passed)
        throw new RunStopped('refused', `The quality gate did not pass for ${sha}: ${verdict.detail}`);
}
/** How long the attempt may stay "in progress" before later runs take it for dead. */
function leaseUntil(state) {
    const { settings } = state.request;
    const margin = 5 * 60_000;
    const budget = settings.deployTimeoutMs + settings.health.deadlineMs + settings.soak.durationMs + margin;
    return new Date(state.deps.clock.now() + budget + settings.keepWarmMs).toISOString();
}
function payload(state, color, rollbackOf) {
    const { run } = state.deps;
    return {
        color,
        previousColor: state.previous,
        previousDeploymentId: state.view.records.find((r) => r.payload.color === state.previous)?.id ?? null,
        rollbackOf,
        runId: run.runId ?? null,
        runAttempt: run.runAttempt ?? null,
        leaseUntil: leaseUntil(state),
    };
}
/** Records an attempt (in progress) in the ledger; null without a ledger. */
function openRecord(state, spec) {
    const { settings } = state.request;
    const { run } = state.deps;
    return state.deps.ledger.open({
        ref: spec.ref,
        environment: settings.name,
        description: spec.description,
        payload: payload(state, spec.color, spec.rollbackOf),
        production: settings.production,
        transient: settings.transient,
        ...(run.logUrl === undefined ? {} : { logUrl: run.logUrl }),
        ...(settings.url === undefined ? {} : { environmentUrl: settings.url }),
    });
}
/** Records this run's attempt; a failure here stops the run before anything changed. */
async function openAttempt(state, description) {
    const spec = { ref: state.request.ref, color: state.target, rollbackOf: state.rollbackOf, description };
    state.deploymentId = await state.timeline.run('record', () => openRecord(state, spec), (id) => ['done', id === null ? 'no ledger' : `deployment ${id}`]);
}

;// CONCATENATED MODULE: ./src/deploy/flow/release.ts
// Putting the ref on the idle colour (the user's deploy command) and waiting until that colour is healthy.



/** The environment the user's commands get: what to deploy where. */
function commandEnv(state, color) {
    const { settings, ref, sha } = state.request;
    return {
        SHIPGATE_COLOR: color,
        SHIPGATE_COLOR_URL: settings.colors[color],
        SHIPGATE_REF: ref,
        SHIPGATE_SHA: sha,
        SHIPGATE_ENVIRONMENT: settings.name,
        SHIPGATE_DEPLOYMENT_ID: state.deploymentId === null ? '' : String(state.deploymentId),
    };
}
/** Why the deploy command need not run: none configured, or the colour already runs this commit healthily. */
async function reasonToSkip(state, color) {
    const { settings, sha } = state.request;
    if (settings.deploy === undefined)
        return 'no deploy command: the colours are deployed by other means';
    const newest = state.view.newestOn(color);
    if (newest !== undefined &&
        newest.id !== state.deploymentId &&
        newest.sha === sha &&
        (await state.view.everSucceeded(newest.id))) {
        return `${color} already runs ${sha.slice(0, 12)} (deployment ${newest.id})`;
    }
    return undefined;
}
/** Runs a user command with its output in the log (in a group where the log has them); undefined when it succeeded. */
async function runUserCommand(state, title, command, color, timeoutMs) {
    const { logger, cwd } = state.deps;
    const run = () => runCommand({ command, cwd, env: commandEnv(state, color), timeoutMs, onLine: (line) => logger.info(line) });
    const result = logger.group ? await logger.group(title, run) : await run();
    return failureOf(result, timeoutMs);
}
async function deployToIdle(state) {
    const color = state.target;
    const skip = await reasonToSkip(state, color);
    if (skip !== undefined)
        return state.timeline.mark('deploy', 'skipped', skip);
    const { settings, ref } = state.request;
    const failure = await state.timeline.run('deploy', () => runUserCommand(state, `shipgate: deploy ${ref} to ${color}`, settings.deploy, color, settings.deployTimeoutMs), (f) => (f === undefined ? ['done', `${ref} deployed to ${color}`] : ['failed', f]));
    if (failure !== undefined)
        await release_fail(state, `The deploy command failed on ${color}: ${failure}`);
}
async function awaitHealthy(state) {
    const color = state.target;
    const { settings } = state.request;
    const { clock, logger, random } = state.deps;
    const options = { clock, logger, ...(random === undefined ? {} : { random }) };
    const verdict = await state.timeline.run('health', () => waitHealthy(settings.colors[color], settings.health, options), (v) => [v.healthy ? 'done' : 'failed', `${v.reason} (${v.attempts} attempt(s))`]);
    if (!verdict.healthy)
        await release_fail(state, `${color} did not become healthy: ${verdict.reason}`);
    else
        logger.info(`${color} is healthy: ${verdict.reason} (${verdict.attempts} attempt(s)).`);
}
/** Records the failure before the switch (traffic never moved) and stops the run. */
async function release_fail(state, message) {
    const where = state.previous === null ? 'no colour served before' : `traffic stays on ${state.previous}`;
    const description = `${message}. No switch: ${where}.`;
    await state.deps.ledger.record(state.deploymentId, { state: 'failure', description, logUrl: state.deps.run.logUrl });
    throw new RunStopped('failed', description);
}

;// CONCATENATED MODULE: ./src/deploy/flow/keep-warm.ts
// After a good deploy the old colour stays up for keep-warm (an instant rollback target), then the optional
// scale-down command stops it, unless traffic has gone back to it meanwhile (a rollback).



/** A scale-down command gets this long. */
const SCALE_DOWN_TIMEOUT_MS = 10 * 60_000;
async function keepWarmThenScaleDown(state) {
    const { scaleDown, keepWarmMs } = state.request.settings;
    const old = state.previous;
    if (scaleDown === undefined || old === null)
        return;
    const { clock, router } = state.deps;
    if (keepWarmMs > 0) {
        const wait = () => clock.sleep(keepWarmMs);
        await state.timeline.run('keep warm', wait, () => ['done', `${old} kept warm for ${formatDuration(keepWarmMs)}`]);
    }
    const live = await router.live();
    if (live !== otherColor(old)) {
        state.timeline.mark('scale down', 'skipped', `traffic is on ${live} now; ${old} was left running`);
        return;
    }
    const failure = await state.timeline.run('scale down', () => runUserCommand(state, `shipgate: scale down ${old}`, scaleDown, old, SCALE_DOWN_TIMEOUT_MS), (f) => (f === undefined ? ['done', `${old} scaled down`] : ['failed', f]));
    if (failure !== undefined)
        state.note(`The scale-down command failed on ${old}: ${failure}`);
}

;// CONCATENATED MODULE: ./src/deploy/flow/switch.ts
// The traffic switch, timed, and read back from the router: a switch the router does not show did not happen.




/** Switches to `color` and confirms it; returns how long the router took, in ms. */
async function switchTraffic(state, color) {
    const { router, logger } = state.deps;
    const started = external_node_perf_hooks_.performance.now();
    await router.switchTo(color);
    const ms = external_node_perf_hooks_.performance.now() - started;
    const live = await router.live();
    if (live !== color)
        throw new Error(`${router.description} shows ${live} live after switching to ${color}`);
    logger.info(`Traffic switched to ${color} in ${formatDuration(ms)}.`);
    return ms;
}
/** The deploy's switch to the new colour; if it fails, traffic is put back and the failure recorded. */
async function switchToTarget(state) {
    const color = state.target;
    try {
        state.switchMs = await state.timeline.run('switch', () => switchTraffic(state, color), (ms) => ['done', `to ${color} in ${formatDuration(ms)}`]);
        state.active = color;
    }
    catch (error) {
        const back = await putBack(state);
        const description = `The switch to ${color} failed: ${errorMessage(error)} ${back}`;
        await state.deps.ledger.record(state.deploymentId, { state: 'error', description, logUrl: state.deps.run.logUrl });
        throw new RunStopped('failed', description);
    }
}
/** After a failed switch: traffic back on the colour that served before, if the router lets us. */
async function putBack(state) {
    if (state.previous === null)
        return 'No colour served before.';
    try {
        if ((await state.deps.router.live()) === state.previous)
            return `Traffic stayed on ${state.previous}.`;
        await state.deps.router.switchTo(state.previous);
        return `Traffic is back on ${state.previous}.`;
    }
    catch (error) {
        state.active = null;
        return `Putting traffic back on ${state.previous} failed too: ${errorMessage(error)}`;
    }
}

;// CONCATENATED MODULE: ./src/deploy/flow/after-switch.ts
// After the switch: the soak decides. Passed: the attempt succeeds and the old colour is kept warm, then scaled
// down if asked. Fell short: traffic goes straight back to the old colour, which is checked, and both the
// failure and the rollback are recorded.









async function soakAndSettle(state) {
    const color = state.target;
    const { settings } = state.request;
    const { clock, logger, cwd } = state.deps;
    const options = { clock, logger, cwd, env: commandEnv(state, color) };
    state.soak = await state.timeline.run('soak', () => runSoak(settings.colors[color], settings.soak, settings.health, options), (s) => [s.passed ? 'done' : 'failed', s.reason]);
    return state.soak.passed ? succeed(state) : rollBackAutomatically(state, state.soak.reason);
}
async function succeed(state) {
    const { settings, ref } = state.request;
    const color = state.target;
    const description = `Live on ${color}: ${state.soak.reason}.`;
    const environmentUrl = settings.url;
    await state.deps.ledger.record(state.deploymentId, {
        state: 'success',
        description,
        environmentUrl,
        logUrl: state.deps.run.logUrl,
    });
    await markRolledBack(state);
    await keepWarmThenScaleDown(state);
    const switched = state.switchMs === null ? '' : ` (switch ${formatDuration(state.switchMs)})`;
    const what = state.kind === 'rollback' ? `Rolled back to ${ref} on ${color}` : `Deployed ${ref} to ${color}`;
    return state.report(state.kind === 'rollback' ? 'rolled-back' : 'deployed', `${what} in ${settings.name}${switched}; ${state.soak.reason}.`);
}
/** A rollback marks the deployment it replaced, so "the last good deployment" no longer counts it. */
async function markRolledBack(state) {
    if (state.rollbackOf === null || state.deploymentId === null)
        return;
    const description = `Rolled back by deployment ${state.deploymentId}.`;
    await state.deps.ledger.record(state.rollbackOf, { state: 'failure', description, logUrl: state.deps.run.logUrl });
}
async function switchBack(state, to, reason) {
    try {
        await state.timeline.run('rollback', () => switchTraffic(state, to), (ms) => ['done', `back to ${to} in ${formatDuration(ms)}`]);
        state.active = to;
    }
    catch (error) {
        const description = `Soak failed (${reason}) and switching back to ${to} failed: ${errorMessage(error)}`;
        await state.deps.ledger.record(state.deploymentId, { state: 'error', description, logUrl: state.deps.run.logUrl });
        throw new RunStopped('failed', description);
    }
}
/** Checks the colour traffic went back to; a failure is noted (traffic has nowhere better to go). */
async function verifyBack(state, to) {
    const { colors, health } = state.request.settings;
    const verdict = await state.timeline.run('verify', () => checkOnce(colors[to], health), (v) => [v.healthy ? 'done' : 'failed', v.reason]);
    if (!verdict.healthy)
        state.note(`After the rollback, ${to} does not pass its health checks: ${verdict.reason}`);
    return verdict;
}
/** A deployment for the switch back, so GitHub's Deployments show the environment on the old ref again. */
async function recordRollback(state, to, reason) {
    const previous = state.view.newestOn(to);
    if (previous === undefined || state.deploymentId === null)
        return;
    const description = `Automatic rollback of deployment ${state.deploymentId}: ${reason}`;
    const spec = { ref: previous.sha, color: to, rollbackOf: state.deploymentId, description };
    const id = await openRecord(state, spec);
    await state.deps.ledger.record(id, {
        state: 'success',
        description,
        environmentUrl: state.request.settings.url,
        logUrl: state.deps.run.logUrl,
    });
    state.rollbackDeploymentId = id;
}
async function rollBackAutomatically(state, reason) {
    const to = state.previous;
    const { ledger, run } = state.deps;
    if (to === null) {
        const description = `Soak failed (${reason}); no colour served before, so traffic stays on ${state.target}.`;
        await ledger.record(state.deploymentId, { state: 'failure', description, logUrl: run.logUrl });
        throw new RunStopped('failed', description);
    }
    await switchBack(state, to, reason);
    await verifyBack(state, to);
    await ledger.record(state.deploymentId, {
        state: 'failure',
        description: `Soak failed: ${reason}. Rolled back to ${to}.`,
        logUrl: run.logUrl,
    });
    await recordRollback(state, to, reason);
    return state.report('rolled-back', `The soak of ${state.target} failed (${reason}): traffic rolled back to ${to}.`);
}

;// CONCATENATED MODULE: ./src/core/logger.ts
/** A logger that drops everything: for tests and library use that wants silence. */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
};

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/github/request-error.ts
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
function request_error_statusOf(error) {
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
    return request_error_statusOf(error) === 404;
}

;// CONCATENATED MODULE: ./src/github/create-once.ts
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
    await (0,external_node_timers_promises_.setTimeout)(wait);
    const found = await recovery.lookup();
    if (found !== undefined)
        policy?.logger.info(`GitHub had managed to ${what} after all; not doing it again.`);
    return found;
}
/** A 5xx (500 also standing for "no answer" and timeouts): GitHub may have done the write before failing. */
function mayHaveBeenMade(error) {
    const status = request_error_statusOf(error);
    return status !== undefined && status >= 500;
}
/** A value no other creation uses, to recognise what one creation made (check-run external ids, deployment payloads). */
function creationNonce() {
    return `shipgate-${(0,external_node_crypto_.randomUUID)()}`;
}

;// CONCATENATED MODULE: ./src/github/deployment-records.ts
// What GitHub's deployment objects become in shipgate, and the pure helpers that map and order them.
/** The payload key holding the unique id shipgate gives each deployment it creates, to recognise it by. */
const CREATION_KEY = 'shipgate_creation_id';
/** Whether a stored status says what was asked for: same state, description and URLs ("" standing for none). */
function sameStatus(stored, wanted) {
    return (stored.state === wanted.state &&
        stored.description === (wanted.description ?? '') &&
        stored.environmentUrl === (wanted.environmentUrl ?? '') &&
        stored.logUrl === (wanted.logUrl ?? ''));
}
/** Sort order for deployments and statuses: newest first, the higher id breaking ties. */
function newestFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}
function toDeployment(data) {
    return {
        id: Number(data.id),
        ref: data.ref,
        sha: data.sha,
        environment: data.environment,
        task: data.task,
        description: data.description,
        payload: parsePayload(data.payload),
        createdAt: data.created_at,
    };
}
// GitHub returns the payload as an object, or as a string when it was sent as one.
function parsePayload(payload) {
    if (typeof payload !== 'string')
        return payload;
    try {
        const parsed = JSON.parse(payload);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? parsed
            : {};
    }
    catch {
        return {};
    }
}
function toDeploymentStatus(data) {
    return {
        id: Number(data.id),
        state: data.state,
        description: data.description,
        environmentUrl: data.environment_url ?? '',
        logUrl: data.log_url ?? '',
        createdAt: data.created_at,
    };
}

;// CONCATENATED MODULE: ./src/github/permissions.ts


/** GitHub refused a call for want of a token permission; the message says which one and how to grant it. */
class GitHubPermissionError extends errors_ConfigurationError {
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
    const status = request_error_statusOf(error);
    if (status === 403 && LABEL_CREATION_REFUSAL.test(apiMessageOf(error))) {
        const message = `GitHub refused to ${action}: the workflow token lacks "issues: write" (GitHub creates a label that does ` +
            `not exist yet). Add "permissions: issues: write" to the job, or create the label beforehand.${FORK_NOTE}`;
        return new GitHubPermissionError(message, 'issues: write', status, { cause: error });
    }
    const grant = `Add "permissions: ${permission}" to the job.`;
    if (status === 403 && REFUSAL.test(apiMessageOf(error))) {
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

;// CONCATENATED MODULE: ./src/github/text-limits.ts
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

;// CONCATENATED MODULE: ./src/github/deployments.ts





/** GitHub Deployments as the ledger of what was deployed where, and how it went. */
class Deployments {
    client;
    repo;
    logger;
    constructor(client, repo, logger = silentLogger) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /**
     * Creates the deployment. Should GitHub fail in a way that leaves open whether it made it, shipgate looks
     * among the newest deployments of the environment and ref for the unique id it put in the payload.
     */
    async create(input) {
        const creationId = creationNonce();
        const deployment = await createOnce(this.client, `create a deployment of ${input.ref} to ${input.environment}`, () => this.post(input, creationId), async () => (await this.list(input.environment, { ref: input.ref }, 1)).find((d) => d.payload[CREATION_KEY] === creationId));
        this.logger.info(`Created deployment ${deployment.id} of ${input.ref} to ${input.environment}.`);
        return deployment;
    }
    /**
     * Records a status. Should GitHub fail in a way that leaves open whether it recorded it, a newest status
     * equal to this one counts as recorded: the deployment's current state is then what was asked for.
     */
    async createStatus(deploymentId, input) {
        const description = input.description === undefined ? undefined : truncateLine(input.description, LIMITS.deploymentDescription);
        const wanted = { ...input, description };
        const status = await createOnce(this.client, `record "${input.state}" on deployment ${deploymentId}`, () => this.postStatus(deploymentId, wanted), async () => (await this.statuses(deploymentId)).slice(0, 1).find((newest) => sameStatus(newest, wanted)));
        this.logger.debug(`Deployment ${deploymentId} is now ${input.state}.`);
        return status;
    }
    /** All deployments to an environment, newest first; `pages` limits how many pages of 100 are read. */
    async list(environment, filter = {}, pages = Infinity) {
        const parameters = { ...this.repo, environment, ref: filter.ref, task: filter.task, per_page: 100 };
        let read = 0;
        // Listing a repository's deployments answers 404 only when the token cannot see the repository.
        const deployments = await withPermission('deployments: read', `list the deployments to ${environment}`, () => this.client.paginate(this.client.rest.repos.listDeployments, parameters, (response, done) => {
            read += 1;
            if (read >= pages)
                done();
            return response.data;
        }), { notFoundMeansDenied: true });
        return deployments.map(toDeployment).sort(newestFirst);
    }
    /** The statuses a deployment went through, newest first. */
    async statuses(deploymentId) {
        const statuses = await withPermission('deployments: read', `read the statuses of deployment ${deploymentId}`, () => this.client.paginate(this.client.rest.repos.listDeploymentStatuses, {
            ...this.repo,
            deployment_id: deploymentId,
            per_page: 100,
        }));
        return statuses.map(toDeploymentStatus).sort(newestFirst);
    }
    /**
     * Deployments to the environment that succeeded, newest first, read lazily page by page. The current
     * state is not enough: auto_inactive turns older successes "inactive", so the history is read.
     */
    async *successful(environment) {
        const pages = this.client.paginate.iterator(this.client.rest.repos.listDeployments, {
            ...this.repo,
            environment,
            per_page: 100,
        });
        for await (const page of pages) {
            for (const deployment of page.data.map(toDeployment).sort(newestFirst)) {
                const success = standingSuccess(await this.statuses(deployment.id));
                if (success !== undefined)
                    yield { deployment, success };
            }
        }
    }
    /** The newest deployment to the environment that succeeded, or undefined when none did. */
    async lastSuccessful(environment) {
        for await (const found of this.successful(environment))
            return found;
        return undefined;
    }
    async post(input, creationId) {
        const response = await withPermission('deployments: write', `create a deployment of ${input.ref}`, () => this.client.rest.repos.createDeployment({
            ...this.repo,
            ref: input.ref,
            environment: input.environment,
            description: input.description === undefined ? undefined : truncateLine(input.description, LIMITS.deploymentDescription),
            payload: { ...input.payload, [CREATION_KEY]: creationId },
            task: input.task,
            auto_merge: false,
            required_contexts: input.requiredContexts ?? [],
            transient_environment: input.transientEnvironment,
            production_environment: input.productionEnvironment,
            request: NO_BLIND_RETRY,
        }), { notFoundMeansDenied: true });
        // 202 means GitHub merged the default branch first; auto_merge is off, so it is unexpected.
        if (!('id' in response.data)) {
            throw new Error(`GitHub did not create the deployment of ${input.ref}: ${response.data.message ?? 'no reason given'}`);
        }
        return toDeployment(response.data);
    }
    async postStatus(deploymentId, input) {
        const { data } = await withPermission('deployments: write', `record "${input.state}" on deployment ${deploymentId}`, () => this.client.rest.repos.createDeploymentStatus({
            ...this.repo,
            deployment_id: deploymentId,
            state: input.state,
            description: input.description,
            environment_url: input.environmentUrl,
            log_url: input.logUrl,
            auto_inactive: input.autoInactive,
            request: NO_BLIND_RETRY,
        }));
        return toDeploymentStatus(data);
    }
}
/**
 * The success status that still stands: the newest "success", unless a later "failure" or "error"
 * says the deployment went bad after all (a failed soak, say). "inactive" after it does not count
 * against it: that is only GitHub retiring an older deployment.
 */
function standingSuccess(newestFirstStatuses) {
    for (const status of newestFirstStatuses) {
        if (status.state === 'success')
            return status;
        if (status.state === 'failure' || status.state === 'error')
            return undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/deploy/ledger/view.ts
// Questions asked of the ledger, read once per run: what is in progress, what last succeeded, what each colour
// runs. Statuses are read lazily (one request per deployment) and only as far back as an answer needs.

/** The states of an attempt still going (or killed before it could say otherwise). */
const UNFINISHED = new Set(['in_progress', 'queued', 'pending']);
/** Attempts older than the newest ten are not looked at for being unfinished: each costs a request. */
const ACTIVE_LOOKBACK = 10;
class LedgerView {
    ledger;
    records;
    cache = new Map();
    constructor(ledger, records) {
        this.ledger = ledger;
        this.records = records;
    }
    static async read(ledger, environment) {
        return new LedgerView(ledger, await ledger.recent(environment));
    }
    statuses(id) {
        let statuses = this.cache.get(id);
        if (statuses === undefined) {
            statuses = this.ledger.statuses(id);
            this.cache.set(id, statuses);
        }
        return statuses;
    }
    /** Attempts whose newest status says they are still going (or were killed before they could say otherwise). */
    async unfinished() {
        const found = [];
        for (const record of this.records.slice(0, ACTIVE_LOOKBACK)) {
            const [newest] = await this.statuses(record.id);
            if (newest !== undefined && UNFINISHED.has(newest.state))
                found.push(record);
        }
        return found;
    }
    /** The newest attempt whose success still stands (no later failure or error), among those `wanted` accepts. */
    async lastGood(wanted = () => true) {
        for (const record of this.records.filter(wanted)) {
            if (standingSuccess(await this.statuses(record.id)) !== undefined)
                return record;
        }
        return undefined;
    }
    /** Whether the attempt was ever healthy in service (a success in its history, whatever came after). */
    async everSucceeded(id) {
        return (await this.statuses(id)).some((status) => status.state === 'success');
    }
    /** The newest attempt that deployed to the colour: what that colour runs, as far as the ledger knows. */
    newestOn(color) {
        return this.records.find((record) => record.payload.color === color);
    }
    byId(id) {
        return this.records.find((record) => record.id === id);
    }
}

;// CONCATENATED MODULE: ./src/deploy/flow/reconcile.ts
// What a killed run left behind: its record still "in progress", and traffic possibly mid-switch. The record
// is closed as an error; then the router is checked against the colours' health, and traffic is put on a
// healthy colour (the last good deployment's, by preference) when it is not on one.


async function closeStale(state, stale) {
    const { ledger, run } = state.deps;
    for (const record of stale) {
        const description = 'Abandoned: its run stopped before finishing; a later run reconciled it.';
        await ledger.record(record.id, { state: 'error', description, logUrl: run.logUrl });
        state.note(`Deployment ${record.id} of ${record.ref} was left in progress by a run that stopped; marked "error".`);
    }
}
async function healthyColors(state) {
    const { colors, health } = state.request.settings;
    const verdicts = await Promise.all(COLORS.map((color) => checkOnce(colors[color], health)));
    return COLORS.filter((_, index) => verdicts[index].healthy);
}
/** Puts traffic on a healthy colour when the router shows it on none, both, or an unhealthy one. */
async function repairTraffic(state) {
    const { router } = state.deps;
    const live = await router.live();
    const healthy = await healthyColors(state);
    if (live !== 'both' && live !== 'none' && healthy.includes(live))
        return `traffic is on ${live}, which is healthy`;
    const preferred = (await state.view.lastGood())?.payload.color;
    const choice = healthy.find((color) => color === preferred) ?? healthy[0];
    if (choice === undefined) {
        state.note(`The router shows traffic on ${live} and neither colour is healthy: traffic was left as it is.`);
        return 'no healthy colour to put traffic on';
    }
    await router.switchTo(choice);
    state.note(`The router showed traffic on ${live}; it was put back on ${choice}, which is healthy.`);
    return `traffic put on ${choice}`;
}
async function reconcile(state, stale) {
    await state.timeline.run('reconcile', async () => {
        await closeStale(state, stale);
        return repairTraffic(state);
    }, (detail) => ['done', detail]);
}

;// CONCATENATED MODULE: ./src/deploy/flow/lock.ts
// One deploy or rollback per environment at a time, with the ledger as the lock. An unfinished attempt of a
// run that is gone (its lease passed, it is an earlier attempt of this very run, or GitHub says its workflow
// run has finished) is stale: reconciled, not waited for. Two runs that start together both record themselves;
// the older record wins, the newer backs off.




/** Whether an unfinished attempt is known to be dead. */
async function isStale(record, state) {
    const { run, clock, runProgress } = state.deps;
    if (Date.parse(record.payload.leaseUntil) <= clock.now())
        return true;
    const { runId, runAttempt } = record.payload;
    if (runId === null)
        return false;
    if (runId === run.runId)
        return (runAttempt ?? 0) < (run.runAttempt ?? 0);
    try {
        return (await runProgress?.(runId)) === 'finished';
    }
    catch (error) {
        if (!(error instanceof GitHubPermissionError))
            throw error;
        state.note(`Cannot tell whether workflow run ${runId} is still going (${error.permission} is needed); going by its lease.`);
        return false;
    }
}
function describe(record) {
    const run = record.payload.runId === null ? '' : `, workflow run ${record.payload.runId}`;
    return `deployment ${record.id} of ${record.ref} (started ${record.createdAt}${run})`;
}
function refusal(state, busy) {
    return new RunStopped('refused', `Another ${state.kind === 'rollback' ? 'deploy or rollback' : 'deploy'} of ${state.environment} is in progress: ` +
        `${describe(busy)}. Refusing to run at the same time; run again when it has finished (a run that died is ` +
        `taken for dead once GitHub shows its workflow run finished, or after ${busy.payload.leaseUntil}). In workflows, a concurrency group per environment queues runs instead.`);
}
async function unfinishedOthers(state) {
    const others = (await state.view.unfinished()).filter((r) => r.id !== state.deploymentId);
    const verdicts = await Promise.all(others.map((record) => isStale(record, state)));
    return { live: others.filter((_, i) => !verdicts[i]), stale: others.filter((_, i) => verdicts[i]) };
}
/** Reads the ledger, reconciles what dead runs left, and refuses when a live run is deploying. */
async function acquire(state) {
    const { deps } = state;
    state.view = await LedgerView.read(deps.ledger, state.environment);
    const { live, stale } = await unfinishedOthers(state);
    if (live[0] !== undefined) {
        state.timeline.mark('lock', 'failed', `refused: ${describe(live[0])} is in progress`);
        throw refusal(state, live[0]);
    }
    if (stale.length > 0)
        await reconcile(state, stale);
    state.timeline.mark('lock', 'done', deps.ledger.enabled ? 'no other run in progress' : 'no ledger to lock with');
}
/** After recording itself: a live record made since the ledger was read, and older than this run's, wins. */
async function lock_confirm(state) {
    const ours = state.deploymentId;
    if (ours === null)
        return;
    const known = new Set(state.view.records.map((r) => r.id));
    const newcomers = (await state.deps.ledger.recent(state.environment)).filter((r) => r.id < ours && !known.has(r.id));
    for (const rival of newcomers) {
        const [newest] = await state.deps.ledger.statuses(rival.id);
        if (newest === undefined || !UNFINISHED.has(newest.state) || (await isStale(rival, state)))
            continue;
        const description = `Refused: ${describe(rival)} started first.`;
        await state.deps.ledger.record(ours, { state: 'error', description, logUrl: state.deps.run.logUrl });
        throw refusal(state, rival);
    }
}

;// CONCATENATED MODULE: ./src/deploy/flow/deploy.ts






/** From reading the colours to the end: a deploy's steps after the lock, shared with a rollback that redeploys. */
async function release(state, description) {
    await readColors(state);
    await openAttempt(state, `${description} to ${state.target}`);
    await lock_confirm(state);
    await deployToIdle(state);
    await awaitHealthy(state);
    await switchToTarget(state);
    return soakAndSettle(state);
}
function deploy(request, deps) {
    const state = new RunState('deploy', request, deps);
    return settle(state, async () => {
        await acquire(state);
        await requireQualityGate(state);
        return release(state, `Deploy ${request.ref}`);
    });
}

;// CONCATENATED MODULE: ./src/github/workflow-runs.ts


/** Workflow runs of one repository, as far as shipgate asks about them. */
class WorkflowRuns {
    client;
    repo;
    constructor(client, repo) {
        this.client = client;
        this.repo = repo;
    }
    async progress(runId) {
        try {
            const { data } = await withPermission('actions: read', `read workflow run ${runId}`, () => this.client.rest.actions.getWorkflowRun({ ...this.repo, run_id: Number(runId) }));
            return data.status === 'completed' ? 'finished' : 'running';
        }
        catch (error) {
            if (request_error_statusOf(error) === 404)
                return 'unknown';
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/deploy/clock.ts

const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => (0,external_node_timers_promises_.setTimeout)(Math.max(0, ms)),
};

;// CONCATENATED MODULE: ./src/github/check-run-output.ts

/** GitHub takes at most this many annotations per request; more go in further updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Title, summary and text cut to GitHub's limits (the same each request: GitHub replaces them). */
function apiOutput(output, annotations) {
    return {
        title: truncateLine(output.title, LIMITS.checkRunTitle),
        summary: truncateMarkdown(output.summary, LIMITS.checkRunSummary),
        text: output.text === undefined ? undefined : truncateMarkdown(output.text, LIMITS.checkRunText),
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
        message: truncateBytes(annotation.message.trim() === '' ? '(no message)' : annotation.message, LIMITS.annotationBytes),
    };
    if (annotation.title)
        result.title = truncateLine(annotation.title, LIMITS.annotationTitle);
    if (annotation.rawDetails)
        result.raw_details = truncateBytes(annotation.rawDetails, LIMITS.annotationBytes);
    // GitHub accepts columns only on single-line annotations.
    if (startLine === endLine && annotation.startColumn !== undefined) {
        result.start_column = Math.max(1, Math.floor(annotation.startColumn));
        result.end_column = Math.max(result.start_column, Math.floor(annotation.endColumn ?? annotation.startColumn));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/github/check-runs.ts




// The output and annotation types and helpers are part of this module's API.

/** Check runs of one repository: created, updated and completed with any number of annotations. */
class CheckRuns {
    client;
    repo;
    logger;
    constructor(client, repo, logger = silentLogger) {
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
        const externalId = run.externalId ?? creationNonce();
        const ref = await createOnce(this.client, `create the check run "${run.name}"`, () => this.post(run, externalId, body), () => this.findCreated(run, externalId));
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
    /** The newest run of that name on the commit (a re-run replaces an earlier one), or undefined when it has none. */
    async latest(sha, name) {
        const { data } = await withPermission('checks: read', `read the check run "${name}" of ${sha}`, () => this.client.rest.checks.listForRef({ ...this.repo, ref: sha, check_name: name, filter: 'latest', per_page: 1 }));
        const run = data.check_runs[0];
        if (run === undefined)
            return undefined;
        return { id: Number(run.id), htmlUrl: run.html_url, status: run.status, conclusion: run.conclusion };
    }
    async post(run, externalId, body) {
        const { data } = await withPermission('checks: write', 'create a check run', () => this.client.rest.checks.create({
            ...this.repo,
            name: run.name,
            head_sha: run.headSha,
            external_id: externalId,
            ...body,
            request: NO_BLIND_RETRY,
        }), { notFoundMeansDenied: true });
        this.logger.debug(`Created check run "${run.name}" (${String(data.id)}).`);
        return { id: Number(data.id), htmlUrl: data.html_url };
    }
    /**
     * The run a failed attempt made, by its external id: unique per run, so an earlier run of the same name
     * on the same commit (a re-run) is never taken for it.
     */
    async findCreated(run, externalId) {
        const runs = await withPermission('checks: write', `look for the check run "${run.name}"`, () => this.client.paginate(this.client.rest.checks.listForRef, {
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
        await withPermission('checks: write', `update check run ${id}`, () => this.client.rest.checks.update({ ...this.repo, check_run_id: id, ...body }));
        this.logger.debug(`Updated check run ${id}${annotations > 0 ? ` with ${annotations} annotations` : ''}.`);
    }
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

;// CONCATENATED MODULE: ./src/deploy/flow/quality-gate.ts
// The quality gate as a deploy requirement: the check run the gate publishes must have succeeded for the SHA.
// Kept in this one place so it can later ask the gate's own engine instead of reading its check run.


function qualityGateFromCheckRun(client, repo) {
    const checkRuns = new CheckRuns(client, repo);
    return async (sha) => {
        const run = await checkRuns.latest(sha, QUALITY_GATE_CHECK);
        if (run === undefined)
            return { passed: false, detail: `no check run "${QUALITY_GATE_CHECK}" on ${sha}` };
        if (run.status !== 'completed')
            return { passed: false, detail: `"${QUALITY_GATE_CHECK}" is still ${run.status}` };
        const where = run.htmlUrl === null ? '' : ` (${run.htmlUrl})`;
        return {
            passed: run.conclusion === 'success',
            detail: `"${QUALITY_GATE_CHECK}" concluded ${run.conclusion}${where}`,
        };
    };
}

;// CONCATENATED MODULE: ./src/github/repo.ts

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
        throw new errors_ConfigurationError(`${source} is "${text}", which is not of the form "owner/repo" (for example "octo-org/octo-repo").`);
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

;// CONCATENATED MODULE: ./src/deploy/ledger/github-ledger.ts



/** The task name shipgate's deployments carry, so other tools' deployments are told apart. */
const DEPLOY_TASK = 'deploy:shipgate';
function payloadOf(deployment) {
    const p = deployment.payload;
    if (!COLORS.includes(p.color) || typeof p.leaseUntil !== 'string')
        return undefined;
    return {
        color: p.color,
        previousColor: p.previousColor ?? null,
        previousDeploymentId: p.previousDeploymentId ?? null,
        rollbackOf: p.rollbackOf ?? null,
        runId: p.runId ?? null,
        runAttempt: p.runAttempt ?? null,
        leaseUntil: p.leaseUntil,
    };
}
function toRecord(deployment) {
    const payload = payloadOf(deployment);
    if (payload === undefined)
        return undefined;
    const { id, ref, sha, createdAt } = deployment;
    return { id, ref, sha, createdAt, payload };
}
class GitHubLedger {
    description;
    enabled = true;
    deployments;
    constructor(client, repo, logger) {
        this.deployments = new Deployments(client, repo, logger);
        this.description = `GitHub Deployments of ${repoName(repo)}`;
    }
    async recent(environment) {
        const deployments = await this.deployments.list(environment, { task: DEPLOY_TASK }, 1);
        return deployments.map(toRecord).filter((r) => r !== undefined);
    }
    statuses(id) {
        return this.deployments.statuses(id);
    }
    async open(attempt) {
        const deployment = await this.deployments.create({
            ref: attempt.ref,
            environment: attempt.environment,
            description: attempt.description,
            payload: { ...attempt.payload },
            task: DEPLOY_TASK,
            productionEnvironment: attempt.production,
            transientEnvironment: attempt.transient,
        });
        const { logUrl, environmentUrl } = attempt;
        await this.record(deployment.id, {
            state: 'in_progress',
            description: attempt.description,
            logUrl,
            environmentUrl,
        });
        return deployment.id;
    }
    async record(id, update) {
        if (id === null)
            return;
        // auto_inactive stays on: GitHub retires the previous success; shipgate reads the history, not the state.
        await this.deployments.createStatus(id, update);
    }
}

;// CONCATENATED MODULE: ./src/deploy/ledger/no-ledger.ts
/** No ledger: a local run (no token or repository). Nothing is recorded, and the run says so. */
class NoLedger {
    description;
    enabled = false;
    constructor(description) {
        this.description = description;
    }
    async recent() {
        return [];
    }
    async statuses() {
        return [];
    }
    async open() {
        return null;
    }
    async record() { }
}

;// CONCATENATED MODULE: ./src/deploy/routers/command.ts
// The user's own scripts: one prints the live colour, the other switches to SHIPGATE_TARGET_COLOR.


const STATES = ['blue', 'green', 'none', 'both'];
class CommandRouter {
    settings;
    cwd;
    description;
    constructor(settings, cwd) {
        this.settings = settings;
        this.cwd = cwd;
        this.description = `the router command "${settings.switch}"`;
    }
    async live() {
        const stdout = await this.run(this.settings.live, {}, 'live');
        const answer = stdout.trim().split('\n').pop()?.trim() ?? '';
        const state = STATES.find((s) => s === answer);
        if (state === undefined) {
            throw new RouterError(`The live command "${this.settings.live}" printed "${answer}"; expected blue, green or none.`);
        }
        return state;
    }
    async switchTo(color) {
        await this.run(this.settings.switch, { SHIPGATE_TARGET_COLOR: color }, 'switch');
    }
    async run(command, extra, what) {
        const { timeoutMs } = this.settings;
        const result = await runCommand({ command, cwd: this.cwd, env: extra, timeoutMs });
        const failure = failureOf(result, timeoutMs);
        if (failure !== undefined)
            throw new RouterError(`The ${what} command "${command}" failed: ${failure}`);
        return result.stdout;
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/deploy/routers/haproxy-socket.ts
// HAProxy's runtime API: one connection per request, commands separated by ";" on one line, the answer read
// until HAProxy closes the connection (its non-interactive mode).


/** "/run/haproxy/admin.sock" (a Unix socket) or "127.0.0.1:9999" (a TCP stats socket). */
function haproxy_socket_open(address) {
    const tcp = /^(.+):(\d+)$/.exec(address);
    return tcp && !address.includes('/') ? (0,external_node_net_.connect)(Number(tcp[2]), tcp[1]) : (0,external_node_net_.connect)(address);
}
/** Sends commands in one line (HAProxy runs them in order, without a gap another command could use). */
function runtimeApi(address, commands, timeoutMs) {
    return new Promise((resolve, reject) => {
        const socket = haproxy_socket_open(address);
        const chunks = [];
        const fail = (reason) => {
            socket.destroy();
            reject(new RouterError(`HAProxy's admin socket ${address}: ${reason}`));
        };
        socket.setTimeout(timeoutMs, () => fail(`no answer within ${timeoutMs} ms`));
        socket.on('connect', () => socket.end(`${commands.join('; ')}\n`));
        socket.on('data', (chunk) => chunks.push(chunk));
        socket.on('error', (error) => fail(error.message));
        socket.on('close', (hadError) => {
            if (!hadError)
                resolve(Buffer.concat(chunks).toString('utf8'));
        });
    });
}

;// CONCATENATED MODULE: ./src/deploy/routers/haproxy.ts



// srv_admin_state bits that keep new traffic away: forced, inherited and resolver maintenance, forced and
// inherited drain. The "configured maintenance" bit (0x04) stays set after "state ready" and means nothing alone.
const NO_NEW_TRAFFIC = 0x01 | 0x02 | 0x20 | 0x08 | 0x10;
const RUNNING = 2;
/** Rows of `show servers state <backend>`: "be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state …". */
function parseServersState(text) {
    return text
        .split('\n')
        .filter((line) => /^\d+ /.test(line))
        .map((line) => line.split(' '))
        .map((fields) => ({ name: fields[3] ?? '', operational: Number(fields[5]), admin: Number(fields[6]) }));
}
class HaproxyRouter {
    settings;
    description;
    constructor(settings) {
        this.settings = settings;
        this.description = `HAProxy backend "${settings.backend}" on ${settings.socket}`;
    }
    async live() {
        const rows = parseServersState(await this.send([`show servers state ${this.settings.backend}`]));
        const serving = (color) => {
            const row = rows.find((r) => r.name === this.settings.servers[color]);
            if (!row) {
                const known = rows.map((r) => r.name).join(', ') || 'none';
                throw new RouterError(`${this.description} has no server "${this.settings.servers[color]}" (${color}); it has: ${known}.`);
            }
            return row.operational === RUNNING && (row.admin & NO_NEW_TRAFFIC) === 0;
        };
        const [blue, green] = [serving('blue'), serving('green')];
        return blue && green ? 'both' : blue ? 'blue' : green ? 'green' : 'none';
    }
    async switchTo(color) {
        const { backend, servers } = this.settings;
        // Ready first, then drain: at no moment does the backend have no server to send a request to.
        const answer = await this.send([
            `set server ${backend}/${servers[color]} state ready`,
            `set server ${backend}/${servers[otherColor(color)]} state drain`,
        ]);
        if (answer.trim() !== '')
            throw new RouterError(`${this.description} refused the switch to ${color}: ${answer.trim()}`);
    }
    send(commands) {
        return runtimeApi(this.settings.socket, commands, this.settings.timeoutMs);
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/deploy/routers/kubeconfig.ts
// Credentials for the Kubernetes API, read as kubectl reads them: a kubeconfig file (the router's setting,
// KUBECONFIG, ~/.kube/config) and its context, else the pod's service account (in-cluster). Written by hand
// rather than taking @kubernetes/client-node: shipgate needs two calls on one resource, and the client would
// add several MB to every action bundle. Exec and auth-provider plugins are not supported (the message says so).





const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
function pick(list, name, kind, file) {
    const found = (Array.isArray(list) ? list : []).find((item) => item.name === name);
    const body = found?.[kind];
    if (body === undefined)
        throw new errors_ConfigurationError(`${file} has no ${kind} named "${name}".`);
    return body;
}
/** A value given inline (base64 `*-data`) or as a file path, resolved against the kubeconfig's folder. */
function material(entry, key, dir) {
    const data = entry[`${key}-data`];
    if (typeof data === 'string')
        return Buffer.from(data, 'base64');
    const file = entry[key];
    return typeof file === 'string' ? (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(dir, file)) : undefined;
}
function fromKubeconfig(file, contextName) {
    const config = (0,yaml_dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    const name = contextName ?? config['current-context'];
    if (name === undefined)
        throw new errors_ConfigurationError(`${file} has no current-context; set "context" in the router.`);
    const context = pick(config.contexts, name, 'context', file);
    const cluster = pick(config.clusters, String(context.cluster), 'cluster', file);
    const user = context.user === undefined ? {} : pick(config.users, String(context.user), 'user', file);
    if (user.exec !== undefined || user['auth-provider'] !== undefined) {
        throw new errors_ConfigurationError(`${file}: user "${String(context.user)}" uses an exec or auth-provider plugin, which shipgate does not run; use a token or client certificate.`);
    }
    const dir = external_node_path_default().dirname(file);
    const token = typeof user.token === 'string' ? user.token : material(user, 'tokenFile', dir)?.toString('utf8').trim();
    return {
        server: String(cluster.server),
        ...optional({
            ca: material(cluster, 'certificate-authority', dir),
            cert: material(user, 'client-certificate', dir),
        }),
        ...optional({ key: material(user, 'client-key', dir), token }),
        insecure: cluster['insecure-skip-tls-verify'] === true,
        source: `${file} (context ${name})`,
    };
}
function optional(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
function inCluster(env) {
    const host = env.KUBERNETES_SERVICE_HOST;
    if (host === undefined || !(0,external_node_fs_.existsSync)(`${SERVICE_ACCOUNT}/token`))
        return undefined;
    const server = `https://${host.includes(':') ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT ?? '443'}`;
    const token = (0,external_node_fs_.readFileSync)(`${SERVICE_ACCOUNT}/token`, 'utf8').trim();
    return {
        server,
        token,
        ca: (0,external_node_fs_.readFileSync)(`${SERVICE_ACCOUNT}/ca.crt`),
        insecure: false,
        source: 'the pod service account',
    };
}
/** Credentials from the first source that exists, in kubectl's order. */
function loadCredentials(kubeconfig, context, env) {
    const home = external_node_path_default().join(env.HOME ?? external_node_os_default().homedir(), '.kube', 'config');
    const file = kubeconfig ?? env.KUBECONFIG?.split((external_node_path_default()).delimiter).find((f) => f !== '') ?? ((0,external_node_fs_.existsSync)(home) ? home : undefined);
    if (file !== undefined)
        return fromKubeconfig(file, context);
    const pod = inCluster(env);
    if (pod !== undefined)
        return pod;
    throw new errors_ConfigurationError('No Kubernetes credentials: set "kubeconfig" in the router, KUBECONFIG, or run in a cluster.');
}

;// CONCATENATED MODULE: ./src/deploy/routers/kubernetes.ts
// Kubernetes: the Service's selector picks the colour's pods. A switch is one merge patch of the selector,
// which the API server applies atomically; the endpoints follow within moments, without a restart.





class KubernetesRouter {
    settings;
    env;
    description;
    credentials;
    constructor(settings, env) {
        this.settings = settings;
        this.env = env;
        this.description = `Kubernetes Service ${settings.namespace}/${settings.service}`;
    }
    async live() {
        const service = JSON.parse((await this.call('GET')).body);
        const value = service.spec?.selector?.[this.settings.label];
        if (value === undefined)
            return 'none';
        const color = COLORS.find((c) => c === value);
        if (color === undefined) {
            throw new RouterError(`${this.description} selects ${this.settings.label}=${value}, which is neither blue nor green.`);
        }
        return color;
    }
    async switchTo(color) {
        const patch = { spec: { selector: { [this.settings.label]: color } } };
        await this.call('PATCH', JSON.stringify(patch));
    }
    get path() {
        const { namespace, service } = this.settings;
        return `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(service)}`;
    }
    async call(method, body) {
        this.credentials ??= loadCredentials(this.settings.kubeconfig, this.settings.context, this.env);
        const answer = await send(this.credentials, { method, path: this.path, body, timeoutMs: this.settings.timeoutMs });
        if (answer.status === 401 || answer.status === 403) {
            throw new RouterError(`The Kubernetes API refused to ${method === 'GET' ? 'read' : 'patch'} ${this.description} (${answer.status}): ` +
                `the credentials from ${this.credentials.source} need "get" and "patch" on services in ${this.settings.namespace}.`);
        }
        if (answer.status >= 300)
            throw new RouterError(`The Kubernetes API answered ${answer.status} for ${method} ${this.path}: ${answer.body.slice(0, 300)}`);
        return answer;
    }
}
function requestOptions(credentials, call) {
    const headers = { accept: 'application/json' };
    if (call.body !== undefined)
        headers['content-type'] = 'application/merge-patch+json';
    if (credentials.token !== undefined)
        headers.authorization = `Bearer ${credentials.token}`;
    const { ca, cert, key } = credentials;
    return { method: call.method, headers, ca, cert, key, rejectUnauthorized: !credentials.insecure, agent: false };
}
/** One request to the API server, with a timeout. */
function send(credentials, call) {
    const url = new URL(call.path, credentials.server);
    const request = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const req = request(url, requestOptions(credentials, call), (response) => {
            let body = '';
            response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
            response.on('error', reject);
        });
        req.setTimeout(call.timeoutMs, () => req.destroy(new Error(`no answer within ${call.timeoutMs} ms`)));
        req.on('error', (error) => reject(new RouterError(`The Kubernetes API at ${credentials.server}: ${error.message}`)));
        req.end(call.body);
    });
}

;// CONCATENATED MODULE: ./src/deploy/routers/nginx.ts
// nginx: shipgate owns one included file holding the upstream. A switch writes it atomically (write, then
// rename), has nginx test the whole config, and reloads; when the test or the reload fails, the previous file
// is put back and traffic never moved. The file's first line names the live colour, so shipgate reads it back.





const MARKER = /^# shipgate live color: (blue|green)$/m;
/** The upstream file sending all traffic to one colour. */
function upstreamFile(settings, color) {
    return [
        `# shipgate live color: ${color}`,
        '# Written by shipgate on each switch; edits here are overwritten.',
        `upstream ${settings.upstream} {`,
        `    server ${settings.servers[color]};`,
        '}',
        '',
    ].join('\n');
}
async function readIfPresent(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
class NginxRouter {
    settings;
    cwd;
    description;
    constructor(settings, cwd) {
        this.settings = settings;
        this.cwd = cwd;
        this.description = `nginx upstream "${settings.upstream}" in ${settings.upstreamFile}`;
    }
    async live() {
        const text = await readIfPresent(this.settings.upstreamFile);
        const color = text === undefined ? undefined : MARKER.exec(text)?.[1];
        if (text !== undefined && color === undefined) {
            throw new RouterError(`${this.settings.upstreamFile} was not written by shipgate (no "# shipgate live color:" line).`);
        }
        return COLORS.find((c) => c === color) ?? 'none';
    }
    async switchTo(color) {
        const file = this.settings.upstreamFile;
        const previous = await readIfPresent(file);
        await writeFileAtomic(file, upstreamFile(this.settings, color));
        try {
            await this.nginx(['-t'], 'rejected the new upstream (nginx -t)');
            await this.nginx(['-s', 'reload'], 'could not reload');
        }
        catch (error) {
            if (previous !== undefined)
                await writeFileAtomic(file, previous);
            throw error;
        }
    }
    async nginx(args, what) {
        const config = this.settings.config === undefined ? [] : ['-c', this.settings.config];
        const command = [this.settings.binary, ...config, ...args];
        const result = await runCommand({ command, cwd: this.cwd, timeoutMs: this.settings.timeoutMs });
        const failure = failureOf(result, this.settings.timeoutMs);
        if (failure !== undefined) {
            throw new RouterError(`nginx ${what}; traffic was not switched: ${failure}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/deploy/routers/index.ts
// The router an environment's settings describe.






/** A Unix socket path relative to the repository root; host:port stays as it is. */
function socketPath(socket, cwd) {
    return /^[^/]+:\d+$/.test(socket) ? socket : external_node_path_default().resolve(cwd, socket);
}
function createRouter(settings, context) {
    const { cwd } = context;
    switch (settings.type) {
        case 'haproxy':
            return new HaproxyRouter({ ...settings, socket: socketPath(settings.socket, cwd) });
        case 'nginx':
            return new NginxRouter({ ...settings, upstreamFile: external_node_path_default().resolve(cwd, settings.upstreamFile) }, cwd);
        case 'kubernetes':
            return new KubernetesRouter(settings, context.env);
        case 'command':
            return new CommandRouter(settings, context.cwd);
    }
}

;// CONCATENATED MODULE: ./src/deploy/setup.ts
// What a deploy or rollback needs before its first step: the environment's settings from the config, the
// commit the ref names, the router, and the ledger (GitHub's Deployments, or none for a local run).









async function environmentSettings(options) {
    const { root, configPath } = options;
    const loaded = options.config ?? (await loadSettings({ root, ...(configPath === undefined ? {} : { configPath }) }));
    const environments = loaded.settings.deploy.environments;
    const settings = environments[options.environment];
    if (settings !== undefined)
        return settings;
    const known = Object.keys(environments);
    const file = loaded.source ?? 'the config (none found: .github/shipgate.yml)';
    const listed = known.length === 0 ? 'it describes none under deploy.environments' : `it describes ${known.join(', ')}`;
    throw new errors_ConfigurationError(`The environment "${options.environment}" is not in ${file}: ${listed}.`);
}
/**
 * The commit a ref names in the repository: the ref itself, else the remote's branch of that name (a checkout
 * has only the branch it checked out locally); a full SHA is taken as it is when git does not have it.
 */
async function resolveCommit(root, ref) {
    const git = await openRepository(root).catch(() => undefined);
    for (const candidate of [ref, `origin/${ref}`]) {
        const result = await git?.run(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], {
            allowExitCodes: [1, 128],
        });
        if (result !== undefined && result.exitCode === 0)
            return result.stdout.trim();
    }
    if (/^[0-9a-f]{40}$/i.test(ref))
        return ref.toLowerCase();
    throw new errors_ConfigurationError(`The ref "${ref}" is not a commit of the repository at ${root} (in a workflow, check it out with fetch-depth: 0).`);
}
/** What the flow asks GitHub besides the ledger: the quality gate's verdict, whether a workflow run still goes. */
function githubQuestions({ client, repo }) {
    const runs = new WorkflowRuns(client, repo);
    return { qualityGate: qualityGateFromCheckRun(client, repo), runProgress: (runId) => runs.progress(runId) };
}
function flowDeps(options, settings) {
    const env = options.env ?? process.env;
    const { github, logger } = options;
    const ledger = github
        ? new GitHubLedger(github.client, github.repo, logger)
        : new NoLedger(`no ledger: ${options.noLedgerReason ?? 'no GitHub token'}; nothing was recorded`);
    return {
        ledger,
        router: createRouter(settings.router, { cwd: options.root, env }),
        clock: options.clock ?? systemClock,
        logger,
        cwd: options.root,
        run: options.run ?? {},
        ...(github === undefined ? {} : githubQuestions(github)),
        ...(options.random === undefined ? {} : { random: options.random }),
    };
}

;// CONCATENATED MODULE: ./src/deploy/deploy-environment.ts
// The deploy use case, shared by the CLI and the action: settings, commit, router and ledger, then the flow.


async function deployEnvironment(options) {
    const settings = await environmentSettings(options);
    const sha = await resolveCommit(options.root, options.ref ?? 'HEAD');
    // GitHub records the ref by name; HEAD means nothing there, so the commit stands for it.
    return deploy({ settings, ref: options.ref ?? sha, sha }, flowDeps(options, settings));
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(3972);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/request-failure-text.ts
// The wording of request failures, shared by the retry warnings and the final GitHubRequestError.

/** "503 Service Unavailable", or "no answer (…)" when the request never got a response. */
function answerOf(error, status) {
    const apiMessage = apiMessageOf(error);
    return responseOf(error) === undefined ? `no answer (${apiMessage})` : `${status} ${apiMessage}`;
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
    const status = request_error_statusOf(error);
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
    const status = request_error_statusOf(error);
    const attempt = attemptsByRequest.get(request) ?? 1;
    const retries = retriesFor(policy, request);
    // Only 5xx (and 500 for "no answer") reach the retry plugin; rate limits warn in their own handlers.
    if (status === undefined || status < 500 || attempt > retries)
        return;
    policy.logger.warning(`GitHub API ${describeRequest(error, request)} failed (${answerOf(error, status)}); ` +
        `retrying with backoff (attempt ${attempt + 1} of ${retries + 1}).`);
}
function toGitHubRequestError(error, request) {
    const status = request_error_statusOf(error);
    if (status === undefined || error instanceof GitHubRequestError)
        return error;
    const attempts = attemptsByRequest.get(request) ?? 1;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const headers = responseOf(error)?.headers ?? {};
    const message = `GitHub API ${describeRequest(error, request)} failed${tries}: ${answerOf(error, status)}.` +
        rateLimitResetNote(status, headers);
    return new GitHubRequestError(message, { status, apiMessage: apiMessageOf(error), attempts, responseHeaders: headers }, { cause: error });
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
        throw new errors_ConfigurationError('No GitHub token was given: pass the "token" input (usually ${{ github.token }}).');
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
        throw new errors_ConfigurationError(`The GitHub client option "${name}" must be a number >= 0, not ${value}.`);
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
        throw new errors_ConfigurationError(`The GitHub API URL "${chosen}" is not a valid URL (for GHES: https://HOST/api/v3).`);
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

;// CONCATENATED MODULE: ./src/deploy/formats/markdown.ts
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
    const figures = `${soak.probes} probe(s), ${soak.failures} failed; success rate ${soak.successRate.toFixed(1)}%, p95 ${formatDuration(soak.p95Ms)}.`;
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
        ['switch', report.switchMs === null ? '—' : formatDuration(report.switchMs)],
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
        lines.push(`  switch: ${formatDuration(report.switchMs)}`);
    if (report.soak !== null) {
        const { successRate, p95Ms, probes } = report.soak;
        lines.push(`  soak: ${successRate.toFixed(1)}% of ${probes} probe(s) succeeded, p95 ${formatDuration(p95Ms)}`);
    }
    return lines;
}
function phases(report) {
    const width = Math.max(...report.phases.map((p) => p.name.length), 5);
    return report.phases.map((p) => {
        const took = formatDuration(p.endMs - p.startMs).padStart(9);
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
    return (await openRepository(cwd).catch(() => undefined))?.root ?? cwd;
}
/** The run options every deploy command builds from its flags and environment. */
async function runOptions(input, context) {
    const environment = deploy_shared_str(input.values.environment);
    if (environment === undefined)
        throw new errors_ConfigurationError('--environment is required (e.g. --environment staging).');
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
        throw new errors_ConfigurationError('--ledger github needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo).');
    const client = createGitHubClient({ token: token, logger, env: context.env });
    return { ...base, github: { client, repo: parseRepo(repository, 'GITHUB_REPOSITORY') } };
}
async function emitReport(report, input, context) {
    const format = choice(input.values.format, ['text', 'json', 'markdown'], '--format', 'text');
    const text = format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'markdown'
            ? deployMarkdown(report)
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
        const report = await deployEnvironment({
            ...(await runOptions(input, context)),
            ...(ref === undefined ? {} : { ref }),
        });
        return emitReport(report, input, context);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/not-built.ts

/** A command whose engine has not shipped yet: it says so and exits 2, never pretending to pass. */
function notBuiltCommand(name, summary) {
    return {
        name,
        summary: `${summary} (not available yet)`,
        usage: `shipgate ${name}`,
        optionHelp: [],
        options: {},
        allowPositionals: true,
        run: async (_input, context) => {
            context.stderr.write(`shipgate ${name}: this command is not available in this version of shipgate yet.\n`);
            return ExitCode.Usage;
        },
    };
}

;// CONCATENATED MODULE: ./src/rollback/target.ts
// What a rollback goes back to: by default the last deployment before the current one whose success still
// stands; or an explicit deployment id or ref. Without a ledger: the idle colour, whatever it runs.


/** The deployment serving now: the newest good one on the live colour. */
function currentDeployment(state) {
    return state.view.lastGood((record) => record.payload.color === state.previous);
}
async function byId(state, id) {
    const record = state.view.byId(id);
    if (record === undefined) {
        throw new errors_ConfigurationError(`Deployment ${id} is not among shipgate's newest deployments to ${state.environment}.`);
    }
    if (!(await state.view.everSucceeded(id)))
        return { kind: 'none', reason: `deployment ${id} never succeeded` };
    return { kind: 'commit', ref: record.ref, sha: record.sha, from: `deployment ${id}` };
}
async function lastGoodBefore(state, current) {
    const earlier = (r) => current === undefined || (r.id < current.id && r.sha !== current.sha);
    const record = await state.view.lastGood(earlier);
    if (record === undefined) {
        const before = current === undefined ? '' : ` before deployment ${current.id}`;
        return { kind: 'none', reason: `no deployment to ${state.environment}${before} succeeded` };
    }
    return { kind: 'commit', ref: record.ref, sha: record.sha, from: `deployment ${record.id}, the last good one` };
}
/** A re-run of the workflow run that already rolled back does nothing more. */
function alreadyRolledBack(state, current) {
    const runId = state.deps.run.runId;
    if (current === undefined || current.payload.rollbackOf === null || runId === undefined)
        return undefined;
    if (current.payload.runId !== runId)
        return undefined;
    return { kind: 'unchanged', reason: `this workflow run already rolled back (deployment ${current.id})` };
}
async function explicit(state, to, root) {
    if (/^\d+$/.test(to))
        return byId(state, Number(to));
    return { kind: 'commit', ref: to, sha: await resolveCommit(root, to), from: `ref ${to}` };
}
/** `to`: a deployment id, a ref, or undefined for the last good deployment. */
async function chooseTarget(state, to, root) {
    const current = await currentDeployment(state);
    state.rollbackOf = current?.id ?? null;
    if (to === undefined) {
        const repeat = alreadyRolledBack(state, current);
        if (repeat !== undefined)
            return repeat;
        if (!state.deps.ledger.enabled)
            return { kind: 'idle-colour' };
    }
    const target = to === undefined ? await lastGoodBefore(state, current) : await explicit(state, to, root);
    if (target.kind === 'commit' && current !== undefined && target.sha === current.sha) {
        const reason = `${state.environment} already runs ${target.sha.slice(0, 12)} (deployment ${current.id})`;
        return { kind: 'unchanged', reason };
    }
    return target;
}

;// CONCATENATED MODULE: ./src/rollback/rollback.ts
// The rollback use case: back to the chosen target at once when the idle colour still runs it and is healthy,
// else by redeploying its commit through the whole deploy flow. A rollback is a deployment of its own
// (payload.rollbackOf), and the deployment it replaces is marked. With no healthy target it refuses.









/** Whether the idle colour runs the commit (as far as the ledger knows) and answers its health checks. */
async function warm(state, sha) {
    const idle = state.target;
    if (sha !== undefined && state.view.newestOn(idle)?.sha !== sha)
        return false;
    const { colors, health } = state.request.settings;
    const verdict = await state.timeline.run('health', () => checkOnce(colors[idle], health), (v) => [v.healthy ? 'done' : 'failed', v.reason]);
    return verdict.healthy;
}
/** Traffic straight back to the warm idle colour: record, switch, check, mark. */
async function rollback_switchBack(state, description) {
    await openAttempt(state, description);
    await lock_confirm(state);
    await switchToTarget(state);
    const idle = state.target;
    const verdict = await verifyBack(state, idle);
    const { ledger, run } = state.deps;
    await ledger.record(state.deploymentId, {
        state: 'success',
        description: `${description}: ${verdict.reason}`,
        environmentUrl: state.request.settings.url,
        logUrl: run.logUrl,
    });
    await markRolledBack(state);
    return state.report('rolled-back', `${description}: ${idle} was still warm.`);
}
async function execute(state, target) {
    if (target.kind === 'unchanged')
        return state.report('unchanged', `Nothing to roll back: ${target.reason}.`);
    if (target.kind === 'none')
        throw new RunStopped('refused', `No rollback target: ${target.reason}.`);
    const idle = state.target;
    if (target.kind === 'idle-colour') {
        state.request = { ...state.request, ref: `the ${idle} colour` };
        if (await warm(state, undefined))
            return rollback_switchBack(state, `Rollback to the ${idle} colour`);
        throw new RunStopped('refused', `No ledger to say what to roll back to, and ${idle} is not healthy: nothing to switch to.`);
    }
    state.request = { ...state.request, ref: target.ref, sha: target.sha };
    const description = `Rollback to ${target.ref} (${target.from})`;
    if (await warm(state, target.sha))
        return rollback_switchBack(state, description);
    state.deps.logger.info(`${idle} does not serve ${target.sha.slice(0, 12)} healthily: redeploying it.`);
    return release(state, description);
}
async function rollbackEnvironment(options) {
    const settings = await environmentSettings(options);
    const state = new RunState('rollback', { settings, ref: options.to ?? 'last good', sha: '' }, flowDeps(options, settings));
    return settle(state, async () => {
        await acquire(state);
        await readColors(state);
        if (state.previous === null)
            throw new RunStopped('refused', 'No colour serves traffic: there is nothing to roll back.');
        return execute(state, await chooseTarget(state, options.to, options.root));
    });
}

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
    notBuiltCommand('conflicts', 'Find merge conflicts between a branch, its base and other open pull requests'),
    notBuiltCommand('gate', 'Pass or fail on coverage, test, lint and compliance results'),
    deployCommand,
    rollbackCommand,
];

;// CONCATENATED MODULE: ./src/cli/main.ts






const COMMON_HELP = ['  -h, --help     show help for the command'];
function overview() {
    const width = Math.max(...commands.map((c) => c.name.length));
    const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return [
        `shipgate ${package_namespaceObject.rE}: CI checks for teams that ship many parallel branches.`,
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
async function main_runCommand(command, args, context) {
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
        context.stdout.write(`${package_namespaceObject.rE}\n`);
        return ExitCode.Passed;
    }
    const command = findCommand(name, context);
    if (!command)
        return ExitCode.Usage;
    try {
        return await main_runCommand(command, rest, context);
    }
    catch (error) {
        return reportError(command.name, error, context);
    }
}
function reportError(commandName, error, context) {
    const isUsage = error instanceof errors_ConfigurationError || error.code?.startsWith('ERR_PARSE_ARGS');
    if (isUsage) {
        context.stderr.write(`shipgate ${commandName}: ${errorMessage(error)}\n`);
        return ExitCode.Usage;
    }
    const detail = error instanceof Error && error.stack ? error.stack : errorMessage(error);
    context.stderr.write(`shipgate ${commandName} failed unexpectedly (a bug; please report it):\n${detail}\n`);
    return ExitCode.Usage;
}


/***/ })

};
