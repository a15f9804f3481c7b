// A deploy, step by step: lock, gate, colours, record, deploy to the idle colour, health, switch, soak, and
// then success or the automatic rollback. Each step records what it did in the timeline.
import type { DeployReport } from '../report.js';
import { soakAndSettle } from './after-switch.js';
import type { DeployRequest, FlowDeps } from './context.js';
import { acquire, confirm } from './lock.js';
import { openAttempt, readColors, requireQualityGate } from './prepare.js';
import { awaitHealthy, deployToIdle } from './release.js';
import { RunState, settle } from './run-state.js';
import { switchToTarget } from './switch.js';

/** From reading the colours to the end: a deploy's steps after the lock, shared with a rollback that redeploys. */
export async function release(state: RunState, description: string): Promise<DeployReport> {
  await readColors(state);
  await openAttempt(state, `${description} to ${state.target}`);
  await confirm(state);
  await deployToIdle(state);
  await awaitHealthy(state);
  await switchToTarget(state);
  return soakAndSettle(state);
}

export function deploy(request: DeployRequest, deps: FlowDeps): Promise<DeployReport> {
  const state = new RunState('deploy', request, deps);
  return settle(state, async () => {
    await acquire(state);
    await requireQualityGate(state);
    return release(state, `Deploy ${request.ref}`);
  });
}
