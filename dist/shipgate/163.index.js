export const id = 163;
export const ids = [163];
export const modules = {

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
__webpack_unused_export__ = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
__webpack_unused_export__ = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ExitCode)
/* harmony export */ });
const ExitCode = { Passed: 0, Failed: 1, Usage: 2 };


/***/ }),

/***/ 6163:
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
// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/**
 * Every `shipgate` command, in the order `--help` lists them. A command's module, and all it needs (the
 * GitHub client, the report parsers, the deploy engine), loads only when that command runs: a local
 * `shipgate compliance` starts without them.
 */
const commands = [
    {
        name: 'check',
        summary: 'Run the pull-request checks the config enables (with no config: V2 compliance of the changed files)',
        load: () => Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(307), __webpack_require__.e(925), __webpack_require__.e(387), __webpack_require__.e(291)]).then(__webpack_require__.bind(__webpack_require__, 849)).then((m) => m.checkCommand),
    },
    {
        name: 'compliance',
        summary: 'Check files, classes and functions against line-count limits (V2 by default)',
        load: () => Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(307), __webpack_require__.e(925), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 1690)).then((m) => m.complianceCommand),
    },
    {
        name: 'conflicts',
        summary: 'Find merge conflicts between branches, their base and each other, by real merges',
        load: () => Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(307), __webpack_require__.e(387), __webpack_require__.e(409)]).then(__webpack_require__.bind(__webpack_require__, 3258)).then((m) => m.conflictsCommand),
    },
    {
        name: 'gate',
        summary: 'Pass or fail on coverage, test, lint and compliance results',
        load: () => Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(247), __webpack_require__.e(448), __webpack_require__.e(182), __webpack_require__.e(307), __webpack_require__.e(906), __webpack_require__.e(286), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 3568)).then((m) => m.gateCommand),
    },
    {
        name: 'deploy',
        summary: 'Deploy to the idle colour and switch traffic after health checks',
        load: () => __webpack_require__.e(/* import() */ 682).then(__webpack_require__.bind(__webpack_require__, 2682)).then((m) => m.deployCommand),
    },
    {
        name: 'rollback',
        summary: 'Return traffic to the last deployment that succeeded',
        load: () => __webpack_require__.e(/* import() */ 533).then(__webpack_require__.bind(__webpack_require__, 4533)).then((m) => m.rollbackCommand),
    },
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
function commandHelp(entry, command) {
    return [`Usage: ${command.usage}`, '', entry.summary, '', 'Options:', ...command.optionHelp, ...COMMON_HELP, ''].join('\n');
}
function findCommand(name, context) {
    const command = commands.find((c) => c.name === name);
    if (!command) {
        const hint = (0,mod/* closest */.kp)(name, commands.map((c) => c.name));
        context.stderr.write(`shipgate: unknown command "${name}"; did you mean "${hint}"?\n\n${overview()}`);
    }
    return command;
}
async function runCommand(entry, args, context) {
    const command = await entry.load();
    const parsed = (0,external_node_util_.parseArgs)({
        args,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: command.allowPositionals,
        strict: true,
    });
    if (parsed.values.help) {
        context.stdout.write(commandHelp(entry, command));
        return cli_command/* ExitCode */.y.Passed;
    }
    return command.run({ values: parsed.values, positionals: parsed.positionals }, context);
}
/** Runs the CLI and returns its exit code; errors become messages, bugs are reported as such. */
async function main(args, context) {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        context.stdout.write(overview());
        return name === undefined ? cli_command/* ExitCode */.y.Usage : cli_command/* ExitCode */.y.Passed;
    }
    if (name === '--version' || name === '-v') {
        context.stdout.write(`${package_0/* version */.rE}\n`);
        return cli_command/* ExitCode */.y.Passed;
    }
    const command = findCommand(name, context);
    if (!command)
        return cli_command/* ExitCode */.y.Usage;
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
        return cli_command/* ExitCode */.y.Usage;
    }
    const detail = error instanceof Error && error.stack ? error.stack : (0,errors/* errorMessage */.gJ)(error);
    context.stderr.write(`shipgate ${commandName} failed unexpectedly (a bug; please report it):\n${detail}\n`);
    return cli_command/* ExitCode */.y.Usage;
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

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
