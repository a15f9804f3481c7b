/** What a deploy or rollback is given: the request, and the outside world passed in (ledger, router, clock, log). */
import type { Logger } from '../../core/logger.js';
import type { Clock } from '../clock.js';
import type { Ledger } from '../ledger/ledger.js';
import type { Router } from '../routers/router.js';
import type { EnvironmentSettings } from '../settings.js';

/** A logger that can fold a command's output into a group (the Actions log does; a terminal just prints). */
export interface FlowLogger extends Logger {
  group?<T>(title: string, body: () => Promise<T>): Promise<T>;
}

/** The workflow run doing the deploy, when there is one: recorded so later runs can tell what happened. */
export interface RunInfo {
  logUrl?: string;
  runId?: string;
  runAttempt?: number;
}

export interface GateVerdict {
  passed: boolean;
  detail: string;
}

/** Whether a workflow run is still going: a dead run's leftovers are reconciled, a live run's refused. */
export type RunProgressLookup = (runId: string) => Promise<'running' | 'finished' | 'unknown'>;

/** Answers whether the quality gate passed for a commit. */
export type QualityGate = (sha: string) => Promise<GateVerdict>;

export interface FlowDeps {
  ledger: Ledger;
  router: Router;
  clock: Clock;
  logger: FlowLogger;
  /** where the user's commands run: the repository root */
  cwd: string;
  run: RunInfo;
  qualityGate?: QualityGate;
  runProgress?: RunProgressLookup;
  random?: () => number;
}

export interface DeployRequest {
  settings: EnvironmentSettings;
  /** what the user asked for (a branch, tag or SHA) and the commit it is */
  ref: string;
  sha: string;
}
