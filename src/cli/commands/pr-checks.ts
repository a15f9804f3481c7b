import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { scanRepository } from '../../compliance/index.js';
import { renderReport } from '../../compliance/formats/index.js';
import { loadSettings } from '../../config/load.js';
import { GitCli, openRepository } from '../../git/git.js';
import { refExists } from '../../git/refs.js';
import { ExitCode, type CliContext, type Command, type CommandInput } from '../command.js';
import { choice, emit, stderrLogger } from '../output.js';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The base a pull request is compared with: --base, else the PR's base branch in Actions, else the
 * remote's default branch. None found, or the base is HEAD itself: the whole repository is scanned.
 */
async function resolveBase(input: CommandInput, context: CliContext): Promise<string | undefined> {
  const explicit = str(input.values.base);
  if (explicit) return explicit;
  const git = new GitCli(context.cwd);
  const prBase = context.env.GITHUB_BASE_REF ? `origin/${context.env.GITHUB_BASE_REF}` : undefined;
  for (const candidate of [prBase, 'origin/HEAD']) {
    if (candidate === undefined || !(await refExists(git, candidate))) continue;
    const [baseCommit, head] = (await git.run(['rev-parse', `${candidate}^{commit}`, 'HEAD'])).stdout.split('\n');
    return baseCommit === head ? undefined : candidate;
  }
  return undefined;
}

async function run(input: CommandInput, context: CliContext): Promise<number> {
  const logger = stderrLogger(context);
  const configPath = str(input.values.config) ? path.resolve(context.cwd, str(input.values.config)!) : undefined;
  const repository = await openRepository(context.cwd);
  const config = await loadSettings({ root: repository.root, ...(configPath ? { configPath } : {}) });
  if (!config.settings.checks.includes('compliance')) {
    logger.info('shipgate check: the config enables no check (checks: []), nothing to run.');
    return ExitCode.Passed;
  }
  const base = await resolveBase(input, context);
  logger.info(
    base
      ? `shipgate check: the changes since ${base}`
      : 'shipgate check: no base to compare with, scanning the whole repository',
  );
  const result = await scanRepository({
    target: repository.root,
    config,
    overrides: {},
    ...(base ? { changedSince: base } : {}),
    writeBaseline: false,
    pruneBaseline: false,
    logger,
    toolVersion: packageJson.version,
  });
  const format = choice(input.values.format, ['text', 'json', 'sarif', 'markdown'] as const, '--format', 'text');
  await emit(renderReport(result.report, format), str(input.values.output), context);
  return result.report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Run the pull-request checks the config enables (with no config: V2 compliance of the changed files)',
  usage: 'shipgate check [options]',
  optionHelp: [
    '  --base REF        compare with REF (default: the PR base in Actions, else origin/HEAD; none: whole repository)',
    '  --config FILE     config file (default .github/shipgate.yml)',
    '  --format FORMAT   text (default), json, sarif, markdown',
    '  --output FILE     write the report to FILE instead of stdout',
  ],
  options: {
    base: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
  },
  allowPositionals: false,
  run,
};
