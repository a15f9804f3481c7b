export const id = 876;
export const ids = [876];
export const modules = {

/***/ 2426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  du: () => (/* binding */ markRolledBack),
  P4: () => (/* binding */ soakAndSettle),
  jM: () => (/* binding */ verifyBack)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/deploy/duration.ts
var duration = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/deploy/health/wait.ts + 2 modules
var wait = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/deploy/health/probe.ts
var probe = __webpack_require__(2272);
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

// EXTERNAL MODULE: ./src/deploy/shell.ts
var shell = __webpack_require__(3133);
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
        return `p95 latency ${(0,duration/* formatDuration */.a3)(reading.p95Ms)} > ${(0,duration/* formatDuration */.a3)(soak.p95Ms)}`;
    return undefined;
}
async function read(soak, options) {
    const timeoutMs = Math.max(soak.intervalMs, 10_000);
    const result = await (0,shell/* runCommand */.d1)({ command: soak.command, cwd: options.cwd, env: options.env, timeoutMs });
    const failure = (0,shell/* failureOf */.g5)(result, timeoutMs);
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
    return result(true, `success rate ${last.successRate}%, p95 ${(0,duration/* formatDuration */.a3)(last.p95Ms)}`, last);
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
        return tally.result(false, `p95 latency ${(0,duration/* formatDuration */.a3)(p95Ms)} > ${(0,duration/* formatDuration */.a3)(soak.p95Ms)}`, atMs);
    }
    return tally.result(true, `success rate ${rate.toFixed(1)}%, p95 ${(0,duration/* formatDuration */.a3)(p95Ms)}`, atMs);
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
        const result = await (0,probe/* probe */.d)(base, check, Math.min(health.timeoutMs, soak.intervalMs * 5));
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

// EXTERNAL MODULE: ./src/deploy/flow/prepare.ts
var prepare = __webpack_require__(6583);
// EXTERNAL MODULE: ./src/deploy/flow/release.ts
var release = __webpack_require__(6425);
// EXTERNAL MODULE: ./src/deploy/settings.ts
var settings = __webpack_require__(998);
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
        await state.timeline.run('keep warm', wait, () => ['done', `${old} kept warm for ${(0,duration/* formatDuration */.a3)(keepWarmMs)}`]);
    }
    const live = await router.live();
    if (live !== (0,settings/* otherColor */.IP)(old)) {
        state.timeline.mark('scale down', 'skipped', `traffic is on ${live} now; ${old} was left running`);
        return;
    }
    const failure = await state.timeline.run('scale down', () => (0,release/* runUserCommand */.w0)(state, `shipgate: scale down ${old}`, scaleDown, old, SCALE_DOWN_TIMEOUT_MS), (f) => (f === undefined ? ['done', `${old} scaled down`] : ['failed', f]));
    if (failure !== undefined)
        state.note(`The scale-down command failed on ${old}: ${failure}`);
}

// EXTERNAL MODULE: ./src/deploy/flow/run-state.ts + 2 modules
var run_state = __webpack_require__(8247);
// EXTERNAL MODULE: ./src/deploy/flow/switch.ts
var flow_switch = __webpack_require__(3666);
;// CONCATENATED MODULE: ./src/deploy/flow/after-switch.ts
// After the switch: the soak decides. Passed: the attempt succeeds and the old colour is kept warm, then scaled
// down if asked. Fell short: traffic goes straight back to the old colour, which is checked, and both the
// failure and the rollback are recorded.









