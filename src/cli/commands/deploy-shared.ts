// What `shipgate deploy` and `shipgate rollback` share: the ledger choice, the report formats and the exit code.
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { openRepository } from '../../git/git.js';
import { parseRepo } from '../../github/repo.js';
import { deployMarkdown } from '../../deploy/formats/markdown.js';
import { deployText } from '../../deploy/formats/text.js';
import type { DeployReport } from '../../deploy/report.js';
import type { RunInfo } from '../../deploy/flow/context.js';
import type { RunOptions } from '../../deploy/setup.js';
import { ExitCode, type CliContext, type CommandInput } from '../command.js';
import { choice, emit, stderrLogger } from '../output.js';

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const SHARED_OPTIONS = {
  environment: { type: 'string' },
  config: { type: 'string' },
  ledger: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
} as const;

export const SHARED_HELP = [
  '  --environment NAME   the environment under deploy.environments in the config (required)',
  '  --config FILE        config file (default .github/shipgate.yml)',
  '  --ledger WHERE       github: record in GitHub Deployments (needs GITHUB_TOKEN and GITHUB_REPOSITORY);',
  '                       none: record nothing (default: github when both are set, else none)',
  '  --format FORMAT      text (default), json, markdown',
  '  --output FILE        write the report to FILE instead of stdout',
];

/** The workflow run, when the CLI runs in one (`run: npx shipgate deploy …`): recorded with the deployment. */
function runInfo(env: NodeJS.ProcessEnv): RunInfo {
  const { GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt, GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
  if (!runId) return {};
  const logUrl = server && repo ? `${server}/${repo}/actions/runs/${runId}` : undefined;
  return { runId, runAttempt: Number(attempt ?? '1'), ...(logUrl === undefined ? {} : { logUrl }) };
}

/** The repository's root (config and commands are taken from there), or the working directory outside one. */
async function rootOf(cwd: string): Promise<string> {
  return (await openRepository(cwd).catch(() => undefined))?.root ?? cwd;
}

/** The run options every deploy command builds from its flags and environment. */
export async function runOptions(input: CommandInput, context: CliContext): Promise<RunOptions> {
  const environment = str(input.values.environment);
  if (environment === undefined)
    throw new ConfigurationError('--environment is required (e.g. --environment staging).');
  const config = str(input.values.config);
  const configPath = config === undefined ? undefined : path.resolve(context.cwd, config);
  const logger = stderrLogger(context);
  const base = {
    root: await rootOf(context.cwd),
    environment,
    logger,
    env: context.env,
    run: runInfo(context.env),
    ...(configPath ? { configPath } : {}),
  };
  const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository } = context.env;
  const canRecord = Boolean(token && repository);
  const ledger = choice(input.values.ledger, ['github', 'none'] as const, '--ledger', canRecord ? 'github' : 'none');
  if (ledger === 'none')
    return { ...base, noLedgerReason: canRecord ? '--ledger none' : 'GITHUB_TOKEN or GITHUB_REPOSITORY is not set' };
  if (!canRecord)
    throw new ConfigurationError('--ledger github needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo).');
  const { createGitHubClient } = await import('../../github/client.js'); // loaded only to record
  const client = createGitHubClient({ token: token!, logger, env: context.env });
  return { ...base, github: { client, repo: parseRepo(repository!, 'GITHUB_REPOSITORY') } };
}

export async function emitReport(report: DeployReport, input: CommandInput, context: CliContext): Promise<number> {
  const format = choice(input.values.format, ['text', 'json', 'markdown'] as const, '--format', 'text');
  const text =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'markdown'
        ? deployMarkdown(report)
        : deployText(report);
  await emit(text, str(input.values.output), context);
  return report.passed ? ExitCode.Passed : ExitCode.Failed;
}
