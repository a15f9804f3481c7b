export const id = 716;
export const ids = [716];
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
/* harmony import */ var _compliance_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6470);




/** The compliance action (`uses: …/actions/compliance@v1`). */
function main() {
    return (0,_runner_run_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(() => (0,_compliance_step_js__WEBPACK_IMPORTED_MODULE_3__/* .complianceStep */ .i)((0,_compliance_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readComplianceInputs */ .VH)(), (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)()));
}


/***/ })

};
