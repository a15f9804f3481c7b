// What GitHub's deployment objects become in shipgate, and the pure helpers that map and order them.

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  task: string;
  description: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environmentUrl: string;
  logUrl: string;
  createdAt: string;
}

/** The payload key holding the unique id shipgate gives each deployment it creates, to recognise it by. */
export const CREATION_KEY = 'shipgate_creation_id';

/** Whether a stored status says what was asked for: same state, description and URLs ("" standing for none). */
export function sameStatus(
  stored: DeploymentStatus,
  wanted: { state: DeploymentState; description?: string; environmentUrl?: string; logUrl?: string },
): boolean {
  return (
    stored.state === wanted.state &&
    stored.description === (wanted.description ?? '') &&
    stored.environmentUrl === (wanted.environmentUrl ?? '') &&
    stored.logUrl === (wanted.logUrl ?? '')
  );
}

/** Sort order for deployments and statuses: newest first, the higher id breaking ties. */
export function newestFirst(a: { id: number; createdAt: string }, b: { id: number; createdAt: string }): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}

interface ApiDeployment {
  id: number | bigint;
  ref: string;
  sha: string;
  environment: string;
  task: string;
  description: string | null;
  payload: Record<string, unknown> | string;
  created_at: string;
}

export function toDeployment(data: ApiDeployment): Deployment {
  return {
    id: Number(data.id),
    ref: data.ref,
    sha: data.sha,
    environment: data.environment,
    task: data.task,
    description: data.description,
    payload: parsePayload(data.payload),
    createdAt: data.created_at,
  };
}

// GitHub returns the payload as an object, or as a string when it was sent as one.
function parsePayload(payload: Record<string, unknown> | string): Record<string, unknown> {
  if (typeof payload !== 'string') return payload;
  try {
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

interface ApiDeploymentStatus {
  id: number | bigint;
  state: DeploymentState;
  description: string;
  environment_url?: string;
  log_url?: string;
  created_at: string;
}

export function toDeploymentStatus(data: ApiDeploymentStatus): DeploymentStatus {
  return {
    id: Number(data.id),
    state: data.state,
    description: data.description,
    environmentUrl: data.environment_url ?? '',
    logUrl: data.log_url ?? '',
    createdAt: data.created_at,
  };
}
