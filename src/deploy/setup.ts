// What a deploy or rollback needs before its first step: the environment's settings from the config, the
// commit the ref names, the router, and the ledger (GitHub's Deployments, or none for a local run).
import { loadSettings, type LoadedSettings } from '../config/load.js';
import { ConfigurationError } from '../core/errors.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/repo.js';
import { WorkflowRuns } from '../github/workflow-runs.js';
import { openRepository } from '../git/git.js';
import { systemClock, type Clock } from './clock.js';
import type { FlowDeps, FlowLogger, RunInfo } from './flow/context.js';
import { qualityGateOf } from './flow/quality-gate.js';
import { GitHubLedger } from './ledger/github-ledger.js';
import { NoLedger } from './ledger/no-ledger.js';
import { createRouter } from './routers/index.js';
import type { EnvironmentSettings } from './settings.js';

export interface GitHubAccess {
  client: GitHubClient;
  repo: RepoRef;
}

export interface RunOptions {
  /** the repository root: config, relative paths and the user's commands are taken from here */
  root: string;
  configPath?: string;
  config?: LoadedSettings;
  environment: string;
  logger: FlowLogger;
  /** GitHub's Deployments as the ledger; without it nothing is recorded and `noLedgerReason` says why */
  github?: GitHubAccess;
  noLedgerReason?: string;
  run?: RunInfo;
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
  random?: () => number;
}

export async function environmentSettings(options: RunOptions): Promise<EnvironmentSettings> {
  const { root, configPath } = options;
  const loaded = options.config ?? (await loadSettings({ root, ...(configPath === undefined ? {} : { configPath }) }));
  const environments = loaded.settings.deploy.environments;
  const settings = environments[options.environment];
  if (settings !== undefined) return settings;
  const known = Object.keys(environments);
  const file = loaded.source ?? 'the config (none found: .github/shipgate.yml)';
  const listed =
    known.length === 0 ? 'it describes none under deploy.environments' : `it describes ${known.join(', ')}`;
  throw new ConfigurationError(`The environment "${options.environment}" is not in ${file}: ${listed}.`);
}

/**
 * The commit a ref names in the repository: the ref itself, else the remote's branch of that name (a checkout
 * has only the branch it checked out locally); a full SHA is taken as it is when git does not have it.
 */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  const git = await openRepository(root).catch(() => undefined);
  for (const candidate of [ref, `origin/${ref}`]) {
    const result = await git?.run(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], {
      allowExitCodes: [1, 128],
    });
    if (result !== undefined && result.exitCode === 0) return result.stdout.trim();
  }
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  throw new ConfigurationError(
    `The ref "${ref}" is not a commit of the repository at ${root} (in a workflow, check it out with fetch-depth: 0).`,
  );
}

/** What the flow asks GitHub besides the ledger: the quality gate's verdict, whether a workflow run still goes. */
function githubQuestions({ client, repo }: GitHubAccess): Pick<FlowDeps, 'qualityGate' | 'runProgress'> {
  const runs = new WorkflowRuns(client, repo);
  return { qualityGate: qualityGateOf(client, repo), runProgress: (runId) => runs.progress(runId) };
}

export function flowDeps(options: RunOptions, settings: EnvironmentSettings): FlowDeps {
  const env = options.env ?? process.env;
  const { github, logger } = options;
  const ledger = github
    ? new GitHubLedger(github.client, github.repo, logger)
    : new NoLedger(`no ledger: ${options.noLedgerReason ?? 'no GitHub token'}; nothing was recorded`);
  return {
    ledger,
    router: createRouter(settings.router, { cwd: options.root, env }),
    clock: options.clock ?? systemClock,
    logger,
    cwd: options.root,
    run: options.run ?? {},
    ...(github === undefined ? {} : githubQuestions(github)),
    ...(options.random === undefined ? {} : { random: options.random }),
  };
}