async function soakAndSettle(state) {
    const color = state.target;
    const { settings } = state.request;
    const { clock, logger, cwd } = state.deps;
    const options = { clock, logger, cwd, env: (0,release/* commandEnv */.zz)(state, color) };
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
    const switched = state.switchMs === null ? '' : ` (switch ${(0,duration/* formatDuration */.a3)(state.switchMs)})`;
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
        await state.timeline.run('rollback', () => (0,flow_switch/* switchTraffic */.g)(state, to), (ms) => ['done', `back to ${to} in ${(0,duration/* formatDuration */.a3)(ms)}`]);
        state.active = to;
    }
    catch (error) {
        const description = `Soak failed (${reason}) and switching back to ${to} failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
        await state.deps.ledger.record(state.deploymentId, { state: 'error', description, logUrl: state.deps.run.logUrl });
        throw new run_state/* RunStopped */.NL('failed', description);
    }
}
/** Checks the colour traffic went back to; a failure is noted (traffic has nowhere better to go). */
async function verifyBack(state, to) {
    const { colors, health } = state.request.settings;
    const verdict = await state.timeline.run('verify', () => (0,wait/* checkOnce */.G)(colors[to], health), (v) => [v.healthy ? 'done' : 'failed', v.reason]);
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
    const id = await (0,prepare/* openRecord */.C6)(state, spec);
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
        throw new run_state/* RunStopped */.NL('failed', description);
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


/***/ }),

/***/ 801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ release),
/* harmony export */   g: () => (/* binding */ deploy)
/* harmony export */ });
/* harmony import */ var _after_switch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2426);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3039);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6583);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6425);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8247);
/* harmony import */ var _switch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3666);






/** From reading the colours to the end: a deploy's steps after the lock, shared with a rollback that redeploys. */
async function release(state, description) {
    await (0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .readColors */ .NY)(state);
    await (0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .openAttempt */ .Eu)(state, `${description} to ${state.target}`);
    await (0,_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .confirm */ .lJ)(state);
    await (0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .deployToIdle */ .jt)(state);
    await (0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .awaitHealthy */ .iX)(state);
    await (0,_switch_js__WEBPACK_IMPORTED_MODULE_5__/* .switchToTarget */ .N)(state);
    return (0,_after_switch_js__WEBPACK_IMPORTED_MODULE_0__/* .soakAndSettle */ .P4)(state);
}
function deploy(request, deps) {
    const state = new _run_state_js__WEBPACK_IMPORTED_MODULE_4__/* .RunState */ .ll('deploy', request, deps);
    return (0,_run_state_js__WEBPACK_IMPORTED_MODULE_4__/* .settle */ .G9)(state, async () => {
        await (0,_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .acquire */ .XC)(state);
        await (0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .requireQualityGate */ .qH)(state);
        return release(state, `Deploy ${request.ref}`);
    });
}


/***/ }),

/***/ 3039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XC: () => (/* binding */ acquire),
  lJ: () => (/* binding */ lock_confirm)
});

// UNUSED EXPORTS: isStale

// EXTERNAL MODULE: ./src/github/deployments.ts + 1 modules
var deployments = __webpack_require__(3031);
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
            if ((0,deployments/* standingSuccess */.k)(await this.statuses(record.id)) !== undefined)
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

// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/deploy/health/wait.ts + 2 modules
var wait = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/deploy/settings.ts
var settings = __webpack_require__(998);
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
    const verdicts = await Promise.all(settings/* COLORS */.lm.map((color) => (0,wait/* checkOnce */.G)(colors[color], health)));
    return settings/* COLORS */.lm.filter((_, index) => verdicts[index].healthy);
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

// EXTERNAL MODULE: ./src/deploy/flow/run-state.ts + 2 modules
var run_state = __webpack_require__(8247);
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
        if (!(error instanceof permissions/* GitHubPermissionError */.x6))
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
    return new run_state/* RunStopped */.NL('refused', `Another ${state.kind === 'rollback' ? 'deploy or rollback' : 'deploy'} of ${state.environment} is in progress: ` +
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
    state.timeline.mark('lock', 'done', deps.ledger.enabled ? 'no other run in progress' : 'no other local run in progress (no ledger: a lock file)');
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


/***/ }),

/***/ 6583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ openRecord),
/* harmony export */   Eu: () => (/* binding */ openAttempt),
/* harmony export */   NY: () => (/* binding */ readColors),
/* harmony export */   qH: () => (/* binding */ requireQualityGate)
/* harmony export */ });
/* unused harmony export QUALITY_GATE_CHECK */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _routers_router_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2933);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(998);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8247);
// Before anything changes: which colour serves and which is idle, the quality gate, and the record of the attempt.




/** The check run the quality gate publishes; a deploy can require it to have passed for the SHA. */
const QUALITY_GATE_CHECK = 'shipgate / quality gate';
/** Reads the live colour from the router and cross-checks it with the ledger; the router is trusted. */
async function readColors(state) {
    const live = await state.deps.router.live();
    if (live === 'both') {
        throw new _routers_router_js__WEBPACK_IMPORTED_MODULE_3__/* .RouterError */ .K(`${state.deps.router.description} sends traffic to both colours; switch one off first.`);
    }
    state.previous = live === 'none' ? null : live;
    state.active = state.previous;
    state.target = live === 'none' ? 'blue' : (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .otherColor */ .IP)(live);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${settings.name} has require-quality-gate: true, which needs a GitHub token to read the check run "${QUALITY_GATE_CHECK}".`);
    }
    const verdict = await state.timeline.run('quality gate', () => gate(sha), (v) => [v.passed ? 'done' : 'failed', v.detail]);
    if (!verdict.passed)
        throw new _run_state_js__WEBPACK_IMPORTED_MODULE_2__/* .RunStopped */ .NL('refused', `The quality gate did not pass for ${sha}: ${verdict.detail}`);
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


/***/ }),

/***/ 6425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iX: () => (/* binding */ awaitHealthy),
/* harmony export */   jt: () => (/* binding */ deployToIdle),
/* harmony export */   w0: () => (/* binding */ runUserCommand),
/* harmony export */   zz: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var _health_wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5584);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3133);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8247);
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
    const run = () => (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)({ command, cwd, env: commandEnv(state, color), timeoutMs, onLine: (line) => logger.info(line) });
    const result = logger.group ? await logger.group(title, run) : await run();
    return (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .failureOf */ .g5)(result, timeoutMs);
}
async function deployToIdle(state) {
    const color = state.target;
    const skip = await reasonToSkip(state, color);
    if (skip !== undefined)
        return state.timeline.mark('deploy', 'skipped', skip);
    const { settings, ref } = state.request;
    const failure = await state.timeline.run('deploy', () => runUserCommand(state, `shipgate: deploy ${ref} to ${color}`, settings.deploy, color, settings.deployTimeoutMs), (f) => (f === undefined ? ['done', `${ref} deployed to ${color}`] : ['failed', f]));
    if (failure !== undefined)
        await fail(state, `The deploy command failed on ${color}: ${failure}`);
}
async function awaitHealthy(state) {
    const color = state.target;
    const { settings } = state.request;
    const { clock, logger, random } = state.deps;
    const options = { clock, logger, ...(random === undefined ? {} : { random }) };
    const verdict = await state.timeline.run('health', () => (0,_health_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .waitHealthy */ .h)(settings.colors[color], settings.health, options), (v) => [v.healthy ? 'done' : 'failed', `${v.reason} (${v.attempts} attempt(s))`]);
    if (!verdict.healthy)
        await fail(state, `${color} did not become healthy: ${verdict.reason}`);
    else
        logger.info(`${color} is healthy: ${verdict.reason} (${verdict.attempts} attempt(s)).`);
}
/** Records the failure before the switch (traffic never moved) and stops the run. */
async function fail(state, message) {
    const where = state.previous === null ? 'no colour served before' : `traffic stays on ${state.previous}`;
    const description = `${message}. No switch: ${where}.`;
    await state.deps.ledger.record(state.deploymentId, { state: 'failure', description, logUrl: state.deps.run.logUrl });
    throw new _run_state_js__WEBPACK_IMPORTED_MODULE_2__/* .RunStopped */ .NL('failed', description);
}


