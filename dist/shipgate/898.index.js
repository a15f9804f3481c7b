export const id = 898;
export const ids = [898];
export const modules = {

/***/ 6898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/runner/run-action.ts
var run_action = __webpack_require__(2362);
// EXTERNAL MODULE: ./src/compliance/index.ts + 13 modules
var compliance = __webpack_require__(1505);
// EXTERNAL MODULE: ./src/runner/context.ts
var context = __webpack_require__(1953);
// EXTERNAL MODULE: ./src/runner/logger.ts
var logger = __webpack_require__(1784);
// EXTERNAL MODULE: ./src/actions/compliance/inputs.ts
var compliance_inputs = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/actions/compliance/step.ts + 6 modules
var step = __webpack_require__(6470);
;// CONCATENATED MODULE: ./src/actions/pr-checks/run-checks.ts





/**
 * Runs each check the config lists under `checks:`, with the action's inputs. The config is read once,
 * as it is at the pull request's merge base (see config/resolve.ts), so a pull request cannot switch a
 * check off for itself.
 */
async function runPullRequestChecks() {
    const runner = (0,context/* readRunnerContext */.gi)();
    const inputs = (0,compliance_inputs/* readComplianceInputs */.VH)();
    const prepared = await (0,compliance/* prepareScan */.JU)((0,step/* scanTarget */.r)(inputs, runner));
    const { checks } = prepared.config.settings;
    if (checks.length === 0)
        logger/* coreLogger */.W.info('shipgate: the config enables no check (checks: []), nothing to run.');
    for (const check of checks) {
        logger/* coreLogger */.W.info(`shipgate check: running ${check}`);
        if (check === 'compliance')
            await (0,step/* complianceStep */.i)(inputs, runner, prepared);
    }
}

;// CONCATENATED MODULE: ./src/actions/pr-checks.ts


/**
 * The root action (`uses: owner/shipgate@v1`): the PR checks the repository's config enables; with no
 * config, V2 compliance of the changed files.
 */
function main() {
    return (0,run_action/* runAction */.C)(runPullRequestChecks);
}


/***/ })

};
