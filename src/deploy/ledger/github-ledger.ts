// The ledger on GitHub Deployments: one deployment per attempt, its statuses the story of the attempt.
import type { Logger } from '../../core/logger.js';
import type { GitHubClient } from '../../github/client.js';
import { Deployments, type Deployment, type DeploymentStatus } from '../../github/deployments.js';
import { repoName, type RepoRef } from '../../github/repo.js';
import { COLORS } from '../settings.js';
import type { AttemptPayload, Ledger, LedgerRecord, NewAttempt, StatusUpdate } from './ledger.js';

/** The task name shipgate's deployments carry, so other tools' deployments are told apart. */
export const DEPLOY_TASK = 'deploy:shipgate';

function payloadOf(deployment: Deployment): AttemptPayload | undefined {
  const p = deployment.payload as Partial<AttemptPayload>;
  if (!COLORS.includes(p.color as never) || typeof p.leaseUntil !== 'string') return undefined;
  return {
    color: p.color!,
    previousColor: p.previousColor ?? null,
    previousDeploymentId: p.previousDeploymentId ?? null,
    rollbackOf: p.rollbackOf ?? null,
    runId: p.runId ?? null,
    runAttempt: p.runAttempt ?? null,
    leaseUntil: p.leaseUntil,
  };
}

function toRecord(deployment: Deployment): LedgerRecord | undefined {
  const payload = payloadOf(deployment);
  if (payload === undefined) return undefined;
  const { id, ref, sha, createdAt } = deployment;
  return { id, ref, sha, createdAt, payload };
}

export class GitHubLedger implements Ledger {
  readonly description: string;
  readonly enabled = true;
  private readonly deployments: Deployments;

  constructor(client: GitHubClient, repo: RepoRef, logger: Logger) {
    this.deployments = new Deployments(client, repo, logger);
    this.description = `GitHub Deployments of ${repoName(repo)}`;
  }

  async recent(environment: string): Promise<LedgerRecord[]> {
    const deployments = await this.deployments.list(environment, { task: DEPLOY_TASK }, 1);
    return deployments.map(toRecord).filter((r): r is LedgerRecord => r !== undefined);
  }

  statuses(id: number): Promise<DeploymentStatus[]> {
    return this.deployments.statuses(id);
  }

  async open(attempt: NewAttempt): Promise<number> {
    const deployment = await this.deployments.create({
      ref: attempt.ref,
      environment: attempt.environment,
      description: attempt.description,
      payload: { ...attempt.payload },
      task: DEPLOY_TASK,
      productionEnvironment: attempt.production,
      transientEnvironment: attempt.transient,
    });
    const { logUrl, environmentUrl } = attempt;
    await this.record(deployment.id, {
      state: 'in_progress',
      description: attempt.description,
      logUrl,
      environmentUrl,
    });
    return deployment.id;
  }

  async record(id: number | null, update: StatusUpdate): Promise<void> {
    if (id === null) return;
    // auto_inactive stays on: GitHub retires the previous success; shipgate reads the history, not the state.
    await this.deployments.createStatus(id, update);
  }
}