/***/ }),

/***/ 8247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ll: () => (/* binding */ RunState),
  NL: () => (/* binding */ RunStopped),
  G9: () => (/* binding */ settle)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/deploy/flow/local-lock.ts
// A local run has no ledger to lock with, so one lock file per repository and environment keeps a second
// terminal from deploying or rolling back the same environment at the same time. The file names the process
// that holds it; a holder that is gone (its process ended, the lock left by a killed run) is taken over.




/** The lock file of an environment of the repository at `root` (in the system's temporary folder). */
function localLockFile(root, environment) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(`${external_node_path_default().resolve(root)}\0${environment}`)
        .digest('hex')
        .slice(0, 16);
    return external_node_path_default().join(external_node_os_default().tmpdir(), `shipgate-deploy-${key}.lock`);
}
function isAlive(holder) {
    if (holder.host !== external_node_os_default().hostname())
        return true; // a shared temporary folder: never guess about another host
    try {
        process.kill(holder.pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM'; // alive, owned by someone else
    }
}
async function readHolder(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined; // gone meanwhile, or half-written by a run that died: not a live holder
    }
}
/**
 * Takes the lock of `environment`: its release, and a note when a dead run's lock was taken over; or, while a
 * live process holds it, why the run is refused.
 */
async function takeLocalLock(root, environment) {
    const file = localLockFile(root, environment);
    const holder = { pid: process.pid, host: external_node_os_default().hostname(), startedAt: new Date().toISOString() };
    const release = () => (0,promises_.rm)(file, { force: true });
    if (await createExclusively(file, holder))
        return { release };
    let current = await readHolder(file);
    if (current === undefined || !isAlive(current)) {
        // The dead run's file goes, then the lock is taken like any other. Two runs taking over in the same instant
        // could still both pass (Node has no OS file locks); the window is the time between these two calls.
        await (0,promises_.rm)(file, { force: true });
        if (await createExclusively(file, holder)) {
            return { release, note: `Took over the local lock of ${environment} left by a run that is gone (${file}).` };
        }
        current = await readHolder(file); // the run that won
    }
    const who = current ? `process ${current.pid} on ${current.host}, started ${current.startedAt}` : 'another process';
    return {
        refusal: `Another local deploy or rollback of ${environment} is in progress (${who}; lock file ${file}). Refusing to run at the same time.`,
    };
}
/** Writes the lock file only if there is none; false when one exists. */
async function createExclusively(file, holder) {
    try {
        await (0,promises_.writeFile)(file, JSON.stringify(holder), { flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
        return false;
    }
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
    let release;
    try {
        if (!state.deps.ledger.enabled)
            release = await localLock(state);
        return await steps();
    }
    catch (error) {
        if (error instanceof RunStopped)
            return state.report(error.outcome, error.message);
        state.deps.logger.error(`The ${state.kind} of ${state.environment} stopped: ${(0,errors/* errorMessage */.gJ)(error)}`);
        throw error;
    }
    finally {
        await release?.();
    }
}
/** Without a ledger to lock with, a lock file per repository and environment (see local-lock.ts). */
async function localLock(state) {
    const lock = await takeLocalLock(state.deps.cwd, state.environment);
    if ('refusal' in lock) {
        state.timeline.mark('lock', 'failed', 'refused: another local run holds the lock');
        throw new RunStopped('refused', lock.refusal);
    }
    if (lock.note !== undefined)
        state.note(lock.note);
    return lock.release;
}


/***/ }),

/***/ 3666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ switchToTarget),
/* harmony export */   g: () => (/* binding */ switchTraffic)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5039);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8247);
// The traffic switch, timed, and read back from the router: a switch the router does not show did not happen.




