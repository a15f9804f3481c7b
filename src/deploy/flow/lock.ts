// One deploy or rollback per environment at a time, with the ledger as the lock. An unfinished attempt of a
// run that is gone (its lease passed, it is an earlier attempt of this very run, or GitHub says its workflow
// run has finished) is stale: reconciled, not waited for. Two runs that start together both record themselves;
// the older record wins, the newer backs off.
import { LedgerView, UNFINISHED } from '../ledger/view.js';
import type { LedgerRecord } from '../ledger/ledger.js';
import { GitHubPermissionError } from '../../github/permissions.js';
import { reconcile } from './reconcile.js';
import { RunStopped, type RunState } from './run-state.js';

/** Whether an unfinished attempt is known to be dead. */
export async function isStale(record: LedgerRecord, state: RunState): Promise<boolean> {
  const { run, clock, runProgress } = state.deps;
  if (Date.parse(record.payload.leaseUntil) <= clock.now()) return true;
  const { runId, runAttempt } = record.payload;
  if (runId === null) return false;
  if (runId === run.runId) return (runAttempt ?? 0) < (run.runAttempt ?? 0);
  try {
    return (await runProgress?.(runId)) === 'finished';
  } catch (error) {
    if (!(error instanceof GitHubPermissionError)) throw error;
    state.note(
      `Cannot tell whether workflow run ${runId} is still going (${error.permission} is needed); going by its lease.`,
    );
    return false;
  }
}

function describe(record: LedgerRecord): string {
  const run = record.payload.runId === null ? '' : `, workflow run ${record.payload.runId}`;
  return `deployment ${record.id} of ${record.ref} (started ${record.createdAt}${run})`;
}

function refusal(state: RunState, busy: LedgerRecord): RunStopped {
  return new RunStopped(
    'refused',
    `Another ${state.kind === 'rollback' ? 'deploy or rollback' : 'deploy'} of ${state.environment} is in progress: ` +
      `${describe(busy)}. Refusing to run at the same time; run again when it has finished (a run that died is ` +
      `taken for dead once GitHub shows its workflow run finished, or after ${busy.payload.leaseUntil}). In workflows, a concurrency group per environment queues runs instead.`,
  );
}

async function unfinishedOthers(state: RunState): Promise<{ live: LedgerRecord[]; stale: LedgerRecord[] }> {
  const others = (await state.view.unfinished()).filter((r) => r.id !== state.deploymentId);
  const verdicts = await Promise.all(others.map((record) => isStale(record, state)));
  return { live: others.filter((_, i) => !verdicts[i]), stale: others.filter((_, i) => verdicts[i]) };
}

/** Reads the ledger, reconciles what dead runs left, and refuses when a live run is deploying. */
export async function acquire(state: RunState): Promise<void> {
  const { deps } = state;
  state.view = await LedgerView.read(deps.ledger, state.environment);
  const { live, stale } = await unfinishedOthers(state);
  if (live[0] !== undefined) {
    state.timeline.mark('lock', 'failed', `refused: ${describe(live[0])} is in progress`);
    throw refusal(state, live[0]);
  }
  if (stale.length > 0) await reconcile(state, stale);
  state.timeline.mark(
    'lock',
    'done',
    deps.ledger.enabled ? 'no other run in progress' : 'no other local run in progress (no ledger: a lock file)',
  );
}

/** After recording itself: a live record made since the ledger was read, and older than this run's, wins. */
export async function confirm(state: RunState): Promise<void> {
  const ours = state.deploymentId;
  if (ours === null) return;
  const known = new Set(state.view.records.map((r) => r.id));
  const newcomers = (await state.deps.ledger.recent(state.environment)).filter((r) => r.id < ours && !known.has(r.id));
  for (const rival of newcomers) {
    const [newest] = await state.deps.ledger.statuses(rival.id);
    if (newest === undefined || !UNFINISHED.has(newest.state) || (await isStale(rival, state))) continue;
    const description = `Refused: ${describe(rival)} started first.`;
    await state.deps.ledger.record(ours, { state: 'error', description, logUrl: state.deps.run.logUrl });
    throw refusal(state, rival);
  }
}
