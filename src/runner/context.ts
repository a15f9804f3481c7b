/** The runner's environment, read once into one typed object; a missing variable is an error, never "undefined". */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors.js';

export interface RunnerEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface RunnerContext {
  workspace: string;
  event: RunnerEvent;
  /** the commit the workflow runs on (for a pull_request event, GitHub's test merge) */
  sha: string;
  ref: string;
  /** "owner/repo" */
  repository: string;
  serverUrl: string;
  apiUrl: string;
  /** the link to this workflow run, for reports and issues */
  runUrl: string;
  /** GITHUB_RUN_ID, and which attempt of the run this is (a re-run counts up from 1) */
  runId: string;
  runAttempt: number;
  /** a folder for files of this job, emptied after it */
  runnerTemp: string;
  /** the job summary file; runners older than 2.300 have none */
  stepSummary?: string;
}

type Env = NodeJS.ProcessEnv;

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) {
    throw new ConfigurationError(
      `${name} is not set: shipgate's actions run inside GitHub Actions, which sets it (outside, use the shipgate CLI).`,
    );
  }
  return value;
}

function readEvent(env: Env): RunnerEvent {
  const name = required(env, 'GITHUB_EVENT_NAME');
  const file = required(env, 'GITHUB_EVENT_PATH');
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`Cannot read the event payload GITHUB_EVENT_PATH=${file}: ${errorMessage(error)}`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ConfigurationError(`The event payload GITHUB_EVENT_PATH=${file} is not a JSON object.`);
  }
  return { name, payload: payload as Record<string, unknown> };
}

export function readRunnerContext(env: Env = process.env): RunnerContext {
  const [serverUrl, repository, runId] = ['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID'].map((n) =>
    required(env, n),
  );
  const stepSummary = env.GITHUB_STEP_SUMMARY?.trim();
  return {
    workspace: required(env, 'GITHUB_WORKSPACE'),
    event: readEvent(env),
    sha: required(env, 'GITHUB_SHA'),
    ref: env.GITHUB_REF ?? '',
    repository: repository!,
    serverUrl: serverUrl!,
    apiUrl: required(env, 'GITHUB_API_URL'),
    runUrl: `${serverUrl}/${repository}/actions/runs/${runId}`,
    runId: runId!,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
    runnerTemp: required(env, 'RUNNER_TEMP'),
    ...(stepSummary ? { stepSummary } : {}),
  };
}

/** The pull request an event is about, when it is about one. */
export interface PullContext {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
}

export function pullOf(event: RunnerEvent): PullContext | undefined {
  const pr = event.payload.pull_request as
    { number?: number; base?: { sha?: string; ref?: string }; head?: { sha?: string } } | undefined;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) return undefined;
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, baseRef: pr.base.ref ?? '' };
}

/** The repository's default branch, from the payload (every event that has a repository carries it). */
export function defaultBranchOf(event: RunnerEvent): string | undefined {
  return (event.payload.repository as { default_branch?: string } | undefined)?.default_branch;
}

/** A path from an input, resolved in the workspace; one that leads outside it is refused. */
export function workspacePath(runner: Pick<RunnerContext, 'workspace'>, value: string, inputName: string): string {
  const absolute = path.resolve(runner.workspace, value);
  const relative = path.relative(runner.workspace, absolute);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new ConfigurationError(`The input "${inputName}" (${value}) leads outside the workspace.`);
  }
  return absolute;
}