/** Switches to `color` and confirms it; returns how long the router took, in ms. */
async function switchTraffic(state, color) {
    const { router, logger } = state.deps;
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
    await router.switchTo(color);
    const ms = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - started;
    const live = await router.live();
    if (live !== color)
        throw new Error(`${router.description} shows ${live} live after switching to ${color}`);
    logger.info(`Traffic switched to ${color} in ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(ms)}.`);
    return ms;
}
/** The deploy's switch to the new colour; if it fails, traffic is put back and the failure recorded. */
async function switchToTarget(state) {
    const color = state.target;
    try {
        state.switchMs = await state.timeline.run('switch', () => switchTraffic(state, color), (ms) => ['done', `to ${color} in ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(ms)}`]);
        state.active = color;
    }
    catch (error) {
        const back = await putBack(state);
        const description = `The switch to ${color} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)} ${back}`;
        await state.deps.ledger.record(state.deploymentId, { state: 'error', description, logUrl: state.deps.run.logUrl });
        throw new _run_state_js__WEBPACK_IMPORTED_MODULE_3__/* .RunStopped */ .NL('failed', description);
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
        return `Putting traffic back on ${state.previous} failed too: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    }
}


/***/ }),

/***/ 2272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ probe),
/* harmony export */   m: () => (/* binding */ probeAll)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__);
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
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
    const request = url.startsWith('https:') ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    return new Promise((resolve) => {
        let timedOut = false;
        const done = (result) => resolve({ ...result, ms: node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - started });
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


/***/ }),

/***/ 5584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ checkOnce),
  h: () => (/* binding */ waitHealthy)
});

// EXTERNAL MODULE: ./src/deploy/duration.ts
var duration = __webpack_require__(5039);
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

// EXTERNAL MODULE: ./src/deploy/health/probe.ts
var probe = __webpack_require__(2272);
;// CONCATENATED MODULE: ./src/deploy/health/wait.ts




/** One round of every check, for a quick verdict (a warm colour before a rollback, the live one when reconciling). */
async function checkOnce(base, health) {
    const result = await (0,probe/* probeAll */.m)(base, health.checks, health.timeoutMs);
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
        const result = await (0,probe/* probeAll */.m)(base, health.checks, timeoutMs);
        if (result.outcome === 'ok')
            return verdict(true, attempt + 1, result.detail);
        breaker.record(result.outcome);
        logger.debug(`Health attempt ${attempt + 1}: ${result.detail}`);
        if (breaker.open) {
            return verdict(false, attempt + 1, `${breaker.failures} wrong answers in a row (circuit breaker): ${result.detail}`);
        }
        const delay = backoffDelay(attempt, health.initialDelayMs, health.maxDelayMs, options.random);
        if (clock.now() + delay >= deadline) {
            return verdict(false, attempt + 1, `not healthy within the ${(0,duration/* formatDuration */.a3)(health.deadlineMs)} deadline: ${result.detail}`);
        }
        await clock.sleep(delay);
    }
}


/***/ }),

/***/ 2933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ RouterError)
/* harmony export */ });
/** The router refused or failed: traffic stays where the router left it, which the message says when known. */
class RouterError extends Error {
    name = 'RouterError';
}


/***/ }),

/***/ 6940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fu: () => (/* binding */ environmentSettings),
  lt: () => (/* binding */ flowDeps),
  WL: () => (/* binding */ resolveCommit)
});

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(9307);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/request-error.ts
var request_error = __webpack_require__(7409);
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
            const { data } = await (0,permissions/* withPermission */.IW)('actions: read', `read workflow run ${runId}`, () => this.client.rest.actions.getWorkflowRun({ ...this.repo, run_id: Number(runId) }));
            return data.status === 'completed' ? 'finished' : 'running';
        }
        catch (error) {
            if ((0,request_error/* statusOf */.c2)(error) === 404)
                return 'unknown';
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/deploy/clock.ts

const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => (0,promises_.setTimeout)(Math.max(0, ms)),
};

// EXTERNAL MODULE: ./src/gate/gate-passed.ts
var gate_passed = __webpack_require__(7357);
;// CONCATENATED MODULE: ./src/deploy/flow/quality-gate.ts
// The quality gate as a deploy requirement: the gate's own verdict for the SHA (gate/gate-passed.ts).

function qualityGateOf(client, repo) {
    return async (sha) => {
        const verdict = await (0,gate_passed/* gatePassedFor */.P)(client, repo, sha);
        return { passed: verdict.passed, detail: verdict.url ? `${verdict.detail} (${verdict.url})` : verdict.detail };
    };
}

// EXTERNAL MODULE: ./src/github/deployments.ts + 1 modules
var deployments = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/github/repo.ts
var github_repo = __webpack_require__(1839);
// EXTERNAL MODULE: ./src/deploy/settings.ts
var settings = __webpack_require__(998);
;// CONCATENATED MODULE: ./src/deploy/ledger/github-ledger.ts



/** The task name shipgate's deployments carry, so other tools' deployments are told apart. */
const DEPLOY_TASK = 'deploy:shipgate';
function payloadOf(deployment) {
    const p = deployment.payload;
    if (!settings/* COLORS */.lm.includes(p.color) || typeof p.leaseUntil !== 'string')
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
        this.deployments = new deployments/* Deployments */.D(client, repo, logger);
        this.description = `GitHub Deployments of ${(0,github_repo/* repoName */.Qq)(repo)}`;
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/deploy/shell.ts
var shell = __webpack_require__(3133);
// EXTERNAL MODULE: ./src/deploy/routers/router.ts
var router = __webpack_require__(2933);
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
            throw new router/* RouterError */.K(`The live command "${this.settings.live}" printed "${answer}"; expected blue, green or none.`);
        }
        return state;
    }
    async switchTo(color) {
        await this.run(this.settings.switch, { SHIPGATE_TARGET_COLOR: color }, 'switch');
    }
    async run(command, extra, what) {
        const { timeoutMs } = this.settings;
        const result = await (0,shell/* runCommand */.d1)({ command, cwd: this.cwd, env: extra, timeoutMs });
        const failure = (0,shell/* failureOf */.g5)(result, timeoutMs);
        if (failure !== undefined)
            throw new router/* RouterError */.K(`The ${what} command "${command}" failed: ${failure}`);
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
            reject(new router/* RouterError */.K(`HAProxy's admin socket ${address}: ${reason}`));
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
                throw new router/* RouterError */.K(`${this.description} has no server "${this.settings.servers[color]}" (${color}); it has: ${known}.`);
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
            `set server ${backend}/${servers[(0,settings/* otherColor */.IP)(color)]} state drain`,
        ]);
        if (answer.trim() !== '')
            throw new router/* RouterError */.K(`${this.description} refused the switch to ${color}: ${answer.trim()}`);
    }
    send(commands) {
        return runtimeApi(this.settings.socket, commands, this.settings.timeoutMs);
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
        throw new errors/* ConfigurationError */.j1(`${file} has no ${kind} named "${name}".`);
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
    const config = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    const name = contextName ?? config['current-context'];
    if (name === undefined)
        throw new errors/* ConfigurationError */.j1(`${file} has no current-context; set "context" in the router.`);
    const context = pick(config.contexts, name, 'context', file);
    const cluster = pick(config.clusters, String(context.cluster), 'cluster', file);
    const user = context.user === undefined ? {} : pick(config.users, String(context.user), 'user', file);
    if (user.exec !== undefined || user['auth-provider'] !== undefined) {
        throw new errors/* ConfigurationError */.j1(`${file}: user "${String(context.user)}" uses an exec or auth-provider plugin, which shipgate does not run; use a token or client certificate.`);
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
    throw new errors/* ConfigurationError */.j1('No Kubernetes credentials: set "kubeconfig" in the router, KUBECONFIG, or run in a cluster.');
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
        const color = settings/* COLORS */.lm.find((c) => c === value);
        if (color === undefined) {
            throw new router/* RouterError */.K(`${this.description} selects ${this.settings.label}=${value}, which is neither blue nor green.`);
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
            throw new router/* RouterError */.K(`The Kubernetes API refused to ${method === 'GET' ? 'read' : 'patch'} ${this.description} (${answer.status}): ` +
                `the credentials from ${this.credentials.source} need "get" and "patch" on services in ${this.settings.namespace}.`);
        }
        if (answer.status >= 300)
            throw new router/* RouterError */.K(`The Kubernetes API answered ${answer.status} for ${method} ${this.path}: ${answer.body.slice(0, 300)}`);
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
        req.on('error', (error) => reject(new router/* RouterError */.K(`The Kubernetes API at ${credentials.server}: ${error.message}`)));
        req.end(call.body);
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/atomic-file.ts
var atomic_file = __webpack_require__(4553);
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
        return await (0,external_node_fs_promises_.readFile)(file, 'utf8');
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
            throw new router/* RouterError */.K(`${this.settings.upstreamFile} was not written by shipgate (no "# shipgate live color:" line).`);
        }
        return settings/* COLORS */.lm.find((c) => c === color) ?? 'none';
    }
    async switchTo(color) {
        const file = this.settings.upstreamFile;
        const previous = await readIfPresent(file);
        await (0,atomic_file/* writeFileAtomic */.Z)(file, upstreamFile(this.settings, color));
        try {
            await this.nginx(['-t'], 'rejected the new upstream (nginx -t)');
            await this.nginx(['-s', 'reload'], 'could not reload');
        }
        catch (error) {
            if (previous !== undefined)
                await (0,atomic_file/* writeFileAtomic */.Z)(file, previous);
            throw error;
        }
    }
    async nginx(args, what) {
        const config = this.settings.config === undefined ? [] : ['-c', this.settings.config];
        const command = [this.settings.binary, ...config, ...args];
        const result = await (0,shell/* runCommand */.d1)({ command, cwd: this.cwd, timeoutMs: this.settings.timeoutMs });
        const failure = (0,shell/* failureOf */.g5)(result, this.settings.timeoutMs);
        if (failure !== undefined) {
            throw new router/* RouterError */.K(`nginx ${what}; traffic was not switched: ${failure}`);
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
    const loaded = options.config ?? (await (0,load/* loadSettings */.M)({ root, ...(configPath === undefined ? {} : { configPath }) }));
    const environments = loaded.settings.deploy.environments;
    const settings = environments[options.environment];
    if (settings !== undefined)
        return settings;
    const known = Object.keys(environments);
    const file = loaded.source ?? 'the config (none found: .github/shipgate.yml)';
    const listed = known.length === 0 ? 'it describes none under deploy.environments' : `it describes ${known.join(', ')}`;
    throw new errors/* ConfigurationError */.j1(`The environment "${options.environment}" is not in ${file}: ${listed}.`);
}
/**
 * The commit a ref names in the repository: the ref itself, else the remote's branch of that name (a checkout
 * has only the branch it checked out locally); a full SHA is taken as it is when git does not have it.
 */
async function resolveCommit(root, ref) {
    const git = await (0,git_git/* openRepository */.h_)(root).catch(() => undefined);
    for (const candidate of [ref, `origin/${ref}`]) {
        const result = await git?.run(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], {
            allowExitCodes: [1, 128],
        });
        if (result !== undefined && result.exitCode === 0)
            return result.stdout.trim();
    }
    if (/^[0-9a-f]{40}$/i.test(ref))
        return ref.toLowerCase();
    throw new errors/* ConfigurationError */.j1(`The ref "${ref}" is not a commit of the repository at ${root} (in a workflow, check it out with fetch-depth: 0).`);
}
/** What the flow asks GitHub besides the ledger: the quality gate's verdict, whether a workflow run still goes. */
function githubQuestions({ client, repo }) {
    const runs = new WorkflowRuns(client, repo);
    return { qualityGate: qualityGateOf(client, repo), runProgress: (runId) => runs.progress(runId) };
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


/***/ }),

