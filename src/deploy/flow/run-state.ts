// The state of one deploy or rollback as it goes, and the report it ends in.
import { errorMessage } from '../../core/errors.js';
import type { LedgerView } from '../ledger/view.js';
import { takeLocalLock } from './local-lock.js';
import { Timeline, type DeployReport, type Outcome } from '../report.js';
import type { Color } from '../settings.js';
import type { SoakResult } from '../soak/soak.js';
import type { DeployRequest, FlowDeps } from './context.js';

/** Ends a run early with a verdict (refused, failed): thrown by a step, turned into the report by the flow. */
export class RunStopped extends Error {
  override name = 'RunStopped';

  constructor(
    readonly outcome: Outcome,
    message: string,
  ) {
    super(message);
  }
}

export class RunState {
  readonly timeline: Timeline;
  readonly notes: string[] = [];
  view!: LedgerView;
  deploymentId: number | null = null;
  rollbackDeploymentId: number | null = null;
  rollbackOf: number | null = null;
  /** the colour serving when the run began, and the one it deploys to */
  previous: Color | null = null;
  target: Color | null = null;
  active: Color | null = null;
  switchMs: number | null = null;
  soak: SoakResult | null = null;

  constructor(
    readonly kind: DeployReport['kind'],
    /** a rollback learns what it deploys only once it has chosen its target */
    public request: DeployRequest,
    readonly deps: FlowDeps,
  ) {
    this.timeline = new Timeline(deps.clock);
    if (!deps.ledger.enabled) this.note(`${deps.ledger.description}.`);
  }

  get environment(): string {
    return this.request.settings.name;
  }

  note(message: string): void {
    this.notes.push(message);
    this.deps.logger.warning(message);
  }

  report(outcome: Outcome, message: string): DeployReport {
    const { deps, request } = this;
    return {
      version: 1,
      kind: this.kind,
      environment: this.environment,
      ref: request.ref,
      sha: request.sha === '' ? null : request.sha,
      outcome,
      passed:
        outcome === 'deployed' || outcome === 'unchanged' || (this.kind === 'rollback' && outcome === 'rolled-back'),
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
export async function settle(state: RunState, steps: () => Promise<DeployReport>): Promise<DeployReport> {
  let release: (() => Promise<void>) | undefined;
  try {
    if (!state.deps.ledger.enabled) release = await localLock(state);
    return await steps();
  } catch (error) {
    if (error instanceof RunStopped) return state.report(error.outcome, error.message);
    state.deps.logger.error(`The ${state.kind} of ${state.environment} stopped: ${errorMessage(error)}`);
    throw error;
  } finally {
    await release?.();
  }
}

/** Without a ledger to lock with, a lock file per repository and environment (see local-lock.ts). */
async function localLock(state: RunState): Promise<() => Promise<void>> {
  const lock = await takeLocalLock(state.deps.cwd, state.environment);
  if ('refusal' in lock) {
    state.timeline.mark('lock', 'failed', 'refused: another local run holds the lock');
    throw new RunStopped('refused', lock.refusal);
  }
  if (lock.note !== undefined) state.note(lock.note);
  return lock.release;
}
