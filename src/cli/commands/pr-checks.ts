import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { prepareScan, scanRepository, type PreparedScan } from '../../compliance/index.js';
import { renderReport } from '../../compliance/formats/index.js';
import { renderConflicts } from '../../conflicts/formats/index.js';
import { ConfigurationError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { GitCli, openRepository } from '../../git/git.js';
import { refExists } from '../../git/refs.js';
import { ExitCode, type CliContext, type Command, type CommandInput } from '../command.js';
import { choice, emit, outputFlag, stderrLogger } from '../output.js';
import { conflictsCheck } from './conflicts.js';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The base, unless it is HEAD itself (then there is no change to check: the whole repository is scanned). */
async function unlessHead(git: GitCli, candidate: string): Promise<string | undefined> {
  const [baseCommit, head] = (await git.run(['rev-parse', `${candidate}^{commit}`, 'HEAD'])).stdout.split('\n');
  return baseCommit === head ? undefined : candidate;
}

/**
 * The base a pull request is compared with: --base, else the PR's base branch in Actions (which must
 * exist: a silent fallback would check the wrong change), else the remote's default branch. None
 * found, or the base is HEAD itself: the whole repository is scanned, and the log says so.
 */
async function resolveBase(input: CommandInput, context: CliContext, logger: Logger): Promise<string | undefined> {
  const explicit = str(input.values.base);
  if (explicit !== undefined) {
    if (explicit.trim() === '') throw new ConfigurationError('--base needs a ref or SHA (it was empty).');
    return explicit;
  }
  const git = new GitCli(context.cwd);
  const prBase = context.env.GITHUB_BASE_REF ? `origin/${context.env.GITHUB_BASE_REF}` : undefined;
  if (prBase !== undefined) {
    if (await refExists(git, prBase)) return unlessHead(git, prBase);
    throw new ConfigurationError(
      `GITHUB_BASE_REF names ${prBase}, which this clone does not have: check out with fetch-depth: 0 (or fetch the base branch).`,
    );
  }
  if (await refExists(git, 'origin/HEAD')) return unlessHead(git, 'origin/HEAD');
  logger.info('shipgate check: no origin/HEAD here, so there is no base to compare with.');
  return undefined;
}

type CheckFormat = 'text' | 'json' | 'sarif' | 'markdown';

/** One check's result: its verdict and its report in the format asked. */
interface CheckOutput {
  passed: boolean;
  render(format: CheckFormat): string;
  json: unknown;
}

async function complianceOutput(prepared: PreparedScan, logger: Logger): Promise<CheckOutput> {
  const { changes } = prepared;
  logger.info(
    changes ? `shipgate check: the changes since ${changes.base}` : 'shipgate check: scanning the whole repository',
  );
  const target = { target: prepared.git.root, trustWorkTreeConfig: false };
  const request = { ...target, prepared, overrides: {}, writeBaseline: false, pruneBaseline: false };
  const { report } = await scanRepository({ ...request, logger, toolVersion: packageJson.version });
  return { passed: report.summary.passed, render: (format) => renderReport(report, format), json: report };
}

/**
 * Conflicts have no SARIF form: under --format sarif their text goes to stderr, beside the compliance SARIF.
 * They name the base as given (--base), else as conflicts resolve it (origin/HEAD's branch).
 */
async function conflictsOutput(prepared: PreparedScan, input: CommandInput, context: CliContext) {
  const report = await conflictsCheck(context, prepared.config, str(input.values.base));
  return {
    passed: report.summary.passed,
    render: (format: CheckFormat) => {
      if (format !== 'sarif') return renderConflicts(report, format);
      context.stderr.write(renderConflicts(report, 'text'));
      return '';
    },
    json: report,
  } satisfies CheckOutput;
}

/** One check: its own report; several: JSON keyed by check, other formats one after another. */
function combined(outputs: { name: string; output: CheckOutput }[], format: CheckFormat): string {
  if (outputs.length === 1) return outputs[0]!.output.render(format);
  if (format === 'json') {
    return `${JSON.stringify(Object.fromEntries(outputs.map((o) => [o.name, o.output.json])), null, 2)}\n`;
  }
  return outputs
    .map((o) => o.output.render(format))
    .filter(Boolean)
    .join('\n');
}

/** The repository, the change and the config that judges it (the merge base's, unless --trust-pr-config). */
async function prepare(input: CommandInput, context: CliContext, base: string | undefined): Promise<PreparedScan> {
  const configPath = str(input.values.config) ? path.resolve(context.cwd, str(input.values.config)!) : undefined;
  const repository = await openRepository(context.cwd);
  const trustWorkTreeConfig = input.values['trust-pr-config'] === true;
  const target = { target: repository.root, ...(configPath ? { configPath } : {}), trustWorkTreeConfig };
  return prepareScan({ ...target, ...(base ? { changedSince: base } : {}) });
}

async function run(input: CommandInput, context: CliContext): Promise<number> {
  const logger = stderrLogger(context);
  const format = choice(input.values.format, ['text', 'json', 'sarif', 'markdown'] as const, '--format', 'text');
  const output = outputFlag(input, context);
  const base = await resolveBase(input, context, logger);
  const prepared = await prepare(input, context, base);
  const { checks } = prepared.config.settings;
  if (checks.length === 0) logger.info('shipgate check: the config enables no check (checks: []), nothing to run.');
  if (checks.includes('gate')) logger.info('shipgate check: the quality gate needs test reports: run shipgate gate.');
  const outputs: { name: string; output: CheckOutput }[] = [];
  if (checks.includes('compliance'))
    outputs.push({ name: 'compliance', output: await complianceOutput(prepared, logger) });
  if (checks.includes('conflicts'))
    outputs.push({ name: 'conflicts', output: await conflictsOutput(prepared, input, context) });
  if (outputs.length > 0) await emit(combined(outputs, format), output, context);
  return outputs.every((o) => o.output.passed) ? ExitCode.Passed : ExitCode.Failed;
}

export const checkCommand: Command = {
  usage: 'shipgate check [options]',
  optionHelp: [
    '  --base REF          compare with REF (default: the PR base in Actions, else origin/HEAD; none: whole repository)',
    '  --config FILE       config file (default .github/shipgate.yml)',
    "  --trust-pr-config   judge the change by the work tree's config, not the base's",
    '  --format FORMAT     text (default), json, sarif, markdown',
    '  --output FILE       write the report to FILE instead of stdout',
  ],
  options: {
    base: { type: 'string' },
    config: { type: 'string' },
    'trust-pr-config': { type: 'boolean' },
    format: { type: 'string' },
    output: { type: 'string' },
  },
  allowPositionals: false,
  run,
};