/***/ 3133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   g5: () => (/* binding */ failureOf)
/* harmony export */ });
/* unused harmony export inheritedEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5039);
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
        ? (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', spec.command], options)
        : (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(spec.command[0], spec.command.slice(1), options);
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
        return `timed out after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}`;
    if (result.exitCode === 0)
        return undefined;
    const last = result.output.trim().split('\n').pop() ?? '';
    const how = result.exitCode === null ? 'ended by a signal' : `exit ${result.exitCode}`;
    return last === '' ? how : `${how}: ${last.slice(0, 300)}`;
}


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   eT: () => (/* binding */ decodeRecord)
/* harmony export */ });
/* unused harmony export TREND_POINTS */
const MARKER = 'shipgate:gate-metrics';
const RECORD = new RegExp(`<!-- ${MARKER} (\\{.*?\\}) -->`);
/** Points kept in a record: enough for a readable chart. */
const TREND_POINTS = 20;
function encodeRecord(sha, metrics, previous) {
    const coverage = metrics['coverage.lines'];
    const own = coverage === undefined ? [] : [{ sha: sha.slice(0, 12), coverage }];
    const trend = [...previous, ...own].slice(-TREND_POINTS);
    // "--" cannot appear in the JSON of numbers and hex digits, so the comment cannot be closed early.
    return `<!-- ${MARKER} ${JSON.stringify({ v: 1, metrics, trend })} -->`;
}
function decodeRecord(text) {
    const json = RECORD.exec(text ?? '')?.[1];
    if (json === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(json);
        if (parsed.v !== 1 || typeof parsed.metrics !== 'object' || parsed.metrics === null)
            return undefined;
        return { metrics: parsed.metrics, trend: Array.isArray(parsed.trend) ? parsed.trend : [] };
    }
    catch {
        return undefined; // a record someone edited by hand is no baseline
    }
}


