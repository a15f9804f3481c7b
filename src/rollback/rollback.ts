// The rollback use case: back to the chosen target at once when the idle colour still runs it and is healthy,
// else by redeploying its commit through the whole deploy flow. A rollback is a deployment of its own
// (payload.rollbackOf), and the deployment it replaces is marked. With no healthy target it refuses.
import { markRolledBack, verifyBack } from '../deploy/flow/after-switch.js';
import { release } from '../deploy/flow/deploy.js';
import { acquire, confirm } from '../deploy/flow/lock.js';
import { openAttempt, readColors } from '../deploy/flow/prepare.js';
import { RunState, RunStopped, settle } from '../deploy/flow/run-state.js';
import { switchToTarget } from '../deploy/flow/switch.js';
import { checkOnce } from '../deploy/health/wait.js';
import type { DeployReport } from '../deploy/report.js';
import { environmentSettings, flowDeps, type RunOptions } from '../deploy/setup.js';
import { chooseTarget, type Target } from './target.js';

export interface RollbackOptions extends RunOptions {
  /** a deployment id or a ref; default the last good deployment before the current one */
  to?: string;
}

/** Whether the idle colour runs the commit (as far as the ledger knows) and answers its health checks. */
async function warm(state: RunState, sha: string | undefined): Promise<boolean> {
  const idle = state.target!;
  if (sha !== undefined && state.view.newestOn(idle)?.sha !== sha) return false;
  const { colors, health } = state.request.settings;
  const verdict = await state.timeline.run(
    'health',
    () => checkOnce(colors[idle], health),
    (v) => [v.healthy ? 'done' : 'failed', v.reason],
  );
  return verdict.healthy;
}

/** Traffic straight back to the warm idle colour: record, switch, check, mark. */
async function switchBack(state: RunState, description: string): Promise<DeployReport> {
  await openAttempt(state, description);
  await confirm(state);
  await switchToTarget(state);
  const idle = state.target!;
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

async function execute(state: RunState, target: Target): Promise<DeployReport> {
  if (target.kind === 'unchanged') return state.report('unchanged', `Nothing to roll back: ${target.reason}.`);
  if (target.kind === 'none') throw new RunStopped('refused', `No rollback target: ${target.reason}.`);
  const idle = state.target!;
  if (target.kind === 'idle-colour') {
    state.request = { ...state.request, ref: `the ${idle} colour` };
    if (await warm(state, undefined)) return switchBack(state, `Rollback to the ${idle} colour`);
    throw new RunStopped(
      'refused',
      `No ledger to say what to roll back to, and ${idle} is not healthy: nothing to switch to.`,
    );
  }
  state.request = { ...state.request, ref: target.ref, sha: target.sha };
  const description = `Rollback to ${target.ref} (${target.from})`;
  if (await warm(state, target.sha)) return switchBack(state, description);
  state.deps.logger.info(`${idle} does not serve ${target.sha.slice(0, 12)} healthily: redeploying it.`);
  return release(state, description);
}

export async function rollbackEnvironment(options: RollbackOptions): Promise<DeployReport> {
  const settings = await environmentSettings(options);
  const state = new RunState(
    'rollback',
    { settings, ref: options.to ?? 'last good', sha: '' },
    flowDeps(options, settings),
  );
  return settle(state, async () => {
    await acquire(state);
    await readColors(state);
    if (state.previous === null)
      throw new RunStopped('refused', 'No colour serves traffic: there is nothing to roll back.');
    return execute(state, await chooseTarget(state, options.to, options.root));
  });
}
