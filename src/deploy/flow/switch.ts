// The traffic switch, timed, and read back from the router: a switch the router does not show did not happen.
import { performance } from 'node:perf_hooks';
import { errorMessage } from '../../core/errors.js';
import { formatDuration } from '../duration.js';
import type { Color } from '../settings.js';
import { RunStopped, type RunState } from './run-state.js';

/** Switches to `color` and confirms it; returns how long the router took, in ms. */
export async function switchTraffic(state: RunState, color: Color): Promise<number> {
  const { router, logger } = state.deps;
  const started = performance.now();
  await router.switchTo(color);
  const ms = performance.now() - started;
  const live = await router.live();
  if (live !== color) throw new Error(`${router.description} shows ${live} live after switching to ${color}`);
  logger.info(`Traffic switched to ${color} in ${formatDuration(ms)}.`);
  return ms;
}

/** The deploy's switch to the new colour; if it fails, traffic is put back and the failure recorded. */
export async function switchToTarget(state: RunState): Promise<void> {
  const color = state.target!;
  try {
    state.switchMs = await state.timeline.run(
      'switch',
      () => switchTraffic(state, color),
      (ms) => ['done', `to ${color} in ${formatDuration(ms)}`],
    );
    state.active = color;
  } catch (error) {
    const back = await putBack(state);
    const description = `The switch to ${color} failed: ${errorMessage(error)} ${back}`;
    await state.deps.ledger.record(state.deploymentId, { state: 'error', description, logUrl: state.deps.run.logUrl });
    throw new RunStopped('failed', description);
  }
}

/** After a failed switch: traffic back on the colour that served before, if the router lets us. */
async function putBack(state: RunState): Promise<string> {
  if (state.previous === null) return 'No colour served before.';
  try {
    if ((await state.deps.router.live()) === state.previous) return `Traffic stayed on ${state.previous}.`;
    await state.deps.router.switchTo(state.previous);
    return `Traffic is back on ${state.previous}.`;
  } catch (error) {
    state.active = null;
    return `Putting traffic back on ${state.previous} failed too: ${errorMessage(error)}`;
  }
}
