import { readFile } from 'node:fs/promises';
import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { mergeReports, parseShard, scanRepository, type ComplianceReport } from '../../compliance/index.js';
import { renderReport, type ReportFormat } from '../../compliance/formats/index.js';
import { ConfigurationError, errorMessage } from '../../core/errors.js';
import { ExitCode, type CliContext, type Command, type CommandInput } from '../command.js';
import { choice, emit, stderrLogger } from '../output.js';

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const satisfies readonly ReportFormat[];
const FAIL_ON = ['new', 'all', 'none'] as const;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

async function readReport(file: string, cwd: string): Promise<{ file: string; report: ComplianceReport }> {
  try {
    return { file, report: JSON.parse(await readFile(path.resolve(cwd, file), 'utf8')) as ComplianceReport };
  } catch (error) {
    throw new ConfigurationError(`compliance merge: cannot read the JSON report ${file}: ${errorMessage(error)}`);
  }
}

async function merge(files: string[], input: CommandInput, context: CliContext): Promise<number> {
  const reports = await Promise.all(files.map((f) => readReport(f, context.cwd)));
  const failOn =
    input.values['fail-on'] === undefined ? undefined : choice(input.values['fail-on'], FAIL_ON, '--fail-on', 'new');
  const report = mergeReports(reports, failOn);
  const format = choice(input.values.format, FORMATS, '--format', 'json');
  await emit(renderReport(report, format), str(input.values.output), context);
  return report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}

async function scan(input: CommandInput, context: CliContext): Promise<number> {
  const [target = '.', ...extra] = input.positionals;
  if (extra.length > 0)
    throw new ConfigurationError(
      `compliance takes one PATH, got ${input.positionals.length}: ${input.positionals.join(' ')}`,
    );
  const shard = str(input.values.shard);
  const baseline = str(input.values.baseline);
  const failOn =
    input.values['fail-on'] === undefined ? undefined : choice(input.values['fail-on'], FAIL_ON, '--fail-on', 'new');
  const result = await scanRepository({
    target: path.resolve(context.cwd, target),
    ...(str(input.values.config) ? { configPath: path.resolve(context.cwd, str(input.values.config)!) } : {}),
    overrides: { failOn, baseline: baseline === undefined ? undefined : path.resolve(context.cwd, baseline) },
    ...(str(input.values['changed-since']) ? { changedSince: str(input.values['changed-since'])! } : {}),
    ...(shard ? { shard: parseShard(shard, '--shard') } : {}),
    writeBaseline: input.values['write-baseline'] === true,
    pruneBaseline: input.values['prune-baseline'] === true,
    logger: stderrLogger(context),
    toolVersion: packageJson.version,
  });
  const format = choice(input.values.format, FORMATS, '--format', 'text');
  await emit(renderReport(result.report, format), str(input.values.output), context);
  if (result.baselineWritten) context.stderr.write(`Baseline written to ${result.baselineWritten}.\n`);
  if (result.baselineWritten) return ExitCode.Passed;
  return result.report.summary.passed ? ExitCode.Passed : ExitCode.Failed;
}

export const complianceCommand: Command = {
  name: 'compliance',
  summary: 'Check files, classes and functions against line-count limits (V2 by default)',
  usage:
    'shipgate compliance [PATH] [options]\n       shipgate compliance merge REPORT.json... [--format F] [--output F]',
  optionHelp: [
    '  --changed-since REF   check only files changed since the merge base of REF and HEAD (PR mode)',
    '  --config FILE         config file (default .github/shipgate.yml in the repository)',
    '  --baseline FILE       baseline file (default .github/shipgate-baseline.json)',
    '  --write-baseline      record the current violations as the baseline, then exit 0',
    '  --prune-baseline      drop fixed entries from the baseline and lower shrunk values, then exit 0',
    '  --fail-on MODE        new (default): fail on new violations; all: on any; none: never',
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
    shard: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
  },
  allowPositionals: true,
  run: (input, context) =>
    input.positionals[0] === 'merge' ? merge(input.positionals.slice(1), input, context) : scan(input, context),
};
