/**
 * The ledger: the record of what was deployed where and how it went. On GitHub it is the Deployments API; in a
 * local run there is none (the run says so). Unlike PR publishing, a ledger write that fails fails the run.
 */
import type { DeploymentState, DeploymentStatus } from '../../github/deployment-records.js';
import type { Color } from '../settings.js';

export type { DeploymentState, DeploymentStatus } from '../../github/deployment-records.js';

/** What shipgate stores in each deployment's payload, to find its way later (rollback, reconciliation). */
export interface AttemptPayload {
  color: Color;
  previousColor: Color | null;
  previousDeploymentId: number | null;
  /** for a rollback: the deployment it rolled back */
  rollbackOf: number | null;
  /** the workflow run that made it (GITHUB_RUN_ID) and its attempt, to recognise an earlier attempt's record */
  runId: string | null;
  runAttempt: number | null;
  /** after this moment an attempt still "in progress" is taken for dead (the run that made it was killed) */
  leaseUntil: string;
}

export interface LedgerRecord {
  id: number;
  ref: string;
  sha: string;
  createdAt: string;
  payload: AttemptPayload;
}

export interface NewAttempt {
  ref: string;
  environment: string;
  description: string;
  payload: AttemptPayload;
  production: boolean;
  transient: boolean;
  logUrl?: string;
  environmentUrl?: string;
}

export interface StatusUpdate {
  state: DeploymentState;
  description: string;
  environmentUrl?: string;
  logUrl?: string;
}

export interface Ledger {
  /** "GitHub Deployments of octo-org/octo-repo", or why there is none */
  readonly description: string;
  readonly enabled: boolean;
  /** shipgate's deployments to the environment, newest first (the newest hundred) */
  recent(environment: string): Promise<LedgerRecord[]>;
  /** the statuses of one deployment, newest first */
  statuses(id: number): Promise<DeploymentStatus[]>;
  /** records a new attempt, in progress; null when there is no ledger */
  open(attempt: NewAttempt): Promise<number | null>;
  record(id: number | null, update: StatusUpdate): Promise<void>;
}
