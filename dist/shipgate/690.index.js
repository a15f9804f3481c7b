export const id = 690;
export const ids = [690];
export const modules = {

/***/ 1690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   complianceCommand: () => (/* binding */ complianceCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8330);
/* harmony import */ var _compliance_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9505);
/* harmony import */ var _compliance_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8874);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9307);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(308);
/* harmony import */ var _compliance_formats_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9251);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4296);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3567);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6657);











const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const str = (value) => (typeof value === 'string' ? value : undefined);
async function readReport(file, cwd) {
    try {
        return { file, report: JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), 'utf8')) };
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`compliance merge: cannot read the JSON report ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
    }
}
/** The merging run's fail-on: --fail-on, else its config's (never a shard report's own). */
async function mergeFailOn(input, context) {
    const flag = input.values['fail-on'];
    if (flag !== undefined)
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .choice */ .Yq)(flag, _compliance_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON */ .d$, '--fail-on', 'new');
    const configPath = str(input.values.config);
    const root = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_6__/* .findRepositoryRoot */ .mL)(context.cwd)) ?? context.cwd;
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSettings */ .M)({
        root,
        ...(configPath ? { configPath: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, configPath) } : {}),
    });
    return config.settings.compliance.failOn;
}
async function merge(files, input, context) {
    const format = (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .choice */ .Yq)(input.values.format, FORMATS, '--format', 'json');
    const output = (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .outputFlag */ .Y0)(input, context);
    const failOn = await mergeFailOn(input, context);
    const reports = await Promise.all(files.map((f) => readReport(f, context.cwd)));
    const report = (0,_compliance_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeReports */ .C1)(reports, failOn);
    await (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .emit */ .Ic)((0,_compliance_formats_index_js__WEBPACK_IMPORTED_MODULE_7__/* .renderReport */ .B1)(report, format), output, context);
    return report.summary.passed ? _command_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.Passed : _command_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.Failed;
}
function changedSinceFlag(input) {
    const ref = input.values['changed-since'];
    if (ref === undefined)
        return undefined;
    const text = str(ref)?.trim();
    if (!text)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1('--changed-since needs a ref or SHA (it was empty).');
    return text;
}
function scanRequest(input, context) {
    const [target = '.', ...extra] = input.positionals;
    if (extra.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`compliance takes one PATH, got ${input.positionals.length}: ${input.positionals.join(' ')}`);
    }
    const [shard, baseline, config, changedSince] = [
        str(input.values.shard),
        str(input.values.baseline),
        str(input.values.config),
        changedSinceFlag(input),
    ];
    const failOn = input.values['fail-on'] === undefined ? undefined : (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .choice */ .Yq)(input.values['fail-on'], _compliance_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON */ .d$, '--fail-on', 'new');
    return {
        target: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, target),
        ...(config ? { configPath: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, config) } : {}),
        overrides: { failOn, baseline: baseline === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, baseline) },
        ...(changedSince ? { changedSince } : {}),
        trustWorkTreeConfig: input.values['trust-pr-config'] === true,
        ...(shard ? { shard: (0,_compliance_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseShard */ .uK)(shard, '--shard') } : {}),
        writeBaseline: input.values['write-baseline'] === true,
        pruneBaseline: input.values['prune-baseline'] === true,
        logger: (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .stderrLogger */ .D7)(context),
        toolVersion: _package_json__WEBPACK_IMPORTED_MODULE_2__/* .version */ .rE,
    };
}
async function scan(input, context) {
    // Every flag is checked before the scan: a typo should not cost a whole scan first.
    const format = (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .choice */ .Yq)(input.values.format, FORMATS, '--format', 'text');
    const output = (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .outputFlag */ .Y0)(input, context);
    const result = await (0,_compliance_index_js__WEBPACK_IMPORTED_MODULE_3__/* .scanRepository */ .Gw)(scanRequest(input, context));
    await (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .emit */ .Ic)((0,_compliance_formats_index_js__WEBPACK_IMPORTED_MODULE_7__/* .renderReport */ .B1)(result.report, format), output, context);
    if (result.baselineWritten)
        context.stderr.write(`Baseline written to ${result.baselineWritten}.\n`);
    if (result.baselineWritten)
        return _command_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.Passed;
    return result.report.summary.passed ? _command_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.Passed : _command_js__WEBPACK_IMPORTED_MODULE_9__/* .ExitCode */ .y.Failed;
}
const complianceCommand = {
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


/***/ })

};
