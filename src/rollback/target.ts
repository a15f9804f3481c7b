// What a rollback goes back to: by default the last deployment before the current one whose success still
// stands; or an explicit deployment id or ref. Without a ledger: the idle colour, whatever it runs.
import { ConfigurationError } from '../core/errors.js';
import type { LedgerRecord } from '../deploy/ledger/ledger.js';
import type { RunState } from '../deploy/flow/run-state.js';
import { resolveCommit } from '../deploy/setup.js';

export type Target =
  | { kind: 'commit'; ref: string; sha: string; from: string }
  | { kind: 'idle-colour' }
  | { kind: 'none'; reason: string }
  | { kind: 'unchanged'; reason: string };

/** The deployment serving now: the newest good one on the live colour. */
export function currentDeployment(state: RunState): Promise<LedgerRecord | undefined> {
  return state.view.lastGood((record) => record.payload.color === state.previous);
}

async function byId(state: RunState, id: number): Promise<Target> {
  const record = state.view.byId(id);
  if (record === undefined) {
    throw new ConfigurationError(
      `Deployment ${id} is not among shipgate's newest deployments to ${state.environment}.`,
    );
  }
  if (!(await state.view.everSucceeded(id))) return { kind: 'none', reason: `deployment ${id} never succeeded` };
  return { kind: 'commit', ref: record.ref, sha: record.sha, from: `deployment ${id}` };
}

async function lastGoodBefore(state: RunState, current: LedgerRecord | undefined): Promise<Target> {
  const earlier = (r: LedgerRecord) => current === undefined || (r.id < current.id && r.sha !== current.sha);
  const record = await state.view.lastGood(earlier);
  if (record === undefined) {
    const before = current === undefined ? '' : ` before deployment ${current.id}`;
    return { kind: 'none', reason: `no deployment to ${state.environment}${before} succeeded` };
  }
  return { kind: 'commit', ref: record.ref, sha: record.sha, from: `deployment ${record.id}, the last good one` };
}

/** A re-run of the workflow run that already rolled back does nothing more. */
function alreadyRolledBack(state: RunState, current: LedgerRecord | undefined): Target | undefined {
  const runId = state.deps.run.runId;
  if (current === undefined || current.payload.rollbackOf === null || runId === undefined) return undefined;
  if (current.payload.runId !== runId) return undefined;
  return { kind: 'unchanged', reason: `this workflow run already rolled back (deployment ${current.id})` };
}

async function explicit(state: RunState, to: string, root: string): Promise<Target> {
  if (/^\d+$/.test(to)) return byId(state, Number(to));
  return { kind: 'commit', ref: to, sha: await resolveCommit(root, to), from: `ref ${to}` };
}

/** `to`: a deployment id, a ref, or undefined for the last good deployment. */
export async function chooseTarget(state: RunState, to: string | undefined, root: string): Promise<Target> {
  const current = await currentDeployment(state);
  state.rollbackOf = current?.id ?? null;
  if (to === undefined) {
    const repeat = alreadyRolledBack(state, current);
    if (repeat !== undefined) return repeat;
    if (!state.deps.ledger.enabled) return { kind: 'idle-colour' };
  }
  const target = to === undefined ? await lastGoodBefore(state, current) : await explicit(state, to, root);
  if (target.kind === 'commit' && current !== undefined && target.sha === current.sha) {
    const reason = `${state.environment} already runs ${target.sha.slice(0, 12)} (deployment ${current.id})`;
    return { kind: 'unchanged', reason };
  }
  return target;
}
