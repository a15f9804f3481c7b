// After the switch: the soak decides. Passed: the attempt succeeds and the old colour is kept warm, then scaled
// down if asked. Fell short: traffic goes straight back to the old colour, which is checked, and both the
// failure and the rollback are recorded.
import { errorMessage } from '../../core/errors.js';
import { formatDuration } from '../duration.js';
import { checkOnce, type HealthVerdict } from '../health/wait.js';
import type { DeployReport } from '../report.js';
import { runSoak } from '../soak/soak.js';
import type { Color } from '../settings.js';
import { openRecord } from './prepare.js';
import { commandEnv } from './release.js';
import { keepWarmThenScaleDown } from './keep-warm.js';
import { RunStopped, type RunState } from './run-state.js';
import { switchTraffic } from './switch.js';

export async function soakAndSettle(state: RunState): Promise<DeployReport> {
  const color = state.target!;
  const { settings } = state.request;
  const { clock, logger, cwd } = state.deps;
  const options = { clock, logger, cwd, env: commandEnv(state, color) };
  state.soak = await state.timeline.run(
    'soak',
    () => runSoak(settings.colors[color], settings.soak, settings.health, options),
    (s) => [s.passed ? 'done' : 'failed', s.reason],
  );
  return state.soak.passed ? succeed(state) : rollBackAutomatically(state, state.soak.reason);
}

async function succeed(state: RunState): Promise<DeployReport> {
  const { settings, ref } = state.request;
  const color = state.target!;
  const description = `Live on ${color}: ${state.soak!.reason}.`;
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
  return state.report(
    state.kind === 'rollback' ? 'rolled-back' : 'deployed',
    `${what} in ${settings.name}${switched}; ${state.soak!.reason}.`,
  );
}

/** A rollback marks the deployment it replaced, so "the last good deployment" no longer counts it. */
export async function markRolledBack(state: RunState): Promise<void> {
  if (state.rollbackOf === null || state.deploymentId === null) return;
  const description = `Rolled back by deployment ${state.deploymentId}.`;
  await state.deps.ledger.record(state.rollbackOf, { state: 'failure', description, logUrl: state.deps.run.logUrl });
}

async function switchBack(state: RunState, to: Color, reason: string): Promise<void> {
  try {
    await state.timeline.run(
      'rollback',
      () => switchTraffic(state, to),
      (ms) => ['done', `back to ${to} in ${formatDuration(ms)}`],
    );
    state.active = to;
  } catch (error) {
    const description = `Soak failed (${reason}) and switching back to ${to} failed: ${errorMessage(error)}`;
    await state.deps.ledger.record(state.deploymentId, { state: 'error', description, logUrl: state.deps.run.logUrl });
    throw new RunStopped('failed', description);
  }
}

/** Checks the colour traffic went back to; a failure is noted (traffic has nowhere better to go). */
export async function verifyBack(state: RunState, to: Color): Promise<HealthVerdict> {
  const { colors, health } = state.request.settings;
  const verdict = await state.timeline.run(
    'verify',
    () => checkOnce(colors[to], health),
    (v) => [v.healthy ? 'done' : 'failed', v.reason],
  );
  if (!verdict.healthy) state.note(`After the rollback, ${to} does not pass its health checks: ${verdict.reason}`);
  return verdict;
}

/** A deployment for the switch back, so GitHub's Deployments show the environment on the old ref again. */
async function recordRollback(state: RunState, to: Color, reason: string): Promise<void> {
  const previous = state.view.newestOn(to);
  if (previous === undefined || state.deploymentId === null) return;
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

async function rollBackAutomatically(state: RunState, reason: string): Promise<DeployReport> {
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
