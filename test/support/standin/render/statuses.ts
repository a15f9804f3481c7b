// Commit statuses, deployments and deployment statuses, as GitHub renders them.
import type { CommitStatusRecord, DeploymentRecord, DeploymentStatusRecord } from '../records.js';
import type { StandinState } from '../state.js';
import type { Urls } from '../urls.js';
import { nodeId, simpleUser } from './users.js';

export function commitStatusJson(status: CommitStatusRecord, state: StandinState, urls: Urls): Record<string, unknown> {
  const creator = simpleUser(state.user(status.creator), urls);
  return {
    url: `${urls.repoApi}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    creator,
  };
}

export function deploymentUrl(deploymentId: number, urls: Urls): string {
  return `${urls.repoApi}/deployments/${deploymentId}`;
}

export function deploymentJson(deployment: DeploymentRecord, state: StandinState, urls: Urls): Record<string, unknown> {
  const url = deploymentUrl(deployment.id, urls);
  return {
    url,
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: simpleUser(state.user(deployment.creator), urls),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: urls.repoApi,
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: null,
  };
}

export function deploymentStatusJson(
  status: DeploymentStatusRecord,
  state: StandinState,
  urls: Urls,
): Record<string, unknown> {
  const deployment = deploymentUrl(status.deploymentId, urls);
  return {
    url: `${deployment}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    state: status.state,
    creator: simpleUser(state.user(status.creator), urls),
    description: status.description,
    environment: status.environment,
    // GitHub keeps target_url as the old name of log_url and answers both.
    target_url: status.logUrl,
    log_url: status.logUrl,
    environment_url: status.environmentUrl,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    deployment_url: deployment,
    repository_url: urls.repoApi,
    performed_via_github_app: null,
  };
}
