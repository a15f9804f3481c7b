import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { CONFLICTS_FORMATS, renderConflicts } from '../../conflicts/formats/index.js';
import { findConflicts } from '../../conflicts/find-conflicts.js';
import type { ConflictsReport } from '../../conflicts/report/report.js';
import type { LoadedSettings } from '../../config/load.js';
import { openRepository } from '../../git/git.js';
import { CONFLICTS_FAIL_ON } from '../../conflicts/settings.js';
import { ExitCode, type CliContext, type Command, type CommandInput } from '../command.js';
import { choice, emit, stderrLogger } from '../output.js';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

async function run(input: CommandInput, context: CliContext): Promise<number> {
  const config = str(input.values.config);
  const failOn = input.values['fail-on'];
  const report = await findConflicts({
    cwd: context.cwd,
    ...(config ? { configPath: path.resolve(context.cwd, config) } : {}),
    ...(str(input.values.base) ? { base: str(input.values.base)! } : {}),
    // `--branches a b c`: the flag takes one value, the rest arrive as positionals.
    patterns: [...strings(input.values.branches), ...input.positionals],
    ...(failOn === undefined ? {} : { failOn: choice(failOn, CONFLICTS_FAIL_ON, '--fail-on', 'any') }),
    defaultFailOn: 'any',
    ...(input.values.exhaustive === true ? { exhaustive: true } : {}),
    ...(str(input.values.focus) ? { focus: str(input.values.focus)! } : {}),
    logger: stderrLogger(context),
    toolVersion: packageJson.version,
  });
  const format = choice(input.values.format, CONFLICTS_FORMATS, '--format', 'text');
  await emit(renderConflicts(report, format), str(input.values.output), context);
  return report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}

export const conflictsCommand: Command = {
  usage: 'shipgate conflicts [--base REF] [--branches PATTERN...] [options]',
  optionHelp: [
    '  --base REF            the base (default: the config, else the branch origin/HEAD points at, else main)',
    '  --branches PATTERN... globs over branch names or full refs: feature/*, origin/feature/*, refs/pull/*/head',
    '                        (default: the config, else every local branch)',
    '  --focus BRANCH        check only BRANCH against the base and the other branches ("does mine clash?")',
    '  --fail-on POLICY      any (default): exit 1 on any conflict; base: only on conflicts with the base; none',
    '  --exhaustive          run every merge, even those that provably cannot conflict (slower)',
    '  --config FILE         config file (default .github/shipgate.yml)',
    '  --format FORMAT       text (default), json, markdown',
    '  --output FILE         write the report to FILE instead of stdout',
  ],
  options: {
    base: { type: 'string' },
    branches: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    focus: { type: 'string' },
    exhaustive: { type: 'boolean' },
    config: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
  },
  allowPositionals: true,
  run,
};

/** The branch checked out, by name, or HEAD when detached. */
async function currentBranch(cwd: string): Promise<string> {
  const git = await openRepository(cwd);
  const result = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowExitCodes: [1, 128] });
  return result.exitCode === 0 ? result.stdout.trim() : 'HEAD';
}

/**
 * `shipgate check`'s conflicts part: the checked-out branch against its base and against the other branches
 * (the config's `branches`, else every local branch). Like the action, it fails on base conflicts by default.
 */
export async function conflictsCheck(
  context: CliContext,
  config: LoadedSettings,
  base: string | undefined,
): Promise<ConflictsReport> {
  return findConflicts({
    cwd: context.cwd,
    config,
    ...(base ? { base } : {}),
    patterns: [],
    focus: await currentBranch(context.cwd),
    defaultFailOn: 'base',
    logger: stderrLogger(context),
    toolVersion: packageJson.version,
  });
}