/***/ }),

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ conditionText),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   OM: () => (/* binding */ rangesText),
/* harmony export */   kH: () => (/* binding */ noteOf),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
const PERCENT_METRICS = new Set([
    'coverage.lines',
    'coverage.branches',
    'coverage.functions',
    'new.coverage.lines',
    'delta.coverage.lines',
]);
function formatValue(metric, value) {
    if (value === null)
        return '—';
    const text = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
    if (metric === 'tests.duration')
        return `${text} s`;
    if (!PERCENT_METRICS.has(metric))
        return text;
    return metric.startsWith('delta.') && value > 0 ? `+${text}%` : `${text}%`;
}
function conditionText(c) {
    return `${c.metric} ${c.op} ${c.threshold}`;
}
function outcomeOf(c) {
    if (c.skipped !== undefined)
        return 'skipped';
    if (c.actual === null)
        return 'no data';
    return c.passed ? 'passed' : 'failed';
}
/** The reason shown beside a skipped condition or one that had no data. */
function noteOf(c, result) {
    return c.skipped ?? (c.actual === null ? (result.gaps[c.metric]?.reason ?? 'no data') : '');
}
function verdictLine(result) {
    const { conditions, passed } = result.report;
    const failed = conditions.filter((c) => !c.passed).length;
    const skipped = conditions.filter((c) => c.skipped !== undefined).length;
    const counts = `${conditions.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`;
    const reportOnly = !passed && result.failOn === 'never' ? ' (report only: fail-on never)' : '';
    return `Quality gate ${passed ? 'passed' : 'failed'}: ${counts}${reportOnly}`;
}
/** "3–5, 9" */
const rangesText = (ranges) => ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ toMarkdown)
});

// EXTERNAL MODULE: ./src/gate/formats/describe.ts
var describe = __webpack_require__(499);
;// CONCATENATED MODULE: ./src/gate/formats/new-code.ts
const SHOWN = 20;
function lineLink(path, [start, end], blobUrl) {
    const text = start === end ? String(start) : `${start}–${end}`;
    if (!blobUrl)
        return text;
    return `[${text}](${blobUrl}/${path.split('/').map(encodeURIComponent).join('/')}#L${start}${end === start ? '' : `-L${end}`})`;
}
function newCodeSection(result, blobUrl) {
    const code = result.newCode;
    if (!code || code.coverable === 0)
        return '';
    const head = `**New code:** ${code.covered} of ${code.coverable} changed coverable lines covered.`;
    if (code.uncovered.length === 0)
        return head;
    const files = code.uncovered
        .slice(0, SHOWN)
        .map((f) => `- \`${f.path}\`: ${f.ranges.map((r) => lineLink(f.path, r, blobUrl)).join(', ')}`);
    const more = code.uncovered.length > SHOWN ? [`- … and ${code.uncovered.length - SHOWN} more file(s)`] : [];
    return [
        head,
        '',
        '<details open><summary>Changed lines not covered</summary>',
        '',
        ...files,
        ...more,
        '',
        '</details>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/gate/formats/trend.ts
function trendChart(result) {
    if (result.baseline.state !== 'found')
        return '';
    const current = result.report.metrics['coverage.lines'];
    const points = [...result.baseline.trend.map((p) => ({ label: p.sha.slice(0, 7), value: p.coverage }))];
    if (current !== undefined)
        points.push({ label: 'this', value: current });
    if (points.length < 2)
        return '';
    const low = Math.max(0, Math.floor(Math.min(...points.map((p) => p.value)) / 10) * 10 - 10);
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Line coverage: base branch, then this change"',
        `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
        `  y-axis "lines %" ${low} --> 100`,
        `  line [${points.map((p) => p.value).join(', ')}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/gate/formats/markdown.ts



const markdown_SHOWN = 20;
const ICONS = { passed: '✅', failed: '❌', skipped: '⏭️', 'no data': '❌' };
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function conditionsTable(result) {
    const rows = result.report.conditions.map((c) => {
        const outcome = (0,describe/* outcomeOf */.sG)(c);
        const note = (0,describe/* noteOf */.kH)(c, result);
        const status = `${ICONS[outcome]} ${outcome}${note ? `: ${cell(note)}` : ''}`;
        return `| \`${(0,describe/* conditionText */.D3)(c)}\` | ${(0,describe/* formatValue */.Fl)(c.metric, c.actual)} | ${status} |`;
    });
    return ['| condition | actual | result |', '|---|---|---|', ...rows].join('\n');
}
function baselineSection(result) {
    const b = result.baseline;
    if (b.state === 'found')
        return `Compared with the base branch at \`${b.sha.slice(0, 12)}\`.`;
    return b.state === 'none' ? `_${b.reason}._` : '';
}
function failuresSection(result) {
    if (result.failures.length === 0)
        return '';
    const items = result.failures.slice(0, markdown_SHOWN).map((f) => {
        const where = f.place ? ` (\`${f.place.path}:${f.place.line}\`)` : '';
        return `- **${cell(f.name)}**${where}: ${cell(f.message.split('\n')[0] ?? '')}`;
    });
    const total = result.report.metrics['tests.failed'] ?? result.failures.length;
    const more = total > markdown_SHOWN ? [`- … ${total - markdown_SHOWN} more`] : [];
    return [`**Failed tests** (${total}):`, '', ...items, ...more].join('\n');
}
function lintSection(result) {
    const errors = result.newCode?.lintErrors ?? [];
    if (errors.length === 0)
        return '';
    const items = errors
        .slice(0, markdown_SHOWN)
        .map((e) => `- \`${e.place.path}:${e.place.line}\` ${cell(e.rule)}: ${cell(e.message)}`);
    return [`**Lint errors on changed lines** (${errors.length}):`, '', ...items].join('\n');
}
function reportsSection(result) {
    const rows = result.report.reports.map((r) => `| \`${cell(r.path)}\` | ${r.format}${r.kind === 'tests' ? ` (${String(r.dialect)})` : ''} |`);
    return [
        '<details><summary>Reports read</summary>',
        '',
        '| report | format |',
        '|---|---|',
        ...rows,
        '',
        '</details>',
    ].join('\n');
}
function toMarkdown(result, options = {}) {
    const heading = `### ${result.report.passed ? '✅' : '❌'} ${(0,describe/* verdictLine */.MT)(result)}`;
    const sections = [
        heading,
        conditionsTable(result),
        baselineSection(result),
        newCodeSection(result, options.blobUrl),
        failuresSection(result),
        lintSection(result),
        trendChart(result),
        reportsSection(result),
    ].filter((s) => s !== '');
    return withinBudget(sections, options.maxChars ?? Infinity);
}
/** Whole sections while they fit; a note says how many were left out. */
function withinBudget(sections, maxChars) {
    const note = (left) => `\n\n_${left} more section(s) did not fit here; the job summary and the JSON report have them._`;
    let text = '';
    for (const [index, section] of sections.entries()) {
        const next = text === '' ? section : `${text}\n\n${section}`;
        const reserve = index < sections.length - 1 ? note(sections.length - index).length : 0;
        if (next.length + reserve > maxChars)
            return (text || section.slice(0, maxChars - reserve)) + note(sections.length - index);
        text = next;
    }
    return `${text}\n`;
}


/***/ }),

/***/ 7357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ gatePassedFor)
/* harmony export */ });
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1227);
/* harmony import */ var _github_check_runs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1377);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9713);
/**
 * The deploy guard: did the quality gate pass for this commit? Read from the check run the gate published,
 * so a deploy of a commit nobody gated, or one still being gated, is refused like a failed one.
 */



