import { readFile } from 'node:fs/promises';
import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import {
  mergeReports,
  parseShard,
  scanRepository,
  type ComplianceReport,
  type ComplianceRequest,
} from '../../compliance/index.js';
import { FAIL_ON, type FailOn } from '../../compliance/settings.js';
import { loadSettings } from '../../config/load.js';
import { findRepositoryRoot } from '../../git/git.js';
import { renderReport, type ReportFormat } from '../../compliance/formats/index.js';
import { ConfigurationError, errorMessage } from '../../core/errors.js';
import { ExitCode, type CliContext, type Command, type CommandInput } from '../command.js';
import { choice, emit, outputFlag, stderrLogger } from '../output.js';

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const satisfies readonly ReportFormat[];

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

async function readReport(file: string, cwd: string): Promise<{ file: string; report: ComplianceReport }> {
  try {
    return { file, report: JSON.parse(await readFile(path.resolve(cwd, file), 'utf8')) as ComplianceReport };
  } catch (error) {
    throw new ConfigurationError(`compliance merge: cannot read the JSON report ${file}: ${errorMessage(error)}`);
  }
}

/** The merging run's fail-on: --fail-on, else its config's (never a shard report's own). */
async function mergeFailOn(input: CommandInput, context: CliContext): Promise<FailOn> {
  const flag = input.values['fail-on'];
  if (flag !== undefined) return choice(flag, FAIL_ON, '--fail-on', 'new');
  const configPath = str(input.values.config);
  const root = (await findRepositoryRoot(context.cwd)) ?? context.cwd;
  const config = await loadSettings({
    root,
    ...(configPath ? { configPath: path.resolve(context.cwd, configPath) } : {}),
  });
  return config.settings.compliance.failOn;
}

async function merge(files: string[], input: CommandInput, context: CliContext): Promise<number> {
  const format = choice(input.values.format, FORMATS, '--format', 'json');
  const output = outputFlag(input, context);
  const failOn = await mergeFailOn(input, context);
  const reports = await Promise.all(files.map((f) => readReport(f, context.cwd)));
  const report = mergeReports(reports, failOn);
  await emit(renderReport(report, format), output, context);
  return report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}

function changedSinceFlag(input: CommandInput): string | undefined {
  const ref = input.values['changed-since'];
  if (ref === undefined) return undefined;
  const text = str(ref)?.trim();
  if (!text) throw new ConfigurationError('--changed-since needs a ref or SHA (it was empty).');
  return text;
}

function scanRequest(input: CommandInput, context: CliContext): ComplianceRequest {
  const [target = '.', ...extra] = input.positionals;
  if (extra.length > 0) {
    throw new ConfigurationError(
      `compliance takes one PATH, got ${input.positionals.length}: ${input.positionals.join(' ')}`,
    );
  }
  const [shard, baseline, config, changedSince] = [
    str(input.values.shard),
    str(input.values.baseline),
    str(input.values.config),
    changedSinceFlag(input),
  ];
  const failOn =
    input.values['fail-on'] === undefined ? undefined : choice(input.values['fail-on'], FAIL_ON, '--fail-on', 'new');
  return {
    target: path.resolve(context.cwd, target),
    ...(config ? { configPath: path.resolve(context.cwd, config) } : {}),
    overrides: { failOn, baseline: baseline === undefined ? undefined : path.resolve(context.cwd, baseline) },
    ...(changedSince ? { changedSince } : {}),
    trustWorkTreeConfig: input.values['trust-pr-config'] === true,
    ...(shard ? { shard: parseShard(shard, '--shard') } : {}),
    writeBaseline: input.values['write-baseline'] === true,
    pruneBaseline: input.values['prune-baseline'] === true,
    logger: stderrLogger(context),
    toolVersion: packageJson.version,
  };
}

async function scan(input: CommandInput, context: CliContext): Promise<number> {
  // Every flag is checked before the scan: a typo should not cost a whole scan first.
  const format = choice(input.values.format, FORMATS, '--format', 'text');
  const output = outputFlag(input, context);
  const result = await scanRepository(scanRequest(input, context));
  await emit(renderReport(result.report, format), output, context);
  if (result.baselineWritten) context.stderr.write(`Baseline written to ${result.baselineWritten}.\n`);
  if (result.baselineWritten) return ExitCode.Passed;
  return result.report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}

export const complianceCommand: Command = {
  usage:
    'shipgate compliance [PATH] [options]\n       shipgate compliance merge REPORT.json... [--format F] [--output F]',
  optionHelp: [
    '  --changed-since REF   check only files changed since the merge base of REF and HEAD (PR mode)',
    '  --config FILE         config file (default .github/shipgate.yml in the repository)',
    '  --baseline FILE       baseline file (default .github/shipgate-baseline.json)',
    '  --write-baseline      record the current violations as the baseline, then exit 0',
    '  --prune-baseline      drop fixed entries from the baseline and lower shrunk values, then exit 0',
    '  --fail-on MODE        new (default): fail on new violations; all: on any; none: never',
    "  --trust-pr-config     with --changed-since: judge by the work tree's config, not the merge base's",
    '  --shard I/N           scan only shard I of N (for matrix jobs); combine with `compliance merge`',
    '  --format FORMAT       text (default), json, sarif, markdown',
    '  --output FILE         write the report to FILE instead of stdout',
  ],
  options: {
    'changed-since': { type: 'string' },
    config: { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'boolean' },
    'prune-baseline': { type: 'boolean' },
    'fail-on': { type: 'string' },
    'trust-pr-config': { type: 'boolean' },
    shard: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
  },
  allowPositionals: true,
  run: (input, context) =>
    input.positionals[0] === 'merge' ? merge(input.positionals.slice(1), input, context) : scan(input, context),
};
