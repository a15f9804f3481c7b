export const id = 800;
export const ids = [800,12];
export const modules = {

/***/ 3800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _deploy_deploy_environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7012);
/* harmony import */ var _runner_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1953);
/* harmony import */ var _runner_run_action_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2362);
/* harmony import */ var _deploy_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5422);
/* harmony import */ var _deploy_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4089);





/** The deploy action (`uses: …/actions/deploy@v1`). */
function main() {
    return (0,_runner_run_action_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .C)(async () => {
        const inputs = (0,_deploy_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readDeployInputs */ .Jj)();
        const runner = (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunnerContext */ .gi)();
        // Without a ref input, the commit the workflow runs on (GitHub records it by its SHA).
        const report = await (0,_deploy_deploy_environment_js__WEBPACK_IMPORTED_MODULE_0__.deployEnvironment)({ ...(0,_deploy_step_js__WEBPACK_IMPORTED_MODULE_4__/* .stepOptions */ .p)(inputs, runner), ref: inputs.ref ?? runner.sha });
        await (0,_deploy_step_js__WEBPACK_IMPORTED_MODULE_4__/* .finishStep */ .I)(report, inputs, runner);
    });
}


/***/ }),

/***/ 7012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployEnvironment: () => (/* binding */ deployEnvironment)
/* harmony export */ });
/* harmony import */ var _flow_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(801);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6940);
// The deploy use case, shared by the CLI and the action: settings, commit, router and ledger, then the flow.


async function deployEnvironment(options) {
    const settings = await (0,_setup_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentSettings */ .fu)(options);
    const sha = await (0,_setup_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(options.root, options.ref ?? 'HEAD');
    // GitHub records the ref by name; HEAD means nothing there, so the commit stands for it.
    return (0,_flow_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .deploy */ .g)({ settings, ref: options.ref ?? sha, sha }, (0,_setup_js__WEBPACK_IMPORTED_MODULE_1__/* .flowDeps */ .lt)(options, settings));
}


/***/ })

};
