export const id = 12;
export const ids = [12];
export const modules = {

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
