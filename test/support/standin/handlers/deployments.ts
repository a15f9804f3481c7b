// Deployments and deployment statuses, with GitHub's documented auto_inactive behaviour.
import { GitHubError, notFound, pageResult, type Handler, type HandlerContext } from '../http.js';
import type { DeploymentRecord, DeploymentState, DeploymentStatusRecord } from '../records.js';
import { deploymentJson, deploymentStatusJson } from '../render/statuses.js';
import type { StandinState } from '../state.js';
import { created, intParam, newestFirst } from './common.js';

interface DeploymentInput {
  ref: string;
  task?: string;
  environment?: string;
  payload?: Record<string, unknown> | string;
  description?: string | null;
  transient_environment?: boolean;
  production_environment?: boolean;
}

interface DeploymentStatusInput {
  state: DeploymentState;
  target_url?: string;
  log_url?: string;
  description?: string;
  environment?: string;
  environment_url?: string;
  auto_inactive?: boolean;
}

function requireDeployment(context: HandlerContext): DeploymentRecord {
  const deployment = context.state.deployments.find((d) => d.id === intParam(context, 'deployment_id'));
  if (!deployment) throw notFound();
  return deployment;
}

// Not modelled: required_contexts (GitHub's 409 when commit statuses fail) and auto_merge (202 merge case).
const createDeployment: Handler = (context) => {
  const { state } = context;
  const input = context.body as DeploymentInput;
  const sha = state.resolveRef(input.ref);
  if (!sha) throw new GitHubError(422, `No ref found for: ${input.ref}`);
  const environment = input.environment ?? 'production';
  const now = state.now();
  const deployment: DeploymentRecord = {
    id: state.nextId('deployment'),
    sha,
    ref: input.ref,
    task: input.task ?? 'deploy',
    environment,
    originalEnvironment: environment,
    payload: input.payload ?? {},
    description: input.description ?? '',
    creator: state.actor,
    transientEnvironment: input.transient_environment ?? false,
    productionEnvironment: input.production_environment ?? environment === 'production',
    createdAt: now,
    updatedAt: now,
  };
  state.deployments.push(deployment);
  return { status: 201, body: deploymentJson(deployment, state, context.urls) };
};

const listDeployments: Handler = (context) => {
  const { query, state } = context;
  const filters: Array<[string, (d: DeploymentRecord) => string]> = [
    ['sha', (d) => d.sha],
    ['ref', (d) => d.ref],
    ['task', (d) => d.task],
    ['environment', (d) => d.environment],
  ];
  let deployments = state.deployments;
  for (const [name, field] of filters) {
    const wanted = query.get(name);
    if (wanted !== null) deployments = deployments.filter((d) => field(d) === wanted);
  }
  return pageResult(newestFirst(deployments), context, (d) => deploymentJson(d, state, context.urls));
};

const getDeployment: Handler = (context) => ({
  status: 200,
  body: deploymentJson(requireDeployment(context), context.state, context.urls),
});

function latestState(state: StandinState, deploymentId: number): DeploymentState | undefined {
  return newestFirst(state.statusesOf(deploymentId))[0]?.state;
}

function addStatus(
  state: StandinState,
  deployment: DeploymentRecord,
  fields: Partial<DeploymentStatusRecord>,
): DeploymentStatusRecord {
  const now = state.now();
  const status: DeploymentStatusRecord = {
    id: state.nextId('deploymentStatus'),
    deploymentId: deployment.id,
    state: 'pending',
    description: '',
    environment: deployment.environment,
    environmentUrl: '',
    logUrl: '',
    creator: state.actor,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  state.deploymentStatuses.push(status);
  deployment.updatedAt = now;
  return status;
}

/**
 * auto_inactive, as GitHub documents it: "Adds a new inactive status to all prior non-transient, non-production
 * environment deployments with the same repository and environment name as the created status's deployment. An
 * inactive status is only added to deployments that had a success state." Production and transient deployments
 * keep their state; "had a success state" is read as "is successful now" (a retired one is not retired again).
 */
function markEarlierInactive(state: StandinState, current: DeploymentRecord): void {
  const earlier = state.deployments.filter(
    (d) =>
      d.id < current.id &&
      d.environment === current.environment &&
      !d.transientEnvironment &&
      !d.productionEnvironment &&
      latestState(state, d.id) === 'success',
  );
  for (const deployment of earlier) addStatus(state, deployment, { state: 'inactive' });
}

const createDeploymentStatus: Handler = (context) => {
  const { state } = context;
  const deployment = requireDeployment(context);
  const input = context.body as DeploymentStatusInput;
  if (input.environment !== undefined) deployment.environment = input.environment;
  const status = addStatus(state, deployment, {
    state: input.state,
    description: input.description ?? '',
    environmentUrl: input.environment_url ?? '',
    logUrl: input.log_url ?? input.target_url ?? '',
  });
  if (input.state === 'success' && input.auto_inactive !== false) markEarlierInactive(state, deployment);
  return created(deploymentStatusJson(status, state, context.urls));
};

const listDeploymentStatuses: Handler = (context) => {
  const deployment = requireDeployment(context);
  const statuses = newestFirst(context.state.statusesOf(deployment.id));
  return pageResult(statuses, context, (status) => deploymentStatusJson(status, context.state, context.urls));
};

export const deploymentHandlers: Record<string, Handler> = {
  'repos/create-deployment': createDeployment,
  'repos/list-deployments': listDeployments,
  'repos/get-deployment': getDeployment,
  'repos/create-deployment-status': createDeploymentStatus,
  'repos/list-deployment-statuses': listDeploymentStatuses,
};
