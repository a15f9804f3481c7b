/** The deploy and rollback report: a stable JSON contract (README "Deploy report"), and the timeline it is built from. */
import type { Clock } from './clock.js';
import type { Color } from './settings.js';
import type { SoakResult } from './soak/soak.js';

export const PHASES = [
  'reconcile',
  'lock',
  'quality gate',
  'record',
  'deploy',
  'health',
  'switch',
  'soak',
  'rollback',
  'verify',
  'keep warm',
  'scale down',
] as const;
export type PhaseName = (typeof PHASES)[number];

export type PhaseOutcome = 'done' | 'failed' | 'skipped';

export interface Phase {
  name: PhaseName;
  /** ms after the run began */
  startMs: number;
  endMs: number;
  outcome: PhaseOutcome;
  detail: string;
}

/**
 * deployed: the new colour serves; rolled-back: back on an earlier deployment (a deploy's failure, a rollback's
 * success); unchanged: nothing to do.
 */
export const OUTCOMES = ['deployed', 'rolled-back', 'failed', 'refused', 'unchanged'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface DeployReport {
  version: 1;
  kind: 'deploy' | 'rollback';
  environment: string;
  ref: string;
  sha: string | null;
  outcome: Outcome;
  passed: boolean;
  /** the verdict in one sentence */
  message: string;
  activeColor: Color | null;
  previousColor: Color | null;
  /** this run's deployment; null without a ledger or when refused before recording */
  deploymentId: number | null;
  /** the deployment an automatic or manual rollback recorded */
  rollbackDeploymentId: number | null;
  /** for a rollback: the deployment rolled back */
  rollbackOf: number | null;
  rolledBack: boolean;
  /** how long the traffic switch took, when there was one */
  switchMs: number | null;
  startedAt: string;
  durationMs: number;
  phases: Phase[];
  soak: SoakResult | null;
  notes: string[];
  ledger: string;
  router: string;
}

/** Times each phase of a run; phases may nest (a rollback inside a failed soak's handling). */
export class Timeline {
  readonly phases: Phase[] = [];
  readonly startedAt: number;

  constructor(private readonly clock: Clock) {
    this.startedAt = clock.now();
  }

  /** Runs a phase; it is "done" unless it returns another outcome, and "failed" when it throws. */
  async run<T>(name: PhaseName, body: () => Promise<T>, judge: (value: T) => [PhaseOutcome, string]): Promise<T> {
    const phase: Phase = { name, startMs: this.elapsed(), endMs: 0, outcome: 'done', detail: '' };
    this.phases.push(phase);
    try {
      const value = await body();
      [phase.outcome, phase.detail] = judge(value);
      return value;
    } catch (error) {
      phase.outcome = 'failed';
      phase.detail = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      phase.endMs = this.elapsed();
    }
  }

  /** A phase that took no time worth timing: a decision, or a step skipped. */
  mark(name: PhaseName, outcome: PhaseOutcome, detail: string): void {
    const at = this.elapsed();
    this.phases.push({ name, startMs: at, endMs: at, outcome, detail });
  }

  elapsed(): number {
    return this.clock.now() - this.startedAt;
  }
}
