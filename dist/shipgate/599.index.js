export const id = 599;
export const ids = [599];
export const modules = {

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackEnvironment: () => (/* binding */ rollbackEnvironment)
});

// EXTERNAL MODULE: ./src/deploy/flow/after-switch.ts + 4 modules
var after_switch = __webpack_require__(2426);
// EXTERNAL MODULE: ./src/deploy/flow/deploy.ts
var deploy = __webpack_require__(801);
// EXTERNAL MODULE: ./src/deploy/flow/lock.ts + 2 modules
var lock = __webpack_require__(3039);
// EXTERNAL MODULE: ./src/deploy/flow/prepare.ts
var prepare = __webpack_require__(6583);
// EXTERNAL MODULE: ./src/deploy/flow/run-state.ts + 2 modules
var run_state = __webpack_require__(8247);
// EXTERNAL MODULE: ./src/deploy/flow/switch.ts
var flow_switch = __webpack_require__(3666);
// EXTERNAL MODULE: ./src/deploy/health/wait.ts + 2 modules
var wait = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/deploy/setup.ts + 12 modules
var setup = __webpack_require__(6940);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
        throw new errors/* ConfigurationError */.j1(`Deployment ${id} is not among shipgate's newest deployments to ${state.environment}.`);
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
    return { kind: 'commit', ref: to, sha: await (0,setup/* resolveCommit */.WL)(root, to), from: `ref ${to}` };
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
    const verdict = await state.timeline.run('health', () => (0,wait/* checkOnce */.G)(colors[idle], health), (v) => [v.healthy ? 'done' : 'failed', v.reason]);
    return verdict.healthy;
}
/** Traffic straight back to the warm idle colour: record, switch, check, mark. */
async function switchBack(state, description) {
    await (0,prepare/* openAttempt */.Eu)(state, description);
    await (0,lock/* confirm */.lJ)(state);
    await (0,flow_switch/* switchToTarget */.N)(state);
    const idle = state.target;
    const verdict = await (0,after_switch/* verifyBack */.jM)(state, idle);
    const { ledger, run } = state.deps;
    await ledger.record(state.deploymentId, {
        state: 'success',
        description: `${description}: ${verdict.reason}`,
        environmentUrl: state.request.settings.url,
        logUrl: run.logUrl,
    });
    await (0,after_switch/* markRolledBack */.du)(state);
    return state.report('rolled-back', `${description}: ${idle} was still warm.`);
}
async function execute(state, target) {
    if (target.kind === 'unchanged')
        return state.report('unchanged', `Nothing to roll back: ${target.reason}.`);
    if (target.kind === 'none')
        throw new run_state/* RunStopped */.NL('refused', `No rollback target: ${target.reason}.`);
    const idle = state.target;
    if (target.kind === 'idle-colour') {
        state.request = { ...state.request, ref: `the ${idle} colour` };
        if (await warm(state, undefined))
            return switchBack(state, `Rollback to the ${idle} colour`);
        throw new run_state/* RunStopped */.NL('refused', `No ledger to say what to roll back to, and ${idle} is not healthy: nothing to switch to.`);
    }
    state.request = { ...state.request, ref: target.ref, sha: target.sha };
    const description = `Rollback to ${target.ref} (${target.from})`;
    if (await warm(state, target.sha))
        return switchBack(state, description);
    state.deps.logger.info(`${idle} does not serve ${target.sha.slice(0, 12)} healthily: redeploying it.`);
    return (0,deploy/* release */._)(state, description);
}
async function rollbackEnvironment(options) {
    const settings = await (0,setup/* environmentSettings */.fu)(options);
    const state = new run_state/* RunState */.ll('rollback', { settings, ref: options.to ?? 'last good', sha: '' }, (0,setup/* flowDeps */.lt)(options, settings));
    return (0,run_state/* settle */.G9)(state, async () => {
        await (0,lock/* acquire */.XC)(state);
        await (0,prepare/* readColors */.NY)(state);
        if (state.previous === null)
            throw new run_state/* RunStopped */.NL('refused', 'No colour serves traffic: there is nothing to roll back.');
        return execute(state, await chooseTarget(state, options.to, options.root));
    });
}


/***/ })

};
