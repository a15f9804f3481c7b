// After a good deploy the old colour stays up for keep-warm (an instant rollback target), then the optional
// scale-down command stops it, unless traffic has gone back to it meanwhile (a rollback).
import { formatDuration } from '../duration.js';
import { otherColor } from '../settings.js';
import { runUserCommand } from './release.js';
import type { RunState } from './run-state.js';

/** A scale-down command gets this long. */
const SCALE_DOWN_TIMEOUT_MS = 10 * 60_000;

export async function keepWarmThenScaleDown(state: RunState): Promise<void> {
  const { scaleDown, keepWarmMs } = state.request.settings;
  const old = state.previous;
  if (scaleDown === undefined || old === null) return;
  const { clock, router } = state.deps;
  if (keepWarmMs > 0) {
    const wait = () => clock.sleep(keepWarmMs);
    await state.timeline.run('keep warm', wait, () => ['done', `${old} kept warm for ${formatDuration(keepWarmMs)}`]);
  }
  const live = await router.live();
  if (live !== otherColor(old)) {
    state.timeline.mark('scale down', 'skipped', `traffic is on ${live} now; ${old} was left running`);
    return;
  }
  const failure = await state.timeline.run(
    'scale down',
    () => runUserCommand(state, `shipgate: scale down ${old}`, scaleDown, old, SCALE_DOWN_TIMEOUT_MS),
    (f) => (f === undefined ? ['done', `${old} scaled down`] : ['failed', f]),
  );
  if (failure !== undefined) state.note(`The scale-down command failed on ${old}: ${failure}`);
}
