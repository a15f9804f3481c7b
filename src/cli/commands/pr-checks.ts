import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { scanRepository } from '../../compliance/index.js';
import { renderReport } from '../../compliance/formats/index.js';
import { loadSettings, type LoadedSettings } from '../../config/load.js';
import { renderConflicts } from '../../conflicts/formats/index.js';
import { GitCli, openRepository } from '../../git/git.js';
import { refExists } from '../../git/refs.js';
import { ExitCode, type CliContext, type Command, type CommandInput } from '../command.js';
import { choice, emit, stderrLogger } from '../output.js';
import { conflictsCheck } from './conflicts.js';

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

type CheckFormat = 'text' | 'json' | 'sarif' | 'markdown';

/** One check's result: its verdict and its report in the format asked. */
interface CheckOutput {
  passed: boolean;
  render(format: CheckFormat): string;
  json: unknown;
}

async function complianceCheck(root: string, config: LoadedSettings, input: CommandInput, context: CliContext) {
  const logger = stderrLogger(context);
  const base = await resolveBase(input, context);
  logger.info(
    base
      ? `shipgate check: the changes since ${base}`
      : 'shipgate check: no base to compare with, scanning the whole repository',
  );
  const result = await scanRepository({
    target: root,
    config,
    overrides: {},
    ...(base ? { changedSince: base } : {}),
    writeBaseline: false,
    pruneBaseline: false,
    logger,
    toolVersion: packageJson.version,
  });
  const report = result.report;
  return { passed: report.summary.passed, render: (f: CheckFormat) => renderReport(report, f), json: report };
}

/** Conflicts have no SARIF form: under --format sarif their text goes to stderr, beside the compliance SARIF. */
async function conflictsOutput(config: LoadedSettings, input: CommandInput, context: CliContext): Promise<CheckOutput> {
  const report = await conflictsCheck(context, config, str(input.values.base));
  return {
    passed: report.summary.passed,
    render: (format) => {
      if (format !== 'sarif') return renderConflicts(report, format);
      context.stderr.write(renderConflicts(report, 'text'));
      return '';
    },
    json: report,
  };
}

/** One check: its own report; several: JSON keyed by check, other formats one after another. */
function combined(outputs: { name: string; output: CheckOutput }[], format: CheckFormat): string {
  if (outputs.length === 1) return outputs[0]!.output.render(format);
  if (format === 'json')
    return `${JSON.stringify(Object.fromEntries(outputs.map((o) => [o.name, o.output.json])), null, 2)}\n`;
  return outputs
    .map((o) => o.output.render(format))
    .filter(Boolean)
    .join('\n');
}

async function run(input: CommandInput, context: CliContext): Promise<number> {
  const configPath = str(input.values.config) ? path.resolve(context.cwd, str(input.values.config)!) : undefined;
  const repository = await openRepository(context.cwd);
  const config = await loadSettings({ root: repository.root, ...(configPath ? { configPath } : {}) });
  const checks = config.settings.checks;
  if (checks.length === 0) {
    stderrLogger(context).info('shipgate check: the config enables no check (checks: []), nothing to run.');
    return ExitCode.Passed;
  }
  const format = choice(input.values.format, ['text', 'json', 'sarif', 'markdown'] as const, '--format', 'text');
  const outputs: { name: string; output: CheckOutput }[] = [];
  if (checks.includes('compliance'))
    outputs.push({ name: 'compliance', output: await complianceCheck(repository.root, config, input, context) });
  if (checks.includes('conflicts'))
    outputs.push({ name: 'conflicts', output: await conflictsOutput(config, input, context) });
  await emit(combined(outputs, format), str(input.values.output), context);
  return outputs.every((o) => o.output.passed) ? ExitCode.Passed : ExitCode.Failed;
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
