// Before anything changes: which colour serves and which is idle, the quality gate, and the record of the attempt.
import { ConfigurationError } from '../../core/errors.js';
import { RouterError } from '../routers/router.js';
import { otherColor, type Color } from '../settings.js';
import type { AttemptPayload } from '../ledger/ledger.js';
import { RunStopped, type RunState } from './run-state.js';

/** The check run the quality gate publishes; a deploy can require it to have passed for the SHA. */
export const QUALITY_GATE_CHECK = 'shipgate / quality gate';

/** Reads the live colour from the router and cross-checks it with the ledger; the router is trusted. */
export async function readColors(state: RunState): Promise<void> {
  const live = await state.deps.router.live();
  if (live === 'both') {
    throw new RouterError(`${state.deps.router.description} sends traffic to both colours; switch one off first.`);
  }
  state.previous = live === 'none' ? null : live;
  state.active = state.previous;
  state.target = live === 'none' ? 'blue' : otherColor(live);
  const lastGood = await state.view.lastGood();
  if (lastGood !== undefined && state.previous !== null && lastGood.payload.color !== state.previous) {
    state.note(
      `The router sends traffic to ${state.previous}, but the last good deployment (${lastGood.id}) went to ` +
        `${lastGood.payload.color}; going by the router.`,
    );
  }
}

export async function requireQualityGate(state: RunState): Promise<void> {
  const { settings, sha } = state.request;
  if (!settings.requireQualityGate) return;
  const gate = state.deps.qualityGate;
  if (gate === undefined) {
    throw new ConfigurationError(
      `${settings.name} has require-quality-gate: true, which needs a GitHub token to read the check run "${QUALITY_GATE_CHECK}".`,
    );
  }
  const verdict = await state.timeline.run(
    'quality gate',
    () => gate(sha),
    (v) => [v.passed ? 'done' : 'failed', v.detail],
  );
  if (!verdict.passed) throw new RunStopped('refused', `The quality gate did not pass for ${sha}: ${verdict.detail}`);
}

/** How long the attempt may stay "in progress" before later runs take it for dead. */
function leaseUntil(state: RunState): string {
  const { settings } = state.request;
  const margin = 5 * 60_000;
  const budget = settings.deployTimeoutMs + settings.health.deadlineMs + settings.soak.durationMs + margin;
  return new Date(state.deps.clock.now() + budget + settings.keepWarmMs).toISOString();
}

function payload(state: RunState, color: Color, rollbackOf: number | null): AttemptPayload {
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

export interface RecordSpec {
  ref: string;
  color: Color;
  rollbackOf: number | null;
  description: string;
}

/** Records an attempt (in progress) in the ledger; null without a ledger. */
export function openRecord(state: RunState, spec: RecordSpec): Promise<number | null> {
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
export async function openAttempt(state: RunState, description: string): Promise<void> {
  const spec = { ref: state.request.ref, color: state.target!, rollbackOf: state.rollbackOf, description };
  state.deploymentId = await state.timeline.run(
    'record',
    () => openRecord(state, spec),
    (id) => ['done', id === null ? 'no ledger' : `deployment ${id}`],
  );
}
