// What a killed run left behind: its record still "in progress", and traffic possibly mid-switch. The record
// is closed as an error; then the router is checked against the colours' health, and traffic is put on a
// healthy colour (the last good deployment's, by preference) when it is not on one.
import { checkOnce } from '../health/wait.js';
import type { LedgerRecord } from '../ledger/ledger.js';
import { COLORS, type Color } from '../settings.js';
import type { RunState } from './run-state.js';

async function closeStale(state: RunState, stale: LedgerRecord[]): Promise<void> {
  const { ledger, run } = state.deps;
  for (const record of stale) {
    const description = 'Abandoned: its run stopped before finishing; a later run reconciled it.';
    await ledger.record(record.id, { state: 'error', description, logUrl: run.logUrl });
    state.note(`Deployment ${record.id} of ${record.ref} was left in progress by a run that stopped; marked "error".`);
  }
}

async function healthyColors(state: RunState): Promise<Color[]> {
  const { colors, health } = state.request.settings;
  const verdicts = await Promise.all(COLORS.map((color) => checkOnce(colors[color], health)));
  return COLORS.filter((_, index) => verdicts[index]!.healthy);
}

/** Puts traffic on a healthy colour when the router shows it on none, both, or an unhealthy one. */
async function repairTraffic(state: RunState): Promise<string> {
  const { router } = state.deps;
  const live = await router.live();
  const healthy = await healthyColors(state);
  if (live !== 'both' && live !== 'none' && healthy.includes(live)) return `traffic is on ${live}, which is healthy`;
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

export async function reconcile(state: RunState, stale: LedgerRecord[]): Promise<void> {
  await state.timeline.run(
    'reconcile',
    async () => {
      await closeStale(state, stale);
      return repairTraffic(state);
    },
    (detail) => ['done', detail],
  );
}