async function gatePassedFor(client, repo, sha, logger = _core_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q) {
    const run = await new _github_check_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckRuns */ .rp(client, repo, logger).latest(sha, _github_report_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_CHECK_RUN_NAME */ .rs);
    const short = sha.slice(0, 12);
    if (!run)
        return {
            passed: false,
            state: 'missing',
            detail: `No "${_github_report_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_CHECK_RUN_NAME */ .rs}" check run on ${short}: the gate never ran for it.`,
        };
    const url = run.htmlUrl ? { url: run.htmlUrl } : {};
    if (run.status !== 'completed')
        return { passed: false, state: 'pending', detail: `The quality gate is still running on ${short}.`, ...url };
    if (run.conclusion === 'success')
        return { passed: true, state: 'passed', detail: `The quality gate passed on ${short}.`, ...url };
    return {
        passed: false,
        state: 'failed',
        detail: `The quality gate did not pass on ${short} (${run.conclusion ?? 'no conclusion'})${run.output.title ? `: ${run.output.title}` : ''}.`,
        ...url,
    };
}


/***/ }),

/***/ 9713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y0: () => (/* binding */ publishGateCheckRun),
/* harmony export */   gZ: () => (/* binding */ publishGateComment),
/* harmony export */   kv: () => (/* binding */ gateAnnotations),
/* harmony export */   rs: () => (/* binding */ GATE_CHECK_RUN_NAME)
/* harmony export */ });
/* harmony import */ var _publishing_pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8906);
/* harmony import */ var _baseline_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8134);
/* harmony import */ var _formats_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1135);
/* harmony import */ var _formats_describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(499);




/** The check run's name: branch protection and the deploy action require it by this name. */
const GATE_CHECK_RUN_NAME = 'shipgate / quality gate';
const COMMENT_PURPOSE = 'quality-gate';
/** Failed tests where they fail, then lint errors on changed lines: what a reviewer should look at first. */
function gateAnnotations(result) {
    const tests = result.failures.flatMap((f) => f.place
        ? [
            {
                path: f.place.path,
                startLine: f.place.line,
                level: 'failure',
                title: `Test failed: ${f.name}`,
                message: f.message,
                rawDetails: f.details,
            },
        ]
        : []);
    const lint = (result.newCode?.lintErrors ?? []).map((e) => ({
        path: e.place.path,
        startLine: e.place.line,
        level: 'failure',
        title: `New lint error: ${e.rule}`,
        message: e.message,
    }));
    return [...tests, ...lint];
}
/** success, failure, or neutral when the gate failed but only reports (fail-on: never). */
function conclusionOf(result) {
    if (result.report.passed)
        return 'success';
    return result.failOn === 'never' ? 'neutral' : 'failure';
}
/** The trend this commit passes on: the baseline's, with this run's point added by the record. */
function recordOf(result, headSha) {
    const previous = result.baseline.state === 'found' ? result.baseline.trend : [];
    return (0,_baseline_record_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeRecord */ .Ym)(headSha, result.report.metrics, previous);
}
function publishGateCheckRun(target, result, headSha, links) {
    const record = recordOf(result, headSha);
    return (0,_publishing_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .publishCheckRun */ .Nm)(target, {
        name: GATE_CHECK_RUN_NAME,
        headSha,
        conclusion: conclusionOf(result),
        title: (0,_formats_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictLine */ .MT)(result),
        summary: (maxChars) => `${(0,_formats_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .toMarkdown */ .l)(result, { ...links, maxChars: maxChars - record.length - 1 })}\n${record}`,
        annotations: gateAnnotations(result),
        overflowHint: 'the JUnit and lint reports',
    });
}
function publishGateComment(target, result, pullNumber, links) {
    return (0,_publishing_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .publishStickyComment */ .i2)(target, pullNumber, COMMENT_PURPOSE, (0,_formats_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .toMarkdown */ .l)(result, links));
}


