import { silentLogger, type Logger } from '../core/logger.js';
import type { GitHubClient } from './client.js';
import { NO_BLIND_RETRY, createOnce, creationNonce } from './create-once.js';
import {
  CREATION_KEY,
  newestFirst,
  sameStatus,
  toDeployment,
  toDeploymentStatus,
  type Deployment,
  type DeploymentState,
  type DeploymentStatus,
} from './deployment-records.js';
import { withPermission } from './permissions.js';
import type { RepoRef } from './repo.js';
import { LIMITS, truncateLine } from './text-limits.js';

// The record types are part of this module's API: its methods take and return them.
export type { Deployment, DeploymentState, DeploymentStatus } from './deployment-records.js';

export interface NewDeployment {
  ref: string;
  environment: string;
  description?: string;
  /** Stored with the deployment; shipgate adds a unique `shipgate_creation_id` to recognise it by. */
  payload?: Record<string, unknown>;
  task?: string;
  /** Status checks that must pass on the ref first; default none (shipgate gates deploys itself). */
  requiredContexts?: string[];
  transientEnvironment?: boolean;
  productionEnvironment?: boolean;
}

export interface NewDeploymentStatus {
  state: DeploymentState;
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
  /**
   * GitHub's auto_inactive (default true): a success adds an "inactive" status to the environment's prior
   * successful deployments, except production and transient ones (as GitHub documents it).
   */
  autoInactive?: boolean;
}

/** A deployment that succeeded, with the status that said so. */
export interface SuccessfulDeployment {
  deployment: Deployment;
  success: DeploymentStatus;
}

/** GitHub Deployments as the ledger of what was deployed where, and how it went. */
export class Deployments {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly logger: Logger = silentLogger,
  ) {}

  /**
   * Creates the deployment. Should GitHub fail in a way that leaves open whether it made it, shipgate looks
   * among the newest deployments of the environment and ref for the unique id it put in the payload.
   */
  async create(input: NewDeployment): Promise<Deployment> {
    const creationId = creationNonce();
    const deployment = await createOnce(
      this.client,
      `create a deployment of ${input.ref} to ${input.environment}`,
      () => this.post(input, creationId),
      async () =>
        (await this.list(input.environment, { ref: input.ref }, 1)).find((d) => d.payload[CREATION_KEY] === creationId),
    );
    this.logger.info(`Created deployment ${deployment.id} of ${input.ref} to ${input.environment}.`);
    return deployment;
  }

  /**
   * Records a status. Should GitHub fail in a way that leaves open whether it recorded it, a newest status
   * equal to this one counts as recorded: the deployment's current state is then what was asked for.
   */
  async createStatus(deploymentId: number, input: NewDeploymentStatus): Promise<DeploymentStatus> {
    const description =
      input.description === undefined ? undefined : truncateLine(input.description, LIMITS.deploymentDescription);
    const wanted = { ...input, description };
    const status = await createOnce(
      this.client,
      `record "${input.state}" on deployment ${deploymentId}`,
      () => this.postStatus(deploymentId, wanted),
      async () => (await this.statuses(deploymentId)).slice(0, 1).find((newest) => sameStatus(newest, wanted)),
    );
    this.logger.debug(`Deployment ${deploymentId} is now ${input.state}.`);
    return status;
  }

  /** All deployments to an environment, newest first; `pages` limits how many pages of 100 are read. */
  async list(
    environment: string,
    filter: { ref?: string; task?: string } = {},
    pages = Infinity,
  ): Promise<Deployment[]> {
    const parameters = { ...this.repo, environment, ref: filter.ref, task: filter.task, per_page: 100 };
    let read = 0;
    // Listing a repository's deployments answers 404 only when the token cannot see the repository.
    const deployments = await withPermission(
      'deployments: read',
      `list the deployments to ${environment}`,
      () =>
        this.client.paginate(this.client.rest.repos.listDeployments, parameters, (response, done) => {
          read += 1;
          if (read >= pages) done();
          return response.data;
        }),
      { notFoundMeansDenied: true },
    );
    return deployments.map(toDeployment).sort(newestFirst);
  }

  /** The statuses a deployment went through, newest first. */
  async statuses(deploymentId: number): Promise<DeploymentStatus[]> {
    const statuses = await withPermission('deployments: read', `read the statuses of deployment ${deploymentId}`, () =>
      this.client.paginate(this.client.rest.repos.listDeploymentStatuses, {
        ...this.repo,
        deployment_id: deploymentId,
        per_page: 100,
      }),
    );
    return statuses.map(toDeploymentStatus).sort(newestFirst);
  }

  /**
   * Deployments to the environment that succeeded, newest first, read lazily page by page. The current
   * state is not enough: auto_inactive turns older successes "inactive", so the history is read.
   */
  async *successful(environment: string): AsyncGenerator<SuccessfulDeployment> {
    const pages = this.client.paginate.iterator(this.client.rest.repos.listDeployments, {
      ...this.repo,
      environment,
      per_page: 100,
    });
    for await (const page of pages) {
      for (const deployment of page.data.map(toDeployment).sort(newestFirst)) {
        const success = standingSuccess(await this.statuses(deployment.id));
        if (success !== undefined) yield { deployment, success };
      }
    }
  }

  /** The newest deployment to the environment that succeeded, or undefined when none did. */
  async lastSuccessful(environment: string): Promise<SuccessfulDeployment | undefined> {
    for await (const found of this.successful(environment)) return found;
    return undefined;
  }

  private async post(input: NewDeployment, creationId: string): Promise<Deployment> {
    const response = await withPermission(
      'deployments: write',
      `create a deployment of ${input.ref}`,
      () =>
        this.client.rest.repos.createDeployment({
          ...this.repo,
          ref: input.ref,
          environment: input.environment,
          description:
            input.description === undefined ? undefined : truncateLine(input.description, LIMITS.deploymentDescription),
          payload: { ...input.payload, [CREATION_KEY]: creationId },
          task: input.task,
          auto_merge: false,
          required_contexts: input.requiredContexts ?? [],
          transient_environment: input.transientEnvironment,
          production_environment: input.productionEnvironment,
          request: NO_BLIND_RETRY,
        }),
      { notFoundMeansDenied: true },
    );
    // 202 means GitHub merged the default branch first; auto_merge is off, so it is unexpected.
    if (!('id' in response.data)) {
      throw new Error(
        `GitHub did not create the deployment of ${input.ref}: ${response.data.message ?? 'no reason given'}`,
      );
    }
    return toDeployment(response.data);
  }

  private async postStatus(deploymentId: number, input: NewDeploymentStatus): Promise<DeploymentStatus> {
    const { data } = await withPermission(
      'deployments: write',
      `record "${input.state}" on deployment ${deploymentId}`,
      () =>
        this.client.rest.repos.createDeploymentStatus({
          ...this.repo,
          deployment_id: deploymentId,
          state: input.state,
          description: input.description,
          environment_url: input.environmentUrl,
          log_url: input.logUrl,
          auto_inactive: input.autoInactive,
          request: NO_BLIND_RETRY,
        }),
    );
    return toDeploymentStatus(data);
  }
}

/**
 * The success status that still stands: the newest "success", unless a later "failure" or "error"
 * says the deployment went bad after all (a failed soak, say). "inactive" after it does not count
 * against it: that is only GitHub retiring an older deployment.
 */
export function standingSuccess(newestFirstStatuses: DeploymentStatus[]): DeploymentStatus | undefined {
  for (const status of newestFirstStatuses) {
    if (status.state === 'success') return status;
    if (status.state === 'failure' || status.state === 'error') return undefined;
  }
  return undefined;
}