/***/ }),

/***/ 3031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ Deployments),
  k: () => (/* binding */ standingSuccess)
});

// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/github/create-once.ts
var create_once = __webpack_require__(4633);
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

// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/github/text-limits.ts
var text_limits = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/github/deployments.ts





/** GitHub Deployments as the ledger of what was deployed where, and how it went. */
class Deployments {
    client;
    repo;
    logger;
    constructor(client, repo, logger = core_logger/* silentLogger */.q) {
        this.client = client;
        this.repo = repo;
        this.logger = logger;
    }
    /**
     * Creates the deployment. Should GitHub fail in a way that leaves open whether it made it, shipgate looks
     * among the newest deployments of the environment and ref for the unique id it put in the payload.
     */
    async create(input) {
        const creationId = (0,create_once/* creationNonce */.tD)();
        const deployment = await (0,create_once/* createOnce */.Ur)(this.client, `create a deployment of ${input.ref} to ${input.environment}`, () => this.post(input, creationId), async () => (await this.list(input.environment, { ref: input.ref }, 1)).find((d) => d.payload[CREATION_KEY] === creationId));
        this.logger.info(`Created deployment ${deployment.id} of ${input.ref} to ${input.environment}.`);
        return deployment;
    }
    /**
     * Records a status. Should GitHub fail in a way that leaves open whether it recorded it, a newest status
     * equal to this one counts as recorded: the deployment's current state is then what was asked for.
     */
    async createStatus(deploymentId, input) {
        const description = input.description === undefined ? undefined : (0,text_limits/* truncateLine */.rT)(input.description, text_limits/* LIMITS */.b1.deploymentDescription);
        const wanted = { ...input, description };
        const status = await (0,create_once/* createOnce */.Ur)(this.client, `record "${input.state}" on deployment ${deploymentId}`, () => this.postStatus(deploymentId, wanted), async () => (await this.statuses(deploymentId)).slice(0, 1).find((newest) => sameStatus(newest, wanted)));
        this.logger.debug(`Deployment ${deploymentId} is now ${input.state}.`);
        return status;
    }
    /** All deployments to an environment, newest first; `pages` limits how many pages of 100 are read. */
    async list(environment, filter = {}, pages = Infinity) {
        const parameters = { ...this.repo, environment, ref: filter.ref, task: filter.task, per_page: 100 };
        let read = 0;
        // Listing a repository's deployments answers 404 only when the token cannot see the repository.
        const deployments = await (0,permissions/* withPermission */.IW)('deployments: read', `list the deployments to ${environment}`, () => this.client.paginate(this.client.rest.repos.listDeployments, parameters, (response, done) => {
            read += 1;
            if (read >= pages)
                done();
            return response.data;
        }), { notFoundMeansDenied: true });
        return deployments.map(toDeployment).sort(newestFirst);
    }
    /** The statuses a deployment went through, newest first. */
    async statuses(deploymentId) {
        const statuses = await (0,permissions/* withPermission */.IW)('deployments: read', `read the statuses of deployment ${deploymentId}`, () => this.client.paginate(this.client.rest.repos.listDeploymentStatuses, {
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
        const response = await (0,permissions/* withPermission */.IW)('deployments: write', `create a deployment of ${input.ref}`, () => this.client.rest.repos.createDeployment({
            ...this.repo,
            ref: input.ref,
            environment: input.environment,
            description: input.description === undefined ? undefined : (0,text_limits/* truncateLine */.rT)(input.description, text_limits/* LIMITS */.b1.deploymentDescription),
            payload: { ...input.payload, [CREATION_KEY]: creationId },
            task: input.task,
            auto_merge: false,
            required_contexts: input.requiredContexts ?? [],
            transient_environment: input.transientEnvironment,
            production_environment: input.productionEnvironment,
            request: create_once/* NO_BLIND_RETRY */.hv,
        }), { notFoundMeansDenied: true });
        // 202 means GitHub merged the default branch first; auto_merge is off, so it is unexpected.
        if (!('id' in response.data)) {
            throw new Error(`GitHub did not create the deployment of ${input.ref}: ${response.data.message ?? 'no reason given'}`);
        }
        return toDeployment(response.data);
    }
    async postStatus(deploymentId, input) {
        const { data } = await (0,permissions/* withPermission */.IW)('deployments: write', `record "${input.state}" on deployment ${deploymentId}`, () => this.client.rest.repos.createDeploymentStatus({
            ...this.repo,
            deployment_id: deploymentId,
            state: input.state,
            description: input.description,
            environment_url: input.environmentUrl,
            log_url: input.logUrl,
            auto_inactive: input.autoInactive,
            request: create_once/* NO_BLIND_RETRY */.hv,
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


/***/ })

};
